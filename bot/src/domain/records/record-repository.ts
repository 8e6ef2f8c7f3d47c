/** Storage contract for records. */
import type { ReadScope } from '../access/access';
import type { Page, PageRequest, Versioned } from '../shared/types';
import type { RecordFilter, RecordStatus, Resolution, ServiceRecord } from './record';

/** Who is listing: their id and teams decide what `own` and `team` scopes reach. */
export interface ListingCaller {
  userId: string;
  teamIds: string[];
  scopes: ReadScope[];
}

export interface RecordRepository {
  /** One point read; null when missing in this tenant. */
  get(tenantId: string, id: string): Promise<Versioned<ServiceRecord> | null>;
  /** Throws ConflictError when the id exists. */
  create(record: ServiceRecord): Promise<Versioned<ServiceRecord>>;
  /** Throws PreconditionFailedError when `etag` is stale. */
  replace(record: ServiceRecord, etag: string): Promise<Versioned<ServiceRecord>>;
  /**
   * Removes the record. With `etag`, only if it is still that version (PreconditionFailedError
   * otherwise). Missing is not an error, so a retried delete succeeds.
   */
  delete(tenantId: string, id: string, etag?: string): Promise<void>;
  /** The record with this human number (`CAS-01042`, exact) in this tenant, or null. */
  getByNumber(tenantId: string, number: string): Promise<Versioned<ServiceRecord> | null>;
  /**
   * Newest-updated first (or oldest created, `order: 'oldest'`); only records the scopes reach.
   * With a text query: ranked by tier (exact number, every word in the title, the rest), newest
   * first within each; the continuation carries the tier. Pages leave out the index terms.
   */
  search(tenantId: string, filter: RecordFilter, caller: ListingCaller, page: PageRequest): Promise<Page<Versioned<ServiceRecord>>>;
  /**
   * How many records the scopes reach match `common` and each filter (text queries are not
   * counted): one query.
   */
  count(tenantId: string, common: RecordFilter, filters: readonly RecordFilter[], caller: ListingCaller): Promise<number[]>;
  /** Any tenant: records whose text index is missing or older than `version` (the start-up backfill). */
  unindexed(version: number, limit: number): Promise<Array<Versioned<ServiceRecord>>>;
  /**
   * G2: how many of the tenant's done cases (`query.type`, `query.statuses`) hold each stem in their
   * `terms` or `descriptionTerms` (statistics, not evidence: no read scope). One query.
   */
  termFrequencies(tenantId: string, query: Omit<SimilarCandidateQuery, 'description' | 'excludeId'>): Promise<number[]>;
  /**
   * G2: at most `limit` done cases the scopes reach holding any of `stems`, most recently updated
   * first, with their term arrays (the description's only when `description`). One query.
   */
  similarCandidates(tenantId: string, query: SimilarCandidateQuery, caller: ListingCaller, limit: number): Promise<SimilarCandidate[]>;
  /**
   * G2's statistics sweep: one page of at most `limit` of the tenant's done cases' term arrays (no
   * read scope: statistics), in a stable order, and where the next page starts (null: the last).
   */
  doneTerms(tenantId: string, query: Pick<SimilarCandidateQuery, 'type' | 'statuses'>, continuation: string | null, limit: number): Promise<{ items: DoneTerms[]; continuation: string | null }>;
}

/** A done case's term arrays, as the statistics sweep reads them. */
export interface DoneTerms {
  terms: string[];
  descriptionTerms: string[];
}

/** What G2's candidate and statistics queries select. */
export interface SimilarCandidateQuery {
  type: string;
  statuses: readonly RecordStatus[];
  stems: readonly string[];
  /** Also match and return `descriptionTerms` (the caller may read the description: A3). */
  description: boolean;
  /** Leave out this record (the case being looked at). */
  excludeId: string | null;
}

/** A candidate of G2's similar cases: the fields scoring and the hit need, no more. */
export interface SimilarCandidate {
  id: string;
  number: string;
  title: string;
  type: string;
  status: RecordStatus;
  ownerId: string | null;
  updatedAt: string;
  /** Who resolved it and when (null on a case done before resolutions were kept). */
  resolution: Resolution | null;
  terms: string[];
  titleTerms: string[];
  descriptionTerms: string[];
}

/** Allocates increasing numbers per tenant and record type. */
export interface CounterRepository {
  next(tenantId: string, name: string): Promise<number>;
}
