/**
 * J4/J5: paging a reader's own timeline. Hidden entries are left out, so a page is refilled from
 * the next stored page while it is short (bounded); the reader's private notes are merged by time,
 * each page taking the notes between its oldest entry and the previous page's oldest. That
 * boundary travels in the continuation, wrapped around the stored timeline's own.
 */
import { ValidationError } from '../shared/errors';
import type { NoteWindow } from './private-notes';

/** The most stored pages one request reads to fill a page that hiding made short. */
export const MAX_REFILLS = 5;

/** What the personal timeline's continuation carries: the stored timeline's, and where the last page ended. */
export interface PersonalCursor {
  inner: string;
  /** The oldest stored entry's time on the pages before (notes at or after it are shown already). */
  before: string | null;
}

/** Wraps the cursor into an opaque continuation. */
export function encodeCursor(cursor: PersonalCursor): string {
  return Buffer.from(JSON.stringify({ c: cursor.inner, b: cursor.before }), 'utf8').toString('base64url');
}

/** Reads a continuation this layer wrote; anything else is a 400 on `continuation`. */
export function decodeCursor(continuation: string | undefined): PersonalCursor | null {
  if (!continuation) return null;
  const bad = () => new ValidationError([{ path: 'continuation', messageKey: 'issue.continuation' }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(continuation, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (typeof parsed !== 'object' || parsed === null) throw bad();
  const inner: unknown = Reflect.get(parsed, 'c');
  const before: unknown = Reflect.get(parsed, 'b');
  if (typeof inner !== 'string' || !(before === null || typeof before === 'string')) throw bad();
  return { inner, before };
}

/**
 * The notes a page shows: from its oldest stored entry (or from the beginning when it is the last
 * page) up to the previous page's oldest (or without end on the first page). A page that found no
 * stored entry but has more after it shows no notes; the next page takes them.
 */
export function noteWindow(input: { before: string | null; oldestAt: string | null; more: boolean }): NoteWindow | null {
  if (!input.more) return { from: null, before: input.before };
  if (input.oldestAt === null) return null;
  return { from: input.oldestAt, before: input.before };
}

/** Whether to read another stored page: the page is short, more exist, and the bound allows it. */
export function shouldRefill(input: { have: number; limit: number; more: boolean; reads: number }): boolean {
  return input.have < input.limit && input.more && input.reads < MAX_REFILLS;
}
