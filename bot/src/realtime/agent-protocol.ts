/**
 * The agent's wire protocol on `GET /api/realtime?ticket=…` (one JSON object per WebSocket text
 * message), used by the tab's sessions view. The tab first asks `POST /api/realtime/ticket` for a
 * 60-second ticket. The socket tells the agent when their list of sessions changed (`sessions`:
 * reload `GET /api/sessions`), and streams the sessions they `watch`: every entry after `since`
 * (in seq order, each once), typing and state changes. Messages are sent over REST
 * (`POST /api/sessions/{id}/messages`), not over this socket.
 */
import { z } from 'zod';
import type { SessionEntry, SessionStatus } from '../domain/sessions/session';

const sessionId = z.string().min(1).max(100);

export const AgentClientFrame = z.discriminatedUnion('t', [
  /** Stream this session: every entry after `since`, then live (needs the permission to see it). */
  z.strictObject({ t: z.literal('watch'), sessionId, since: z.number().int().min(0).default(0) }),
  z.strictObject({ t: z.literal('unwatch'), sessionId }),
  /** The agent is typing in this session (the customer sees it; not stored). */
  z.strictObject({ t: z.literal('typing'), sessionId }),
  z.strictObject({ t: z.literal('ping') }),
]);
export type AgentClientFrame = z.infer<typeof AgentClientFrame>;

export type AgentErrorCode = 'invalid' | 'forbidden' | 'notFound' | 'tooManyWatched' | 'rateLimited' | 'internal';

/** Sessions one socket may watch at once. */
export const MAX_WATCHED = 50;

export type AgentServerFrame =
  | { t: 'ready'; userId: string }
  /** The agent's list of sessions changed (routed to them, offered, taken over…): reload it. */
  | { t: 'sessions' }
  /** The watch began: entries up to `lastSeq` have been sent. */
  | { t: 'watching'; sessionId: string; lastSeq: number }
  | { t: 'entry'; sessionId: string; entry: SessionEntry }
  | { t: 'typing'; sessionId: string; who: 'customer' | 'agent'; name: string | null }
  /** The session's state changed (agent, transfer, status): reload it with `GET /api/sessions/{id}`. */
  | { t: 'state'; sessionId: string; status: SessionStatus; agentId: string | null; transferId: string | null }
  /** `message` is in the agent's language; `sessionId` when it concerns one session (that watch ended). */
  | { t: 'error'; code: AgentErrorCode; message: string; sessionId?: string }
  | { t: 'pong' };
