/** Records in the `records` container, partitioned by [tenantId, id]: a read is one point read. */
import type { Container, SqlParameter } from '@azure/cosmos';
import type { RecordFilter, ServiceRecord } from '../../domain/records/record';
import type { ListingCaller, RecordRepository } from '../../domain/records/record-repository';
import type { Page, PageRequest, Versioned } from '../../domain/shared/types';
import { createItem, deleteItem, pointRead, queryPage, replaceItem } from './cosmos-helpers';

/** Builds the WHERE clause that pushes the caller's read scopes (A3) into the query. */
export function buildRecordQuery(filter: RecordFilter, caller: ListingCaller): { query: string; parameters: SqlParameter[] } {
  const parameters: SqlParameter[] = [
    { name: '@me', value: caller.userId },
    { name: '@teams', value: caller.teamIds },
  ];
  const scopeClauses = caller.scopes.map((scope, i) => {
    parameters.push({ name: `@type${i}`, value: scope.type });
    const reach =
      scope.depth === 'tenant' ? '' : scope.depth === 'team' ? ' AND (c.ownerId = @me OR ARRAY_CONTAINS(@teams, c.owningTeamId))' : ' AND c.ownerId = @me';
    return `(c.type = @type${i}${reach})`;
  });
  const where = ['c.tenantId = @tenantId', `(${scopeClauses.join(' OR ')})`];
  (filter.text ?? []).forEach((word, i) => {
    parameters.push({ name: `@w${i}`, value: word });
    where.push(`CONTAINS(c.searchText, @w${i})`);
  });
  if (filter.status) {
    parameters.push({ name: '@status', value: filter.status });
    where.push('c.status = @status');
  }
  if (filter.ownerId) {
    parameters.push({ name: '@owner', value: filter.ownerId });
    where.push('c.ownerId = @owner');
  }
  if (filter.personIds) {
    parameters.push({ name: '@people', value: filter.personIds });
    where.push('ARRAY_CONTAINS(@people, c.personId)');
  }
  return { query: `SELECT * FROM c WHERE ${where.join(' AND ')} ORDER BY c.updatedAt DESC`, parameters };
}

export class CosmosRecordRepository implements RecordRepository {
  constructor(private readonly container: Container) {}

  get(tenantId: string, id: string): Promise<Versioned<ServiceRecord> | null> {
    return pointRead<ServiceRecord>(this.container, id, [tenantId, id]);
  }

  create(record: ServiceRecord): Promise<Versioned<ServiceRecord>> {
    return createItem(this.container, record);
  }

  replace(record: ServiceRecord, etag: string): Promise<Versioned<ServiceRecord>> {
    return replaceItem(this.container, record, [record.tenantId, record.id], etag);
  }

  delete(tenantId: string, id: string, etag?: string): Promise<void> {
    return deleteItem(this.container, id, [tenantId, id], etag);
  }

  async getByNumber(tenantId: string, number: string): Promise<Versioned<ServiceRecord> | null> {
    const result = await queryPage<ServiceRecord & { _etag: string }>(
      this.container,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.number = @number',
      [{ name: '@tenantId', value: tenantId }, { name: '@number', value: number }],
      [tenantId],
      { limit: 1 },
    );
    const found = result.items[0];
    return found ? { value: found, etag: found._etag } : null;
  }

  async search(tenantId: string, filter: RecordFilter, caller: ListingCaller, page: PageRequest): Promise<Page<Versioned<ServiceRecord>>> {
    const { query, parameters } = buildRecordQuery(filter, caller);
    const result = await queryPage<ServiceRecord & { _etag: string }>(this.container, query, parameters, [tenantId], page);
    return { items: result.items.map((r) => ({ value: r, etag: r._etag })), continuation: result.continuation };
  }
}
