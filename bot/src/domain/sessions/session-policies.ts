/**
 * The rules of customer chat sessions (I1–I7) as small named functions, each with its own table
 * tests (tests/unit/sessions-policies.test.ts). Sessions are checked as the OwnedItem
 * `{ type: site.recordType, ownerId: session.agentId, owningTeamId: session.teamId }`.
 */
import { hasPrivilege, type Caller, type OwnedItem, type Role, type User } from '../access/access';
import { released } from './session-delegation-policies';
import { HEARTBEAT_TIMEOUT_MS, type AgentStatus, type AgentStatusDoc, type ChatSession, type ChatSite, type Transfer, type TransferStatus } from './session';

/** Decided transfers kept on the session document. */
export const DECIDED_TRANSFERS = 20;

/** Any user of the tenant as a Caller (their roles from the tenant's role list), for checks about colleagues. */
export function callerOf(user: User, roles: readonly Role[]): Caller {
  return { tenantId: user.tenantId, user, roles: roles.filter((r) => r.tenantId === user.tenantId && user.roleIds.includes(r.id)) };
}

/** The session as an access check sees it. */
export function sessionItem(session: Pick<ChatSession, 'tenantId' | 'agentId' | 'teamId'>, recordType: string): OwnedItem {
  return { tenantId: session.tenantId, type: recordType, ownerId: session.agentId, owningTeamId: session.teamId };
}

/** An agent of the site: a member of its team whose `write` on the site's record type reaches that team. */
export function canHandle(caller: Caller, site: ChatSite): boolean {
  if (caller.tenantId !== site.tenantId || !caller.user.teamIds.includes(site.teamId)) return false;
  return hasPrivilege(caller, { tenantId: site.tenantId, type: site.recordType, ownerId: null, owningTeamId: site.teamId }, 'write');
}

/** I5: a manager holds both `listen` and `assign` reaching the session. */
export function isManager(caller: Caller, session: Pick<ChatSession, 'tenantId' | 'agentId' | 'teamId'>, recordType: string): boolean {
  const item = sessionItem(session, recordType);
  return hasPrivilege(caller, item, 'listen') && hasPrivilege(caller, item, 'assign');
}

/** I6: `listen` reaching the session opens it read-only (and shows it on the live dashboard). */
export function canListen(caller: Caller, session: Pick<ChatSession, 'tenantId' | 'agentId' | 'teamId'>, recordType: string): boolean {
  return hasPrivilege(caller, sessionItem(session, recordType), 'listen');
}

/** Only the handling agent of an active session writes to the customer (listeners and viewers read). */
export function canSend(caller: Caller, session: ChatSession): boolean {
  return session.tenantId === caller.tenantId && session.status === 'active' && session.agentId === caller.user.id;
}

/** The caller's part in a session, or null when they have none and may not listen. */
export function roleIn(caller: Caller, session: ChatSession, recordType: string): 'agent' | 'listener' | 'viewer' | 'transferTarget' | null {
  if (session.tenantId !== caller.tenantId) return null;
  if (session.agentId === caller.user.id) return 'agent';
  if (session.transfer?.status === 'pending' && session.transfer.toUserId === caller.user.id) return 'transferTarget';
  if (session.listenerIds.includes(caller.user.id)) return 'listener';
  return canListen(caller, session, recordType) ? 'viewer' : null;
}

/** A routing candidate: a present agent of the site's team and their load. */
export interface Candidate {
  userId: string;
  openSessions: number;
  /** When they last got a session (routing or transfer); null: never. */
  lastAssignedAt: string | null;
}

/**
 * I2 routing: the agent with the fewest open sessions below `capacity`; ties go to the one who got
 * a session least recently (never first), then by id. Null: everybody is full (the session queues).
 */
export function pickAgent(candidates: readonly Candidate[], capacity: number): string | null {
  const room = candidates.filter((c) => c.openSessions < capacity);
  room.sort((a, b) =>
    a.openSessions - b.openSessions ||
    (a.lastAssignedAt ?? '').localeCompare(b.lastAssignedAt ?? '') ||
    a.userId.localeCompare(b.userId));
  return room[0]?.userId ?? null;
}

export type TransferRefusal = 'closed' | 'notActive' | 'pending' | 'forbidden' | 'self' | 'currentAgent' | 'notPresent' | 'cannotHandle';

/**
 * I3/I5: may `caller` offer the session to `target`? The handling agent or a manager; one pending
 * transfer at a time; to a present agent of the site who is neither the caller nor the current agent.
 */
