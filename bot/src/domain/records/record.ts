/** A service record (A1) and the rules of its fields. */
import { createHash } from 'node:crypto';

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
  /** Lower-cased number and title: what text search matches. */
  searchText: string;
  /** H3 postpone: the case reopens itself at this time (ISO); null or absent when not postponed. */
  postponedUntil?: string | null | undefined;
}

/** The id of the record a client's Idempotency-Key creates: the same key of the same person, the same record. */
export function recordIdForKey(tenantId: string, userId: string, idempotencyKey: string): string {
  return `r-${createHash('sha256').update(`${tenantId}\n${userId}\n${idempotencyKey}`).digest('hex').slice(0, 32)}`;
}

/** The text a search matches against. */
export function searchTextOf(record: Pick<ServiceRecord, 'number' | 'title'>): string {
  return `${record.number} ${record.title}`.toLowerCase();
}

/** What a list or search may filter on. */
export interface RecordFilter {
  /** Lower-cased words that must all appear in the number or title. */
  text?: string[] | undefined;
  type?: string | undefined;
  status?: RecordStatus | undefined;
  ownerId?: string | undefined;
  personIds?: string[] | undefined;
}
