/**
 * What the sessions domain needs from outside (storage, fan-out, Teams, intake), and the API the
 * edges call: the REST routes, the customer's WebSocket edge, the agent's WebSocket edge and the
 * Teams cards all go through `SessionsApi`, so every check lives in one place.
 */
import type { Caller } from '../access/access';
import type { Locale, Versioned } from '../shared/types';
import type { AgentStatus, AgentStatusDoc, ChatSession, ChatSite, SessionEntry, Transfer } from './session';

/** Sessions and their archived entries. Writes with an ETag throw PreconditionFailedError when it is stale. */
export interface SessionRepository {
  get(tenantId: string, sessionId: string): Promise<Versioned<ChatSession> | null>;
  create(session: ChatSession): Promise<Versioned<ChatSession>>;
  replace(session: ChatSession, etag: string): Promise<Versioned<ChatSession>>;
  /** Sessions not closed, of the tenant, oldest first (the dashboard, routing, the sweeps), at most `limit`. */
  listOpen(tenantId: string, limit: number): Promise<ChatSession[]>;
  /** Open sessions handled by or listened to by this agent, or whose pending transfer is offered to them (at most 200, without entries). */
  listForAgent(tenantId: string, userId: string): Promise<SessionSummary[]>;
  /** The tenant's open (queued or active) sessions without their entries, oldest first, at most `limit` (start, routing, agents, the live list). */
  openSummaries(tenantId: string, limit: number): Promise<SessionSummary[]>;
  /** Every tenant's open sessions, just what the sweeps decide on (cross-partition, projected), at most `limit`. */
  sweepSummaries(limit: number): Promise<SweepSummary[]>;
  /** Sessions whose pending transfer is due (`expiresAt` <= `now`), every tenant, at most `limit`. */
  dueTransfers(now: string, limit: number): Promise<Array<{ tenantId: string; id: string; transferId: string }>>;
  /** Every tenant that has open sessions (the sweeps), at most `limit`. */
  tenantsWithOpen(limit: number): Promise<string[]>;
  /** Writes entries to the archive; an entry already there is left as it is (idempotent). */
  archive(tenantId: string, sessionId: string, entries: SessionEntry[]): Promise<void>;
  /** Archived entries with seq > afterSeq, in order, at most `limit`. */
  archived(tenantId: string, sessionId: string, afterSeq: number, limit: number): Promise<SessionEntry[]>;
}

/** A session without its entries, client ids and decided transfers (the lists and routing). */
export type SessionSummary = Omit<ChatSession, 'recent' | 'clientIds' | 'transfers'>;

/** What the sweeps need of an open session. */
export interface SweepSummary {
  tenantId: string;
  id: string;
  siteId: string;
  status: 'queued' | 'active';
  agentId: string | null;
  createdAt: string;
  /** The pending transfer's id, or null. */
  transferId: string | null;
}

/** People, looked up only (a session never makes a person; "make a case" may, through the intake). */
export interface SessionPeople {
  /** The person with this e-mail address in the tenant, or null. */
  findByEmail(tenantId: string, email: string): Promise<{ id: string; name: string } | null>;
}

export interface AgentStatusRepository {
  get(tenantId: string, userId: string): Promise<AgentStatusDoc | null>;
  put(doc: AgentStatusDoc): Promise<void>;
  /** Every status document of the tenant (the caller filters by effective status). */
  list(tenantId: string): Promise<AgentStatusDoc[]>;
}

/** The chat sites of a tenant (directory container, kind `chatsite`). */
export interface ChatSiteRepository {
  get(tenantId: string, siteId: string): Promise<ChatSite | null>;
  list(tenantId: string): Promise<ChatSite[]>;
  put(site: ChatSite): Promise<void>;
}

/**
 * What happened on a session, for whoever is connected (fan-out across instances happens behind
 * this port: realtime/). Best effort: a lost event is repaired by the next one, since every
 * entry carries its `seq` and a reader with a gap reads what it missed.
 */
export type SessionEvent =
  | { type: 'entry'; tenantId: string; sessionId: string; entry: SessionEntry }
  | { type: 'typing'; tenantId: string; sessionId: string; who: 'customer' | 'agent'; name: string | null }
  /** The session's state changed (agent, listeners, transfer, status): readers reload it. */
  | { type: 'state'; tenantId: string; sessionId: string; status: ChatSession['status']; agentId: string | null; transferId: string | null }
  /** An agent's list of sessions changed (a session routed to them, a transfer offered, taken over). */
  | { type: 'agent'; tenantId: string; userId: string };

export interface SessionEvents {
  publish(event: SessionEvent): Promise<void>;
}

