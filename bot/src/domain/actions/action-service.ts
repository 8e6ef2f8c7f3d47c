/**
 * The agent actions on one record (H3): assign, accept, transfer, close, reopen, postpone, and the
 * record's action audit. Each checks its rule here (action-policies.ts, A3 privileges, field
 * security through RecordService.update, tenant: a foreign id is a NotFoundError), saves through
 * RecordService.update with the caller's ETag (stale: PreconditionFailedError, nothing written),
 * then writes its timeline entry and audit entry, and tells the new owner through the WorkNotifier.
 * J2: accept and close may be done by a delegate for a delegator (ActingResolver): the checks are
 * the delegator's, the entries name the delegate as the actor and the delegator as acted for.
 */
import { canReadField, hasPrivilege, type Caller } from '../access/access';
import type { DirectoryRepository } from '../access/directory-repository';
import { actedBy, auditedFor, NO_DELEGATION } from '../delegation/acting';
import type { ActingResolver } from '../delegation/ports';
import type { ServiceRecord } from '../records/record';
import type { RecordLifecycle, RecordService } from '../records/record-service';
import { hiddenFieldsOf } from '../records/record-rules';
import type { RecordTypeService } from '../records/record-type-service';
import type { AuditEntry, AuditRepository } from '../settings/settings-repository';
import { ConflictError, ForbiddenError, PreconditionFailedError, ValidationError } from '../shared/errors';
import type { Clock, Page, PageRequest, Versioned } from '../shared/types';
import type { TimelineEntry, TimelineRepository } from '../timeline/timeline';
import { auditRecordAction, recordAuditSubject } from '../work/record-audit';
import type { WorkEvent, WorkNotifier } from '../work/work-events';
import {
  acceptDecision, assignmentOf, canTransfer, closeRefusal, postponeRefusal, postponeUntilIssue, reopenRefusal, statusOnAccept, ownershipOnAccept,
} from './action-policies';

/** Someone else already owns the record: accept is refused, naming them (unless the caller may not see the owner). */
export class AlreadyTakenError extends ConflictError {
  constructor(readonly ownerId: string, ownerName: string | null) {
    super(ownerName === null ? 'error.actions.takenHidden' : 'error.actions.taken', ownerName === null ? {} : { owner: ownerName });
  }
}

/** The audit values that carry each restricted field (field security hides them as it hides the field). */
const AUDIT_KEYS_OF_FIELD: Readonly<Record<string, readonly string[]>> = {
  owner: ['ownerId'], owningTeam: ['owningTeamId', 'teamId'], person: ['personId'], priority: ['priority'], description: ['description'],
};

export interface ActionDeps {
  records: RecordService;
  types: RecordTypeService;
  /**
   * The H4 steps a close runs (ConversationService): closing a case already closed runs them
   * again, so a retry after a close whose conversation step failed repairs it.
   */
  closing?: RecordLifecycle | undefined;
  directory: DirectoryRepository;
  timeline: TimelineRepository;
  audit: AuditRepository;
  notifier: WorkNotifier;
  clock: Clock;
  /** Told when a notification could not be recorded (the action itself stands). */
  notifyFailed: (event: WorkEvent, error: unknown) => void;
  /** J2: who acts when a delegate accepts or closes for a delegator (absent: everyone acts for themself). */
  acting?: ActingResolver | undefined;
}

const ACCEPT_TRIES = 3;

export class ActionService {
  constructor(private readonly deps: ActionDeps) {}

