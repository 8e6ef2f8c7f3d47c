/** Small types shared by every domain concept. */

/** A stored item with its optimistic-concurrency tag. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

/** One page of a listing; `continuation` is opaque and null on the last page. */
export interface Page<T> {
  items: T[];
  continuation: string | null;
}

/** A page request. */
export interface PageRequest {
  limit: number;
  continuation?: string | undefined;
}

/** The languages Casebridge speaks (K1). */
export type Locale = 'en' | 'da' | 'sv';

/** A clock, injected so tests can control time. */
export type Clock = () => Date;
