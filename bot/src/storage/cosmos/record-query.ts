/**
 * The SQL of record listings and text search (H2). Read scopes (A3) and every filter are pushed
 * into the WHERE clause; text search uses the stored stems (ARRAY_CONTAINS, indexed in Azure).
 */
import type { SqlParameter } from '@azure/cosmos';
import type { RecordFilter, RecordTextQuery } from '../../domain/records/record';
import type { ListingCaller } from '../../domain/records/record-repository';

/** Every stored field of a record but its index terms: a page carries no term arrays. */
export const RECORD_FIELDS = [
  'id', 'tenantId', 'type', 'number', 'title', 'description', 'status', 'priority', 'ownerId', 'owningTeamId', 'personId',
  'customFields', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'searchText', 'postponedUntil', 'parked', 'lastPickUp', 'resolution', 'searchVersion', '_etag',
] as const;
const PROJECTION = RECORD_FIELDS.map((f) => `c.${f}`).join(', ');

/** The ranking tiers of a text search: exact number, all words in the title, the rest. */
export type Tier = 0 | 1 | 2;

/** The tenant and the caller's read scopes (A3), as WHERE conditions. */
function scopeConditions(caller: ListingCaller, parameters: SqlParameter[]): string[] {
  parameters.push({ name: '@me', value: caller.userId }, { name: '@teams', value: caller.teamIds });
  const scopeClauses = caller.scopes.map((scope, i) => {
    parameters.push({ name: `@type${i}`, value: scope.type });
    const reach =
      scope.depth === 'tenant' ? '' : scope.depth === 'team' ? ' AND (c.ownerId = @me OR ARRAY_CONTAINS(@teams, c.owningTeamId))' : ' AND c.ownerId = @me';
    return `(c.type = @type${i}${reach})`;
  });
  return ['c.tenantId = @tenantId', `(${scopeClauses.join(' OR ')})`];
}

/** A filter's conditions but text; parameter names start with `p` (several filters in one query). */
export function filterConditions(filter: RecordFilter, parameters: SqlParameter[], p = ''): string[] {
  const where: string[] = [];
  const param = (name: string, value: SqlParameter['value']) => {
    const full = `@${p}${name}`;
    parameters.push({ name: full, value });
    return full;
  };
  if (filter.type !== undefined) where.push(`c.type = ${param('type', filter.type)}`);
  if (filter.number !== undefined) where.push(`c.number = ${param('number', filter.number)}`);
  if (filter.status !== undefined) where.push(`c.status = ${param('status', filter.status)}`);
  if (filter.ownerId !== undefined) where.push(`c.ownerId = ${param('owner', filter.ownerId)}`);
  if (filter.ownerIds !== undefined) where.push(`ARRAY_CONTAINS(${param('owners', [...filter.ownerIds])}, c.ownerId)`);
  if (filter.parkedByUserId !== undefined) where.push(`c.parked.byUserId = ${param('parkedBy', filter.parkedByUserId)}`);
  if (filter.parkedForUserId !== undefined) where.push(`c.parked.forUserId = ${param('parkedFor', filter.parkedForUserId)}`);
  if (filter.priority !== undefined) where.push(`c.priority = ${param('priority', filter.priority)}`);
  if (filter.statuses) where.push(`ARRAY_CONTAINS(${param('statuses', [...filter.statuses])}, c.status)`);
  if (filter.unowned) where.push('(NOT IS_DEFINED(c.ownerId) OR IS_NULL(c.ownerId))');
  if (filter.teamIds) {
    const named = filter.teamIds.filter((t): t is string => t !== null);
    const parts: string[] = [];
    if (named.length > 0) parts.push(`ARRAY_CONTAINS(${param('ownTeams', named)}, c.owningTeamId)`);
    if (filter.teamIds.includes(null)) parts.push('(NOT IS_DEFINED(c.owningTeamId) OR IS_NULL(c.owningTeamId))');
    where.push(parts.length > 0 ? `(${parts.join(' OR ')})` : 'false');
  }
  if (filter.personIds) where.push(`ARRAY_CONTAINS(${param('people', filter.personIds)}, c.personId)`);
  return where;
}

/** The WHERE conditions of a filter for this caller, without text or order. */
export function recordConditions(filter: RecordFilter, caller: ListingCaller): { where: string[]; parameters: SqlParameter[] } {
  const parameters: SqlParameter[] = [];
  const where = [...scopeConditions(caller, parameters), ...filterConditions(filter, parameters)];
  return { where, parameters };
}

/**
 * One query counting the records of each filter (SUM of a condition per filter: one scan, not N).
 * `common` holds for every filter: it goes into the WHERE clause, so only those records are summed.
 */
export function buildCountQuery(common: RecordFilter, filters: readonly RecordFilter[], caller: ListingCaller): { query: string; parameters: SqlParameter[] } {
  const parameters: SqlParameter[] = [];
  const where = [...scopeConditions(caller, parameters), ...filterConditions(common, parameters, 'all_')];
  const sums = filters.map((filter, i) => {
    const conditions = filterConditions(filter, parameters, `f${i}_`);
    return `SUM((${conditions.length > 0 ? conditions.join(' AND ') : 'true'}) ? 1 : 0) AS n${i}`;
  });
  return { query: `SELECT ${sums.join(', ')} FROM c WHERE ${where.join(' AND ')}`, parameters };
}

type TermField = 'terms' | 'titleTerms' | 'descriptionTerms' | 'peopleTerms';

/** `every group has a stem in one of c.<fields>`, with its parameters (one stem parameter, reused per field). */
function allGroupsIn(fields: readonly TermField[], query: RecordTextQuery, parameters: SqlParameter[], prefix: string): string {
  return query.groups
    .map((group, g) => `(${group.flatMap((stem, s) => {
      const name = `@${prefix}${g}_${s}`;
      parameters.push({ name, value: stem });
      return fields.map((field) => `ARRAY_CONTAINS(c.${field}, ${name})`);
    }).join(' OR ')})`)
    .join(' AND ');
}

/** The term arrays a text query matches in tier 2: description and people words only for their readers (A3). */
function searchedFields(query: RecordTextQuery): TermField[] {
  const fields: TermField[] = ['terms'];
  if (query.description) fields.push('descriptionTerms');
  if (query.people) fields.push('peopleTerms');
  return fields;
}

/** The query of one page: a plain listing, or one tier of a text search. */
export function buildRecordQuery(filter: RecordFilter, caller: ListingCaller, tier: Tier = 2): { query: string; parameters: SqlParameter[] } {
  const { where, parameters } = recordConditions(filter, caller);
  const q = filter.query;
  if (q) {
    const inTitle = allGroupsIn(['titleTerms'], q, parameters, 't');
    const exact = q.numberKey !== null ? 'ARRAY_CONTAINS(c.numberKeys, @numberKey)' : null;
    if (q.numberKey !== null) parameters.push({ name: '@numberKey', value: q.numberKey });
    if (tier === 0) {
      where.push(exact ?? 'false');
    } else {
      if (exact) where.push(`NOT ${exact}`);
      if (tier === 1) where.push(inTitle);
      else where.push(allGroupsIn(searchedFields(q), q, parameters, 'w'), `NOT (${inTitle})`);
    }
  }
  const order = filter.order === 'oldest' ? 'c.createdAt ASC' : 'c.updatedAt DESC';
  return { query: `SELECT ${PROJECTION} FROM c WHERE ${where.join(' AND ')} ORDER BY ${order}`, parameters };
}
