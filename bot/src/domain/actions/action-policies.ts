/**
 * The rules of the agent actions on a record (H3), as small named functions of plain data. The
 * action service asks them; each has its own table-driven test (tests/unit/action-policies.test.ts).
 */
import { hasPrivilege, privilegeDepth, type Caller } from '../access/access';
import type { RecordStatus, ServiceRecord } from '../records/record';

/** What accepting a record would do for this caller. */
export type AcceptDecision =
  | { kind: 'take' }
  | { kind: 'alreadyYours' }
  | { kind: 'taken'; ownerId: string }
  | { kind: 'forbidden' };

/**
 * Accept (take ownership) has its own rule, not the assign rule: an agent may take a record that
 * nobody owns when their write privilege reaches it, or when it belongs to one of their teams or
 * to no team yet (new mail, web form and phone cases: the shared unassigned queue) and they may
 * write records of its type at all (an agent with `own` or `team` write takes work from the
 * queue). A record someone else owns is theirs: accept never takes it away.
 */
export function acceptDecision(caller: Caller, record: ServiceRecord): AcceptDecision {
  if (record.ownerId === caller.user.id) return { kind: 'alreadyYours' };
  if (record.ownerId !== null) return { kind: 'taken', ownerId: record.ownerId };
  if (hasPrivilege(caller, record, 'write')) return { kind: 'take' };
  const queueOfMine = record.owningTeamId === null || caller.user.teamIds.includes(record.owningTeamId);
  if (queueOfMine && record.tenantId === caller.tenantId && privilegeDepth(caller, record.type, 'write') !== null) return { kind: 'take' };
  return { kind: 'forbidden' };
}

/**
 * The owner fields once the caller accepts: theirs, and a record of no team joins the caller's
 * first team (so their team's queue shows it and their team-depth write reaches it).
 */
export function ownershipOnAccept(caller: Caller, record: Pick<ServiceRecord, 'owningTeamId'>): { ownerId: string; owningTeamId: string | null } {
  return { ownerId: caller.user.id, owningTeamId: record.owningTeamId ?? caller.user.teamIds[0] ?? null };
}

/** The status a record gets when someone takes it: new work becomes active; anything else stays. */
export function statusOnAccept(status: RecordStatus): RecordStatus {
  return status === 'new' ? 'active' : status;
}

/**
 * Transfer (pass my case to a colleague, with a note) is the owner's own act: the owner may
 * transfer when their write reaches the record; anyone else needs the assign privilege on it.
 */
export function canTransfer(caller: Caller, record: ServiceRecord): boolean {
  if (!hasPrivilege(caller, record, 'write')) return false;
  return record.ownerId === caller.user.id || hasPrivilege(caller, record, 'assign');
}

/** The owner fields after an assignment. */
export interface Assignment {
  ownerId: string | null;
  owningTeamId: string | null;
}

/**
 * As SuperOffice's "assign to": a user makes them the owner (the team stays); a team alone puts
 * the record in that team's unassigned queue (the owner user is cleared); both set both; an
 * explicit null clears that field. Fields not given stay as they are.
 */
export function assignmentOf(record: Pick<ServiceRecord, 'ownerId' | 'owningTeamId'>, input: { userId?: string | null | undefined; teamId?: string | null | undefined }): Assignment {
  const owningTeamId = input.teamId === undefined ? record.owningTeamId : input.teamId;
  let ownerId = input.userId === undefined ? record.ownerId : input.userId;
  if (input.userId === undefined && input.teamId && input.teamId !== record.owningTeamId) ownerId = null;
  return { ownerId, owningTeamId };
}

/** Why a record cannot be closed, reopened or postponed now (null: it can). */
export type StatusRefusal = 'alreadyClosed' | 'notClosed' | 'closed' | null;

/** Close: anything not closed yet. */
export function closeRefusal(status: RecordStatus): StatusRefusal {
  return status === 'closed' ? 'alreadyClosed' : null;
}

/** Reopen: only a closed record, or one waiting on a postponement. */
export function reopenRefusal(record: Pick<ServiceRecord, 'status' | 'postponedUntil'>): StatusRefusal {
  return record.status === 'closed' || (record.status === 'waiting' && record.postponedUntil) ? null : 'notClosed';
}

/** Postpone: not a closed record (reopen it first). */
export function postponeRefusal(status: RecordStatus): StatusRefusal {
  return status === 'closed' ? 'closed' : null;
}

/** The until of a postpone must be a valid time in the future (and within ten years). */
export function postponeUntilIssue(until: string, now: Date): 'issue.postponeInvalid' | 'issue.postponeInPast' | 'issue.postponeTooFar' | null {
  const at = Date.parse(until);
  if (Number.isNaN(at)) return 'issue.postponeInvalid';
  if (at <= now.getTime()) return 'issue.postponeInPast';
  if (at > now.getTime() + 10 * 366 * 24 * 3600 * 1000) return 'issue.postponeTooFar';
  return null;
}

/** True when a postponed record is due to reopen at `now`. */
export function isPostponementDue(record: Pick<ServiceRecord, 'status' | 'postponedUntil'>, now: Date): boolean {
  return record.status === 'waiting' && typeof record.postponedUntil === 'string' && Date.parse(record.postponedUntil) <= now.getTime();
}

/** Why a split's choice of messages is refused (null: it is fine). */
export type SplitRefusal = 'noMessages' | 'notOnThisCase' | 'allMessages' | null;

/**
 * Split moves some of a case's messages into a new case: at least one, every one of them on this
 * case, and not all of them (the case would be left empty: that is not a split).
 */
export function splitRefusal(chosen: readonly string[], messagesOfCase: readonly string[]): SplitRefusal {
  const unique = new Set(chosen);
  if (unique.size === 0) return 'noMessages';
  const onCase = new Set(messagesOfCase);
  for (const id of unique) if (!onCase.has(id)) return 'notOnThisCase';
  if (onCase.size > 0 && [...onCase].every((id) => unique.has(id))) return 'allMessages';
  return null;
}
