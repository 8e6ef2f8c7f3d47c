/** The memory repository's record filter and ranking: the same rules the Cosmos query states in SQL. */
import type { RecordFilter, RecordTextQuery, ServiceRecord } from '../../domain/records/record';
import { matchesAll } from '../../domain/search/text-terms';

/** True when the record passes every non-text filter. */
export function matchesRecordFilter(r: ServiceRecord, filter: RecordFilter): boolean {
  return (
    (filter.number === undefined || r.number === filter.number) &&
    (!filter.status || r.status === filter.status) &&
    (!filter.statuses || filter.statuses.includes(r.status)) &&
    (!filter.ownerId || r.ownerId === filter.ownerId) &&
    (!filter.ownerIds || (r.ownerId !== null && filter.ownerIds.includes(r.ownerId))) &&
    (filter.parkedByUserId === undefined || r.parked?.byUserId === filter.parkedByUserId) &&
    (filter.parkedForUserId === undefined || r.parked?.forUserId === filter.parkedForUserId) &&
    (!filter.unowned || r.ownerId === null) &&
    (!filter.teamIds || filter.teamIds.includes(r.owningTeamId)) &&
    (!filter.priority || r.priority === filter.priority) &&
    (!filter.personIds || (r.personId !== null && filter.personIds.includes(r.personId)))
  );
}

/** 0 exact number, 1 every word in the title, 2 every word somewhere, -1 no match. */
export function rankTier(r: ServiceRecord, query: RecordTextQuery): number {
  if (query.numberKey !== null && (r.numberKeys ?? []).includes(query.numberKey)) return 0;
  if (matchesAll(query.groups, new Set(r.titleTerms ?? []))) return 1;
  const terms = new Set([...(r.terms ?? []), ...(query.description ? r.descriptionTerms ?? [] : []), ...(query.people ? r.peopleTerms ?? [] : [])]);
  if (matchesAll(query.groups, terms)) return 2;
  return -1;
}

/** A record as a page carries it: without its index terms. */
export function withoutTerms(r: ServiceRecord): ServiceRecord {
  const { terms: _terms, titleTerms: _titleTerms, numberKeys: _numberKeys, messageTerms: _messageTerms, descriptionTerms: _d, peopleTerms: _p, ...rest } = r;
  return rest;
}
