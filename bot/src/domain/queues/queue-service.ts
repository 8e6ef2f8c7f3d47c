/**
 * The queue views (H2): my open cases, the unassigned queue, my teams' queues, favorites and
 * flagged messages; their counts in one query; and "get next", which takes the oldest unassigned
 * open case of my teams atomically (a conditional replace on its ETag: two agents at once get two
 * different cases).
 */
import type { Caller } from '../access/access';
import type { DirectoryRepository } from '../access/directory-repository';
import type { ServiceRecord } from '../records/record';
import type { RecordService } from '../records/record-service';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError, ValidationError } from '../shared/errors';
import type { Clock, Page, PageRequest, Versioned } from '../shared/types';
import { canTake, nextFilter, OPEN_CASES, QueueEmptyError, queueCountFilters, queueFilter, type QueueView } from './queue-rules';
import { flaggedRecordIds, type UserMarksRepository } from './user-marks';

/** The counts of every view, and of each of the caller's teams. */
export interface QueueCounts {
  views: Array<{ view: QueueView; count: number }>;
  teams: Array<{ id: string; name: string; count: number }>;
}

/** Candidates fetched per round of "get next", and rounds before giving up. */
const NEXT_BATCH = 10;
const NEXT_ROUNDS = 5;

export interface QueueDeps {
  records: RecordService;
  marks: UserMarksRepository;
  directory: DirectoryRepository;
  clock: Clock;
  /**
   * Takes a case exactly as the accept action does (its rule, status, timeline and audit entries),
   * if it is still at `etag`; throws when it may not or someone was first.
   */
  accept(caller: Caller, id: string, etag: string): Promise<Versioned<ServiceRecord>>;
}

export class QueueService {
  constructor(private readonly d: QueueDeps) {}

  /** One page of a view; `teamId` narrows `team` and `unassigned` to one of the caller's teams. */
  async list(caller: Caller, view: QueueView, options: { teamId?: string | undefined } & PageRequest): Promise<Page<Versioned<ServiceRecord>>> {
    const page = { limit: options.limit, continuation: options.continuation };
    if (view === 'favorites' || view === 'flagged') {
      const marks = (await this.d.marks.get(caller.tenantId, caller.user.id))?.value;
      const ids = !marks ? [] : view === 'favorites' ? marks.favorites.map((f) => f.recordId) : flaggedRecordIds(marks);
      return this.pageOfIds(caller, ids, page);
    }
    return this.d.records.search(caller, queueFilter(caller, view, options.teamId), page);
  }

  /** Every view's count: the record views in one aggregate query, the marks from one point read. */
  async counts(caller: Caller): Promise<QueueCounts> {
    const teamIds = caller.user.teamIds;
    const [numbers, marks, teams] = await Promise.all([
      this.d.records.count(caller, OPEN_CASES, queueCountFilters(caller)),
      this.d.marks.get(caller.tenantId, caller.user.id),
      this.d.directory.getTeams(caller.tenantId, teamIds),
    ]);
    const names = new Map(teams.map((t) => [t.id, t.name]));
    return {
      views: [
        { view: 'mine', count: numbers[0] ?? 0 },
        { view: 'unassigned', count: numbers[1] ?? 0 },
        { view: 'team', count: numbers[2] ?? 0 },
        { view: 'favorites', count: marks?.value.favorites.length ?? 0 },
        { view: 'flagged', count: marks ? flaggedRecordIds(marks.value).length : 0 },
      ],
      teams: teamIds.map((id, i) => ({ id, name: names.get(id) ?? id, count: numbers[3 + i] ?? 0 })),
    };
  }

  /**
   * Takes the oldest case of the caller's unassigned queue (or of the team named) through the
   * accept action: it becomes theirs, with its recordAccepted timeline entry and `accept` audit
   * entry. A case another agent took meanwhile (412 on its ETag) is skipped for the next.
   * QueueEmptyError when none is left.
   */
  async next(caller: Caller, teamId?: string): Promise<Versioned<ServiceRecord>> {
    const filter = nextFilter(caller, teamId);
    const tried = new Set<string>();
    // Page on through the queue: candidates that cannot be taken now (postponed, taken meanwhile)
    // are passed by, not fetched again.
    let continuation: string | undefined;
    for (let round = 0; round < NEXT_ROUNDS; round++) {
      const page = await this.d.records.search(caller, filter, { limit: NEXT_BATCH, continuation });
      const fresh = page.items.filter((c) => !tried.has(c.value.id));
      for (const candidate of fresh) {
        tried.add(candidate.value.id);
        const taken = await this.take(caller, candidate);
        if (taken) return taken;
      }
      if (page.continuation === null) break;
      continuation = page.continuation;
    }
    throw new QueueEmptyError();
  }

  /** Takes one case if it is still free; null when someone else was first or it may not be taken. */
  private async take(caller: Caller, candidate: Versioned<ServiceRecord>): Promise<Versioned<ServiceRecord> | null> {
    if (!canTake(candidate.value, this.d.clock())) return null;
    try {
      return await this.d.accept(caller, candidate.value.id, candidate.etag);
    } catch (error) {
      // Changed since the query (someone took it), owned by someone else, not for this caller, or gone.
      if (error instanceof PreconditionFailedError || error instanceof ConflictError || error instanceof ForbiddenError || error instanceof NotFoundError) return null;
      throw error;
    }
  }

  /** A page of records by id (newest mark first), each read by a point read; ones gone or hidden are left out. */
  private async pageOfIds(caller: Caller, ids: readonly string[], page: PageRequest): Promise<Page<Versioned<ServiceRecord>>> {
    const start = page.continuation ? decodeOffset(page.continuation) : 0;
    const slice = ids.slice(start, start + page.limit);
    const found = await Promise.all(slice.map((id) => this.d.records.get(caller, id).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    })));
    const end = start + slice.length;
    return { items: found.filter((r): r is Versioned<ServiceRecord> => r !== null), continuation: end < ids.length ? Buffer.from(String(end)).toString('base64url') : null };
  }
}

function decodeOffset(value: string): number {
  const n = Number(Buffer.from(value, 'base64url').toString('utf8'));
  if (!Number.isInteger(n) || n < 0) throw new ValidationError([{ path: 'continuation', messageKey: 'issue.continuation' }]);
  return n;
}
