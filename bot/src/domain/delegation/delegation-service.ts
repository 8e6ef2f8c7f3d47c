/**
 * J1: delegates and delegators, checked here (not only in the tab). An addition writes the
 * delegator's document first (their limit, conditional) and then the delegate's (the delegate's
 * limit, conditional; over it: the first write is undone, 409); a removal clears the delegate's side
 * first, so it is effective at once. The policy lives in delegation-policy.ts.
 */
import type { Caller, User } from '../access/access';
import type { DirectoryRepository } from '../access/directory-repository';
import type { AuditRepository } from '../settings/settings-repository';
import { DelegationLimitError, ForbiddenError, ValidationError } from '../shared/errors';
import type { Clock, Versioned } from '../shared/types';
import type { MessageKey } from '../../i18n/catalog';
import { DELEGATION_LIMIT, mayBeDelegate, mayDelegate, type DelegationLink, type DelegationPolicy } from './delegation';
import { NotADelegateError, updateDelegations } from './delegation-documents';
import { RepositoryDelegationReader } from './delegation-reader';
import { PolicyStore } from './delegation-policy';
import type { DelegationApi, DelegationNotices, DelegationPerson, DelegationRepository } from './ports';

/** Why naming this person a delegate is refused before anything is written (null: go ahead). */
export type AdditionRefusal =
  | { kind: 'validation'; key: 'error.delegation.self' | 'error.delegation.unknownUser' }
  | { kind: 'forbidden'; key: 'error.delegation.policyOff' | 'error.delegation.roleMayNotDelegate' | 'error.delegation.roleMayNotBeDelegate' }
  | null;

/** J1's rule before writing: not oneself, a user of the caller's tenant, and the policy allows both roles. */
export function additionRefusal(input: { callerId: string; userId: string; delegate: { roleIds: readonly string[] } | null; callerRoleIds: readonly string[]; policy: DelegationPolicy }): AdditionRefusal {
  if (input.userId === input.callerId) return { kind: 'validation', key: 'error.delegation.self' };
  if (!input.delegate) return { kind: 'validation', key: 'error.delegation.unknownUser' };
  if (!input.policy.enabled) return { kind: 'forbidden', key: 'error.delegation.policyOff' };
  if (!mayDelegate(input.policy, input.callerRoleIds)) return { kind: 'forbidden', key: 'error.delegation.roleMayNotDelegate' };
  if (!mayBeDelegate(input.policy, input.delegate.roleIds)) return { kind: 'forbidden', key: 'error.delegation.roleMayNotBeDelegate' };
  return null;
}

/** Whether one more link fits under the limit (a link already there always "fits": idempotent). */
export function fitsLimit(links: readonly DelegationLink[], userId: string, limit: number = DELEGATION_LIMIT): boolean {
  return links.some((l) => l.userId === userId) || links.length < limit;
}

export interface DelegationServiceDeps {
  repository: DelegationRepository;
  directory: Pick<DirectoryRepository, 'getUser' | 'getUsers' | 'listRoles'>;
  audit: AuditRepository;
  clock: Clock;
  notices?: DelegationNotices | undefined;
  /** A notice that failed (logged by the composition); it never undoes the change. */
  logger?: { warn(data: object, message: string): void } | undefined;
}

export class DelegationService extends RepositoryDelegationReader implements DelegationApi {
  private readonly policies: PolicyStore;

  constructor(private readonly deps: DelegationServiceDeps) {
    super(deps.repository);
    this.policies = new PolicyStore(deps.repository, deps.directory, deps.audit, deps.clock);
  }

  /**
   * The caller's delegates in effect. A `pending` link (an addition in progress, or one that failed
   * or crashed after a step) is settled here by the delegate's side, which decides: listed there as
   * active, the delegation is in effect, so step 3 is finished and it is shown (never hidden from
   * the delegator); not listed, the pending link goes (it grants nothing and would count against the
   * limit). An addition still in flight re-adds its link at step 3.
   */
  async delegatesOf(caller: Caller): Promise<DelegationPerson[]> {
    const { tenantId } = caller;
    const doc = await this.deps.repository.get(tenantId, caller.user.id);
    const links = doc?.value.delegates ?? [];
    const settled = await Promise.all(links.filter((l) => l.state === 'pending').map((l) => this.settlePending(tenantId, caller.user.id, l)));
    return this.people(tenantId, [...links.filter((l) => l.state === 'active'), ...settled.flatMap((l) => (l ? [l] : []))]);
  }

