/**
 * H3 postpone: a postponed case reopens itself when its date passes — also after a restart, as the
 * sweep runs at start and then every few seconds on every instance. Each due case is claimed by
 * its ETag (the reopening write carries the version the sweep read), so of two instances sweeping
 * at once exactly one reopens it; the other's write is stale and it moves on.
 */
import type { ServiceRecord } from '../records/record';
import type { RecordService } from '../records/record-service';
import type { AuditRepository } from '../settings/settings-repository';
import { NotFoundError, PreconditionFailedError } from '../shared/errors';
import type { Clock, Versioned } from '../shared/types';
import type { TimelineRepository } from '../timeline/timeline';
import { systemCaller } from '../intake/system-caller';
import { auditRecordAction } from '../work/record-audit';
import { isPostponementDue } from './action-policies';

/** Storage query for the sweep: postponed records whose time has come, any tenant. */
export interface PostponedRecords {
  /** Records with status waiting and postponedUntil ≤ now, at most `limit`. */
  due(now: string, limit: number): Promise<Array<Versioned<ServiceRecord>>>;
}

export interface PostponeSweepDeps {
  postponed: PostponedRecords;
  records: RecordService;
  timeline: TimelineRepository;
  audit: AuditRepository;
  clock: Clock;
  /** Told when one record could not be reopened (the next sweep tries again). */
  failed: (recordId: string, error: unknown) => void;
}

const BATCH = 100;

export class PostponeSweep {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(private readonly deps: PostponeSweepDeps) {}

  /** Reopens every case due now; answers how many this instance reopened. */
  async sweepOnce(): Promise<number> {
    const now = this.deps.clock();
    let reopened = 0;
    for (const found of await this.deps.postponed.due(now.toISOString(), BATCH)) {
      if (!isPostponementDue(found.value, now)) continue;
      try {
        if (await this.reopen(found)) reopened++;
      } catch (error) {
        this.deps.failed(found.value.id, error);
      }
    }
    return reopened;
  }

  /** Sweeps now and then every `intervalMs` until stopped; overlapping sweeps are skipped. */
  start(intervalMs: number): void {
    const tick = () => {
      if (this.running) return;
      this.running = this.sweepOnce()
        .catch((error: unknown) => { this.deps.failed('*', error); return 0; })
        .finally(() => { this.running = null; });
    };
    tick();
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a sweep in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async reopen(found: Versioned<ServiceRecord>): Promise<boolean> {
    const record = found.value;
    const until = record.postponedUntil ?? '';
    const system = systemCaller(record.tenantId, record.type);
    let saved: Versioned<ServiceRecord>;
    try {
      saved = await this.deps.records.update(system, record.id, found.etag, { status: 'active', postponedUntil: null }, { ownTimelineEntry: true });
    } catch (error) {
      // Claimed by another instance, changed by hand, or deleted meanwhile: nothing to do here.
      if (error instanceof PreconditionFailedError || error instanceof NotFoundError) return false;
      throw error;
    }
    const at = saved.value.updatedAt;
    await this.deps.timeline.append({
      id: `postponeEnded:${until}`, tenantId: record.tenantId, recordId: record.id, kind: 'recordReopened', at,
      actorId: system.user.id, chatId: null, chatName: null, fromStatus: record.status, toStatus: 'active', until,
    });
    await auditRecordAction(this.deps.audit, {
      tenantId: record.tenantId, recordId: record.id, action: 'postponeEnded', actorId: system.user.id, at, key: until,
      oldValue: { status: record.status, postponedUntil: until }, newValue: { status: 'active' },
    });
    return true;
  }
}