  /** Assigns to a user, a team, or both (assign privilege; see assignmentOf for a team alone). */
  async assign(caller: Caller, id: string, etag: string, input: { userId?: string | null | undefined; teamId?: string | null | undefined }): Promise<Versioned<ServiceRecord>> {
    const current = await this.deps.records.get(caller, id);
    if (!hasPrivilege(caller, current.value, 'assign')) throw new ForbiddenError('error.forbidden.assignRecord');
    if (input.userId === undefined && input.teamId === undefined) throw new ValidationError([{ path: 'userId', messageKey: 'issue.assignNothing' }]);
    const [user, teams] = await Promise.all([
      input.userId ? this.deps.directory.getUser(caller.tenantId, input.userId) : null,
      input.teamId ? this.deps.directory.getTeams(caller.tenantId, [input.teamId]) : [],
    ]);
    const issues = [
      ...(input.userId && !user ? [{ path: 'userId', messageKey: 'issue.unknownUser' as const }] : []),
      ...(input.teamId && teams.length === 0 ? [{ path: 'teamId', messageKey: 'issue.unknownTeam.assign' as const }] : []),
    ];
    if (issues.length > 0) throw new ValidationError(issues);
    const before = current.value;
    const next = assignmentOf(before, input);
    const saved = await this.deps.records.update(caller, id, etag, next, { ownTimelineEntry: true });
    const at = saved.value.updatedAt;
    await this.entry(caller, saved.value, {
      id: `assigned:${at}`, kind: 'recordAssigned', userIds: next.ownerId ? [next.ownerId] : [],
      ...(next.owningTeamId && next.owningTeamId !== before.owningTeamId ? { teamId: next.owningTeamId } : {}),
    });
    await this.audit(caller, saved.value, 'assign', { ownerId: before.ownerId, owningTeamId: before.owningTeamId }, next);
    if (next.ownerId && next.ownerId !== caller.user.id && next.ownerId !== before.ownerId) {
      await this.notify({ kind: 'assigned', tenantId: caller.tenantId, recordId: id, toUserId: next.ownerId, byUserId: caller.user.id, at });
    }
    return saved;
  }

  /**
   * Takes ownership (acceptDecision). Without `etag` the current version is used; of two agents
   * accepting at once one wins and the other gets AlreadyTakenError naming the winner. With a stale
   * `etag`, AlreadyTakenError when someone took it meanwhile, else PreconditionFailedError.
   * J2: `onBehalfOf` (or rights that only a delegation gives) accepts for a delegator, who becomes the owner.
   */
  async accept(requester: Caller, id: string, etag?: string, onBehalfOf?: string): Promise<Versioned<ServiceRecord>> {
    for (let attempt = 1; ; attempt++) {
      const found = await this.deps.records.get(requester, id);
      const caller = await this.acting(requester, found.value, 'accept', onBehalfOf, (c) => acceptDecision(c, found.value).kind === 'take');
      const current = caller === requester ? found : await this.deps.records.get(caller, id);
      const decision = acceptDecision(caller, current.value);
      if (decision.kind === 'alreadyYours') return current;
      if (decision.kind === 'taken') throw await this.taken(caller, current.value, decision.ownerId);
      if (decision.kind === 'forbidden') throw new ForbiddenError('error.actions.forbiddenAccept');
      const before = current.value;
      try {
        const saved = await this.deps.records.update(
          caller, id, etag ?? current.etag,
          { ...ownershipOnAccept(caller, before), status: statusOnAccept(before.status) },
          { authorizedByAction: true, ownTimelineEntry: true },
        );
        const at = saved.value.updatedAt;
        await this.entry(caller, saved.value, { id: `accepted:${at}`, kind: 'recordAccepted', userIds: [caller.user.id], fromStatus: before.status, toStatus: saved.value.status });
        await this.audit(caller, saved.value, 'accept', { ownerId: before.ownerId, status: before.status }, { ownerId: caller.user.id, status: saved.value.status });
        return saved;
      } catch (error) {
        if (!(error instanceof PreconditionFailedError)) throw error;
        const now = await this.deps.records.get(caller, id);
        if (now.value.ownerId && now.value.ownerId !== caller.user.id) throw await this.taken(caller, now.value, now.value.ownerId);
        if (etag !== undefined || attempt >= ACCEPT_TRIES) throw error;
      }
    }
  }

