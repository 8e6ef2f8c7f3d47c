/**
 * Received requests in the `intake` container, partitioned by [tenantId, id]: point operations
 * while an item is processed; `pending` is the start-up/resume sweep across tenants (bounded by TOP).
 */
import type { Container } from '@azure/cosmos';
import type { IntakeItem, IntakeRepository } from '../../domain/intake/intake-item';
import { ConflictError } from '../../domain/shared/errors';
import type { Versioned } from '../../domain/shared/types';
import { createItem, pointRead, queryAcrossTenants, replaceItem, withoutSystemProperties } from './cosmos-helpers';

export class CosmosIntakeRepository implements IntakeRepository {
  constructor(private readonly container: Container) {}

  async create(item: IntakeItem): Promise<string | null> {
    try {
      return (await createItem(this.container, item)).etag;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return null;
    }
  }

  async get(tenantId: string, id: string): Promise<Versioned<IntakeItem> | null> {
    const found = await pointRead<IntakeItem>(this.container, id, [tenantId, id]);
    return found ? { value: withoutSystemProperties(found.value), etag: found.etag } : null;
  }

  async replace(item: IntakeItem, etag: string): Promise<string> {
    return (await replaceItem(this.container, item, [item.tenantId, item.id], etag)).etag;
  }

  async pending(before: string, limit: number): Promise<IntakeItem[]> {
    const safeLimit = Math.max(1, Math.min(500, Math.floor(limit)));
    const items = await queryAcrossTenants<IntakeItem>(
      this.container,
      "SELECT TOP @limit * FROM c WHERE c.state = 'pending' AND c.updatedAt < @before ORDER BY c.updatedAt",
      [{ name: '@limit', value: safeLimit }, { name: '@before', value: before }],
    );
    return items.map(withoutSystemProperties);
  }
}
