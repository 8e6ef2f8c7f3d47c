/**
 * Delegation (J1–J6), after Zoom's call delegation (the seed): a delegator names delegates who may
 * act on their work; at most 15 delegates per delegator and 15 delegators per delegate; a tenant
 * policy must allow it. The types and the small rules every part shares.
 */

/** J1: the most delegates one delegator has, and the most delegators one delegate serves. */
export const DELEGATION_LIMIT = 15;

/** J2: exactly the actions a delegate may take for a delegator (checked in the services). */
export type DelegatedAction = 'reply' | 'accept' | 'close' | 'takeSession' | 'park';

export const DELEGATED_ACTIONS: readonly DelegatedAction[] = ['reply', 'accept', 'close', 'takeSession', 'park'];

/**
 * J1: the tenant's policy, set by an administrator (audited as B8, subject `delegationpolicy`).
 * An empty role list means every role. Off for a tenant that never set it.
 */
export interface DelegationPolicy {
  enabled: boolean;
  /** Roles whose members may name delegates (any one of them suffices). */
  delegatorRoleIds: string[];
  /** Roles whose members may be named delegates. */
  delegateRoleIds: string[];
}

export const DEFAULT_DELEGATION_POLICY: DelegationPolicy = { enabled: false, delegatorRoleIds: [], delegateRoleIds: [] };

/**
 * One side of a delegation as a user's document keeps it. `pending`: written on the delegator's
 * side, not yet on the delegate's (an addition in progress or interrupted); it grants nothing and
 * the next addition of the same pair finishes it.
 */
export interface DelegationLink {
  userId: string;
  since: string;
  state: 'active' | 'pending';
}

/**
 * A user's delegations: one document per user (partition [tenantId, userId]), so both limits are
 * each decided by one conditional write on one document. A delegation A→B is effective when B's
 * document lists A among its delegators (that write is the last step of an addition and the first
 * of a removal), so an action check is one point read of the acting delegate's document.
 */
export interface UserDelegations {
  /** The user's id. */
  id: string;
  tenantId: string;
  userId: string;
  /** The people this user named to act for them (this user is their delegator). */
  delegates: DelegationLink[];
  /** The people who named this user (this user is their delegate). */
  delegators: DelegationLink[];
}

/** An empty delegations document. */
export function emptyDelegations(tenantId: string, userId: string): UserDelegations {
  return { id: userId, tenantId, userId, delegates: [], delegators: [] };
}

/** J6: an item a delegate parked for a delegator to pick up (on the record or session). */
export interface ParkMark {
  /** The delegator who is to pick it up. */
  forUserId: string;
  /** The delegate who parked it. */
  byUserId: string;
  at: string;
}

/** What the J2 line of a history entry is, for one reader (the tab and cards phrase it). */
export type OnBehalfView = 'youFor' | 'forYou' | 'byFor';

/**
 * How a reader sees an entry whose actor acted for someone: "… by you for Anna" (the reader
 * acted), "… by Ola on your behalf" (the reader was acted for), "… by Ola for Anna" (anyone else).
 */
export function onBehalfView(readerId: string, actorId: string, onBehalfOfId: string): OnBehalfView {
  if (readerId === actorId) return 'youFor';
  if (readerId === onBehalfOfId) return 'forYou';
  return 'byFor';
}

/** J1: whether the policy lets a user with these roles name delegates (an empty list: every role). */
export function mayDelegate(policy: DelegationPolicy, roleIds: readonly string[]): boolean {
  return policy.enabled && (policy.delegatorRoleIds.length === 0 || roleIds.some((r) => policy.delegatorRoleIds.includes(r)));
}

/** J1: whether the policy lets a user with these roles be named a delegate (an empty list: every role). */
export function mayBeDelegate(policy: DelegationPolicy, roleIds: readonly string[]): boolean {
  return policy.enabled && (policy.delegateRoleIds.length === 0 || roleIds.some((r) => policy.delegateRoleIds.includes(r)));
}

/** Why an action for a delegator is refused (null: it may go ahead). Keys of the `onbehalf` catalog area. */
export type ActingRefusal = 'onbehalf.refused.policyOff' | 'onbehalf.refused.notInEffect' | 'onbehalf.refused.notTheirs' | 'onbehalf.refused.theyMayNot' | null;

/**
 * J2's rule for acting for `delegatorId`: the policy is on and allows both people's roles, the
 * delegation is in effect, the item is the delegator's work (their record or session; for accept,
 * an item nobody owns yet), and the delegator's own rights allow the action.
 */
export function actingRefusal(input: {
  policy: DelegationPolicy;
  delegatorRoleIds: readonly string[];
  delegateRoleIds: readonly string[];
  inEffect: boolean;
  action: DelegatedAction;
  ownerId: string | null;
  delegatorId: string;
  delegatorAllowed: boolean;
}): ActingRefusal {
  if (!mayDelegate(input.policy, input.delegatorRoleIds) || !mayBeDelegate(input.policy, input.delegateRoleIds)) return 'onbehalf.refused.policyOff';
  if (!input.inEffect) return 'onbehalf.refused.notInEffect';
  const theirs = input.ownerId === input.delegatorId || (input.action === 'accept' && input.ownerId === null);
  if (!theirs) return 'onbehalf.refused.notTheirs';
  if (!input.delegatorAllowed) return 'onbehalf.refused.theyMayNot';
  return null;
}