  /** Passes the record to a colleague with an internal note to them (canTransfer). */
  async transfer(caller: Caller, id: string, etag: string, input: { userId: string; note: string }): Promise<Versioned<ServiceRecord>> {
    const current = await this.deps.records.get(caller, id);
    if (!canTransfer(caller, current.value)) throw new ForbiddenError('error.actions.forbiddenTransfer');
    const user = await this.deps.directory.getUser(caller.tenantId, input.userId);
    if (!user) throw new ValidationError([{ path: 'userId', messageKey: 'issue.unknownUser' }]);
    if (current.value.ownerId === input.userId) throw new ValidationError([{ path: 'userId', messageKey: 'issue.transferToOwner' }]);
    const before = current.value;
    const saved = await this.deps.records.update(caller, id, etag, { ownerId: input.userId }, { authorizedByAction: true, ownTimelineEntry: true });
    const at = saved.value.updatedAt;
    await this.entry(caller, saved.value, { id: `transferred:${at}`, kind: 'recordTransferred', userIds: [input.userId], note: input.note });
    await this.audit(caller, saved.value, 'transfer', { ownerId: before.ownerId }, { ownerId: input.userId, note: input.note });
    if (input.userId !== caller.user.id) {
      await this.notify({ kind: 'transferred', tenantId: caller.tenantId, recordId: id, toUserId: input.userId, byUserId: caller.user.id, note: input.note, at });
    }
    return saved;
  }

  /**
   * Closes (write privilege); the ticket's conversations close with it (H4, ConversationService).
   * A case already closed is not written again: its conversations are brought in line (a close
   * whose conversation step failed is finished by the retry, whatever ETag it carries) and it is
   * answered as it is.
   */
  async close(requester: Caller, id: string, etag: string, onBehalfOf?: string): Promise<Versioned<ServiceRecord>> {
    const found = await this.deps.records.get(requester, id);
    // J2: a delegate closes a delegator's case with the delegator's write (and is named as the actor).
    const caller = await this.acting(requester, found.value, 'close', onBehalfOf, (c) => hasPrivilege(c, found.value, 'write'));
    const current = caller === requester ? found : await this.deps.records.get(caller, id);
    if (closeRefusal(current.value.status)) {
      if (!hasPrivilege(caller, current.value, 'write')) throw new ForbiddenError('error.forbidden.writeRecord');
      await this.deps.closing?.recordUpdated?.(caller, { ...current.value, status: 'active' }, current.value);
      // Keyed by the closed version (the ids RecordService and the close use): the close's own
      // entries when it got that far, else these.
      await this.entry(caller, current.value, { id: `status:${current.value.updatedAt}`, kind: 'recordClosed', toStatus: 'closed' });
      await this.audit(caller, current.value, 'close', null, { status: 'closed' });
      return current;
    }
    const saved = await this.deps.records.update(caller, id, etag, { status: 'closed', postponedUntil: null });
    await this.audit(caller, saved.value, 'close', { status: current.value.status }, { status: 'closed' });
    return saved;
  }

  /** Reopens a closed or postponed record as active (write privilege; H4 reopens its only conversation). */
  async reopen(caller: Caller, id: string, etag: string): Promise<Versioned<ServiceRecord>> {
    const current = await this.deps.records.get(caller, id);
    if (reopenRefusal(current.value)) throw new ConflictError('error.actions.notClosed');
    const saved = await this.deps.records.update(caller, id, etag, { status: 'active', postponedUntil: null });
    await this.audit(caller, saved.value, 'reopen', { status: current.value.status, postponedUntil: current.value.postponedUntil ?? null }, { status: 'active' });
    return saved;
  }

