/** In-memory posted park cards (domain tests, the shared contract suite). */
import type { ParkCardRepository, ParkCards } from '../../domain/delegation/park-cards';
import { MemoryTable } from './memory-table';

export class MemoryParkCardRepository implements ParkCardRepository {
  private readonly table = new MemoryTable<ParkCards>();
  async get(tenantId: string, id: string): Promise<ParkCards | null> {
    return this.table.get(`${tenantId}\u0000${id}`)?.value ?? null;
  }
  async put(doc: ParkCards): Promise<void> {
    this.table.set(`${doc.tenantId}\u0000${doc.id}`, doc);
  }
}
