/** In-memory delegations (domain tests, contract suite): the same contract as the Cosmos repository. */
import type { DelegationPolicy, UserDelegations } from '../../domain/delegation/delegation';
import type { DelegationRepository } from '../../domain/delegation/ports';
import type { Versioned } from '../../domain/shared/types';
import { MemoryTable } from './memory-table';

export class MemoryDelegationRepository implements DelegationRepository {
  private readonly table = new MemoryTable<UserDelegations>();
  private readonly policies = new MemoryTable<DelegationPolicy>();

  async get(tenantId: string, userId: string) { return this.table.get(`${tenantId}\u0000${userId}`); }
  async create(doc: UserDelegations) { return this.table.create(`${doc.tenantId}\u0000${doc.userId}`, doc); }
  async replace(doc: UserDelegations, etag: string) { return this.table.replace(`${doc.tenantId}\u0000${doc.userId}`, doc, etag); }
  async getPolicy(tenantId: string) { return this.policies.get(tenantId); }

  async putPolicy(tenantId: string, policy: DelegationPolicy, etag: string | null): Promise<Versioned<DelegationPolicy>> {
    return etag === null ? this.policies.create(tenantId, policy) : this.policies.replace(tenantId, policy, etag);
  }
}