/** The Teams side of I4/I5 (teams/): cards with Accept and Decline, updated after the decision. */
export interface SessionTeams {
  /** Posts the offer to the colleague and a copy to the first agent (and the manager who asked); answers where the cards went. */
  transferOffered(session: ChatSession, transfer: Transfer): Promise<Transfer['cards']>;
  /** Redraws every card of the transfer with its outcome. */
  transferDecided(session: ChatSession, transfer: Transfer): Promise<void>;
  /** I5: tells the agents involved that a manager took the session over. */
  takenOver(session: ChatSession, managerId: string, previousAgentId: string | null): Promise<void>;
}

/** I1 in Azure (PRESENCE_FROM_TEAMS): the Teams presence of agents who set no status of their own (Graph getPresencesByUserId). */
export interface TeamsPresence {
  /** Each user's presence mapped to a status (Available→present, Away/BeRightBack→away, Busy/DoNotDisturb/InACall…→busy, else offline); missing users are left out. */
  of(tenantId: string, userIds: readonly string[]): Promise<Map<string, AgentStatus>>;
}

/** H1 chat channel: a left message or a session made into a case goes through the intake pipeline. */
export interface SessionIntake {
  /** A message left outside opening hours or with nobody present: a new case; answers its number. */
  leaveMessage(site: ChatSite, input: { name: string; email: string; text: string; locale: Locale; receivedAt: string }): Promise<{ recordId: string; number: string }>;
  /** "Make a case": a `chat` conversation with the transcript, on a new case owned by the agent. */
  makeCase(caller: Caller, site: ChatSite, session: ChatSession, transcript: SessionEntry[], title: string): Promise<{ recordId: string; number: string; personId?: string | null | undefined }>;
  /** Entries written after the case was made, added to the case's `chat` conversation as one message (idempotent by the first seq). Absent: not copied (fakes). */
  appendToCase?(session: ChatSession, entries: SessionEntry[]): Promise<void>;
}

/** Whether a site takes chats now, and why not. */
export interface Availability {
  open: boolean;
  reason: 'open' | 'closedHours' | 'nobodyPresent';
  site: { name: string; language: Locale };
}

/** The visitor, as their signed token names them (the customer edge verifies it before calling). */
export interface VisitorRef {
  tenantId: string;
  siteId: string;
  sessionId: string;
  visitorId: string;
}

/** How an agent sees a session (REST and the agent edge). */
export interface SessionView {
  session: ChatSession;
  /** The caller's part: the handling agent may send; a listener or a dashboard viewer may not. */
  role: 'agent' | 'listener' | 'viewer' | 'transferTarget';
  /** The entries asked for (the newest 200 by default), in order (archive + recent). */
  entries: SessionEntry[];
  /** Older entries exist before the first one given (page with `before`). */
  more: boolean;
}

/** P1-2, I3: a listener stops listening (closes their window); the chat goes on. Its own interface: the customer edge never needs it. */
export interface SessionLeave {
  leave(caller: Caller, sessionId: string): Promise<ChatSession>;
}

/** The API the edges call. Implemented by SessionService (domain/sessions/session-service.ts). */
export interface SessionsApi {
  // ---- visitor side (the customer edge has verified the visitor token) ----
  /** The site (the customer edge checks the Origin against it); null when there is none. */
  site(tenantId: string, siteId: string): Promise<ChatSite | null>;
  availability(tenantId: string, siteId: string): Promise<Availability>;
  /** Starts a session with the customer's first message; routes it (I2) or queues it. */
  start(tenantId: string, siteId: string, input: { visitorId: string; name: string | null; email: string | null; verified: boolean; locale: Locale; clientId: string; text: string }): Promise<{ session: ChatSession; entry: SessionEntry }>;
  /** A customer's message; a `clientId` seen before answers the entry it became (no duplicate). */
  postAsVisitor(visitor: VisitorRef, input: { clientId: string; text: string }): Promise<SessionEntry>;
  /** Entries after `afterSeq` (resume), for the visitor of the session. */
  entriesForVisitor(visitor: VisitorRef, afterSeq: number): Promise<{ session: ChatSession; entries: SessionEntry[] }>;
  closeByVisitor(visitor: VisitorRef): Promise<void>;
  leaveMessage(tenantId: string, siteId: string, input: { name: string; email: string; text: string; locale: Locale }): Promise<{ number: string }>;

