/** Reading, searching, creating and changing records, with access (A3) and tenancy (A4) enforced here. */
import { actorOf, hasPrivilege, privilegeDepth, readScopes, type Caller, type OwnedItem } from '../access/access';
import { actedBy } from '../delegation/acting';
import type { DirectoryRepository } from '../access/directory-repository';
import type { PeopleRepository } from '../people/people-repository';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../shared/errors';
import type { Clock, Page, PageRequest, Versioned } from '../shared/types';
import { resolutionAfter, searchTextOf, type RecordFilter, type ServiceRecord } from './record';
import { checkFieldRights, checkReferences, type RecordChanges } from './record-rules';
import type { CounterRepository, RecordRepository } from './record-repository';
import { formatNumber, NUMBER_BASE, type RecordType } from './record-type';
import type { RecordTypeService } from './record-type-service';
import type { TimelineRepository } from '../timeline/timeline';
import { withTerms } from '../search/record-terms';

export type { RecordChanges } from './record-rules';

/**
 * How an agent action (domain/actions) uses `update`: the action has checked its own rule (accept
 * and transfer are not the assign rule) and writes its own timeline entry.
 */
export interface UpdateOptions {
  /** The action's own rule already allowed this change: the write and assign privileges are not asked again. */
  authorizedByAction?: boolean | undefined;
  /** The action writes its own timeline entry: the generic assigned/status entries are left out. */
  ownTimelineEntry?: boolean | undefined;
}

/** A new record: its type and title, the rest optional. */
export interface NewRecord extends RecordChanges {
  type: string;
  title: string;
}

/** Told after every saved change of a record (the bot keeps the record's cards in Teams current). */
export interface RecordObserver {
  /** Must not throw, and must not make the change wait: it runs after the change is saved. */
  recordChanged(tenantId: string, recordId: string): void;
}

/**
 * Awaited around saved changes, for what must follow a record within the same request (H4: a
 * ticket's conversations follow its status and its deletion). Unlike a RecordObserver, a failure
 * here fails the request.
 */
export interface RecordLifecycle {
  /** After a change is saved (the change stays saved if this throws). */
  recordUpdated?(caller: Caller, before: ServiceRecord, after: ServiceRecord): Promise<void>;
  /** After the access and ETag checks of a delete, before the record goes: a retry finds it again. */
  recordDeleting?(caller: Caller, record: ServiceRecord): Promise<void>;
}

/** J2: whether a caller whose own read does not reach a record may read it as a delegate of its owner. */
export interface ReadThrough {
  mayRead(caller: Caller, record: OwnedItem): Promise<boolean>;
  /** J3: the owners whose records of `type` the read-through lets the caller read (their active delegators who may read them). */
  readableOwnerIds(caller: Caller, type: string): Promise<string[]>;
}

export class RecordService {
  private readonly observers: RecordObserver[] = [];
  private readonly lifecycles: RecordLifecycle[] = [];
  private through: ReadThrough | null = null;

  constructor(
    private readonly records: RecordRepository,
    private readonly counters: CounterRepository,
    private readonly types: RecordTypeService,
    private readonly directory: DirectoryRepository,
    private readonly people: PeopleRepository,
    private readonly clock: Clock,
    private readonly newId: () => string,
    private readonly timeline?: TimelineRepository,
  ) {}

  observe(observer: RecordObserver): void {
    this.observers.push(observer);
  }

  /** Adds a lifecycle hook (the conversation service, for H4). */
  attach(lifecycle: RecordLifecycle): void {
    this.lifecycles.push(lifecycle);
  }

  /** J2: lets delegates read their delegators' records (domain/delegation/acting.ts). */
  readThrough(through: ReadThrough): void {
    this.through = through;
  }

  /** A record the caller may read; otherwise NotFoundError, whether it is missing, foreign or hidden. */
  async get(caller: Caller, id: string): Promise<Versioned<ServiceRecord>> {
    return this.readable(caller, await this.records.get(caller.tenantId, id));
  }

  /** The record with this number, if the caller may read it; otherwise NotFoundError, as `get`. */
  async getByNumber(caller: Caller, number: string): Promise<Versioned<ServiceRecord>> {
    return this.readable(caller, await this.records.getByNumber(caller.tenantId, number));
  }

