/** What the other services read of delegation: one point read of a user's document, or of the policy. */
import { DEFAULT_DELEGATION_POLICY, type DelegationPolicy } from './delegation';
import type { DelegationReader, DelegationRepository } from './ports';

export class RepositoryDelegationReader implements DelegationReader {
  constructor(private readonly repository: DelegationRepository) {}

  async activeDelegatorIds(tenantId: string, delegateId: string): Promise<string[]> {
    const doc = await this.repository.get(tenantId, delegateId);
    return (doc?.value.delegators ?? []).filter((l) => l.state === 'active').map((l) => l.userId);
  }

  async activeDelegateIds(tenantId: string, delegatorId: string): Promise<string[]> {
    const doc = await this.repository.get(tenantId, delegatorId);
    return (doc?.value.delegates ?? []).filter((l) => l.state === 'active').map((l) => l.userId);
  }

  async policy(tenantId: string): Promise<DelegationPolicy> {
    return (await this.repository.getPolicy(tenantId))?.value ?? DEFAULT_DELEGATION_POLICY;
  }
}