export function canTransfer(input: {
  callerId: string;
  manager: boolean;
  session: ChatSession;
  targetId: string;
  targetStatus: AgentStatus;
  targetCanHandle: boolean;
}): TransferRefusal | null {
  const { session } = input;
  if (session.status === 'closed') return 'closed';
  if (session.agentId !== input.callerId && !input.manager) return 'forbidden';
  if (session.status !== 'active' || session.agentId === null) return 'notActive';
  if (session.transfer?.status === 'pending') return 'pending';
  if (input.targetId === input.callerId) return 'self';
  if (input.targetId === session.agentId) return 'currentAgent';
  if (!input.targetCanHandle) return 'cannotHandle';
  if (input.targetStatus !== 'present') return 'notPresent';
  return null;
}

export type TransferDecision = 'accept' | 'decline' | 'cancel' | 'expire';

const OUTCOME: Record<TransferDecision, Exclude<TransferStatus, 'pending'>> = { accept: 'accepted', decline: 'declined', cancel: 'cancelled', expire: 'expired' };

export type DecisionResult =
  /** `late`: an accept or decline that came after `expiresAt`: the transfer expired instead (written, then the caller is told). */
  | { ok: true; session: ChatSession; transfer: Transfer; late: boolean }
  /** The transfer was decided already: what happened, and who decided (null: it expired). */
  | { ok: false; reason: 'notPending'; status: TransferStatus; by: string | null }
  | { ok: false; reason: 'notFound' | 'forbidden' | 'notDue' };

/**
 * I3/I7: one decision on one transfer, applied to the session as read. Accept: the colleague
 * handles it and the first agent listens; decline, cancel, expire: the first agent keeps it. Called
 * again on a fresh read after a lost ETag race, so the loser learns what happened and who did it.
 */
export function decideTransfer(session: ChatSession, transferId: string, decision: TransferDecision, actor: { userId: string | null; manager: boolean }, now: Date): DecisionResult {
  const pending = session.transfer?.id === transferId ? session.transfer : null;
  if (!pending) {
    const decided = session.transfers.find((t) => t.id === transferId);
    return decided ? { ok: false, reason: 'notPending', status: decided.status, by: decided.decidedBy } : { ok: false, reason: 'notFound' };
  }
  let late = false;
  let outcome = decision;
  if (decision === 'accept' || decision === 'decline') {
    if (actor.userId !== pending.toUserId) return { ok: false, reason: 'forbidden' };
    // Past its time the offer is over, answered or not: it expires now (what the sweep would do).
    if (now.getTime() >= Date.parse(pending.expiresAt)) {
      late = true;
      outcome = 'expire';
    }
  } else if (decision === 'cancel') {
    const own = actor.userId === pending.fromUserId || actor.userId === pending.byUserId;
    if (!own && !actor.manager) return { ok: false, reason: 'forbidden' };
  } else if (now.getTime() < Date.parse(pending.expiresAt)) {
    return { ok: false, reason: 'notDue' };
  }
  const at = now.toISOString();
  const transfer: Transfer = { ...pending, status: OUTCOME[outcome], decidedAt: at, decidedBy: outcome === 'expire' ? null : actor.userId };
  const transfers = [...session.transfers, transfer].slice(-DECIDED_TRANSFERS);
  if (outcome !== 'accept') return { ok: true, late, transfer, session: { ...session, transfer: null, transfers } };
  const listenerIds = [...session.listenerIds.filter((id) => id !== pending.toUserId)];
  if (session.agentId && !listenerIds.includes(session.agentId)) listenerIds.push(session.agentId);
  // J2/J6: the colleague handles it as themself: it is no longer handled for a delegator, nor parked.
  return { ok: true, late, transfer, session: { ...released(session), agentId: pending.toUserId, listenerIds, transfer: null, transfers } };
}

/**
 * P1-5: has the handling agent left? Offline (no heartbeat for HEARTBEAT_TIMEOUT_MS, or the status
 * `offline`) for longer than 2 × HEARTBEAT_TIMEOUT_MS; no status document at all counts as long gone.
 */
export function hasLeft(doc: AgentStatusDoc | null, now: Date): boolean {
  if (!doc) return true;
  const silentSince = Date.parse(doc.heartbeatAt) + HEARTBEAT_TIMEOUT_MS;
  const offlineSince = doc.status === 'offline' ? Math.min(Date.parse(doc.setAt), silentSince) : silentSince;
  return now.getTime() - offlineSince > 2 * HEARTBEAT_TIMEOUT_MS;
}

/** Null opening hours: always open; else open on a listed weekday between `from` (inclusive) and `to` (exclusive), in the site's time zone. */
export function openNow(site: Pick<ChatSite, 'openingHours'>, date: Date): boolean {
  const hours = site.openingHours;
  if (!hours) return true;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone: hours.timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date);
  } catch {
    // An unknown time zone (stored before validation caught it): closed rather than a crash.
    return false;
  }
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday'));
  const time = `${part('hour')}:${part('minute')}`;
  return hours.days.some((d) => d.day === day && d.from <= time && time < d.to);
}

/** The time zone names Intl knows (a site's opening hours must use one). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
