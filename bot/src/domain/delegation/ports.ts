/**
 * The ports of delegation (J1–J6): its storage, what the other services ask of it, and what it
 * tells Teams. Implementations: storage/cosmos + storage/memory (repository), delegation-service.ts
 * (DelegationReader, DelegationApi), acting.ts (ActingResolver), teams/ (the notices).
 */
import type { Caller } from '../access/access';
import type { Versioned } from '../shared/types';
import type { DelegatedAction, DelegationPolicy, UserDelegations } from './delegation';

/** Storage of the per-user delegation documents and the tenant policy. */
export interface DelegationRepository {
  /** One point read; null when the user has no document yet. */
  get(tenantId: string, userId: string): Promise<Versioned<UserDelegations> | null>;
  /** Throws ConflictError when the document exists. */
  create(doc: UserDelegations): Promise<Versioned<UserDelegations>>;
  /** Throws PreconditionFailedError when `etag` is stale. */
  replace(doc: UserDelegations, etag: string): Promise<Versioned<UserDelegations>>;
  /** The tenant's policy document; null when never set (DEFAULT_DELEGATION_POLICY applies). */
  getPolicy(tenantId: string): Promise<Versioned<DelegationPolicy> | null>;
  /** Creates (etag null: ConflictError when it exists) or replaces (PreconditionFailedError when stale). */
  putPolicy(tenantId: string, policy: DelegationPolicy, etag: string | null): Promise<Versioned<DelegationPolicy>>;
}

/** What the other services read of delegation (one point read each). */
export interface DelegationReader {
  /** The delegators whose delegation to `delegateId` is in effect (active on the delegate's side). */
  activeDelegatorIds(tenantId: string, delegateId: string): Promise<string[]>;
  /** The delegates a delegator named and that are in effect. */
  activeDelegateIds(tenantId: string, delegatorId: string): Promise<string[]>;
  /** The tenant's policy (the default when never set). */
  policy(tenantId: string): Promise<DelegationPolicy>;
}

/** A person in a delegation list, as the API answers it. */
export interface DelegationPerson {
  userId: string;
  displayName: string;
  email: string;
  since: string;
}

/** J1's operations, checked in the service (the policy, the limits, the tenant). */
export interface DelegationApi extends DelegationReader {
  delegatesOf(caller: Caller): Promise<DelegationPerson[]>;
  delegatorsOf(caller: Caller): Promise<DelegationPerson[]>;
  /**
   * Names `userId` a delegate of the caller. Idempotent (an existing delegation answers as it is;
   * an interrupted one is finished). Refusals: oneself, an unknown or other-tenant user
   * (ValidationError on `userId`), policy off or a role it does not allow (ForbiddenError with the
   * reason), a 16th delegate or a delegate's 16th delegator (DelegationLimitError, 409, naming the
   * limit and whose it is).
   */
  addDelegate(caller: Caller, userId: string): Promise<DelegationPerson>;
  /** Ends the delegation; effective at once (the delegate's side first). Removing a non-delegate: NotFoundError. */
  removeDelegate(caller: Caller, userId: string): Promise<void>;
  /** Administrators: the policy with its ETag. */
  getPolicy(caller: Caller): Promise<Versioned<DelegationPolicy>>;
  /** Administrators: sets the policy (If-Match; null: first time), audited (B8). */
  setPolicy(caller: Caller, policy: DelegationPolicy, etag: string | null): Promise<Versioned<DelegationPolicy>>;
}

/** J2: what an action asks the resolver. */
export interface ActingRequest {
  action: DelegatedAction;
  /** The delegator the delegate names explicitly (the tab's "act for"); null: decided by rights. */
  explicitFor: string | null;
  /** Whose work the item is: the record's owner, the session's agent; null when nobody's yet (accept). */
  ownerId: string | null;
  /** The service's own rule for the action: does this caller's right cover it on this item? */
  allows: (caller: Caller) => boolean;
  /**
   * The record type, for actions on records: only cases are delegated (J2); on any other type the
   * caller acts as themself (naming a delegator is refused). Absent for items that are not records
   * (sessions).
   */
  recordType?: string | undefined;
}

/**
 * J2: decides who acts. Without `explicitFor`: the caller when their own rights allow the action,
 * else — when the item is a delegator's work and the delegator's rights allow it — the delegator's
 * caller with `delegate` set (access.ts); else the caller (the service then refuses as it would).
 * With `explicitFor`: that delegator's caller (ForbiddenError with the reason when the delegation
 * is not in effect, the policy is off, the item is not theirs, or their rights do not allow it).
 */
export interface ActingResolver {
  resolve(caller: Caller, request: ActingRequest): Promise<Caller>;
}

/** J1: what Teams is told (the delegate's personal chat with the bot). Failures are logged by the caller, never undo the change. */
export interface DelegationNotices {
  /** The delegate is told they were added or removed. */
  delegationChanged(event: { tenantId: string; delegatorId: string; delegateId: string; change: 'added' | 'removed'; at: string }): Promise<void>;
}

/** J6: what Teams is told of parked items. Failures are logged by the caller, never undo the change. */
export interface ParkNotices {
  /** The delegator is told an item was parked for them: a card with "pick up". */
  parked(event: ParkedEvent): Promise<void>;
  /** J6: every posted copy of the park card shows that it was picked up (or by whom). */
  pickedUp(event: ParkedEvent & { pickedUpAt: string }): Promise<void>;
}

/** J6: an item parked for a delegator. */
export interface ParkedEvent {
  tenantId: string;
  forUserId: string;
  byUserId: string;
  item: { kind: 'record'; id: string } | { kind: 'session'; id: string };
  /** The park's time: with the item it identifies this park (a card per park). */
  at: string;
}
