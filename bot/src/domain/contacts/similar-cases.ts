/**
 * G2's engine: the closed cases most like a case that the caller may read, with who resolved them.
 * Per call: one point read of the record type (field security of the description), one point read
 * of the tenant's term statistics (term-stats.ts: the idf; reused for `statsTtlMs` per instance),
 * one candidate query (the newest done cases the caller's read scope reaches holding any of the
 * most distinctive terms), then scoring in memory (similarity.ts). Until the statistics are first
 * built (term-stats-sweep.ts, started in the background by `keeper`), one statistics query counts
 * the case's terms instead (cached a while). The same code path in local mode and Azure.
 */
import { canReadField, readScopes, type Caller } from '../access/access';
import type { ServiceRecord } from '../records/record';
import type { ListingCaller, RecordRepository, SimilarCandidate } from '../records/record-repository';
import type { RecordType } from '../records/record-type';
import { termsOf } from '../search/text-terms';
import type { SimilarCaseHit, SimilarCases } from './suggestion';
import { compareRanked, distinctiveStems, idf, queryTermsOf, similarityScore } from './similarity';
import { DONE_STATUSES } from './done-statuses';
import { frequencyOf, type TermStats, type TermStatsRepository } from './term-stats';

export { DONE_STATUSES } from './done-statuses';

/** Tuning of the engine; the defaults suit a tenant of a million closed cases (README). */
export interface SimilarCasesOptions {
  /** The case's terms whose frequencies are asked for (title first, then description, messages). */
  statsStems: number;
  /** The most distinctive terms the candidate query looks for. */
  queryStems: number;
  /** The candidate pool: at most this many of the newest matching done cases are scored. */
  pool: number;
  /** The candidate query's stems are held by at most this many done cases together (its work is bounded). */
  matchBudget: number;
  /** Below this score a case is not "similar". */
  minScore: number;
  /** How long the tenant's count of done cases, and a term's count of done cases holding it, are reused. */
  totalTtlMs: number;
  /** At most this many terms' counts are kept (the oldest go first). */
  cachedTerms: number;
  /** The tenant's term statistics (null: always the statistics query). */
  stats: TermStatsRepository | null;
  /** How long this instance reuses a statistics document it read (correctness never depends on it). */
  statsTtlMs: number;
  /** At most this many query stems the statistics do not list (their count is a guess: rare). */
  maxGuessed: number;
  /** Told of every statistics read (null: none yet): starts a build when due. */
  keeper: { notice(tenantId: string, type: string, stats: TermStats | null): void } | null;
  /** Told of each lookup's chosen stems, their counts and the candidates read (the bench logs it). */
  trace: ((t: LookupTrace) => void) | null;
  now: () => number;
}

/** What one lookup chose: the query stems with their document frequencies, and the candidates read. */
export interface LookupTrace { recordId: string; stems: Array<{ stem: string; df: number; guessed: boolean }>; candidates: number }

const DEFAULTS: SimilarCasesOptions = {
  statsStems: 32, queryStems: 8, pool: 200, matchBudget: 2_000, minScore: 0.1, totalTtlMs: 10 * 60_000, cachedTerms: 100_000,
  stats: null, statsTtlMs: 60_000, maxGuessed: 4, keeper: null, trace: null, now: () => Date.now(),
};

/** Where the engine finds a record type (its field restrictions): the repository, or a cache of it. */
export interface RecordTypeLookup {
  get(tenantId: string, id: string): Promise<{ value: RecordType } | null>;
}

/** The similar-case engine on the record repository (memory or Cosmos, one contract). */
export class SimilarCaseService implements SimilarCases {
  private readonly options: SimilarCasesOptions;
  private readonly totals = new Map<string, { total: number; at: number }>();
  private readonly frequencies = new Map<string, { df: number; at: number }>();
  private readonly statsRead = new Map<string, { stats: TermStats; at: number }>();

