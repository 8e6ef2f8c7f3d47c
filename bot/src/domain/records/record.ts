/** A service record (A1) and the rules of its fields. */
import { createHash } from 'node:crypto';
import type { ParkMark } from '../delegation/delegation';

export const RECORD_STATUSES = ['new', 'active', 'waiting', 'resolved', 'closed'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export const RECORD_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type RecordPriority = (typeof RECORD_PRIORITIES)[number];

export type CustomValue = string | number | boolean | null;

/** A record as stored. */
export interface ServiceRecord {
  id: string;
  tenantId: string;
  type: string;
  number: string;
  title: string;
  description: string;
  status: RecordStatus;
  priority: RecordPriority;
  ownerId: string | null;
  owningTeamId: string | null;
  /** The linked person; only cases have one (A2). */
  personId: string | null;
  customFields: Record<string, CustomValue>;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  updatedBy: string;
  /** Lower-cased number and title (kept for older readers; text search uses `terms`). */
  searchText: string;
  /**
   * H2 text index (domain/search/record-terms.ts): the en/da/sv stems of the number, title and
   * messages; absent on records from before it (backfilled).
   */
  terms?: string[] | undefined;
  /** The stems of the description: searched only for callers who may read `description` (A3). */
  descriptionTerms?: string[] | undefined;
  /** The stems of the person's name and e-mail and the company's name: only for readers of `person`. */
  peopleTerms?: string[] | undefined;
  /** The stems of the title alone: a match here ranks first. */
  titleTerms?: string[] | undefined;
  /** `cas-01042`, `01042`, `1042`: an exact number match ranks above all. */
  numberKeys?: string[] | undefined;
  /** The stems of the case's messages (capped), kept so `terms` can be rebuilt without them. */
  messageTerms?: string[] | undefined;
  /** The index version the terms were built with (a newer version rebuilds at start). */
  searchVersion?: number | undefined;
  /** H3 postpone: the case reopens itself at this time (ISO); null or absent when not postponed. */
  postponedUntil?: string | null | undefined;
  /** J6: parked by a delegate for a delegator to pick up (domain/delegation/park.ts); null or absent when not. */
  parked?: StoredParkMark | null | undefined;
  /**
   * J6: the last pick-up (the park it ended, by whom from what): a retried pick-up finishes its
   * timeline entry, audit and card redraw from it (domain/delegation/park.ts). Never shown.
   */
  lastPickUp?: StoredPickUp | null | undefined;
  /**
   * G2: who resolved the case and when, set as it becomes done (resolved or closed): the person who
   * did it and the owner then. Null or absent while not done (and on cases done before it: G2 then
   * takes the owner and the last update).
   */
  resolution?: Resolution | null | undefined;
}

/** A case is done (the evidence of G2) once resolved or closed. */
export const DONE_STATUSES: readonly RecordStatus[] = ['resolved', 'closed'];

/** G2: who resolved a case (the person who made it done, then its owner; no one twice) and when. */
export type Resolution = { byIds: string[]; at: string };

/** The resolution a change leaves on a case: set as it becomes done, cleared as it is reopened, else kept. */
export function resolutionAfter(before: ServiceRecord, after: ServiceRecord, actorId: string): Resolution | null | undefined {
  const wasDone = DONE_STATUSES.includes(before.status);
  const isDone = DONE_STATUSES.includes(after.status);
  if (isDone && !wasDone) return { byIds: [...new Set([actorId, ...(after.ownerId ? [after.ownerId] : [])])], at: after.updatedAt };
  if (!isDone && wasDone) return null;
  return before.resolution;
}

/** J6: what a pick-up changed, kept on the record so that a retry can finish the pick-up's other writes (a type literal: plain JSON, as StoredParkMark). */
export type StoredPickUp = {
  /** The park that was picked up (its `at` identifies it). */
  forUserId: string;
  byUserId: string;
  at: string;
  pickedUpAt: string;
  fromOwnerId: string | null;
  fromStatus: RecordStatus;
};

/** A ParkMark as a record stores it (a mapped type: plain JSON, as the Cosmos batch operations take). */
export type StoredParkMark = Pick<ParkMark, keyof ParkMark>;

/** The id of the record a client's Idempotency-Key creates: the same key of the same person, the same record. */
export function recordIdForKey(tenantId: string, userId: string, idempotencyKey: string): string {
  return `r-${createHash('sha256').update(`${tenantId}\n${userId}\n${idempotencyKey}`).digest('hex').slice(0, 32)}`;
}

/** The text a search matches against. */
export function searchTextOf(record: Pick<ServiceRecord, 'number' | 'title'>): string {
  return `${record.number} ${record.title}`.toLowerCase();
}

/** The statuses of an open case (the queues show these). */
export const OPEN_STATUSES: readonly RecordStatus[] = ['new', 'active', 'waiting'];

/** A parsed text query (domain/search/text-terms.ts parseTextQuery). */
export interface RecordTextQuery {
  /** One group of alternative stems per query word; every group must match a term. */
  groups: string[][];
  /** A number-like query: the case with this number key ranks first. */
  numberKey: string | null;
  /** Also match `descriptionTerms` (the caller may read the description of every searched type). */
  description?: boolean | undefined;
  /** Also match `peopleTerms` (the caller may read the person of every searched type). */
  people?: boolean | undefined;
}

/** What a list or search may filter on. */
export interface RecordFilter {
  /** Text search: ranked (number, then title, then the rest; newest first within each). */
  query?: RecordTextQuery | undefined;
  /** The exact human number. */
  number?: string | undefined;
  type?: string | undefined;
  status?: RecordStatus | undefined;
  /** Any of these statuses (the queues' "open"). */
  statuses?: readonly RecordStatus[] | undefined;
  ownerId?: string | undefined;
  /** Only records without an owner. */
  unowned?: boolean | undefined;
  /** Owning team is one of these (null: no owning team). */
  teamIds?: ReadonlyArray<string | null> | undefined;
  priority?: RecordPriority | undefined;
  personIds?: string[] | undefined;
  /** J3: owned by any of these (a delegate's delegators). */
  ownerIds?: readonly string[] | undefined;
  /** J6: parked by this delegate, or parked for this delegator. */
  parkedByUserId?: string | undefined;
  parkedForUserId?: string | undefined;
  /** Order: newest updated first (default) or oldest created first (a queue). */
  order?: 'updated' | 'oldest' | undefined;
}
