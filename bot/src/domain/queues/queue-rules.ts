/** Which cases each queue view (H2) holds: pure rules, stated as record filters. */
import type { Caller } from '../access/access';
import { OPEN_STATUSES, type RecordFilter, type ServiceRecord } from '../records/record';
import { DomainError, ForbiddenError } from '../shared/errors';

export const QUEUE_VIEWS = ['mine', 'unassigned', 'team', 'favorites', 'flagged'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

/** Views that are record queries (favorites and flagged come from the user's marks). */
export type RecordQueueView = Exclude<QueueView, 'favorites' | 'flagged'>;

/** The queue has nothing to give (POST /api/queues/next): a 404 problem. */
export class QueueEmptyError extends DomainError {
  readonly code = 'not-found';
  constructor() {
    super('error.queues.empty');
  }
}

/** The teams a team view or "next" covers: the named one (must be the caller's) or all of theirs. */
export function teamsOf(caller: Caller, teamId: string | undefined): string[] {
  if (teamId === undefined) return [...caller.user.teamIds];
  if (!caller.user.teamIds.includes(teamId)) throw new ForbiddenError('error.queues.notYourTeam');
  return [teamId];
}

/**
 * mine: my open cases, recently changed first. unassigned: open cases without owner whose team is
 * one of mine or none, oldest first. team: open cases of my teams (or the one named), recently
 * changed first.
 */
export function queueFilter(caller: Caller, view: RecordQueueView, teamId?: string): RecordFilter {
  const open = OPEN_CASES;
  switch (view) {
    case 'mine':
      return { ...open, ownerId: caller.user.id };
    case 'unassigned':
      return { ...open, unowned: true, teamIds: teamId !== undefined ? teamsOf(caller, teamId) : [...caller.user.teamIds, null], order: 'oldest' };
    case 'team':
      return { ...open, teamIds: teamsOf(caller, teamId) };
  }
}

/** What every record view holds: open cases. */
export const OPEN_CASES: RecordFilter = { type: 'case', statuses: OPEN_STATUSES };

/** The record views' counts as filters within OPEN_CASES: mine, unassigned, team (all), then each team. */
export function queueCountFilters(caller: Caller): RecordFilter[] {
  const teamIds = [...caller.user.teamIds];
  return [
    { ownerId: caller.user.id },
    { unowned: true, teamIds: [...teamIds, null] },
    { teamIds },
    ...teamIds.map((id) => ({ teamIds: [id] })),
  ];
}

/**
 * What "get next" picks from: the unassigned queue — unowned open cases of my teams or of no team
 * (new mail, web form and phone cases have none until someone routes them), oldest first; with a
 * team named, only that team's.
 */
export function nextFilter(caller: Caller, teamId?: string): RecordFilter {
  return { type: 'case', statuses: OPEN_STATUSES, unowned: true, teamIds: teamId !== undefined ? teamsOf(caller, teamId) : [...caller.user.teamIds, null], order: 'oldest' };
}

/** May "get next" give this case now? Still unowned and open, and not postponed into the future. */
export function canTake(record: ServiceRecord, now: Date): boolean {
  const postponed = record.postponedUntil ? Date.parse(record.postponedUntil) > now.getTime() : false;
  return record.ownerId === null && OPEN_STATUSES.includes(record.status) && !postponed;
}
