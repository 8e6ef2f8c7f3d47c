/**
 * Customer chat sessions (I1–I7): the web-chat sites a tenant runs, the sessions customers start on
 * them, the entries of a session (numbered by `seq`, gap-free and in order), transfers between agents
 * and the agents' status. One session document decides everything that can race on a session: its
 * agent, its pending transfer, the next `seq` and the client message ids already taken (ETag writes).
 */
import { z } from 'zod';
import type { ParkMark } from '../delegation/delegation';
import type { Locale } from '../shared/types';

/** I1 */
export const AGENT_STATUSES = ['present', 'away', 'busy', 'offline'] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];

/** An agent whose app sent no heartbeat for this long counts as offline (I1). */
export const HEARTBEAT_TIMEOUT_MS = 60_000;

/** The longest text of one chat message, in characters (customers and agents alike). */
export const MAX_SESSION_TEXT = 2000;

/** A web chat site of a tenant (stored in the directory container, kind `chatsite`). */
export const ChatSiteSchema = z.object({
  id: z.string().min(1).max(64).regex(/^[a-z0-9][a-z0-9-]*$/),
  tenantId: z.string().min(1),
  name: z.string().trim().min(1).max(120),
  /** The team whose agents answer this site's chats. */
  teamId: z.string().min(1),
  /** The record type of cases made from its sessions and of left messages (H1 chat channel). */
  recordType: z.string().min(1).default('case'),
  /** Exact origins (scheme://host[:port]) the widget may run on; a WebSocket from any other Origin is refused. */
  allowedOrigins: z.array(z.string().url().max(200)).min(1).max(20),
  /** The widget's language when the visitor's browser asks for none of en, da, sv. */
  language: z.enum(['en', 'da', 'sv']),
  /** Null: always open. Otherwise open on these weekdays (0 = Sunday) between `from` and `to` (HH:MM, the site's time zone). */
  openingHours: z
    .object({
      timeZone: z.string().min(1).max(64),
      days: z.array(z.object({ day: z.number().int().min(0).max(6), from: z.string().regex(/^\d\d:\d\d$/), to: z.string().regex(/^\d\d:\d\d$/) })).max(14),
    })
    .nullable(),
  /** Open sessions one agent handles at most before new ones queue (I2). */
  agentCapacity: z.number().int().min(1).max(20).default(3),
  /** HMAC-SHA256 key of the site's signed user identity (optional; never shown after it is set). */
  identitySecret: z.string().min(32).max(200).nullable().default(null),
});
export type ChatSite = z.infer<typeof ChatSiteSchema>;

/** What a system entry says; each reader renders it in their own language (catalog `sessions.note.*`). */
export const SESSION_NOTES = [
  'started', 'queued', 'agentJoined', 'transferPending', 'transferAccepted', 'transferDeclined', 'transferCancelled', 'transferExpired',
  'takenOver', 'closedByAgent', 'closedByVisitor', 'caseMade', 'agentLeft',
  // J2, J6 (session-delegation.ts): taken for a delegator, parked for them, picked up by them.
  'takenFor', 'parked', 'pickedUp',
] as const;
export type SessionNote = (typeof SESSION_NOTES)[number];

/** A stored entry's shape, checked where entries cross a boundary (the REST answers, the hub). */
export const SessionEntrySchema = z.object({
  seq: z.number().int().min(1),
  at: z.string(),
  kind: z.enum(['customer', 'agent', 'system']),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  text: z.string(),
  clientId: z.string().nullable(),
  note: z.object({ key: z.enum(SESSION_NOTES), params: z.record(z.string(), z.string()) }).nullable(),
  onBehalfOfId: z.string().optional(),
}) satisfies z.ZodType<SessionEntry>;

/** One numbered entry of a session: a customer's or an agent's message, or a system note. */
export interface SessionEntry {
  seq: number;
  at: string;
  kind: 'customer' | 'agent' | 'system';
  /** The agent's user id (agent entries, and the actor of a system note); null for the customer. */
  authorId: string | null;
  /** The name shown with it (the agent's display name, the visitor's name), or null. */
  authorName: string | null;
  /** The message text; empty for system notes. */
  text: string;
  /** The sender's own id for this message (a resend with the same id is the same message). */
  clientId: string | null;
  /** System entries: what happened, with the names it mentions. */
  note: { key: SessionNote; params: Record<string, string> } | null;
  /**
   * J2: the delegator the author (a delegate handling the session for them, `actingFor`) wrote or
   * acted for; absent otherwise. Agents see it; the customer's view of an entry leaves it out.
   */
  onBehalfOfId?: string | undefined;
}