  // ---- agent side (I1) ----
  /**
   * Sets the agent's own status (ForbiddenError for anyone who is not an agent). `via: 'app'` (the
   * default: the tab) also counts as the app's heartbeat; `'bot'` does not. Answers the effective
   * status and whether the app's heartbeat was fresh before the call (`appOpen`).
   */
  setStatus(caller: Caller, status: AgentStatus, via?: 'app' | 'bot'): Promise<{ status: AgentStatus; appOpen: boolean }>;
  heartbeat(caller: Caller): Promise<{ status: AgentStatus }>;
  /** Agents of the caller's tenant with their effective status, optionally only those with `status`. */
  agents(caller: Caller, filter: { status?: AgentStatus | undefined }): Promise<Array<{ userId: string; displayName: string; status: AgentStatus; openSessions: number }>>;

  // ---- sessions (I2, I6) ----
  /**
   * `mine`: sessions I handle, listen to, or am offered; `live`: every open session (needs `listen`); `delegated` (J2): the open
   * sessions my active delegators handle, someone handles for them, or parked for them — with `delegator`, only that one's
   * (ForbiddenError when not an active delegator of mine; ValidationError with another view).
   */
  list(caller: Caller, view: 'mine' | 'live' | 'delegated', filter?: { delegator?: string | undefined }): Promise<SessionSummary[]>;
  /** The session with its newest entries (at most `limit`, default 200), or those before seq `before`; `more`: older ones exist. */
  get(caller: Caller, sessionId: string, page?: { before?: number | undefined; limit?: number | undefined }): Promise<SessionView>;
  /** Entries after `afterSeq` for an agent who may see the session. */
  entriesForAgent(caller: Caller, sessionId: string, afterSeq: number): Promise<SessionEntry[]>;
  /** The handling agent's message (listeners and viewers get ForbiddenError; so does a delegate handling it for someone whose delegation ended). */
  post(caller: Caller, sessionId: string, input: { clientId: string; text: string }): Promise<SessionEntry>;
  /** Typing indicator (not stored). */
  typing(caller: Caller | VisitorRef, sessionId: string): Promise<void>;
  /** Ends the session (the handling agent or a manager; re-checked inside the write). A listener gets ConflictError 'error.sessions.useLeave'. */
  close(caller: Caller, sessionId: string): Promise<ChatSession>;
  /** "Make a case" (I2): answers the new case. */
  makeCase(caller: Caller, sessionId: string, input: { title: string | null }): Promise<{ recordId: string; number: string }>;

  // ---- transfer (I3, I5, I7) ----
  transfer(caller: Caller, sessionId: string, toUserId: string): Promise<Transfer>;
  accept(caller: Caller, sessionId: string, transferId: string): Promise<ChatSession>;
  decline(caller: Caller, sessionId: string, transferId: string): Promise<ChatSession>;
  cancel(caller: Caller, sessionId: string, transferId: string): Promise<ChatSession>;
  /**
   * I5: `expectedAgentId`: the agent the manager saw handling it; refused (409, named) when someone else has it now. Absent: the agent as read now.
   * J2: `onBehalfOf` (a delegator of the caller; absent: decided by rights): a delegate takes the session its delegator handles; the
   * delegate handles it (`actingFor` = the delegator), the delegator listens. Not in effect: ForbiddenError with the reason.
   */
  takeover(caller: Caller, sessionId: string, input?: { expectedAgentId?: string | null | undefined; onBehalfOf?: string | null | undefined }): Promise<ChatSession>;

  // ---- delegation (J2, J6: session-delegation.ts) ----
  /**
   * J6: the handling agent, a delegate of `forUserId` handling the session for them (taken with
   * `takeover` `onBehalfOf`), parks it for them: `parked` is set, the customer is told the
   * delegator will be with them, the delegator is told in Teams. ForbiddenError with the reason
   * when the delegation is not in effect or the caller does not handle it for them; ConflictError
   * when closed, parked already or a transfer is pending.
   */
  park(caller: Caller, sessionId: string, input: { forUserId: string }): Promise<ChatSession>;
  /**
   * J6: `parked.forUserId` picks the parked session up: they handle it, the delegate listens,
   * `parked` is null. With nothing parked, the delegator a delegate handles it for (`actingFor`)
   * takes it back the same way. Someone else: ForbiddenError; nothing parked (or picked up already,
   * or taken meanwhile): ConflictError naming what happened. A pending transfer is cancelled.
   */
  pickUp(caller: Caller, sessionId: string): Promise<ChatSession>;

  // ---- sweeps (every instance, on timers) ----
  /** Pending transfers past `expiresAt` return to the first agent; answers how many. */
  expireTransfers(): Promise<number>;
  /** Queued sessions get an agent when one is present with room; answers how many. */
  routeQueued(): Promise<number>;
}
