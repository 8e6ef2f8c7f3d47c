/**
 * An in-memory keyed table with ETags, for fast domain tests. It passes the same repository
 * contract suite as the Cosmos repositories.
 */
import { ConflictError, PreconditionFailedError, ValidationError } from '../../domain/shared/errors';
import type { Page, PageRequest, Versioned } from '../../domain/shared/types';

let etagSequence = 0;

export class MemoryTable<T> {
  private readonly rows = new Map<string, Versioned<T>>();

  get(key: string): Versioned<T> | null {
    const row = this.rows.get(key);
    return row ? { value: structuredClone(row.value), etag: row.etag } : null;
  }

  create(key: string, value: T): Versioned<T> {
    if (this.rows.has(key)) throw new ConflictError('error.conflict');
    return this.set(key, value);
  }

  replace(key: string, value: T, etag: string): Versioned<T> {
    const row = this.rows.get(key);
    if (!row || row.etag !== etag) throw new PreconditionFailedError();
    return this.set(key, value);
  }

  set(key: string, value: T): Versioned<T> {
    const row = { value: structuredClone(value), etag: `"m${++etagSequence}"` };
    this.rows.set(key, row);
    return { value: structuredClone(value), etag: row.etag };
  }

  /** Removes the row; true when there was one. */
  delete(key: string): boolean {
    return this.rows.delete(key);
  }

  values(): Versioned<T>[] {
    return [...this.rows.values()].map((r) => ({ value: structuredClone(r.value), etag: r.etag }));
  }
}

/** Pages an already filtered and sorted list with an opaque offset continuation. */
export function pageOf<T>(items: T[], page: PageRequest): Page<T> {
  let offset = 0;
  if (page.continuation) {
    const parsed: unknown = (() => {
      try {
        return JSON.parse(Buffer.from(page.continuation, 'base64url').toString('utf8'));
      } catch {
        return null;
      }
    })();
    if (typeof parsed !== 'object' || parsed === null || !('o' in parsed) || typeof parsed.o !== 'number') {
      throw new ValidationError([{ path: 'continuation', messageKey: 'issue.continuation' }]);
    }
    offset = parsed.o;
  }
  const slice = items.slice(offset, offset + page.limit);
  const next = offset + page.limit;
  return { items: slice, continuation: next < items.length ? Buffer.from(JSON.stringify({ o: next })).toString('base64url') : null };
}

/** True when every word occurs in the text. */
export function matchesWords(text: string, words: readonly string[] | undefined): boolean {
  return (words ?? []).every((w) => text.includes(w));
}
