/**
 * J6: a delegate parks a case for a delegator, who is told in Teams and picks it up (becoming its
 * owner again). Checked here (park-rules.ts, the acting resolver, the delegation in effect), decided
 * and written on one version of the record (its ETag, through RecordService.update; stale:
 * PreconditionFailedError, nothing written), then the timeline entry, the audit entry and the
 * notice (a notice failure is logged, the change stands). Those three have fixed ids per park, so a
 * retry after a failure among them finishes them instead of being refused.
 */
import { hasPrivilege, type Caller } from '../access/access';
import type { CallerService } from '../access/caller-service';
import type { ServiceRecord, StoredPickUp } from '../records/record';
import type { RecordService } from '../records/record-service';
import type { AuditRepository } from '../settings/settings-repository';
import { ConflictError, ForbiddenError, PreconditionFailedError, ValidationError } from '../shared/errors';
import type { Clock, Versioned } from '../shared/types';
import type { TimelineEntry, TimelineRepository } from '../timeline/timeline';
import { auditRecordAction, recordAuditSubject } from '../work/record-audit';
import { isDelegatedType } from './acting';
import { actingRefusal, type ParkMark } from './delegation';
import { isOwnPark, movedOn, parkPath, parkRefusal, pickUpRefusal, statusOnPickUp } from './park-rules';
import type { ActingResolver, DelegationReader, ParkedEvent, ParkNotices } from './ports';

export interface ParkDeps {
  records: Pick<RecordService, 'get' | 'update'>;
  acting: ActingResolver;
  reader: DelegationReader;
  callers: Pick<CallerService, 'find'>;
  timeline: TimelineRepository;
  audit: AuditRepository;
  notices: ParkNotices;
  clock: Clock;
  /** Told when Teams could not be told (the park or pick-up itself stands). */
  noticeFailed: (event: ParkedEvent, error: unknown) => void;
}

/** Tries of a park or pick-up without an ETag before a concurrent change is reported. */
const TRIES = 3;

export class ParkService {
  constructor(private readonly d: ParkDeps) {}

  /**
   * Parks the case for `forUserId` (a delegator of the caller): on the delegator's own case the
   * caller acts for them (ActingResolver, action 'park'); on the caller's own case the delegation
   * alone suffices. Without `etag` the current version is used (changed meanwhile: decided again;
   * parked by someone else meanwhile: ConflictError). The caller's own park of the same case for
   * the same person again (a retry) finishes its entry, audit and notice and answers the case.
   */
  async park(caller: Caller, recordId: string, etag: string | undefined, input: { forUserId: string }): Promise<Versioned<ServiceRecord>> {
    for (let attempt = 1; ; attempt++) {
      // The caller's own read (or the delegate's read-through): an id they may not read is a 404, like a missing one.
      const current = await this.d.records.get(caller, recordId);
      const record = current.value;
      if (record.parked && isOwnPark(record.parked, caller.user.id, input.forUserId)) {
        await this.finishPark(record, record.parked);
        return current;
      }
      if (etag !== undefined && etag !== current.etag) throw new PreconditionFailedError();
      const acting = parkPath(record.ownerId, caller.user.id) === 'ownCase'
        ? await this.ownCaseActing(caller, record, input.forUserId)
        : await this.d.acting.resolve(caller, {
          action: 'park', explicitFor: input.forUserId, ownerId: record.ownerId, recordType: record.type,
          allows: (c) => hasPrivilege(c, record, 'write'),
        });
      const refusal = parkRefusal({ callerId: caller.user.id, forUserId: input.forUserId, status: record.status, parked: record.parked });
      if (refusal === 'park.error.self') throw new ValidationError([{ path: 'forUserId', messageKey: refusal }]);
      if (refusal) throw new ConflictError(refusal);
      const mark: ParkMark = { forUserId: input.forUserId, byUserId: caller.user.id, at: this.d.clock().toISOString() };
      let saved: Versioned<ServiceRecord>;
      try {
        // Decided on `current`, written on `current`: a change in between is a 412 and a new round.
        saved = await this.d.records.update(acting, recordId, current.etag, { parked: mark }, { authorizedByAction: true, ownTimelineEntry: true });
      } catch (error) {
        if (!(error instanceof PreconditionFailedError) || etag !== undefined || attempt >= TRIES) throw error;
        continue;
      }
      await this.finishPark(saved.value, mark);
      return saved;
    }
  }