  constructor(private readonly records: RecordRepository, private readonly types: RecordTypeLookup, options: Partial<SimilarCasesOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  async find(caller: Caller, record: ServiceRecord, limit: number): Promise<SimilarCaseHit[]> {
    const scopes = readScopes(caller, [record.type]);
    if (scopes.length === 0 || limit <= 0) return [];
    const type = await this.types.get(caller.tenantId, record.type);
    // A3: a caller who may not read descriptions gets no evidence from one, this case's or another's.
    const description = canReadField(caller, type?.value.fieldRestrictions['description']);
    const query = queryTermsOf({
      titleTerms: record.titleTerms ?? termsOf(record.title),
      descriptionTerms: description ? record.descriptionTerms ?? termsOf(record.description) : [],
      messageTerms: record.messageTerms ?? [],
    });
    if (query.size === 0) return [];
    const statsStems = [...query].sort((a, b) => b[1] - a[1]).slice(0, this.options.statsStems).map(([stem]) => stem);
    const base = { type: record.type, statuses: DONE_STATUSES };
    const { frequencies, total, guessed } = await this.weights(caller.tenantId, record.type, statsStems);
    const idfs = new Map(statsStems.map((stem) => [stem, idf(frequencies.get(stem) ?? 0, total)]));
    const scored = new Map(statsStems.map((stem) => [stem, query.get(stem) ?? 0]));
    const stems = distinctiveStems(scored, idfs, frequencies, this.options.queryStems, this.options.matchBudget, { stems: guessed, max: this.options.maxGuessed });
    if (stems.length === 0) return [];
    const listing: ListingCaller = { userId: caller.user.id, teamIds: caller.user.teamIds, scopes };
    const candidates = await this.records.similarCandidates(caller.tenantId, { ...base, stems, description, excludeId: record.id }, listing, this.options.pool);
    this.options.trace?.({ recordId: record.id, stems: stems.map((stem) => ({ stem, df: frequencies.get(stem) ?? 0, guessed: guessed.has(stem) })), candidates: candidates.length });
    return rankCandidates(candidates, scored, idfs, this.options.minScore).slice(0, limit);
  }

  /** Each stem's document frequency and the count of done cases: from the statistics document, or (none yet) counted. */
  private async weights(tenantId: string, type: string, stems: readonly string[]): Promise<{ frequencies: Map<string, number>; total: number; guessed: Set<string> }> {
    const stats = await this.termStats(tenantId, type);
    if (stats) {
      const found = stems.map((stem) => [stem, frequencyOf(stats, stem)] as const);
      return { frequencies: new Map(found.map(([stem, f]) => [stem, f.df])), total: stats.total, guessed: new Set(found.filter(([, f]) => f.guessed).map(([stem]) => stem)) };
    }
    const [counts, total] = await Promise.all([this.termFrequencies(tenantId, type, stems), this.doneCount(tenantId, type)]);
    return { frequencies: new Map(stems.map((stem, i) => [stem, counts[i] ?? 0])), total, guessed: new Set() };
  }

  /** The tenant's statistics document: this instance's copy when younger than `statsTtlMs`, else one point read. */
  private async termStats(tenantId: string, type: string): Promise<TermStats | null> {
    if (!this.options.stats) return null;
    const key = `${tenantId}\u0000${type}`;
    const now = this.options.now();
    const cached = this.statsRead.get(key);
    if (cached && now - cached.at < this.options.statsTtlMs) return cached.stats;
    const stats = await this.options.stats.get(tenantId, type);
    if (stats) this.statsRead.set(key, { stats, at: now });
    else this.statsRead.delete(key);
    this.options.keeper?.notice(tenantId, type, stats);
    return stats;
  }

  /**
   * How many done cases hold each stem: the cached counts, and one statistics query for the rest.
   * The counts only weigh terms (idf): minutes-old counts rank as well as fresh ones.
   */
  private async termFrequencies(tenantId: string, type: string, stems: readonly string[]): Promise<number[]> {
    const now = this.options.now();
    const key = (stem: string) => `${tenantId}\u0000${type}\u0000${stem}`;
    const fresh = (stem: string) => {
      const hit = this.frequencies.get(key(stem));
      return hit && now - hit.at < this.options.totalTtlMs ? hit : null;
    };
    const missing = stems.filter((stem) => !fresh(stem));
    if (missing.length > 0) {
      const counts = await this.records.termFrequencies(tenantId, { type, statuses: DONE_STATUSES, stems: missing });
      for (const [i, stem] of missing.entries()) {
        this.frequencies.delete(key(stem));
        this.frequencies.set(key(stem), { df: counts[i] ?? 0, at: now });
      }
      for (const oldest of this.frequencies.keys()) {
        if (this.frequencies.size <= this.options.cachedTerms) break;
        this.frequencies.delete(oldest);
      }
    }
    return stems.map((stem) => fresh(stem)?.df ?? 0);
  }

  /** The tenant's count of done cases of a type, reused for `totalTtlMs` (it only scales the idf). */
  private async doneCount(tenantId: string, type: string): Promise<number> {
    const key = `${tenantId}\u0000${type}`;
    const cached = this.totals.get(key);
    const now = this.options.now();
    if (cached && now - cached.at < this.options.totalTtlMs) return cached.total;
    const everyone: ListingCaller = { userId: '', teamIds: [], scopes: [{ type, depth: 'tenant' }] };
    const [total = 0] = await this.records.count(tenantId, { type, statuses: DONE_STATUSES }, [{}], everyone);
    this.totals.set(key, { total, at: now });
    return total;
  }
}

/** The candidates as hits, best first, those under `minScore` or without a resolver left out. */
export function rankCandidates(candidates: readonly SimilarCandidate[], query: ReadonlyMap<string, number>, idfs: ReadonlyMap<string, number>, minScore: number): SimilarCaseHit[] {
  const sets = candidates.map((c) => ({ c, terms: new Set([...c.terms, ...c.descriptionTerms]), titleTerms: new Set(c.titleTerms) }));
  const averageLength = sets.length > 0 ? sets.reduce((sum, s) => sum + s.terms.size, 0) / sets.length : 1;
  return sets
    .map(({ c, terms, titleTerms }) => ({
      c, score: similarityScore(query, idfs, { terms, titleTerms }, averageLength), status: c.status,
      // A case done before resolutions were kept: its owner and its last change stand in.
      closedAt: c.resolution?.at ?? c.updatedAt,
      resolverIds: c.resolution?.byIds ?? (c.ownerId ? [c.ownerId] : []),
    }))
    .filter((x) => x.score >= minScore && x.resolverIds.length > 0)
    .sort(compareRanked)
    .map(({ c, score, closedAt, resolverIds }) => ({ recordId: c.id, number: c.number, title: c.title, score, closedAt, resolverIds }));
}
