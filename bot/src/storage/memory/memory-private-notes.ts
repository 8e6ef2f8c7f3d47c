/** J5: in-memory private notes (domain tests, contract suite): the same contract as the Cosmos repository. */
import { inNoteWindow, NOTE_WINDOW_MAX, type NoteWindow, type PrivateNote, type PrivateNoteRepository } from '../../domain/delegation/private-notes';
import type { Page, PageRequest } from '../../domain/shared/types';
import { MemoryTable, pageOf } from './memory-table';

const key = (tenantId: string, authorId: string, id: string) => [tenantId, authorId, id].join('\u0000');

export class MemoryPrivateNoteRepository implements PrivateNoteRepository {
  private readonly table = new MemoryTable<PrivateNote>();

  async create(note: PrivateNote) { return this.table.create(key(note.tenantId, note.authorId, note.id), note).value; }
  async get(tenantId: string, authorId: string, id: string) { return this.table.get(key(tenantId, authorId, id))?.value ?? null; }

  async list(tenantId: string, authorId: string, recordId: string, page: PageRequest): Promise<Page<PrivateNote>> {
    return pageOf(this.of(tenantId, authorId, recordId), page);
  }

  async inWindow(tenantId: string, authorId: string, recordId: string, window: NoteWindow) {
    return this.of(tenantId, authorId, recordId).filter((n) => inNoteWindow(n.at, window)).slice(0, NOTE_WINDOW_MAX);
  }

  async delete(tenantId: string, authorId: string, id: string) { return this.table.delete(key(tenantId, authorId, id)); }

  private of(tenantId: string, authorId: string, recordId: string): PrivateNote[] {
    return this.table.values().map((v) => v.value).filter((n) => n.tenantId === tenantId && n.authorId === authorId && n.recordId === recordId).sort((a, b) => b.at.localeCompare(a.at));
  }
}
