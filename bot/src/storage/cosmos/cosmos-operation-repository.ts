/** Multi-step operations in the `operations` container, partitioned by [tenantId, id]. */
import type { Container } from '@azure/cosmos';
import type { CreateChatOperation, OperationRepository } from '../../domain/chats/operation';
import type { Versioned } from '../../domain/shared/types';
import { createItem, pointRead, queryAcrossTenants, replaceItem } from './cosmos-helpers';

export class CosmosOperationRepository implements OperationRepository {
  constructor(private readonly container: Container) {}

  get(tenantId: string, id: string): Promise<Versioned<CreateChatOperation> | null> {
    return pointRead<CreateChatOperation>(this.container, id, [tenantId, id]);
  }

  create(operation: CreateChatOperation): Promise<Versioned<CreateChatOperation>> {
    return createItem(this.container, operation);
  }

  replace(operation: CreateChatOperation, etag: string): Promise<Versioned<CreateChatOperation>> {
    return replaceItem(this.container, operation, [operation.tenantId, operation.id], etag);
  }

  /** The start-up sweep runs for the whole service, so this one query spans tenants on purpose. */
  listStale(before: string, limit: number): Promise<CreateChatOperation[]> {
    const safeLimit = Math.max(1, Math.min(500, Math.floor(limit)));
    return queryAcrossTenants<CreateChatOperation>(
      this.container,
      "SELECT TOP @limit * FROM c WHERE c.status = 'running' AND c.updatedAt < @before ORDER BY c.updatedAt",
      [{ name: '@limit', value: safeLimit }, { name: '@before', value: before }],
    );
  }
}