  /** The record if the caller's read reaches it, or (J2) the read-through as a delegate of its owner allows it. */
  private async readable(caller: Caller, found: Versioned<ServiceRecord> | null): Promise<Versioned<ServiceRecord>> {
    if (!found || found.value.tenantId !== caller.tenantId) throw new NotFoundError();
    if (hasPrivilege(caller, found.value, 'read')) return found;
    // Only asked when the own read falls short: one point read of the caller's delegations.
    if (this.through && await this.through.mayRead(caller, found.value)) return found;
    throw new NotFoundError();
  }

  /** Records the caller may read that match the filter, most recently updated first. */
  async search(caller: Caller, filter: RecordFilter, page: PageRequest): Promise<Page<Versioned<ServiceRecord>>> {
    const typeIds = filter.type ? [filter.type] : (await this.types.list(caller.tenantId)).map((t) => t.id);
    const scopes = readScopes(caller, typeIds);
    if (scopes.length === 0) return { items: [], continuation: null };
    return this.records.search(caller.tenantId, filter, { userId: caller.user.id, teamIds: caller.user.teamIds, scopes }, page);
  }

  /** How many records the caller may read match `common` and each filter (one query for all). */
  async count(caller: Caller, common: RecordFilter, filters: readonly RecordFilter[]): Promise<number[]> {
    const scopes = readScopes(caller, common.type ? [common.type] : (await this.types.list(caller.tenantId)).map((t) => t.id));
    if (scopes.length === 0) return filters.map(() => 0);
    return this.records.count(caller.tenantId, common, filters, { userId: caller.user.id, teamIds: caller.user.teamIds, scopes });
  }

  /**
   * J3: records of `filter.type` owned by `filter.ownerIds` that the read-through lets the caller
   * read — a delegate's view of their delegators' work, read as the delegators may (the owners
   * not among the caller's readable delegators are left out; none: an empty page).
   */
  async searchDelegated(caller: Caller, filter: RecordFilter & { type: string; ownerIds: readonly string[] }, page: PageRequest): Promise<Page<Versioned<ServiceRecord>>> {
    const delegated = await this.delegatedQuery(caller, filter);
    if (!delegated) return { items: [], continuation: null };
    return this.records.search(caller.tenantId, delegated.filter, delegated.access, page);
  }

  /** J3: as `count`, over what `searchDelegated` would list for `common`. */
  async countDelegated(caller: Caller, common: RecordFilter & { type: string; ownerIds: readonly string[] }, filters: readonly RecordFilter[]): Promise<number[]> {
    const delegated = await this.delegatedQuery(caller, common);
    if (!delegated) return filters.map(() => 0);
    return this.records.count(caller.tenantId, delegated.filter, filters, delegated.access);
  }

  /**
   * The read-through as a query: the owners narrowed to those it covers, the type's whole tenant as
   * the scope (each of them may read their own records of it, which is all the filter lets through).
   */
  private async delegatedQuery(caller: Caller, filter: RecordFilter & { type: string; ownerIds: readonly string[] }) {
    if (!this.through || filter.ownerIds.length === 0) return null;
    const readable = new Set(await this.through.readableOwnerIds(caller, filter.type));
    const ownerIds = filter.ownerIds.filter((id) => readable.has(id));
    if (ownerIds.length === 0) return null;
    return {
      filter: { ...filter, ownerIds },
      access: { userId: caller.user.id, teamIds: caller.user.teamIds, scopes: [{ type: filter.type, depth: 'tenant' as const }] },
    };
  }

  /**
   * Creates a record owned by the caller (and their first team) unless the input says otherwise.
   * With `id` (derived from the client's Idempotency-Key) a retry finds the record it created
   * before — and finishes what that try left undone — instead of creating a second one.
   */
  async create(caller: Caller, input: NewRecord, options: { id?: string | undefined } = {}): Promise<Versioned<ServiceRecord>> {
    if (options.id) {
      const earlier = await this.records.get(caller.tenantId, options.id);
      if (earlier) return this.finishCreate(caller, earlier);
    }
    const { type, draft } = await this.checked(caller, input, options.id ?? this.newId());
    // The number is taken last, so a refused request never uses one up.
    draft.number = formatNumber(type.prefix, NUMBER_BASE + await this.counters.next(caller.tenantId, `record:${type.id}`));
    draft.searchText = searchTextOf(draft);
    let created: Versioned<ServiceRecord>;
    try {
      created = await this.records.create(await this.indexed(draft));
    } catch (error) {
      // Two tries with the same key at once: the other one created it.
      const earlier = options.id && error instanceof ConflictError ? await this.records.get(caller.tenantId, options.id) : null;
      if (!earlier) throw error;
      return this.finishCreate(caller, earlier);
    }
    return this.finishCreate(caller, created);
  }

