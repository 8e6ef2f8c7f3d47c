/** Records in the `records` container, partitioned by [tenantId, id]: a read is one point read. */
import type { Container } from '@azure/cosmos';
import { z } from 'zod';
import type { RecordFilter, ServiceRecord } from '../../domain/records/record';
import type { DoneTerms, ListingCaller, RecordRepository, SimilarCandidate, SimilarCandidateQuery } from '../../domain/records/record-repository';
import { ValidationError } from '../../domain/shared/errors';
import type { Page, PageRequest, Versioned } from '../../domain/shared/types';
import { createItem, deleteItem, pointRead, queryAcrossTenants, queryAll, queryPage, replaceItem } from './cosmos-helpers';
import { buildCountQuery, buildRecordQuery, type Tier } from './record-query';
import { buildDoneTermsQuery, buildSimilarCandidateQuery, buildTermFrequencyQuery } from './similar-case-query';

export { buildRecordQuery } from './record-query';

/** Where a ranked search goes on: the tier and, within it, Cosmos' own continuation. */
const RankedContinuation = z.object({ t: z.union([z.literal(0), z.literal(1), z.literal(2)]), c: z.string().nullable() });
type RankedState = z.infer<typeof RankedContinuation>;

function encodeState(state: RankedState): string {
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

function decodeState(value: string): RankedState {
  try {
    return RankedContinuation.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
  } catch {
    throw new ValidationError([{ path: 'continuation', messageKey: 'issue.continuation' }]);
  }
}

function versioned(r: ServiceRecord & { _etag: string }): Versioned<ServiceRecord> {
  return { value: r, etag: r._etag };
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
    if (caller.scopes.length === 0 || (filter.teamIds && filter.teamIds.length === 0)) return { items: [], continuation: null };
    if (!filter.query) {
      const { query, parameters } = buildRecordQuery(filter, caller);
      const result = await queryPage<ServiceRecord & { _etag: string }>(this.container, query, parameters, [tenantId], page);
      return { items: result.items.map(versioned), continuation: result.continuation };
    }
    // Ranked: tier by tier (number, title, rest), each newest first; a page may span tiers.
    let state: RankedState | null = page.continuation ? decodeState(page.continuation) : { t: filter.query.numberKey ? 0 : 1, c: null };
    const items: Array<Versioned<ServiceRecord>> = [];
    while (state && items.length < page.limit) {
      const { query, parameters } = buildRecordQuery(filter, caller, state.t);
      const result: Page<ServiceRecord & { _etag: string }> = await queryPage(this.container, query, parameters, [tenantId], { limit: page.limit - items.length, continuation: state.c ?? undefined });
      items.push(...result.items.map(versioned));
      state = result.continuation ? { t: state.t, c: result.continuation } : state.t < 2 ? { t: (state.t + 1) as Tier, c: null } : null;
      if (result.continuation) break;
    }
    return { items, continuation: state ? encodeState(state) : null };
  }

  async count(tenantId: string, common: RecordFilter, filters: readonly RecordFilter[], caller: ListingCaller): Promise<number[]> {
    if (filters.length === 0 || caller.scopes.length === 0) return filters.map(() => 0);
    const { query, parameters } = buildCountQuery(common, filters, caller);
    const [row] = await queryAll<Record<string, number | undefined>>(this.container, query, parameters, [tenantId]);
    return filters.map((_, i) => row?.[`n${i}`] ?? 0);
  }

  async termFrequencies(tenantId: string, query: Omit<SimilarCandidateQuery, 'description' | 'excludeId'>): Promise<number[]> {
    if (query.stems.length === 0) return [];
    const { query: sql, parameters } = buildTermFrequencyQuery(query);
    const [row] = await queryAll<Record<string, number | undefined>>(this.container, sql, parameters, [tenantId]);
    return query.stems.map((_, i) => row?.[`d${i}`] ?? 0);
  }

  async similarCandidates(tenantId: string, query: SimilarCandidateQuery, caller: ListingCaller, limit: number): Promise<SimilarCandidate[]> {
    if (query.stems.length === 0 || caller.scopes.length === 0 || limit <= 0) return [];
    const { query: sql, parameters } = buildSimilarCandidateQuery(query, caller, limit);
    const rows = await queryAll<Partial<SimilarCandidate> & Pick<SimilarCandidate, 'id' | 'number' | 'title' | 'type' | 'status' | 'updatedAt'>>(this.container, sql, parameters, [tenantId]);
    return rows.map((r) => ({ ...r, ownerId: r.ownerId ?? null, resolution: r.resolution ?? null, terms: r.terms ?? [], titleTerms: r.titleTerms ?? [], descriptionTerms: r.descriptionTerms ?? [] }));
  }

  async doneTerms(tenantId: string, query: Pick<SimilarCandidateQuery, 'type' | 'statuses'>, continuation: string | null, limit: number): Promise<{ items: DoneTerms[]; continuation: string | null }> {
    const { query: sql, parameters } = buildDoneTermsQuery(query);
    const page = await queryPage<Partial<DoneTerms>>(this.container, sql, parameters, [tenantId], { limit, continuation: continuation ?? undefined });
    return { items: page.items.map((r) => ({ terms: r.terms ?? [], descriptionTerms: r.descriptionTerms ?? [] })), continuation: page.continuation };
  }

  async unindexed(version: number, limit: number): Promise<Array<Versioned<ServiceRecord>>> {
    const found = await queryAcrossTenants<ServiceRecord & { _etag: string }>(
      this.container,
      'SELECT TOP @limit * FROM c WHERE NOT IS_DEFINED(c.searchVersion) OR c.searchVersion < @version',
      [{ name: '@limit', value: limit }, { name: '@version', value: version }],
    );
    return found.map(versioned);
  }
}
