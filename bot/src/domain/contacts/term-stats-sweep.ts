/**
 * Builds G2's term statistics (term-stats.ts) with a bounded sweep any instance may run: it claims
 * the build with an ETag-guarded document and a lease, pages over the done cases' term arrays (a
 * projection), stores its progress (the continuation and the counts) as it goes, and publishes the
 * statistics when the last page is counted. A run stops after `budgetMs`; the next run, on this or
 * another instance once the lease lapsed, resumes from the stored continuation.
 */
import type { ListingCaller, RecordRepository } from '../records/record-repository';
import { ConflictError, PreconditionFailedError } from '../shared/errors';
import type { Versioned } from '../shared/types';
import { isNoiseStem } from './similarity';
import { mostCommon, needsRebuild, statsOf, type TermStats, type TermStatsRepository, type TermSweep } from './term-stats';
import { DONE_STATUSES } from './done-statuses';

export interface TermSweepOptions {
  /** This instance's name in the claim. */
  owner: string;
  /** Stems listed in the published statistics. */
  cap: number;
  /** Stems kept in a stored progress document (more than `cap`: the counts stay close). */
  keep: number;
  /** Done cases per page. */
  pageSize: number;
  /** A run stops after this long (it resumes later). */
  budgetMs: number;
  /** A claim lapses this long after its last write. */
  leaseMs: number;
  /** Rebuild statistics older than this… */
  maxAgeMs: number;
  /** …or when the done cases grew by more than this share. */
  growth: number;
  now: () => number;
}

export const SWEEP_DEFAULTS: Omit<TermSweepOptions, 'owner'> = {
  cap: 3_000, keep: 20_000, pageSize: 1_000, budgetMs: 5_000, leaseMs: 30_000, maxAgeMs: 6 * 3_600_000, growth: 0.05, now: () => Date.now(),
};

/** What a run did. */
export type SweepOutcome = 'fresh' | 'busy' | 'progress' | 'published';

export class TermStatsSweeper {
  private readonly o: TermSweepOptions;

  constructor(private readonly records: RecordRepository, private readonly stats: TermStatsRepository, options: Partial<TermSweepOptions> & { owner: string }) {
    this.o = { ...SWEEP_DEFAULTS, ...options };
  }

