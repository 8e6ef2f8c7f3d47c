/**
 * A small time-bounded cache for per-tenant data that changes rarely (roles, record types).
 * Each instance of the service keeps its own; a change made elsewhere shows within `ttlMs`.
 * Concurrent misses for one key share a single load.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 10_000,
  ) {}

  /** The cached value, or the result of `load` (cached unless it fails). */
  get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = load();
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  /** Forgets a key after a local change. */
  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Forgets every key after a change that may touch any of them. */
  clear(): void {
    this.entries.clear();
  }
}
