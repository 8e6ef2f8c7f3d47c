/**
 * Remembers spent one-time proofs (ALTCHA challenge signatures) until they expire, so a solved
 * challenge is accepted once. With several instances the store must be shared: by default the
 * form uses LimiterUsedTokenStore on a rate limiter of the shared store (Cosmos, one point per id:
 * the first claim takes it, every later one is refused until the window ends); the in-memory
 * store is for tests.
 */
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** A set of spent ids, each kept until its expiry. */
export interface UsedTokenStore {
  /**
   * Marks `id` as spent until `expiresAt` (ms since epoch). True when this call spent it, false
   * when it was spent already (a replay). Must be atomic across instances.
   */
  claim(id: string, expiresAt: number): Promise<boolean>;
}

/** In-process store (unit/integration tests, one local process). */
export class MemoryUsedTokenStore implements UsedTokenStore {
  private readonly spent = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async claim(id: string, expiresAt: number): Promise<boolean> {
    const now = this.now();
    for (const [key, until] of this.spent) if (until <= now) this.spent.delete(key);
    if (this.spent.has(id)) return false;
    this.spent.set(id, expiresAt);
    return true;
  }
}

/**
 * A UsedTokenStore on a `rate-limiter-flexible` limiter with `points: 1` whose window is at least
 * the longest a proof lives (CosmosRateLimiter increments atomically, so one instance wins). The
 * window is the limiter's, so `expiresAt` only needs to fall inside it.
 */
export class LimiterUsedTokenStore implements UsedTokenStore {
  constructor(private readonly limiter: RateLimiterAbstract) {
    if (limiter.points !== 1) throw new Error('LimiterUsedTokenStore needs a limiter with points: 1');
  }

  async claim(id: string): Promise<boolean> {
    try {
      await this.limiter.consume(id, 1);
      return true;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return false;
      throw rejection;
    }
  }
}