  async delegatorsOf(caller: Caller): Promise<DelegationPerson[]> {
    const doc = await this.deps.repository.get(caller.tenantId, caller.user.id);
    return this.people(caller.tenantId, (doc?.value.delegators ?? []).filter((l) => l.state === 'active'));
  }

  async addDelegate(caller: Caller, userId: string): Promise<DelegationPerson> {
    return (await this.add(caller, userId)).person;
  }

  /** As addDelegate, and whether this call made it (false: it was in effect already). */
  async add(caller: Caller, userId: string): Promise<{ person: DelegationPerson; created: boolean }> {
    const { tenantId } = caller;
    const delegatorId = caller.user.id;
    const [delegate, policy] = await Promise.all([userId === delegatorId ? null : this.deps.directory.getUser(tenantId, userId), this.policy(tenantId)]);
    const refusal = additionRefusal({ callerId: delegatorId, userId, delegate, callerRoleIds: caller.user.roleIds, policy });
    if (refusal?.kind === 'validation') throw new ValidationError([{ path: 'userId', messageKey: refusal.key }], refusal.key);
    if (refusal) throw new ForbiddenError(refusal.key, { name: delegate?.displayName ?? '' });
    if (!delegate) throw new ValidationError([{ path: 'userId', messageKey: 'error.delegation.unknownUser' }]);
    const now = this.deps.clock().toISOString();
    // 1. The delegator's side (their limit): pending until the delegate's side is written.
    const first = await updateDelegations(this.deps.repository, tenantId, delegatorId, (doc) => {
      if (doc.delegates.some((l) => l.userId === userId)) return null;
      if (!fitsLimit(doc.delegates, userId)) throw new DelegationLimitError('delegates', { limit: DELEGATION_LIMIT });
      doc.delegates.push({ userId, since: now, state: 'pending' });
      return doc;
    });
    const since = first.before.delegates.find((l) => l.userId === userId)?.since ?? now;
    // 2. The delegate's side (their limit): from here on it is in effect.
    let second;
    try {
      second = await updateDelegations(this.deps.repository, tenantId, userId, (doc) => {
        if (doc.delegators.some((l) => l.userId === delegatorId && l.state === 'active')) return null;
        if (!fitsLimit(doc.delegators, delegatorId)) throw new DelegationLimitError('delegators', { limit: DELEGATION_LIMIT, name: delegate.displayName });
        doc.delegators = [...doc.delegators.filter((l) => l.userId !== delegatorId), { userId: delegatorId, since, state: 'active' }];
        return doc;
      });
    } catch (error) {
      // Refused on the delegate's side: the pending link (ours, or an interrupted one) goes, so it
      // neither counts against the delegator's limit nor lingers unseen. But an error after the
      // delegate's side was written (a lost answer) leaves it in effect: then the link stays, for
      // the next listing or addition to finish (re-read first; when even that fails, keep it).
      const inEffect = await this.inEffect(tenantId, delegatorId, userId).catch(() => true);
      if (!inEffect) await this.dropDelegate(tenantId, delegatorId, userId, 'pending');
      throw error;
    }
    // 3. The delegator's side becomes active (an interrupted addition is finished here too).
    const third = await this.activate(tenantId, delegatorId, userId, since);
    // Told once: by whoever finished the addition (here, or a listing that settled it).
    if (third) await this.tell({ tenantId, delegatorId, delegateId: userId, change: 'added', at: now });
    return { person: personOf(delegate, since), created: second.written };
  }

  /**
   * Step 3: the delegator's link to `userId` becomes active; true when this call wrote it. A link a
   * listing dropped meanwhile (it saw the delegate's side before step 2) is added again within the
   * limit; over it, the delegate's side is undone (409), so the limit holds.
   */
  private async activate(tenantId: string, delegatorId: string, userId: string, since: string): Promise<boolean> {
    try {
      const result = await updateDelegations(this.deps.repository, tenantId, delegatorId, (doc) => {
        const link = doc.delegates.find((l) => l.userId === userId);
        if (link?.state === 'active') return null;
        if (!fitsLimit(doc.delegates, userId)) throw new DelegationLimitError('delegates', { limit: DELEGATION_LIMIT });
        doc.delegates = [...doc.delegates.filter((l) => l.userId !== userId), { userId, since: link?.since ?? since, state: 'active' }];
        return doc;
      });
      return result.written;
    } catch (error) {
      if (error instanceof DelegationLimitError) await this.dropDelegator(tenantId, delegatorId, userId);
      throw error;
    }
  }

