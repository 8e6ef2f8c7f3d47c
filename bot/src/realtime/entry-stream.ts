/**
 * One socket's stream of one session's entries: each entry once, in seq order, never across a hole.
 *
 * Live entries from the hub are held until every entry before them has been sent. The first read
 * (`begin`) sends what the reader lacked, then what arrived meanwhile. A hole (an entry after one
 * that never came, as when a fan-out message was lost) is repaired by reading the store after the
 * last seq sent; if the store does not have it yet, the read is retried a few times with a short
 * delay, and otherwise the later entries stay held until the next event or resync reads again.
 */
import type { SessionEntry } from '../domain/sessions/session';

/** Entries held per stream at most (beyond: the newest are dropped; the next read brings them). */
const MAX_HELD = 500;

export interface EntryStreamOptions {
  /**
   * The entries after `afterSeq`, read with the permission check; null when the reader may no
   * longer see them (the stream is then stopped by the caller). `resync`: after a hub outage.
   */
  read: (afterSeq: number, reason: 'gap' | 'resync') => Promise<SessionEntry[] | null>;
  /** Sends one entry (called in seq order, each seq once). */
  emit: (entry: SessionEntry) => void;
  /** A read failed unexpectedly (logged by the caller). */
  failed: (error: unknown) => void;
  /** Delays before the second, third, … read of a hole that is still there. */
  retryDelaysMs?: readonly number[];
}

export class EntryStream {
  private last: number;
  private readonly held = new Map<number, SessionEntry>();
  private queue: Promise<void> = Promise.resolve();
  private started = false;
  private stopped = false;
  private repairing = false;

  constructor(since: number, private readonly options: EntryStreamOptions) {
    this.last = since;
  }

  /** The last seq sent. */
  get lastSeq(): number {
    return this.last;
  }

  /** Whether the first read has been sent (typing and state are passed on only from then on). */
  get live(): boolean {
    return this.started && !this.stopped;
  }

  /** The first read is done: sends its entries, then those that arrived meanwhile. */
  begin(entries: readonly SessionEntry[]): void {
    if (this.stopped) return;
    this.started = true;
    this.take(entries);
    if (this.held.size > 0) this.repair();
  }

  /** A live entry from the hub. */
  offer(entry: SessionEntry): void {
    if (this.stopped || entry.seq <= this.last) return;
    if (this.held.size < MAX_HELD) this.held.set(entry.seq, entry);
    if (!this.started) return;
    this.flush();
    if (this.held.size > 0) this.repair();
  }

  /**
   * Reads everything after the last seq sent, in turn with the other reads: `resync` after a hub
   * outage (the caller also sends the state now), `gap` when the permission may have changed.
   */
  resync(reason: 'gap' | 'resync' = 'resync'): Promise<void> {
    return this.enqueue(() => this.readOnce(reason).then(() => undefined));
  }

  stop(): void {
    this.stopped = true;
    this.held.clear();
  }

  private repair(): void {
    if (this.repairing) return;
    this.repairing = true;
    void this.enqueue(async () => {
      try {
        const delays = this.options.retryDelaysMs ?? [100, 200, 300];
        for (let attempt = 0; ; attempt++) {
          if (this.stopped || this.held.size === 0) return;
          if (!(await this.readOnce('gap'))) return;
          const delay = delays[attempt];
          if (this.held.size === 0 || delay === undefined) return;
          await new Promise((resolve) => setTimeout(resolve, delay));
        }
      } finally {
        this.repairing = false;
      }
    });
  }

  private async readOnce(reason: 'gap' | 'resync'): Promise<boolean> {
    if (this.stopped) return false;
    const entries = await this.options.read(this.last, reason);
    if (entries === null || this.stopped) return false;
    this.take(entries);
    return true;
  }

  /** Entries read from the store: sent as far as they follow without a hole, the rest held. */
  private take(entries: readonly SessionEntry[]): void {
    for (const entry of [...entries].sort((x, y) => x.seq - y.seq)) {
      if (this.stopped) return;
      if (entry.seq === this.last + 1) this.send(entry);
      else if (entry.seq > this.last && this.held.size < MAX_HELD) this.held.set(entry.seq, entry);
      this.flush();
    }
    this.flush();
  }

  /** Sends the held entries that follow the last seq without a hole. */
  private flush(): void {
    for (const seq of [...this.held.keys()]) if (seq <= this.last) this.held.delete(seq);
    for (let next = this.held.get(this.last + 1); next && !this.stopped; next = this.held.get(this.last + 1)) this.send(next);
  }

  private send(entry: SessionEntry): void {
    this.held.delete(entry.seq);
    this.last = entry.seq;
    this.options.emit(entry);
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(work).catch((error: unknown) => this.options.failed(error));
    return this.queue;
  }
}
