/**
 * The rules of customer chat sessions taken, parked and picked up for a delegator (J2, J6) as small
 * named functions, each judged on the session as stored now (inside its one ETag write) and table
 * tested (tests/unit/session-delegation.test.ts).
 */
import type { ChatSession } from './session';

/** J2: whose work the session is: the delegator a delegate handles it for, else its agent. */
export function sessionOwnerId(session: Pick<ChatSession, 'agentId' | 'actingFor'>): string | null {
  return session.actingFor ?? session.agentId;
}

/**
 * J2: the delegator the caller acts for in this session: the one they handle it for (`actingFor`)
 * when they are its handling agent; null otherwise (acting as themself, a manager, a listener).
 * What they write and do in it records this as `onBehalfOfId`.
 */
export function onBehalfOfIn(session: Pick<ChatSession, 'agentId' | 'actingFor'>, callerId: string): string | null {
  return session.agentId === callerId ? (session.actingFor ?? null) : null;
}

/** J2: `{ onBehalfOfId }` to spread into an entry, an audit value or a timeline input when someone acted for `id`; nothing otherwise. */
export function onBehalfOfPart(id: string | null | undefined): { onBehalfOfId?: string } {
  return id ? { onBehalfOfId: id } : {};
}

/** J2: `{ onBehalfOfId }` when the caller handles the session for a delegator; nothing otherwise. */
export function onBehalfOfField(session: Pick<ChatSession, 'agentId' | 'actingFor'>, callerId: string): { onBehalfOfId?: string } {
  return onBehalfOfPart(onBehalfOfIn(session, callerId));
}

/** J2: the delegators a session is the work of, for a delegate's "Delegated to me" list (handled by, handled for, parked for). */
export function isWorkOf(session: Pick<ChatSession, 'agentId' | 'actingFor' | 'parked'>, delegatorId: string): boolean {
  return session.agentId === delegatorId || session.actingFor === delegatorId || session.parked?.forUserId === delegatorId;
}

export type TakeForRefusal = 'closed' | 'queued' | 'alreadyYours' | 'requeued' | 'agentChanged';

/**
 * J2: may `delegateId` take the session for `delegatorId` now? It is active and handled by the
 * delegator (as the delegate saw it: `expectedAgentId`, so a transfer or takeover meanwhile wins).
 */
export function takeForRefusal(session: ChatSession, input: { delegatorId: string; delegateId: string; expectedAgentId: string | null }): TakeForRefusal | null {
  if (session.status === 'closed') return 'closed';
  if (session.agentId === input.delegateId) return 'alreadyYours';
  if (session.status === 'queued' || session.agentId === null) return session.agentId === input.expectedAgentId ? 'queued' : 'requeued';
  if (session.agentId !== input.expectedAgentId || session.agentId !== input.delegatorId) return 'agentChanged';
  return null;
}

/**
 * J2: the session after the delegate takes it: they handle it for the delegator (`actingFor`), the
 * delegator listens, a pending transfer is cancelled (as a takeover: decidedAs `takeover`).
 */
export function takenFor(session: ChatSession, delegateId: string, delegatorId: string, at: string): ChatSession {
  const listenerIds = session.listenerIds.filter((id) => id !== delegateId && id !== delegatorId);
  listenerIds.push(delegatorId);
  const pending = session.transfer;
  const transfers = pending ? [...session.transfers, { ...pending, status: 'cancelled' as const, decidedAt: at, decidedBy: delegateId, decidedAs: 'takeover' as const }].slice(-20) : session.transfers;
  return { ...session, agentId: delegateId, actingFor: delegatorId, listenerIds, transfer: null, transfers };
}

export type ParkRefusal = 'closed' | 'notHandling' | 'notTheirs' | 'parked' | 'transferPending';

/**
 * J6: may the caller park the session for `forUserId`? They handle it (the handling agent) for that
 * delegator (taken for them), it is open, not parked yet, and no transfer is pending.
 */
export function parkRefusal(session: ChatSession, input: { callerId: string; forUserId: string }): ParkRefusal | null {
  if (session.status === 'closed') return 'closed';
  if (session.agentId !== input.callerId) return 'notHandling';
  if (session.actingFor !== input.forUserId) return 'notTheirs';
  if (session.parked) return 'parked';
  if (session.transfer?.status === 'pending') return 'transferPending';
  return null;
}

export type PickUpRefusal = 'closed' | 'notParked' | 'notForYou' | 'alreadyYours';

/**
 * J6: may the caller pick the session up? The delegator it is parked for, while it is parked and
 * open; with nothing parked, the delegator a delegate handles it for (`actingFor`: they take their
 * chat back, e.g. after removing that delegate, who can no longer write in it).
 */
export function pickUpRefusal(session: ChatSession, callerId: string): PickUpRefusal | null {
  if (session.status === 'closed') return 'closed';
  if (!session.parked) return session.actingFor === callerId ? null : session.agentId === callerId ? 'alreadyYours' : 'notParked';
  if (session.parked.forUserId !== callerId) return 'notForYou';
  return null;
}

/**
 * J6: the session after its delegator picks it up: they handle it themself, the delegate (and any
 * other handler) drops to listen, nothing is parked or handled for anyone, a pending transfer is
 * cancelled (the pick-up wins over it, as a takeover does).
 */
export function pickedUp(session: ChatSession, delegatorId: string, at: string): ChatSession {
  const listenerIds = session.listenerIds.filter((id) => id !== delegatorId);
  if (session.agentId && session.agentId !== delegatorId && !listenerIds.includes(session.agentId)) listenerIds.push(session.agentId);
  const pending = session.transfer;
  const transfers = pending ? [...session.transfers, { ...pending, status: 'cancelled' as const, decidedAt: at, decidedBy: delegatorId, decidedAs: 'takeover' as const }].slice(-20) : session.transfers;
  return { ...session, status: 'active', waitingSince: null, agentId: delegatorId, listenerIds, parked: null, actingFor: null, transfer: null, transfers };
}

/** J2/J6: a session whose handler changed otherwise (a transfer accepted, a takeover) is no longer handled for anyone, nor parked. */
export function released(session: ChatSession): ChatSession {
  return session.actingFor || session.parked ? { ...session, actingFor: null, parked: null } : session;
}
