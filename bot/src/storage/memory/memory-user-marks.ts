/** In-memory user marks (domain tests, contract suite). */
import type { UserMarks, UserMarksRepository } from '../../domain/queues/user-marks';
import { MemoryTable } from './memory-table';

export class MemoryUserMarksRepository implements UserMarksRepository {
  private readonly table = new MemoryTable<UserMarks>();
  async get(tenantId: string, userId: string) { return this.table.get(`${tenantId}\u0000${userId}`); }
  async create(marks: UserMarks) { return this.table.create(`${marks.tenantId}\u0000${marks.userId}`, marks); }
  async replace(marks: UserMarks, etag: string) { return this.table.replace(`${marks.tenantId}\u0000${marks.userId}`, marks, etag); }
}