  /** One bounded run for a tenant's done cases of `type`: nothing when fresh or another instance holds the build. */
  async run(tenantId: string, type: string, force = false): Promise<SweepOutcome> {
    const started = this.o.now();
    let claim = await this.stats.getSweep(tenantId, type);
    if (!claim && !force) {
      const current = await this.stats.get(tenantId, type);
      const fresh = current !== null && !needsRebuild(current, null, started, this.o);
      const done = fresh ? await this.doneCount(tenantId, type) : null;
      if (current !== null && !needsRebuild(current, done, started, this.o)) return 'fresh';
    }
    const held = await this.claim(tenantId, type, claim, started);
    if (!held) return 'busy';
    claim = held;
    const counts = new Map(Object.entries(claim.value.counts));
    let { continuation, seen } = claim.value;
    do {
      const page = await this.records.doneTerms(tenantId, { type, statuses: DONE_STATUSES }, continuation, this.o.pageSize);
      for (const item of page.items) {
        for (const stem of new Set([...item.terms, ...item.descriptionTerms])) if (!isNoiseStem(stem)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
      }
      seen += page.items.length;
      continuation = page.continuation;
      if (continuation === null) break;
      const saved = await this.save(claim, { continuation, seen, counts: mostCommon(counts, this.o.keep) });
      if (!saved) return 'busy';
      claim = saved;
      // Pruned counts carry on the run as stored, so a resumed build counts the same.
      if (counts.size > this.o.keep) for (const stem of [...counts.keys()]) if (!(stem in claim.value.counts)) counts.delete(stem);
    } while (this.o.now() - started < this.o.budgetMs);
    if (continuation !== null) return 'progress';
    const now = this.o.now();
    await this.stats.publish(statsOf(tenantId, type, counts, seen, this.o.cap, new Date(now).toISOString(), now - Date.parse(claim.value.startedAt)));
    await this.stats.deleteSweep(tenantId, type, claim.etag).catch((error: unknown) => {
      if (!(error instanceof PreconditionFailedError)) throw error;
    });
    return 'published';
  }

  /** Runs until the statistics are published (or another instance holds the build): for start-up and the bench. */
  async build(tenantId: string, type: string): Promise<TermStats | null> {
    for (let outcome = await this.run(tenantId, type, true); outcome === 'progress'; outcome = await this.run(tenantId, type, true));
    return this.stats.get(tenantId, type);
  }

  private async doneCount(tenantId: string, type: string): Promise<number> {
    const everyone: ListingCaller = { userId: '', teamIds: [], scopes: [{ type, depth: 'tenant' }] };
    const [n = 0] = await this.records.count(tenantId, { type, statuses: DONE_STATUSES }, [{}], everyone);
    return n;
  }

  /** Takes the build: a new one, or one whose lease lapsed (or is ours). Null when another instance holds it. */
  private async claim(tenantId: string, type: string, existing: Versioned<TermSweep> | null, now: number): Promise<Versioned<TermSweep> | null> {
    const leaseUntil = new Date(now + this.o.leaseMs).toISOString();
    try {
      if (!existing) {
        return await this.stats.createSweep({ tenantId, type, owner: this.o.owner, leaseUntil, startedAt: new Date(now).toISOString(), continuation: null, seen: 0, counts: {} });
      }
      if (existing.value.owner !== this.o.owner && Date.parse(existing.value.leaseUntil) > now) return null;
      return await this.stats.replaceSweep({ ...existing.value, owner: this.o.owner, leaseUntil }, existing.etag);
    } catch (error) {
      if (error instanceof ConflictError || error instanceof PreconditionFailedError) return null;
      throw error;
    }
  }

  /** Stores progress and renews the lease; null when another instance took the build over. */
  private async save(claim: Versioned<TermSweep>, progress: Pick<TermSweep, 'continuation' | 'seen' | 'counts'>): Promise<Versioned<TermSweep> | null> {
    try {
      return await this.stats.replaceSweep({ ...claim.value, ...progress, leaseUntil: new Date(this.o.now() + this.o.leaseMs).toISOString() }, claim.etag);
    } catch (error) {
      if (error instanceof PreconditionFailedError) return null;
      throw error;
    }
  }
}

/**
 * Per instance: keeps the statistics of the tenants and types it knows (watched at start, or seen
 * by a lookup) built. A lookup that finds them missing or due starts a build in the background (a
 * check at most every `recheckMs`); a timer runs the sweep for every known pair on every instance
 * (a fresh document costs a point read and a count; a build another instance left when its lease
 * lapsed is taken over). At most one build at a time per tenant and type on an instance, each in
 * bounded runs. Failures are reported, never thrown into a lookup or start.
 */
export class TermStatsKeeper {
  private readonly running = new Map<string, Promise<void>>();
  private readonly checked = new Map<string, number>();
  private readonly known = new Map<string, { tenantId: string; type: string }>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly sweeper: TermStatsSweeper, private readonly options: { recheckMs: number; now: () => number; onError: (error: unknown) => void }) {}

  /** A lookup read `stats` (null: none yet). */
  notice(tenantId: string, type: string, stats: TermStats | null): void {
    const key = this.remember(tenantId, type);
    const now = this.options.now();
    if (this.running.has(key) || (stats !== null && now - (this.checked.get(key) ?? -Infinity) < this.options.recheckMs)) return;
    this.checked.set(key, now);
    this.sweep(tenantId, type);
  }

  /** Knows the pair from now on and sweeps it now in the background (local mode after the demo seed). */
  watch(tenantId: string, type: string): void {
    const key = this.remember(tenantId, type);
    this.checked.set(key, this.options.now());
    this.sweep(tenantId, type);
  }

  /** Sweeps every known pair every `intervalMs` until stopped (the timer does not keep the process alive). */
  start(intervalMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      for (const { tenantId, type } of this.known.values()) this.sweep(tenantId, type);
    }, intervalMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for the builds under way. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.idle();
  }

  /** Waits for the builds under way (tests, shutdown). */
  async idle(): Promise<void> {
    await Promise.all(this.running.values());
  }

  private remember(tenantId: string, type: string): string {
    const key = `${tenantId}\u0000${type}`;
    if (!this.known.has(key)) this.known.set(key, { tenantId, type });
    return key;
  }

  /** Runs the sweep to the end (or until another instance holds it) unless one runs here already. */
  private sweep(tenantId: string, type: string): void {
    const key = `${tenantId}\u0000${type}`;
    if (this.running.has(key)) return;
    const run = (async () => {
      for (let outcome = await this.sweeper.run(tenantId, type); outcome === 'progress'; outcome = await this.sweeper.run(tenantId, type));
    })().catch(this.options.onError).finally(() => this.running.delete(key));
    this.running.set(key, run);
  }
}
