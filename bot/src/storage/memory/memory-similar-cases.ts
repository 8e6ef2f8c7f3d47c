/** The memory repository's G2 queries: the same selection the Cosmos SQL states (similar-case-query.ts). */
import { depthReaches, type Caller } from '../../domain/access/access';
import type { ServiceRecord } from '../../domain/records/record';
import type { TermStats, TermStatsRepository, TermSweep } from '../../domain/contacts/term-stats';
import { PreconditionFailedError } from '../../domain/shared/errors';
import { MemoryTable } from './memory-table';
import type { DoneTerms, ListingCaller, SimilarCandidate, SimilarCandidateQuery } from '../../domain/records/record-repository';

/** True when the record is one of the query's done cases of its tenant. */
function isDoneCase(r: ServiceRecord, tenantId: string, query: Pick<SimilarCandidateQuery, 'type' | 'statuses'>): boolean {
  return r.tenantId === tenantId && r.type === query.type && query.statuses.includes(r.status);
}

/** How many of the tenant's done cases hold each stem in `terms` or `descriptionTerms`. */
export function memoryTermFrequencies(records: readonly ServiceRecord[], tenantId: string, query: Pick<SimilarCandidateQuery, 'type' | 'statuses' | 'stems'>): number[] {
  const done = records.filter((r) => isDoneCase(r, tenantId, query)).map((r) => new Set([...(r.terms ?? []), ...(r.descriptionTerms ?? [])]));
  return query.stems.map((stem) => done.filter((terms) => terms.has(stem)).length);
}

/** The newest `limit` done cases the scopes reach that hold any stem. */
export function memorySimilarCandidates(records: readonly ServiceRecord[], tenantId: string, query: SimilarCandidateQuery, caller: ListingCaller, limit: number): SimilarCandidate[] {
  const asCaller: Caller = { tenantId, user: { id: caller.userId, tenantId, displayName: '', email: '', teamIds: caller.teamIds, roleIds: [] }, roles: [] };
  const stems = new Set(query.stems);
  return records
    .filter((r) => isDoneCase(r, tenantId, query) && r.id !== query.excludeId && caller.scopes.some((s) => s.type === r.type && depthReaches(asCaller, r, s.depth)))
    .filter((r) => [...(r.terms ?? []), ...(query.description ? r.descriptionTerms ?? [] : [])].some((t) => stems.has(t)))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, limit)
    .map((r) => ({
      id: r.id, number: r.number, title: r.title, type: r.type, status: r.status, ownerId: r.ownerId, updatedAt: r.updatedAt, resolution: r.resolution ?? null,
      terms: r.terms ?? [], titleTerms: r.titleTerms ?? [], descriptionTerms: query.description ? r.descriptionTerms ?? [] : [],
    }));
}

/** One page of the done cases' term arrays, by id; the continuation is the next offset. */
export function memoryDoneTerms(records: readonly ServiceRecord[], tenantId: string, query: Pick<SimilarCandidateQuery, 'type' | 'statuses'>, continuation: string | null, limit: number): { items: DoneTerms[]; continuation: string | null } {
  const done = records.filter((r) => isDoneCase(r, tenantId, query)).sort((a, b) => a.id.localeCompare(b.id));
  const offset = continuation === null ? 0 : Number(continuation);
  const items = done.slice(offset, offset + limit).map((r) => ({ terms: r.terms ?? [], descriptionTerms: r.descriptionTerms ?? [] }));
  return { items, continuation: offset + limit < done.length ? String(offset + limit) : null };
}

/** The term statistics and a build's progress in memory (ETags as the Cosmos repository's). */
export class MemoryTermStatsRepository implements TermStatsRepository {
  private readonly stats = new MemoryTable<TermStats>();
  private readonly sweeps = new MemoryTable<TermSweep>();
  /** Point reads of the statistics so far (what a lookup costs). */
  reads = 0;

  async get(tenantId: string, type: string) {
    this.reads++;
    return this.stats.get(`${tenantId}\u0000${type}`)?.value ?? null;
  }
  async publish(stats: TermStats) { this.stats.set(`${stats.tenantId}\u0000${stats.type}`, stats); }
  async getSweep(tenantId: string, type: string) { return this.sweeps.get(`${tenantId}\u0000${type}`); }
  async createSweep(sweep: TermSweep) { return this.sweeps.create(`${sweep.tenantId}\u0000${sweep.type}`, sweep); }
  async replaceSweep(sweep: TermSweep, etag: string) { return this.sweeps.replace(`${sweep.tenantId}\u0000${sweep.type}`, sweep, etag); }
  async deleteSweep(tenantId: string, type: string, etag: string) {
    const key = `${tenantId}\u0000${type}`;
    const found = this.sweeps.get(key);
    if (found && found.etag !== etag) throw new PreconditionFailedError();
    this.sweeps.delete(key);
  }
}
