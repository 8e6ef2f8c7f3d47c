/** User marks in the `usermarks` container, partitioned by [tenantId, userId]: one point read per user. */
import type { Container } from '@azure/cosmos';
import type { UserMarks, UserMarksRepository } from '../../domain/queues/user-marks';
import type { Versioned } from '../../domain/shared/types';
import { createItem, pointRead, replaceItem, withoutSystemProperties } from './cosmos-helpers';
import { marksOf } from '../../domain/queues/user-marks';

export class CosmosUserMarksRepository implements UserMarksRepository {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, userId: string): Promise<Versioned<UserMarks> | null> {
    const found = await pointRead<UserMarks>(this.container, userId, [tenantId, userId]);
    return found ? { value: marksOf(withoutSystemProperties(found.value)), etag: found.etag } : null;
  }

  async create(marks: UserMarks): Promise<Versioned<UserMarks>> {
    const created = await createItem(this.container, marks);
    return { value: withoutSystemProperties(created.value), etag: created.etag };
  }

  async replace(marks: UserMarks, etag: string): Promise<Versioned<UserMarks>> {
    const replaced = await replaceItem(this.container, marks, [marks.tenantId, marks.userId], etag);
    return { value: withoutSystemProperties(replaced.value), etag: replaced.etag };
  }
}
