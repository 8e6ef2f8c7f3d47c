/**
 * The customer chat's wire protocol on `GET /chat/ws` (one JSON object per WebSocket text message),
 * shared by the server edge (which validates every client frame with these schemas) and the
 * widget (which imports the types only). Field `t` names the frame.
 *
 * A connection starts with `hello`. Without a token the server answers `ready` (is the site open,
 * is anyone present) and waits for `start` (the first message: it creates the session and answers
 * `started` with the visitor token) or `leave` (a message left outside hours). With a token it
 * answers `ready` with the session and replays every entry after `since` (resume after a reload or
 * a dropped connection). Every message the client sends carries its own `clientId`: a resend with
 * the same id is acknowledged with the seq the first one got and never stored twice.
 */
import { z } from 'zod';
import type { SessionEntry, SessionNote, SessionStatus } from '../domain/sessions/session';

/** At most 2000 characters: with the other fields a frame stays under CHAT_MAX_PAYLOAD_BYTES (even at 3 bytes a character). */
const text = z.string().trim().min(1).max(2000);
const clientId = z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/);
const lang = z.enum(['en', 'da', 'sv']);

export const ClientFrame = z.discriminatedUnion('t', [
  z.strictObject({
    t: z.literal('hello'),
    tenant: z.string().min(1).max(64),
    site: z.string().min(1).max(64),
    lang,
    token: z.string().min(1).max(2048).optional(),
    /** The last seq the client has: everything after it is replayed. */
    since: z.number().int().min(0).optional(),
    /** The site's signed identity of its signed-in user (HMAC-SHA256 of `${userId}:${email}` with the site's identity secret, hex). */
    identity: z.strictObject({ userId: z.string().min(1).max(128), name: z.string().trim().min(1).max(120), email: z.email().max(254), signature: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
  }),
  z.strictObject({ t: z.literal('start'), clientId, text, name: z.string().trim().min(1).max(120).optional(), email: z.email().max(254).optional() }),
  z.strictObject({ t: z.literal('send'), clientId, text }),
  z.strictObject({ t: z.literal('typing') }),
  z.strictObject({ t: z.literal('leave'), name: z.string().trim().min(1).max(120), email: z.email().max(254), text }),
  z.strictObject({ t: z.literal('close') }),
  z.strictObject({ t: z.literal('ping') }),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

/** An entry as the customer sees it (no internal ids beyond the agent's shown name). */
export interface PublicEntry {
  seq: number;
  at: string;
  kind: SessionEntry['kind'];
  authorName: string | null;
  text: string;
  clientId: string | null;
  note: { key: SessionNote; params: Record<string, string> } | null;
}

export type ErrorCode = 'invalid' | 'tooLarge' | 'rateLimited' | 'badToken' | 'closed' | 'unavailable' | 'notFound' | 'internal';

export type ServerFrame =
  | { t: 'ready'; open: boolean; reason: 'open' | 'closedHours' | 'nobodyPresent'; site: { name: string; language: 'en' | 'da' | 'sv' }; session: { id: string; status: SessionStatus; lastSeq: number } | null }
  | { t: 'started'; token: string; sessionId: string }
  | { t: 'entry'; entry: PublicEntry }
  | { t: 'ack'; clientId: string; seq: number }
  | { t: 'typing'; name: string | null }
  | { t: 'state'; status: SessionStatus }
  | { t: 'left'; number: string }
  /** `message` is already in the client's language. */
  | { t: 'error'; code: ErrorCode; message: string }
  | { t: 'pong' };

/** The customer's view of an entry. */
export function publicEntry(entry: SessionEntry): PublicEntry {
  return { seq: entry.seq, at: entry.at, kind: entry.kind, authorName: entry.authorName, text: entry.text, clientId: entry.clientId, note: entry.note };
}
