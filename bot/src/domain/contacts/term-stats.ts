/**
 * G2's term statistics outside the query path: per tenant and record type, one small document of
 * the document frequency of the most common done-case terms and the count of done cases, rebuilt
 * by a bounded sweep (term-stats-sweep.ts). A lookup reads it with one point read; a term it does
 * not list is rare (held by at most the smallest listed count). Closing a case updates nothing:
 * the document is as old as its last build (the weights it gives drift slowly; see the README).
 */
import type { Versioned } from '../shared/types';

/** The published statistics of one tenant's done cases of one type. */
export interface TermStats {
  tenantId: string;
  type: string;
  /** Done cases counted by the build. */
  total: number;
  /** Stem → how many of those cases hold it, the `cap` most common stems. */
  terms: Record<string, number>;
  /** The smallest listed count (0 when nothing is listed). */
  minDf: number;
  /** Every stem seen is listed (the cap was not reached): an unlisted stem was held by none. */
  complete: boolean;
  builtAt: string;
  /** How long the build took, first page to publication (ms, over all its runs). */
  buildMs: number;
}

/** A build in progress: who holds it, until when, and where it goes on. */
export interface TermSweep {
  tenantId: string;
  type: string;
  owner: string;
  /** The claim lapses then; another instance may take the build over from `continuation`. */
  leaseUntil: string;
  startedAt: string;
  /** The records query's continuation (null before the first page). */
  continuation: string | null;
  /** Done cases counted so far. */
  seen: number;
  /** Counts so far (pruned to the most common when stored: the stored document stays bounded). */
  counts: Record<string, number>;
}

/** Where the statistics and a build's progress are kept (the directory container, kind `termstats`). */
export interface TermStatsRepository {
  get(tenantId: string, type: string): Promise<TermStats | null>;
  /** Writes the statistics (last writer wins: only a claimed build publishes). */
  publish(stats: TermStats): Promise<void>;
  getSweep(tenantId: string, type: string): Promise<Versioned<TermSweep> | null>;
  /** ConflictError when a build document exists. */
  createSweep(sweep: TermSweep): Promise<Versioned<TermSweep>>;
  /** PreconditionFailedError when another instance wrote it since `etag`. */
  replaceSweep(sweep: TermSweep, etag: string): Promise<Versioned<TermSweep>>;
  deleteSweep(tenantId: string, type: string, etag: string): Promise<void>;
}

/** The `cap` most common stems of `counts` (ties by stem, so builds agree), as a record. */
export function mostCommon(counts: ReadonlyMap<string, number> | Record<string, number>, cap: number): Record<string, number> {
  const entries = counts instanceof Map ? [...counts] : Object.entries(counts);
  return Object.fromEntries(entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, cap));
}

/** The statistics of `counts` over `total` done cases, at most `cap` stems listed. */
export function statsOf(tenantId: string, type: string, counts: ReadonlyMap<string, number>, total: number, cap: number, builtAt: string, buildMs: number): TermStats {
  const terms = mostCommon(counts, cap);
  const listed = Object.values(terms);
  return { tenantId, type, total, terms, minDf: listed.length > 0 ? Math.min(...listed) : 0, complete: counts.size <= cap, builtAt, buildMs };
}

/**
 * A stem's document frequency by the statistics: its listed count; unlisted, 0 when every stem was
 * listed, else the smallest listed count (an upper bound: it is rare). `guessed` tells the latter.
 */
export function frequencyOf(stats: TermStats, stem: string): { df: number; guessed: boolean } {
  const listed = stats.terms[stem];
  if (listed !== undefined) return { df: listed, guessed: false };
  return stats.complete ? { df: 0, guessed: false } : { df: Math.max(1, stats.minDf), guessed: true };
}

/** When statistics are due for a rebuild: none, older than `maxAgeMs`, or done cases grew by more than `growth`. */
export function needsRebuild(stats: TermStats | null, doneNow: number | null, now: number, policy: { maxAgeMs: number; growth: number }): boolean {
  if (!stats) return true;
  if (now - Date.parse(stats.builtAt) >= policy.maxAgeMs) return true;
  return doneNow !== null && doneNow > stats.total * (1 + policy.growth);
}