  /** Puts the record on hold until `until` (write privilege): status waiting; it reopens itself then (PostponeSweep). */
  async postpone(caller: Caller, id: string, etag: string, until: string): Promise<Versioned<ServiceRecord>> {
    const issue = postponeUntilIssue(until, this.deps.clock());
    if (issue) throw new ValidationError([{ path: 'until', messageKey: issue }]);
    const current = await this.deps.records.get(caller, id);
    if (postponeRefusal(current.value.status)) throw new ConflictError('error.actions.postponeClosed');
    const iso = new Date(until).toISOString();
    const saved = await this.deps.records.update(caller, id, etag, { status: 'waiting', postponedUntil: iso }, { ownTimelineEntry: true });
    await this.entry(caller, saved.value, { id: `postponed:${saved.value.updatedAt}`, kind: 'recordPostponed', until: iso, fromStatus: current.value.status, toStatus: 'waiting' });
    await this.audit(caller, saved.value, 'postpone', { status: current.value.status, postponedUntil: current.value.postponedUntil ?? null }, { status: 'waiting', postponedUntil: iso });
    return saved;
  }

  /** The record's action audit, newest first (read access). */
  async auditOf(caller: Caller, id: string, page: PageRequest): Promise<Page<AuditEntry>> {
    const record = await this.deps.records.get(caller, id);
    const hidden = hiddenFieldsOf(caller, await this.deps.types.get(caller.tenantId, record.value.type));
    const keys = new Set(hidden.flatMap((field) => AUDIT_KEYS_OF_FIELD[field] ?? (field.startsWith('customFields.') ? [field] : [])));
    const found = await this.deps.audit.list(caller.tenantId, recordAuditSubject(id), page);
    if (keys.size === 0) return found;
    return { ...found, items: found.items.map((e) => ({ ...e, oldValue: withoutKeys(e.oldValue, keys), newValue: withoutKeys(e.newValue, keys) })) };
  }

  private async taken(caller: Caller, record: ServiceRecord, ownerId: string): Promise<AlreadyTakenError> {
    const type = await this.deps.types.get(caller.tenantId, record.type);
    if (!canReadField(caller, type.fieldRestrictions.owner)) return new AlreadyTakenError(ownerId, null);
    const owner = await this.deps.directory.getUser(caller.tenantId, ownerId);
    return new AlreadyTakenError(ownerId, owner?.displayName ?? ownerId);
  }

  /** J2: the caller the action goes on with: the requester, or a delegator's caller with the requester as its delegate. */
  private acting(requester: Caller, record: ServiceRecord, action: 'accept' | 'close', onBehalfOf: string | undefined, allows: (c: Caller) => boolean): Promise<Caller> {
    return (this.deps.acting ?? NO_DELEGATION).resolve(requester, { action, explicitFor: onBehalfOf ?? null, ownerId: record.ownerId, recordType: record.type, allows });
  }

  private entry(caller: Caller, record: ServiceRecord, fields: Pick<TimelineEntry, 'id' | 'kind'> & Partial<TimelineEntry>): Promise<void> {
    return this.deps.timeline.append({ tenantId: record.tenantId, recordId: record.id, at: record.updatedAt, ...actedBy(caller), chatId: null, chatName: null, ...fields });
  }

  /** The audit entry names the real actor; one made for a delegator also names them (`onBehalfOfId` in the new value). */
  private audit(caller: Caller, record: ServiceRecord, action: string, oldValue: unknown, newValue: unknown): Promise<void> {
    const { actorId } = actedBy(caller);
    return auditRecordAction(this.deps.audit, { tenantId: record.tenantId, recordId: record.id, action, actorId, at: record.updatedAt, key: record.updatedAt, oldValue, newValue: auditedFor(caller, newValue) });
  }

  private async notify(event: WorkEvent): Promise<void> {
    try {
      await this.deps.notifier.notify(event);
    } catch (error) {
      this.deps.notifyFailed(event, error);
    }
  }
}

/** An audit value without the keys the caller may not see (a plain object; anything else as it is). */
function withoutKeys(value: unknown, keys: ReadonlySet<string>): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.has(k)));
}
