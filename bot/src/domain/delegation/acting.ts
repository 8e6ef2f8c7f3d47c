/**
 * J2: who acts on an item — the caller, or the caller as a delegate for the item's owner
 * (ActingResolver in ports.ts). The services ask it with their own rule (`allows`) and carry on
 * with the caller it answers; actingRefusal (delegation.ts) is the rule, table-tested.
 */
import type { Caller } from '../access/access';
import type { CallerService } from '../access/caller-service';
import { ForbiddenError } from '../shared/errors';
import { actingRefusal } from './delegation';
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
      const acting = await this.actingFor(caller, request.ownerId, request);
      // Not theirs to act on through a delegation: the service refuses with its own reason.
      return 'refusal' in acting ? caller : acting.caller;
    }
    if (request.explicitFor === caller.user.id) return caller;
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
