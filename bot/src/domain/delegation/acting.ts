/**
 * J2: who acts on an item — the caller, or the caller as a delegate for the item's owner
 * (ActingResolver in ports.ts). The services ask it with their own rule (`allows`) and carry on
 * with the caller it answers; actingRefusal (delegation.ts) is the rule, table-tested.
 */
import { actorOf, hasPrivilege, onBehalfOfIdOf, privilegeDepth, type Caller, type OwnedItem } from '../access/access';
import type { CallerService } from '../access/caller-service';
import { ForbiddenError } from '../shared/errors';
import { actingRefusal, mayBeDelegate, mayDelegate } from './delegation';
import type { ActingRequest, ActingResolver, DelegationReader } from './ports';

export class DelegationActingResolver implements ActingResolver {
  constructor(
    private readonly reader: DelegationReader,
    private readonly callers: Pick<CallerService, 'find'>,
  ) {}

  async resolve(caller: Caller, request: ActingRequest): Promise<Caller> {
    if (caller.delegate) return caller;
    if (request.explicitFor === null) {
      if (request.allows(caller)) return caller;
      if (request.ownerId === null || request.ownerId === caller.user.id) return caller;
      // Only cases are delegated: on another type the service refuses as it would anyway.
      if (!isDelegatedType(request.recordType)) return caller;
      const acting = await this.actingFor(caller, request.ownerId, request);
      // Not theirs to act on through a delegation: the service refuses with its own reason.
      return 'refusal' in acting ? caller : acting.caller;
    }
    if (request.explicitFor === caller.user.id) return caller;
    if (!isDelegatedType(request.recordType)) throw new ForbiddenError('onbehalf.refused.notACase');
    const acting = await this.actingFor(caller, request.explicitFor, request);
    if ('refusal' in acting) throw new ForbiddenError(acting.refusal);
    return acting.caller;
  }

  private async actingFor(caller: Caller, delegatorId: string, request: ActingRequest): Promise<{ caller: Caller } | { refusal: NonNullable<ReturnType<typeof actingRefusal>> }> {
    const [policy, delegatorIds, delegator] = await Promise.all([
      this.reader.policy(caller.tenantId),
      this.reader.activeDelegatorIds(caller.tenantId, caller.user.id),
      this.callers.find(caller.tenantId, delegatorId),
    ]);
    if (!delegator) return { refusal: 'onbehalf.refused.notInEffect' };
    const refusal = actingRefusal({
      policy,
      delegatorRoleIds: delegator.user.roleIds,
      delegateRoleIds: caller.user.roleIds,
      inEffect: delegatorIds.includes(delegatorId),
      action: request.action,
      ownerId: request.ownerId,
      delegatorId,
      delegatorAllowed: request.allows(delegator),
    });
    if (refusal) return { refusal };
    return { caller: { ...delegator, delegate: caller } };
  }
}

/** J2 delegates cases (and sessions, which name no record type); other record types are nobody's to act on for someone. */
export const DELEGATED_RECORD_TYPE = 'case';

/** Whether an action on an item of this record type may be done for a delegator (undefined: not a record). */
export function isDelegatedType(recordType: string | undefined): boolean {
  return recordType === undefined || recordType === DELEGATED_RECORD_TYPE;
}

/**
 * J2: who an entry written by `caller` names: the real actor, and the delegator acted for (only
 * when there is one, so entries written by people acting for themselves stay as they were).
 */
export function actedBy(caller: Caller): { actorId: string; onBehalfOfId?: string } {
  const onBehalfOfId = onBehalfOfIdOf(caller);
  return onBehalfOfId === null ? { actorId: actorOf(caller).id } : { actorId: actorOf(caller).id, onBehalfOfId };
}

/** J2: an audit value with the person acted for added (a plain object only; anything else as it is). */
export function auditedFor(caller: Caller, value: unknown): unknown {
  const onBehalfOfId = onBehalfOfIdOf(caller);
  if (onBehalfOfId === null || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return { ...value, onBehalfOfId };
}

/**
 * The resolver where delegation is not wired (tests and tools that build a service alone): every
 * caller acts for themself; naming someone else to act for is refused as no delegation in effect.
 */
export const NO_DELEGATION: ActingResolver = {
  async resolve(caller, request) {
    if (caller.delegate || request.explicitFor === null || request.explicitFor === caller.user.id) return caller;
    throw new ForbiddenError('onbehalf.refused.notInEffect');
  },
};

/**
 * J2's read-through: a delegate whose own read does not reach a record may read it when it is the
 * work of an active delegator of theirs, the policy allows both, and the delegator may read it.
 * (What the delegate then sees of its fields is their own field security: the caller stays theirs.)
 */
export class DelegationReadThrough {
  constructor(
    private readonly reader: DelegationReader,
    private readonly callers: Pick<CallerService, 'find'>,
  ) {}

  async mayRead(caller: Caller, record: OwnedItem): Promise<boolean> {
    const ownerId = record.ownerId;
    // Cases only (J2): a delegator's work orders or articles stay out of the delegate's reach.
    if (record.type !== DELEGATED_RECORD_TYPE) return false;
    if (caller.delegate || ownerId === null || ownerId === caller.user.id || record.tenantId !== caller.tenantId) return false;
    const delegatorIds = await this.reader.activeDelegatorIds(caller.tenantId, caller.user.id);
    if (!delegatorIds.includes(ownerId)) return false;
    const [policy, delegator] = await Promise.all([this.reader.policy(caller.tenantId), this.callers.find(caller.tenantId, ownerId)]);
    if (!delegator || !mayDelegate(policy, delegator.user.roleIds) || !mayBeDelegate(policy, caller.user.roleIds)) return false;
    return hasPrivilege(delegator, record, 'read');
  }

  /** J3: the delegators whose own records of `type` the caller may read through them (the rule of mayRead, for a query). */
  async readableOwnerIds(caller: Caller, type: string): Promise<string[]> {
    if (caller.delegate || type !== DELEGATED_RECORD_TYPE) return [];
    const delegatorIds = await this.reader.activeDelegatorIds(caller.tenantId, caller.user.id);
    if (delegatorIds.length === 0) return [];
    const policy = await this.reader.policy(caller.tenantId);
    if (!mayBeDelegate(policy, caller.user.roleIds)) return [];
    const delegators = await Promise.all(delegatorIds.map((id) => this.callers.find(caller.tenantId, id)));
    // A privilege at any depth reaches the holder's own records: those are the ones the query lists.
    return delegators
      .filter((d): d is Caller => !!d && mayDelegate(policy, d.user.roleIds) && privilegeDepth(d, type, 'read') !== null)
      .map((d) => d.user.id);
  }
}