  /**
   * Every check `create` makes before it writes (privileges, field security, references), without
   * writing: an action that creates a record after other writes (H3 split) asks this first.
   */
  async checkNew(caller: Caller, input: NewRecord): Promise<void> {
    await this.checked(caller, input, '');
  }

  private async checked(caller: Caller, input: NewRecord, id: string): Promise<{ type: RecordType; draft: ServiceRecord }> {
    const type = await this.types.get(caller.tenantId, input.type);
    if (!privilegeDepth(caller, type.id, 'write')) throw new ForbiddenError('error.forbidden.createRecord');
    checkFieldRights(caller, type, input);
    const now = this.clock().toISOString();
    const draft: ServiceRecord = {
      id,
      tenantId: caller.tenantId,
      type: type.id,
      number: '',
      title: input.title,
      description: input.description ?? '',
      status: input.status ?? 'new',
      priority: input.priority ?? 'normal',
      ownerId: input.ownerId === undefined ? caller.user.id : input.ownerId,
      owningTeamId: input.owningTeamId === undefined ? (caller.user.teamIds[0] ?? null) : input.owningTeamId,
      personId: input.personId ?? null,
      customFields: input.customFields ?? {},
      createdAt: now,
      updatedAt: now,
      createdBy: caller.user.id,
      updatedBy: caller.user.id,
      searchText: '',
    };
    // G2: a case made done at once (an answered phone call, say) was resolved by its creator.
    const resolution = resolutionAfter({ ...draft, status: 'new' }, draft, draft.createdBy);
    if (resolution) draft.resolution = resolution;
    if (!hasPrivilege(caller, draft, 'write')) throw new ForbiddenError('error.forbidden.createRecord');
    if (draft.ownerId !== caller.user.id && !hasPrivilege(caller, draft, 'assign')) {
      throw new ForbiddenError('error.forbidden.assignRecord');
    }
    await checkReferences({ directory: this.directory, people: this.people }, caller.tenantId, type, draft, input);
    return { type, draft };
  }

  /** The steps after the record is stored (idempotent: the timeline entry has a fixed id). */
  private async finishCreate(caller: Caller, created: Versioned<ServiceRecord>): Promise<Versioned<ServiceRecord>> {
    if (created.value.createdBy !== caller.user.id) throw new ConflictError('error.conflict');
    // A replay answers only while the creator may still read the record (it may have moved on).
    if (!hasPrivilege(caller, created.value, 'read')) throw new NotFoundError();
    const record = created.value;
    await this.timeline?.append({ id: 'created', tenantId: record.tenantId, recordId: record.id, kind: 'recordCreated', at: record.createdAt, actorId: record.createdBy, chatId: null, chatName: null });
    return created;
  }

