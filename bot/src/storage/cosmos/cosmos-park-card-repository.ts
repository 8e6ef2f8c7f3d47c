/** J6: the posted park cards, in the `operations` container ([tenantId, id]): one point read per pick-up. */
import type { Container } from '@azure/cosmos';
import type { ParkCardRepository, ParkCards } from '../../domain/delegation/park-cards';
import { pointRead, withoutSystemProperties } from './cosmos-helpers';

export class CosmosParkCardRepository implements ParkCardRepository {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, id: string): Promise<ParkCards | null> {
    const found = await pointRead<ParkCards>(this.container, id, [tenantId, id]);
    return found ? withoutSystemProperties(found.value) : null;
  }

  async put(doc: ParkCards): Promise<void> {
    await this.container.items.upsert<ParkCards>(doc);
  }
}
