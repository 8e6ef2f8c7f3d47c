/**
 * The SQL of G2's similar cases: one statistics query (how many done cases hold each stem) and one
 * candidate query (the newest done cases the caller may read holding any of the stems). Both match
 * the stems with ARRAY_CONTAINS on the stored arrays, which Azure Cosmos DB serves from its index.
 */
import type { SqlParameter } from '@azure/cosmos';
import type { ListingCaller, SimilarCandidateQuery } from '../../domain/records/record-repository';
import { recordConditions } from './record-query';

/** The projection of a candidate: ids, what a hit shows, and the term arrays scoring reads. */
const CANDIDATE_FIELDS = ['id', 'number', 'title', 'type', 'status', 'ownerId', 'updatedAt', 'resolution', 'terms', 'titleTerms'] as const;

/** `any stem in c.terms (or c.descriptionTerms)`, one parameter per stem. */
function anyStem(stems: readonly string[], description: boolean, parameters: SqlParameter[]): string {
  const clauses = stems.flatMap((stem, i) => {
    const name = `@s${i}`;
    parameters.push({ name, value: stem });
    return description ? [`ARRAY_CONTAINS(c.terms, ${name})`, `ARRAY_CONTAINS(c.descriptionTerms, ${name})`] : [`ARRAY_CONTAINS(c.terms, ${name})`];
  });
  return `(${clauses.join(' OR ')})`;
}

/** One SUM per stem over the tenant's done cases holding any of them (no read scope: statistics). */
export function buildTermFrequencyQuery(query: Pick<SimilarCandidateQuery, 'type' | 'statuses' | 'stems'>): { query: string; parameters: SqlParameter[] } {
  const parameters: SqlParameter[] = [{ name: '@type', value: query.type }, { name: '@statuses', value: [...query.statuses] }];
  const match = anyStem(query.stems, true, parameters);
  const sums = query.stems.map((_, i) => `SUM((ARRAY_CONTAINS(c.terms, @s${i}) OR ARRAY_CONTAINS(c.descriptionTerms, @s${i})) ? 1 : 0) AS d${i}`);
  return {
    query: `SELECT ${sums.join(', ')} FROM c WHERE c.tenantId = @tenantId AND c.type = @type AND ARRAY_CONTAINS(@statuses, c.status) AND ${match}`,
    parameters,
  };
}

/** The newest `limit` done cases the caller's scopes reach that hold any stem (read scope pushed into WHERE). */
export function buildSimilarCandidateQuery(query: SimilarCandidateQuery, caller: ListingCaller, limit: number): { query: string; parameters: SqlParameter[] } {
  const { where, parameters } = recordConditions({ type: query.type, statuses: query.statuses }, caller);
  where.push(anyStem(query.stems, query.description, parameters));
  if (query.excludeId !== null) {
    parameters.push({ name: '@excludeId', value: query.excludeId });
    where.push('c.id != @excludeId');
  }
  parameters.push({ name: '@limit', value: limit });
  const fields = [...CANDIDATE_FIELDS, ...(query.description ? ['descriptionTerms'] : [])].map((f) => `c.${f}`).join(', ');
  return { query: `SELECT TOP @limit ${fields} FROM c WHERE ${where.join(' AND ')} ORDER BY c.updatedAt DESC`, parameters };
}

/** The statistics sweep's page: the term arrays of the tenant's done cases of a type (no scope). */
export function buildDoneTermsQuery(query: Pick<SimilarCandidateQuery, 'type' | 'statuses'>): { query: string; parameters: SqlParameter[] } {
  return {
    query: 'SELECT c.terms, c.descriptionTerms FROM c WHERE c.tenantId = @tenantId AND c.type = @type AND ARRAY_CONTAINS(@statuses, c.status)',
    parameters: [{ name: '@type', value: query.type }, { name: '@statuses', value: [...query.statuses] }],
  };
}
