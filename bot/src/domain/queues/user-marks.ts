/**
 * A user's own marks (H2): favorite records and flagged messages. One document per user and
 * tenant, so reading them is one point read (the record page, a conversation, the counts).
 */
import type { Versioned } from '../shared/types';

/** A favorite record. */
export interface FavoriteMark {
  recordId: string;
  at: string;
}

/** A flagged message (per user). */
export interface FlagMark {
  recordId: string;
  messageId: string;
  at: string;
}

/** J4: a timeline entry the user hid for themself only. */
export interface HiddenMark {
  recordId: string;
  entryId: string;
  at: string;
}

/** The document: its id is the user's id, in the partition [tenantId, userId]. */
export interface UserMarks {
  id: string;
  tenantId: string;
  userId: string;
  favorites: FavoriteMark[];
  flags: FlagMark[];
  /** J4: entries hidden from this user's timelines (documents from before J4 have none). */
  hidden: HiddenMark[];
}

/** The most marks of each kind a user keeps; the oldest go first beyond it. */
export const MARK_CAP = 1000;

/** An empty marks document. */
export function emptyMarks(tenantId: string, userId: string): UserMarks {
  return { id: userId, tenantId, userId, favorites: [], flags: [], hidden: [] };
}

/** A stored document as the domain reads it: one written before J4 has no `hidden` and reads as none hidden. */
export function marksOf(stored: Omit<UserMarks, 'hidden'> & { hidden?: HiddenMark[] | undefined }): UserMarks {
  return { ...stored, hidden: stored.hidden ?? [] };
}

/** Storage contract for user marks. */
export interface UserMarksRepository {
  /** One point read; null when the user has never marked anything. */
  get(tenantId: string, userId: string): Promise<Versioned<UserMarks> | null>;
  /** Throws ConflictError when the document exists. */
  create(marks: UserMarks): Promise<Versioned<UserMarks>>;
  /** Throws PreconditionFailedError when `etag` is stale. */
  replace(marks: UserMarks, etag: string): Promise<Versioned<UserMarks>>;
}

/** The marks with one favorite set or cleared (newest first, capped). */
export function withFavorite(marks: UserMarks, recordId: string, on: boolean, at: string): UserMarks {
  const rest = marks.favorites.filter((f) => f.recordId !== recordId);
  return { ...marks, favorites: on ? [{ recordId, at }, ...rest].slice(0, MARK_CAP) : rest };
}

/** The marks with one message flag set or cleared (newest first, capped). */
export function withFlag(marks: UserMarks, recordId: string, messageId: string, on: boolean, at: string): UserMarks {
  const rest = marks.flags.filter((f) => !(f.recordId === recordId && f.messageId === messageId));
  return { ...marks, flags: on ? [{ recordId, messageId, at }, ...rest].slice(0, MARK_CAP) : rest };
}

/** J4: the marks with one timeline entry hidden or shown again (newest first, capped). */
export function withHidden(marks: UserMarks, recordId: string, entryId: string, on: boolean, at: string): UserMarks {
  const rest = marks.hidden.filter((h) => !(h.recordId === recordId && h.entryId === entryId));
  return { ...marks, hidden: on ? [{ recordId, entryId, at }, ...rest].slice(0, MARK_CAP) : rest };
}

/** J4: the ids of the record's timeline entries the user hid. */
export function hiddenEntryIds(marks: UserMarks | null, recordId: string): Set<string> {
  return new Set((marks?.hidden ?? []).filter((h) => h.recordId === recordId).map((h) => h.entryId));
}

/** The records holding flagged messages, newest flag first, each once. */
export function flaggedRecordIds(marks: UserMarks): string[] {
  return [...new Set(marks.flags.map((f) => f.recordId))];
}
