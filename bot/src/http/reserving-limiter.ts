/**
 * A rate limit counted in a store every instance shares, without a store request per request:
 * each instance reserves a few points of a key's window at a time (one `consume(key, chunk)`), and
 * serves from its reservation until it is used up or the window ends.
 *
 * What this guarantees: the points granted over all instances never exceed the limit (a
 * reservation is counted in the store before any of it is used, and a reservation that only partly
 * fits gets only what was left). What it costs: a caller spread over n instances may be refused up
 * to (n − 1) × chunk requests early, when the other instances still hold unused points. The chunk
 * is 2 % of the limit, at least 1 and at most 50, so tight limits stay exact.
 *
 * Once the store says a key is over, this instance refuses it from memory for the rest of the
 * window: a flood costs no store requests.
 */
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

interface Reservation {
  /** Points this instance may still grant in the window. */
  left: number;
  /** When the window ends (ms since the epoch). */
  endsAt: number;
  /** The store said the key is over its limit: nothing more until the window ends. */
  over: boolean;
}

/** Reservations one request may go through before it gives up (windows ending meanwhile). */
const MAX_ATTEMPTS = 4;

/** How many keys an instance remembers at most; the oldest are forgotten first. */
const MAX_KEYS = 100_000;

/** A key's reservation size for a limit of `points`. */
export function chunkFor(points: number): number {
  return Math.min(50, Math.max(1, Math.floor(points / 50)));
}

export class ReservingLimiter {
  private readonly reservations = new Map<string, Reservation>();
  private readonly pending = new Map<string, Promise<boolean>>();
  private readonly chunk: number;

  constructor(
    private readonly store: RateLimiterAbstract,
    readonly points: number,
    private readonly now: () => number = Date.now,
  ) {
    this.chunk = chunkFor(points);
  }

  /**
   * Grants one request for `key`, or rejects with a RateLimiterRes (msBeforeNext: when to try
   * again). Errors of the store reject as they are. Concurrent requests for a key without a
   * reservation wait for one reservation instead of each making their own; the request that
   * makes a reservation takes its own point from it first, so every round of a burst serves at
   * least one request and a burst under the limit is served in full, however tight the chunk.
   */
  async consume(key: string): Promise<void> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; ) {
      const now = this.now();
      const held = this.reservations.get(key);
      if (held && held.endsAt > now) {
        if (held.left > 0) {
          held.left--;
          return;
        }
        if (held.over) throw new RateLimiterRes(0, held.endsAt - now, this.points + 1, false);
      }
      const pending = this.pending.get(key);
      if (pending) {
        // Someone else's round: it serves them at least; not an attempt of ours.
        await pending.catch(() => undefined);
        continue;
      }
      attempt++;
      const reserving = this.reserve(key, now);
      this.pending.set(key, reserving);
      let took: boolean;
      try {
        took = await reserving;
      } finally {
        this.pending.delete(key);
      }
      if (took) return;
    }
    // Only windows ending as they are reserved get here: ask again shortly.
    throw new RateLimiterRes(0, 1000, this.points + 1, false);
  }

  /**
   * Reserves up to a chunk of the key's current window in the store and takes one point of it for
   * the caller; answers whether it got one.
   */
  private async reserve(key: string, now: number): Promise<boolean> {
    let granted: number;
    let msLeft: number;
    let over = false;
    try {
      const result = await this.store.consume(key, this.chunk);
      granted = this.chunk;
      msLeft = result.msBeforeNext;
    } catch (rejection) {
      over = true;
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      // Over the limit with this reservation: keep what was still free before it, if anything.
      // (A rejection that does not say how much was consumed grants nothing.)
      granted = rejection.consumedPoints > 0 ? Math.max(0, Math.min(this.chunk, this.points - (rejection.consumedPoints - this.chunk))) : 0;
      msLeft = rejection.msBeforeNext;
    }
    const took = granted > 0;
    this.remember(key, { left: took ? granted - 1 : 0, endsAt: now + Math.max(msLeft, 1), over });
    return took;
  }

  private remember(key: string, reservation: Reservation): void {
    if (this.reservations.size >= MAX_KEYS) {
      const oldest = this.reservations.keys().next();
      if (!oldest.done) this.reservations.delete(oldest.value);
    }
    this.reservations.set(key, reservation);
  }
}
