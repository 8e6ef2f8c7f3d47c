/**
 * J3: the delegate's shared queue of their delegators' work — the open cases their delegators own
 * (or one delegator's), recently changed first, paged like the other queues, with a count per
 * delegator (one aggregate query) and the cases the delegate parked; and J6's "parked for me" for
 * the delegator. A delegation the policy no longer allows lists nothing, as it grants nothing.
 */
import type { Caller } from '../access/access';
import type { DirectoryRepository } from '../access/directory-repository';
import { OPEN_STATUSES, type RecordFilter, type ServiceRecord } from '../records/record';
import type { RecordService } from '../records/record-service';
import { ForbiddenError } from '../shared/errors';
import type { Page, PageRequest, Versioned } from '../shared/types';
import { mayBeDelegate, mayDelegate } from './delegation';
import type { DelegationReader } from './ports';

/** One delegator in the queue's counts. */
export interface DelegatorCount {
  userId: string;
  displayName: string;
  count: number;
}

/** The delegated queue: a page of cases, the counts per delegator, the cases I parked. */
export interface DelegatedQueue extends Page<Versioned<ServiceRecord>> {
  counts: DelegatorCount[];
  parkedByMe: Array<Versioned<ServiceRecord>>;
}

/** The most parked cases the queue answers beside its page (parking is rare; the rest are in the record list). */
export const MAX_PARKED_SHOWN = 50;

export interface DelegatedQueueDeps {
  records: Pick<RecordService, 'search' | 'searchDelegated' | 'countDelegated'>;
  reader: DelegationReader;
  directory: Pick<DirectoryRepository, 'getUsers'>;
}

/** The open cases the queue holds: of these owners, recently changed first. */
export function delegatedFilter(ownerIds: readonly string[]): RecordFilter & { type: string; ownerIds: string[] } {
  return { type: 'case', statuses: OPEN_STATUSES, ownerIds: [...ownerIds] };
}

/**
 * Which delegators a queue covers: all of mine, or the one named — which must be one of mine
 * (ForbiddenError otherwise, whether they exist or not).
 */
export function delegatorsShown(mine: readonly string[], named: string | undefined): string[] {
  if (named === undefined) return [...mine];
  if (!mine.includes(named)) throw new ForbiddenError('park.error.notYourDelegator');
  return [named];
}

export class DelegatedQueueService {
  constructor(private readonly d: DelegatedQueueDeps) {}

  /** The caller's delegators the policy lets them act for, with their names (directory order kept by id). */
  async delegators(caller: Caller): Promise<Array<{ userId: string; displayName: string }>> {
    const [policy, ids] = await Promise.all([this.d.reader.policy(caller.tenantId), this.d.reader.activeDelegatorIds(caller.tenantId, caller.user.id)]);
    if (ids.length === 0 || !mayBeDelegate(policy, caller.user.roleIds)) return [];
    const users = await this.d.directory.getUsers(caller.tenantId, ids);
    return users
      .filter((u) => mayDelegate(policy, u.roleIds))
      .map((u) => ({ userId: u.id, displayName: u.displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  /** One page of the queue (of `delegator` alone when named), with the counts and the cases I parked. */
  async list(caller: Caller, options: { delegator?: string | undefined } & PageRequest): Promise<DelegatedQueue> {
    const delegators = await this.delegators(caller);
    const shown = delegatorsShown(delegators.map((x) => x.userId), options.delegator);
    const parkedByMe = this.d.records.search(caller, { parkedByUserId: caller.user.id, statuses: OPEN_STATUSES }, { limit: MAX_PARKED_SHOWN });
    if (delegators.length === 0) return { items: [], continuation: null, counts: [], parkedByMe: (await parkedByMe).items };
    const [page, numbers, parked] = await Promise.all([
      // Read as the delegators may (the read-through), not as far as the delegate's own read reaches.
      this.d.records.searchDelegated(caller, delegatedFilter(shown), { limit: options.limit, continuation: options.continuation }),
      this.d.records.countDelegated(caller, delegatedFilter(delegators.map((x) => x.userId)), delegators.map((x) => ({ ownerId: x.userId }))),
      parkedByMe,
    ]);
    return {
      items: page.items,
      continuation: page.continuation,
      counts: delegators.map((x, i) => ({ ...x, count: numbers[i] ?? 0 })),
      parkedByMe: parked.items,
    };
  }

  /** J6: the cases parked for the caller (by any delegate), recently changed first. */
  parkedForMe(caller: Caller, page: PageRequest): Promise<Page<Versioned<ServiceRecord>>> {
    // Open cases only: a closed one is picked up by nobody (and is no longer parked once closed).
    return this.d.records.search(caller, { parkedForUserId: caller.user.id, statuses: OPEN_STATUSES }, page);
  }
}