  /** A pending link, settled by the delegate's side: the link now active, or null (dropped). */
  private async settlePending(tenantId: string, delegatorId: string, link: DelegationLink): Promise<DelegationLink | null> {
    if (await this.inEffect(tenantId, delegatorId, link.userId)) {
      try {
        if (await this.activate(tenantId, delegatorId, link.userId, link.since)) {
          await this.tell({ tenantId, delegatorId, delegateId: link.userId, change: 'added', at: this.deps.clock().toISOString() });
        }
        return { ...link, state: 'active' };
      } catch (error) {
        if (error instanceof DelegationLimitError) return null;
        throw error;
      }
    }
    await this.dropDelegate(tenantId, delegatorId, link.userId, 'pending');
    return null;
  }

  /** Whether the delegate's side lists the delegator as active (the delegation is in effect). */
  private async inEffect(tenantId: string, delegatorId: string, delegateId: string): Promise<boolean> {
    const doc = await this.deps.repository.get(tenantId, delegateId);
    return (doc?.value.delegators ?? []).some((l) => l.userId === delegatorId && l.state === 'active');
  }

  /** Removes `delegatorId` from the delegate's side (the delegation ends at once). */
  private async dropDelegator(tenantId: string, delegatorId: string, delegateId: string): Promise<boolean> {
    const result = await updateDelegations(this.deps.repository, tenantId, delegateId, (doc) => {
      if (!doc.delegators.some((l) => l.userId === delegatorId)) return null;
      doc.delegators = doc.delegators.filter((l) => l.userId !== delegatorId);
      return doc;
    });
    return result.written;
  }

  async removeDelegate(caller: Caller, userId: string): Promise<void> {
    const { tenantId } = caller;
    const delegatorId = caller.user.id;
    // 1. The delegate's side: from here on it is not in effect.
    const second = await this.dropDelegator(tenantId, delegatorId, userId);
    // 2. The delegator's side.
    const first = await this.dropDelegate(tenantId, delegatorId, userId, null);
    // Another tenant's id, an unknown id and a colleague who is no delegate answer alike.
    if (!second && !first) throw new NotADelegateError();
    if (second) await this.tell({ tenantId, delegatorId, delegateId: userId, change: 'removed', at: this.deps.clock().toISOString() });
  }

  getPolicy(caller: Caller): Promise<Versioned<DelegationPolicy>> {
    return this.policies.get(caller);
  }

  setPolicy(caller: Caller, policy: DelegationPolicy, etag: string | null): Promise<Versioned<DelegationPolicy>> {
    return this.policies.set(caller, policy, etag);
  }

  /** Removes the delegator's link to `userId` (only in `state` when given); true when it wrote. */
  private async dropDelegate(tenantId: string, delegatorId: string, userId: string, state: DelegationLink['state'] | null): Promise<boolean> {
    const result = await updateDelegations(this.deps.repository, tenantId, delegatorId, (doc) => {
      const link = doc.delegates.find((l) => l.userId === userId);
      if (!link || (state !== null && link.state !== state)) return null;
      doc.delegates = doc.delegates.filter((l) => l.userId !== userId);
      return doc;
    });
    return result.written;
  }

  private async tell(event: Parameters<DelegationNotices['delegationChanged']>[0]): Promise<void> {
    try {
      await this.deps.notices?.delegationChanged(event);
    } catch (error) {
      this.deps.logger?.warn({ err: error, tenant: event.tenantId, delegate: event.delegateId, change: event.change }, 'could not tell a delegate');
    }
  }

  private async people(tenantId: string, links: DelegationLink[]): Promise<DelegationPerson[]> {
    if (links.length === 0) return [];
    const users = new Map((await this.deps.directory.getUsers(tenantId, links.map((l) => l.userId))).map((u) => [u.id, u]));
    return links
      .flatMap((l) => { const u = users.get(l.userId); return u ? [personOf(u, l.since)] : []; })
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
  }
}

function personOf(user: User, since: string): DelegationPerson {
  return { userId: user.id, displayName: user.displayName, email: user.email, since };
}

/** The message keys this service raises (the catalog test checks each exists). */
export const DELEGATION_ERROR_KEYS: readonly MessageKey[] = [
  'error.delegation.self', 'error.delegation.unknownUser', 'error.delegation.policyOff', 'error.delegation.roleMayNotDelegate',
  'error.delegation.roleMayNotBeDelegate', 'error.delegation.limit.delegates', 'error.delegation.limit.delegators', 'error.delegation.busy', 'error.delegation.notDelegate',
];
