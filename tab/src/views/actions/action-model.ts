/** The actions bar's pure parts: which actions a record offers, and what a failed action means. */
import { ApiProblem } from '../../api/problem';
import type { ServiceRecord } from '../../api/types';

export type ActionName = 'accept' | 'assign' | 'transfer' | 'close' | 'reopen' | 'postpone' | 'split';

/**
 * The actions worth offering on this record for this user. The service decides in the end (a
 * refusal shows as a problem); this only leaves out what cannot apply: accept on a case that is
 * already theirs, close on a closed one, reopen on an open one, split on anything but a case.
 * Accept is offered only when the record says nobody owns it (`owner: null`): a record whose owner
 * field the user may not see has no `owner` at all, and may well be someone's.
 */
export function offeredActions(record: ServiceRecord, userId: string, actingForSomeone = false): ActionName[] {
  const closed = record.status === 'closed';
  const postponed = record.status === 'waiting' && typeof record.postponedUntil === 'string';
  const owner = record.owner?.id ?? null;
  const unowned = record.owner === null;
  const actions: ActionName[] = [];
  if (unowned && !closed) actions.push('accept');
  // J2: a delegate whose own write does not reach the case may still close it for the delegator.
  if (!record.canWrite) return actingForSomeone && !closed ? [...actions, 'close'] : actions;
  actions.push('assign');
  if (!unowned) actions.push('transfer');
  if (!closed) actions.push('close', 'postpone');
  if (closed || postponed) actions.push('reopen');
  if (record.type === 'case' && !closed) actions.push('split');
  return actions.filter((a, i) => actions.indexOf(a) === i && !(a === 'accept' && owner === userId));
}

/** What a failed action means for the page: reload on a stale ETag, say who has it on a 409, else the problem. */
export type Failure = { kind: 'stale' } | { kind: 'conflict'; message: string | null } | { kind: 'problem'; problem: unknown };

export function failureOf(error: unknown): Failure {
  if (error instanceof ApiProblem && error.status === 412) return { kind: 'stale' };
  if (error instanceof ApiProblem && error.status === 409) return { kind: 'conflict', message: error.detail ?? null };
  return { kind: 'problem', problem: error };
}

/** A `datetime-local` value (local time, minutes) for an ISO time. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The ISO time of a `datetime-local` value (read as local time), or null when it is not one. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Tomorrow at 08:00 local time: the postpone picker's first suggestion. */
export function tomorrowMorning(now: Date): Date {
  const next = new Date(now);
  next.setDate(next.getDate() + 1);
  next.setHours(8, 0, 0, 0);
  return next;
}