export type TransferStatus = 'pending' | 'accepted' | 'declined' | 'cancelled' | 'expired';

/** I3: one offer of a session to a colleague. */
export interface Transfer {
  id: string;
  /** The agent handling the session when it was offered. */
  fromUserId: string;
  toUserId: string;
  /** Who asked: the agent, or a manager (I5). */
  byUserId: string;
  status: TransferStatus;
  createdAt: string;
  expiresAt: string;
  decidedAt: string | null;
  /** Who decided (accept/decline: the colleague; cancel: the agent or a manager; expired: null). */
  decidedBy: string | null;
  /** Why a cancelled transfer ended, when not a plain cancel: `takeover`, a manager took the session over (I5). Absent: a plain decision. */
  decidedAs?: 'takeover' | undefined;
  /** The Teams cards showing this transfer (the colleague's and the first agent's), updated after the decision (I4). */
  cards: Array<{ userId: string; conversationId: string; activityId: string; serviceUrl: string }>;
}

export type SessionStatus = 'queued' | 'active' | 'closed';

/** The visitor as the session knows them. `verified`: the name and e-mail came signed by the site (HMAC). */
export interface Visitor {
  id: string;
  name: string | null;
  email: string | null;
  verified: boolean;
  locale: Locale;
}

/** A customer chat session (container `chatsessions`, key [tenantId, id]). */
export interface ChatSession {
  id: string;
  tenantId: string;
  siteId: string;
  teamId: string;
  status: SessionStatus;
  visitor: Visitor;
  /** The one agent handling it (I2); null while queued. */
  agentId: string | null;
  /** Agents who handled it before and now listen (I3 listen mode); they see everything and cannot send. */
  listenerIds: string[];
  createdAt: string;
  /** When it started waiting for an agent (the dashboard's waiting time). */
  waitingSince: string | null;
  closedAt: string | null;
  /** The last `seq` given out (0 before the first entry). */
  lastSeq: number;
  /** The newest entries (at most RECENT_ENTRIES); older ones are in the archive container `chatmessages`. */
  recent: SessionEntry[];
  /** Client message ids already taken, newest last (at most CLIENT_IDS), with the seq each became. */
  clientIds: Array<{ id: string; seq: number }>;
  /** The pending transfer, if any (exactly one at a time). */
  transfer: Transfer | null;
  /** Decided transfers, newest last (at most 20). */
  transfers: Transfer[];
  /** The person the visitor was matched to (by a verified e-mail), or null. */
  personId: string | null;
  /** The case made from this session ("make a case"), or null. */
  recordId: string | null;
  /** The last seq the case's chat conversation holds (entries after it are added on close or a later "make a case"). Absent: no case, or none copied yet. */
  caseSeq?: number | undefined;
  /** The last time the customer or an agent wrote (the dashboard). */
  lastActivityAt: string;
  /** J2: the delegator the handling agent (their delegate) handles it for, while they do; absent or null otherwise. */
  actingFor?: string | null | undefined;
  /** J6: parked by the handling delegate for `forUserId` to pick up; absent or null when not parked. */
  parked?: ParkMark | null | undefined;
}

/** Entries kept inline on the session document. */
export const RECENT_ENTRIES = 50;
/** Client message ids remembered per session (a resend older than this many messages is not recognized). */
export const CLIENT_IDS = 200;

/** An agent's status document (container `agentstatus`, key [tenantId, userId]). */
export interface AgentStatusDoc {
  tenantId: string;
  userId: string;
  /** What the agent set (or, in Azure with presence following, what Teams said last). */
  status: AgentStatus;
  setAt: string;
  /** The agent's app last said it is there. */
  heartbeatAt: string;
  /** `agent`: the agent chose the status; `default`: made by a heartbeat before they chose one (Teams presence may stand in, I1). Absent: `agent`. */
  source?: 'agent' | 'default' | undefined;
  /** When they last got a session (routing or an accepted transfer): routing's tie-break (I2). */
  lastAssignedAt?: string | null | undefined;
}

/** The status that counts: offline without a heartbeat for HEARTBEAT_TIMEOUT_MS. */
export function effectiveStatus(doc: AgentStatusDoc | null, now: Date): AgentStatus {
  if (!doc) return 'offline';
  if (now.getTime() - Date.parse(doc.heartbeatAt) > HEARTBEAT_TIMEOUT_MS) return 'offline';
  return doc.status;
}
