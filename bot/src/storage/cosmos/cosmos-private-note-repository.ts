/**
 * J5: private notes in the `privatenotes` container, partitioned by [tenantId, authorId]: every
 * read is a point read or a query inside the author's own partition, so no other user's request
 * can reach a note, and nothing else (search, timeline, audit) reads this container.
 */
import type { Container, SqlParameter } from '@azure/cosmos';
import { NOTE_WINDOW_MAX, type NoteWindow, type PrivateNote, type PrivateNoteRepository } from '../../domain/delegation/private-notes';
import type { Page, PageRequest } from '../../domain/shared/types';
import { cosmosStatus } from './cosmos-errors';
import { createItem, pointRead, queryAll, queryPage, withoutSystemProperties } from './cosmos-helpers';

/** As stored: the document id starts with the author, so an id is never another author's even where a store keys by its first level only. */
type Stored = PrivateNote & { noteId: string };

const storedId = (authorId: string, id: string) => `${authorId}:${id}`;

/** The note as the domain knows it (the stored id and Cosmos' own properties dropped). */
function noteOf(stored: Stored): PrivateNote {
  const { noteId, ...rest } = withoutSystemProperties(stored);
  return { ...rest, id: noteId };
}

export class CosmosPrivateNoteRepository implements PrivateNoteRepository {
  constructor(private readonly container: Container) {}

  async create(note: PrivateNote): Promise<PrivateNote> {
    return noteOf((await createItem<Stored>(this.container, { ...note, id: storedId(note.authorId, note.id), noteId: note.id })).value);
  }

  async get(tenantId: string, authorId: string, id: string): Promise<PrivateNote | null> {
    const found = await pointRead<Stored>(this.container, storedId(authorId, id), [tenantId, authorId]);
    // The partition decides in Cosmos DB; the check keeps it so on any compatible store.
    return found && found.value.tenantId === tenantId && found.value.authorId === authorId ? noteOf(found.value) : null;
  }

  async list(tenantId: string, authorId: string, recordId: string, page: PageRequest): Promise<Page<PrivateNote>> {
    const result = await queryPage<Stored>(
      this.container,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.authorId = @authorId AND c.recordId = @recordId ORDER BY c.at DESC',
      [{ name: '@authorId', value: authorId }, { name: '@recordId', value: recordId }],
      [tenantId, authorId],
      page,
    );
    return { items: result.items.map(noteOf), continuation: result.continuation };
  }

  async inWindow(tenantId: string, authorId: string, recordId: string, window: NoteWindow): Promise<PrivateNote[]> {
    const parameters: SqlParameter[] = [{ name: '@authorId', value: authorId }, { name: '@recordId', value: recordId }];
    let range = '';
    if (window.from !== null) {
      parameters.push({ name: '@from', value: window.from });
      range += ' AND c.at >= @from';
    }
    if (window.before !== null) {
      parameters.push({ name: '@before', value: window.before });
      range += ' AND c.at < @before';
    }
    const found = await queryAll<Stored>(
      this.container,
      `SELECT TOP ${NOTE_WINDOW_MAX} * FROM c WHERE c.tenantId = @tenantId AND c.authorId = @authorId AND c.recordId = @recordId${range} ORDER BY c.at DESC`,
      parameters,
      [tenantId, authorId],
    );
    return found.map(noteOf);
  }

  async delete(tenantId: string, authorId: string, id: string): Promise<boolean> {
    if (!(await this.get(tenantId, authorId, id))) return false;
    try {
      await this.container.item(storedId(authorId, id), [tenantId, authorId]).delete();
      return true;
    } catch (error) {
      if (cosmosStatus(error) === 404) return false;
      throw error;
    }
  }
}
