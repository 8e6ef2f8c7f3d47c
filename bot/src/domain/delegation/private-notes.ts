/**
 * J5: private notes — a user's own memo on a record, visible only to its author. They are kept
 * apart from everything shared (their own container, partitioned by author), so no conversation,
 * search term, timeline entry, audit entry, card, notification, export or transcript can carry one.
 */
import { actorOf, type Caller } from '../access/access';
import type { Page, PageRequest } from '../shared/types';

/** One private note. Its partition is [tenantId, authorId]: only the author's reads reach it. */
export interface PrivateNote {
  id: string;
  tenantId: string;
  /** Always the real actor (a delegate acting for someone writes their own note, never the delegator's). */
  authorId: string;
  recordId: string;
  text: string;
  at: string;
  /** The Idempotency-Key's request fingerprint, when the note was written with one. */
  requestHash?: string | undefined;
}

/** A time window of notes: `from` inclusive, `before` exclusive; null is open. */
export interface NoteWindow {
  from: string | null;
  before: string | null;
}

/** The most notes one window answers (a timeline page merges at most this many). */
export const NOTE_WINDOW_MAX = 200;

/** Storage contract (memory and Cosmos pass the same suite). Every read is within one author's partition. */
export interface PrivateNoteRepository {
  /** Throws ConflictError when the id exists for that author. */
  create(note: PrivateNote): Promise<PrivateNote>;
  /** One point read; null when missing (or another author's or tenant's). */
  get(tenantId: string, authorId: string, id: string): Promise<PrivateNote | null>;
  /** The author's notes on one record, newest first, paged. */
  list(tenantId: string, authorId: string, recordId: string, page: PageRequest): Promise<Page<PrivateNote>>;
  /** The author's notes on one record within the window, newest first, at most NOTE_WINDOW_MAX. */
  inWindow(tenantId: string, authorId: string, recordId: string, window: NoteWindow): Promise<PrivateNote[]>;
  /** Removes the note; false when there was none. */
  delete(tenantId: string, authorId: string, id: string): Promise<boolean>;
}

/** J5: whose note a caller writes and reads — the real actor's, never a delegator's. */
export function privateNoteAuthorId(caller: Caller): string {
  return actorOf(caller).id;
}

/** J5: a note is the caller's only when they wrote it, in their tenant, on this record. */
export function isOwnNote(caller: Caller, recordId: string, note: PrivateNote): boolean {
  return note.tenantId === caller.tenantId && note.authorId === privateNoteAuthorId(caller) && note.recordId === recordId;
}

/** Is the time inside the window? */
export function inNoteWindow(at: string, window: NoteWindow): boolean {
  return (window.from === null || at >= window.from) && (window.before === null || at < window.before);
}
