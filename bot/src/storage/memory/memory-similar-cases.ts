/** The memory repository's G2 queries: the same selection the Cosmos SQL states (similar-case-query.ts). */
import { depthReaches, type Caller } from '../../domain/access/access';
import type { ServiceRecord } from '../../domain/records/record';
import type { ListingCaller, SimilarCandidate, SimilarCandidateQuery } from '../../domain/records/record-repository';

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
      id: r.id, number: r.number, title: r.title, type: r.type, status: r.status, ownerId: r.ownerId, updatedAt: r.updatedAt,
      terms: r.terms ?? [], titleTerms: r.titleTerms ?? [], descriptionTerms: query.description ? r.descriptionTerms ?? [] : [],
    }));
}
