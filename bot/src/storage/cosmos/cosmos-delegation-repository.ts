/**
 * J1's documents in the `delegations` container, partitioned by [tenantId, userId]: one document per
 * user (one point read decides an action check; one conditional write each limit), and the
 * tenant's policy under the reserved user id `~policy` (no directory id starts with `~`).
 */
import type { Container } from '@azure/cosmos';
import type { DelegationPolicy, UserDelegations } from '../../domain/delegation/delegation';
import type { DelegationRepository } from '../../domain/delegation/ports';
import type { Versioned } from '../../domain/shared/types';
import { createItem, pointRead, replaceItem, withoutSystemProperties } from './cosmos-helpers';

/** The policy document's id and partition user id. */
export const POLICY_ID = '~policy';

interface PolicyItem {
  id: string;
  tenantId: string;
  userId: string;
  policy: DelegationPolicy;
}

export class CosmosDelegationRepository implements DelegationRepository {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, userId: string): Promise<Versioned<UserDelegations> | null> {
    if (userId === POLICY_ID) return null;
    const found = await pointRead<UserDelegations>(this.container, userId, [tenantId, userId]);
    return found ? { value: withoutSystemProperties(found.value), etag: found.etag } : null;
  }

  async create(doc: UserDelegations): Promise<Versioned<UserDelegations>> {
    const created = await createItem(this.container, { ...doc, id: doc.userId });
    return { value: withoutSystemProperties(created.value), etag: created.etag };
  }

  async replace(doc: UserDelegations, etag: string): Promise<Versioned<UserDelegations>> {
    const replaced = await replaceItem(this.container, { ...doc, id: doc.userId }, [doc.tenantId, doc.userId], etag);
    return { value: withoutSystemProperties(replaced.value), etag: replaced.etag };
  }

  async getPolicy(tenantId: string): Promise<Versioned<DelegationPolicy> | null> {
    const found = await pointRead<PolicyItem>(this.container, POLICY_ID, [tenantId, POLICY_ID]);
    return found ? { value: found.value.policy, etag: found.etag } : null;
  }

  async putPolicy(tenantId: string, policy: DelegationPolicy, etag: string | null): Promise<Versioned<DelegationPolicy>> {
    const item: PolicyItem = { id: POLICY_ID, tenantId, userId: POLICY_ID, policy };
    const saved = etag === null ? await createItem(this.container, item) : await replaceItem(this.container, item, [tenantId, POLICY_ID], etag);
    return { value: saved.value.policy, etag: saved.etag };
  }
}