  /**
   * The delegator picks up a case parked for them: they own it, `parked` is cleared, a new case
   * becomes active. Refused when it moved on since (closed, or given to someone else:
   * `park.error.moved`). Of two pick-ups at once one wins; the other gets ConflictError
   * (`park.error.alreadyPickedUp`). With a stale `etag`: PreconditionFailedError. A retry of a
   * pick-up whose entry or audit was not written finishes them and answers the case.
   */
  async pickUp(caller: Caller, recordId: string, etag?: string): Promise<Versioned<ServiceRecord>> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.d.records.get(caller, recordId);
      const before = current.value;
      const last = before.lastPickUp;
      if (!before.parked && last && last.forUserId === caller.user.id) {
        // Picked up by this caller: a retry finishes what that try left undone; done already: told so.
        if (attempt === 1 && !(await this.pickUpAudited(before, last))) {
          await this.finishPickUp(before, last);
          return current;
        }
        throw new ConflictError('park.error.alreadyPickedUp');
      }
      const refusal = pickUpRefusal(before.parked, caller.user.id);
      if (refusal === 'park.error.notForYou') throw new ForbiddenError(refusal);
      const mark = before.parked;
      if (refusal || !mark) throw new ConflictError(attempt > 1 ? 'park.error.alreadyPickedUp' : 'park.error.notParked');
      if (movedOn(before, mark)) throw new ConflictError('park.error.moved');
      if (etag !== undefined && etag !== current.etag) throw new PreconditionFailedError();
      const pick: StoredPickUp = {
        forUserId: mark.forUserId, byUserId: mark.byUserId, at: mark.at,
        pickedUpAt: this.d.clock().toISOString(), fromOwnerId: before.ownerId, fromStatus: before.status,
      };
      let saved: Versioned<ServiceRecord>;
      try {
        saved = await this.d.records.update(caller, recordId, current.etag,
          { ownerId: caller.user.id, parked: null, status: statusOnPickUp(before.status), lastPickUp: pick },
          { authorizedByAction: true, ownTimelineEntry: true });
      } catch (error) {
        // Changed meanwhile: the next round tells whether the other change was a pick-up.
        if (!(error instanceof PreconditionFailedError) || etag !== undefined || attempt >= TRIES) throw error;
        continue;
      }
      await this.finishPickUp(saved.value, pick);
      return saved;
    }
  }

  /** A park's other writes, each with a fixed id (a retry writes nothing twice; the card is posted once per park). */
  private async finishPark(record: ServiceRecord, mark: ParkMark): Promise<void> {
    await this.entry(record, { id: `parked:${mark.at}`, kind: 'recordParked', at: mark.at, actorId: mark.byUserId, onBehalfOfId: mark.forUserId, userIds: [mark.forUserId] });
    await this.audit(record, 'park', mark.byUserId, mark.at, mark.at, { parked: null }, { parked: { ...mark }, onBehalfOfId: mark.forUserId });
    const event: ParkedEvent = { tenantId: record.tenantId, forUserId: mark.forUserId, byUserId: mark.byUserId, item: { kind: 'record', id: record.id }, at: mark.at };
    await this.tell(() => this.d.notices.parked(event), event);
  }

  /** A pick-up's other writes, keyed by the park it ended (a retry writes nothing twice; redrawing the cards again is harmless). */
  private async finishPickUp(record: ServiceRecord, pick: StoredPickUp): Promise<void> {
    const toStatus = statusOnPickUp(pick.fromStatus);
    await this.entry(record, { id: `pickedUp:${pick.at}`, kind: 'recordPickedUp', at: pick.pickedUpAt, actorId: pick.forUserId, userIds: [pick.byUserId], fromStatus: pick.fromStatus, toStatus });
    await this.audit(record, 'pickUp', pick.forUserId, pick.at, pick.pickedUpAt,
      { ownerId: pick.fromOwnerId, status: pick.fromStatus, parked: { forUserId: pick.forUserId, byUserId: pick.byUserId, at: pick.at } },
      { ownerId: pick.forUserId, status: toStatus, parked: null });
    const event = { tenantId: record.tenantId, forUserId: pick.forUserId, byUserId: pick.byUserId, item: { kind: 'record' as const, id: record.id }, at: pick.at, pickedUpAt: pick.pickedUpAt };
    await this.tell(() => this.d.notices.pickedUp(event), event);
  }

  /** Whether the pick-up's audit entry (its last write but the notice) is there: then it was finished. */
  private pickUpAudited(record: ServiceRecord, pick: StoredPickUp): Promise<boolean> {
    const subject = recordAuditSubject(record.id);
    // The id auditRecordAction gives the entry: subject, action, key.
    return this.d.audit.has(record.tenantId, subject, `${subject}:pickUp:${pick.at}`);
  }

  /** The caller's own case, parked for a delegator: the delegation must be in effect and allowed by the policy. */
  private async ownCaseActing(caller: Caller, record: ServiceRecord, forUserId: string): Promise<Caller> {
    if (forUserId === caller.user.id) throw new ValidationError([{ path: 'forUserId', messageKey: 'park.error.self' }]);
    // Only cases are delegated (J2): other records are not parked for anyone.
    if (!isDelegatedType(record.type)) throw new ForbiddenError('onbehalf.refused.notACase');
    const [policy, delegatorIds, delegator] = await Promise.all([
      this.d.reader.policy(caller.tenantId),
      this.d.reader.activeDelegatorIds(caller.tenantId, caller.user.id),
      this.d.callers.find(caller.tenantId, forUserId),
    ]);
    if (!delegator) throw new ForbiddenError('onbehalf.refused.notInEffect');
    const refusal = actingRefusal({
      policy, delegatorRoleIds: delegator.user.roleIds, delegateRoleIds: caller.user.roleIds,
      inEffect: delegatorIds.includes(forUserId), action: 'park',
      // The case goes to the delegator: theirs to take, as far as the rule is concerned.
      ownerId: forUserId, delegatorId: forUserId, delegatorAllowed: true,
    });
    if (refusal) throw new ForbiddenError(refusal);
    return caller;
  }

  private entry(record: ServiceRecord, fields: Pick<TimelineEntry, 'id' | 'kind' | 'actorId' | 'at'> & Partial<TimelineEntry>): Promise<void> {
    return this.d.timeline.append({ tenantId: record.tenantId, recordId: record.id, chatId: null, chatName: null, ...fields });
  }

  private audit(record: ServiceRecord, action: string, actorId: string, key: string, at: string, oldValue: unknown, newValue: unknown): Promise<void> {
    return auditRecordAction(this.d.audit, { tenantId: record.tenantId, recordId: record.id, action, actorId, at, key, oldValue, newValue });
  }

  private async tell(send: () => Promise<void>, event: ParkedEvent): Promise<void> {
    try {
      await send();
    } catch (error) {
      this.d.noticeFailed(event, error);
    }
  }
}
