/**
 * J5: writing, listing and deleting private notes. Writing one needs only READ access to the
 * record: it is the author's own memo and changes nothing anyone else sees (no ETag, no audit, no
 * timeline entry, no notification). Reads and deletes are within the author's own partition, so
 * nobody else — delegator, delegate, manager, administrator — can reach a note through any call.
 */
import { createHash } from 'node:crypto';
import type { Caller } from '../access/access';
import type { RecordService } from '../records/record-service';
import { ConflictError, NotFoundError } from '../shared/errors';
import type { Clock, Page, PageRequest } from '../shared/types';
import { IdempotencyKeyReusedError } from '../compose/idempotency';
import { isOwnNote, privateNoteAuthorId, type PrivateNote, type PrivateNoteRepository } from './private-notes';

export interface PrivateNoteDeps {
  records: Pick<RecordService, 'get'>;
  notes: PrivateNoteRepository;
  clock: Clock;
  newId: () => string;
}

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('base64url');

export class PrivateNoteService {
  constructor(private readonly d: PrivateNoteDeps) {}

  /**
   * Adds a private note (404 when the caller may not read the record). With an Idempotency-Key a
   * retry answers the first note; the key with another record or text is refused (422).
   */
  async add(caller: Caller, recordId: string, text: string, key?: string): Promise<PrivateNote> {
    await this.d.records.get(caller, recordId);
    const authorId = privateNoteAuthorId(caller);
    const requestHash = key ? hash(recordId, text) : undefined;
    const note: PrivateNote = {
      id: key ? `pn-${hash(authorId, key).slice(0, 40)}` : `pn-${this.d.newId()}`,
      tenantId: caller.tenantId, authorId, recordId, text, at: this.d.clock().toISOString(), ...(requestHash ? { requestHash } : {}),
    };
    try {
      return await this.d.notes.create(note);
    } catch (error) {
      if (!(error instanceof ConflictError) || !key) throw error;
      const first = await this.d.notes.get(caller.tenantId, authorId, note.id);
      if (first && first.requestHash === requestHash) return first;
      throw new IdempotencyKeyReusedError();
    }
  }

  /** The caller's own private notes on the record, newest first (404 when they may not read it). */
  async list(caller: Caller, recordId: string, page: PageRequest): Promise<Page<PrivateNote>> {
    await this.d.records.get(caller, recordId);
    return this.d.notes.list(caller.tenantId, privateNoteAuthorId(caller), recordId, page);
  }

  /**
   * Deletes one of the caller's own notes on the record. Anyone else's note, or one on another
   * record, answers as missing (404): nobody learns that it exists. The author may delete their
   * note even after losing access to the record (it is theirs, and deleting shows nothing).
   */
  async delete(caller: Caller, recordId: string, noteId: string): Promise<void> {
    const authorId = privateNoteAuthorId(caller);
    const note = await this.d.notes.get(caller.tenantId, authorId, noteId);
    if (!note || !isOwnNote(caller, recordId, note)) throw new NotFoundError();
    await this.d.notes.delete(caller.tenantId, authorId, noteId);
  }
}