  /** Applies changes if `etag` is current and the caller may write (and assign, to change owner). */
  async update(caller: Caller, id: string, etag: string, changes: RecordChanges, options: UpdateOptions = {}): Promise<Versioned<ServiceRecord>> {
    const current = await this.get(caller, id);
    const record = current.value;
    if (!options.authorizedByAction && !hasPrivilege(caller, record, 'write')) throw new ForbiddenError('error.forbidden.writeRecord');
    const type = await this.types.get(caller.tenantId, record.type);
    checkFieldRights(caller, type, changes);
    const reassigning =
      (changes.ownerId !== undefined && changes.ownerId !== record.ownerId) ||
      (changes.owningTeamId !== undefined && changes.owningTeamId !== record.owningTeamId);
    if (reassigning && !options.authorizedByAction && !hasPrivilege(caller, record, 'assign')) throw new ForbiddenError('error.forbidden.assignRecord');
    const next: ServiceRecord = {
      ...record,
      ...definedOnly(changes),
      customFields: { ...record.customFields, ...(changes.customFields ?? {}) },
      // Strictly later than the version it replaces, even on an instance whose clock is behind:
      // the record cards in Teams (F5) tell an older version from a newer one by it.
      updatedAt: new Date(Math.max(this.clock().getTime(), (Date.parse(record.updatedAt) || 0) + 1)).toISOString(),
      // J2: the person who really changed it (a delegate acting for the owner: the delegate).
      updatedBy: actorOf(caller).id,
    };
    // G2: who made the case done, kept as evidence for similar cases (cleared as it is reopened).
    const resolution = resolutionAfter(record, next, next.updatedBy);
    if (resolution !== undefined) next.resolution = resolution;
    // H3: a postponed case whose status is changed by hand is no longer postponed.
    if (next.status !== 'waiting' && next.postponedUntil) next.postponedUntil = null;
    // J6: a parked case that moves on (closed, or given to another owner or team) is parked for
    // nobody any more: the delegator must not pick up what has gone elsewhere (park.ts checks too).
    if (changes.parked === undefined && next.parked && (reassigning || (next.status === 'closed' && record.status !== 'closed'))) next.parked = null;
    next.searchText = searchTextOf(next);
    await checkReferences({ directory: this.directory, people: this.people }, caller.tenantId, type, next, changes);
    const saved = await this.records.replace(await this.indexed(next), etag);
    try {
      for (const lifecycle of this.lifecycles) await lifecycle.recordUpdated?.(caller, record, next);
      if (!options.ownTimelineEntry) await this.recordEvents(caller, record, next);
    } finally {
      // Saved is saved: the cards in Teams follow even if a timeline entry could not be written.
      for (const observer of this.observers) observer.recordChanged(next.tenantId, next.id);
    }
    return saved;
  }

  /**
   * Deletes a record the caller may write, if `etag` is still current. The lifecycle hooks run
   * first (a ticket's conversations are deleted), so a retry after a failure finds the record and
   * finishes; a retry after success gets NotFoundError.
   */
  async delete(caller: Caller, id: string, etag: string): Promise<void> {
    const current = await this.get(caller, id);
    if (!hasPrivilege(caller, current.value, 'write')) throw new ForbiddenError('error.forbidden.writeRecord');
    if (current.etag !== etag) throw new PreconditionFailedError();
    for (const lifecycle of this.lifecycles) await lifecycle.recordDeleting?.(caller, current.value);
    await this.records.delete(caller.tenantId, id, etag);
  }

  /** H2: the record with its text index rebuilt (its person's and company's names included). */
  async indexed(record: ServiceRecord): Promise<ServiceRecord> {
    const person = record.personId ? await this.people.getPerson(record.tenantId, record.personId) : null;
    const company = person?.companyId ? await this.people.getCompany(record.tenantId, person.companyId) : null;
    return withTerms(record, { person, company });
  }

  /** E1: what a change meant, on the record's timeline (after the change is saved). */
  private async recordEvents(caller: Caller, before: ServiceRecord, after: ServiceRecord): Promise<void> {
    if (!this.timeline) return;
    const base = { tenantId: after.tenantId, recordId: after.id, at: after.updatedAt, ...actedBy(caller), chatId: null, chatName: null };
    if (before.ownerId !== after.ownerId && after.ownerId) {
      await this.timeline.append({ ...base, id: `assigned:${after.updatedAt}`, kind: 'recordAssigned', userIds: [after.ownerId] });
    }
    if (before.status !== after.status) {
      const kind = after.status === 'closed' ? 'recordClosed' : before.status === 'closed' ? 'recordReopened' : 'statusChanged';
      await this.timeline.append({ ...base, id: `status:${after.updatedAt}`, kind, fromStatus: before.status, toStatus: after.status });
    }
  }
}

function definedOnly(changes: RecordChanges): Partial<ServiceRecord> {
  const out: Partial<ServiceRecord> = {};
  if (changes.title !== undefined) out.title = changes.title;
  if (changes.description !== undefined) out.description = changes.description;
  if (changes.status !== undefined) out.status = changes.status;
  if (changes.priority !== undefined) out.priority = changes.priority;
  if (changes.ownerId !== undefined) out.ownerId = changes.ownerId;
  if (changes.owningTeamId !== undefined) out.owningTeamId = changes.owningTeamId;
  if (changes.personId !== undefined) out.personId = changes.personId;
  if (changes.postponedUntil !== undefined) out.postponedUntil = changes.postponedUntil;
  if (changes.parked !== undefined) out.parked = changes.parked;
  if (changes.lastPickUp !== undefined) out.lastPickUp = changes.lastPickUp;
  return out;
}
