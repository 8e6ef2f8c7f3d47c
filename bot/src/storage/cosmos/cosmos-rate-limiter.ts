/**
 * A `rate-limiter-flexible` store on Cosmos DB, so that every instance of Casebridge counts into
 * the same window: one counter item per limited key, incremented atomically by a conditional
 * patch (`incr`), and removed by Cosmos TTL once its window is over.
 *
 * Each call costs one patch (about 10 RU); http/reserving-limiter.ts calls it for a few points
 * at a time and blocks a key that is over its limit in memory, so most requests cost nothing here.
 */
import type { Container } from '@azure/cosmos';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import RateLimiterStoreAbstract from 'rate-limiter-flexible/lib/RateLimiterStoreAbstract';
import { cosmosStatus } from './cosmos-errors';

/** The stored counter. Property names are lower case: the local server lower-cases patch conditions. */
interface CounterItem {
  id: string;
  points: number;
  /** When the window ends (ms since the epoch); -1 never. */
  expiresatms: number;
  /** Cosmos TTL in seconds, so old counters disappear by themselves. */
  ttl?: number;
}

export interface CosmosRateLimiterOptions {
  container: Container;
  keyPrefix: string;
  /** Requests allowed per window. */
  points: number;
  /** The window, in seconds. */
  duration: number;
  /** Used while Cosmos cannot be reached, so an outage never turns into refusing everyone. */
  insuranceLimiter?: RateLimiterAbstract;
}

const MAX_ATTEMPTS = 5;

/**
 * A counter request that takes longer than this is given up (and the insurance limiter counts
 * instead): the SDK would otherwise retry a throttled request for up to 30 s, stalling requests.
 */
const COUNTER_TIMEOUT_MS = 2_000;

const quick = () => ({ abortSignal: AbortSignal.timeout(COUNTER_TIMEOUT_MS) });

/** Cosmos item ids may not contain / \ ? #. */
function itemId(rlKey: string): string {
  return encodeURIComponent(rlKey).replace(/%/g, '~');
}

function isCounter(value: unknown): value is CounterItem {
  return typeof value === 'object' && value !== null && 'points' in value && typeof value.points === 'number' && 'expiresatms' in value && typeof value.expiresatms === 'number';
}

export class CosmosRateLimiter extends RateLimiterStoreAbstract {
  private readonly container: Container;

  constructor(options: CosmosRateLimiterOptions) {
    super({
      storeClient: options.container,
      keyPrefix: options.keyPrefix,
      points: options.points,
      duration: options.duration,
      ...(options.insuranceLimiter ? { insuranceLimiter: options.insuranceLimiter } : {}),
    });
    this.container = options.container;
  }

  private item(rlKey: string) {
    const id = itemId(rlKey);
    return this.container.item(id, id);
  }

  private counter(rlKey: string, points: number, msDuration: number): CounterItem {
    const expires = msDuration > 0 ? Date.now() + msDuration : -1;
    return { id: itemId(rlKey), points, expiresatms: expires, ...(msDuration > 0 ? { ttl: Math.ceil(msDuration / 1000) + 60 } : {}) };
  }

  /** Adds `points` within the current window, or starts a new window; returns the counter. */
  async _upsert(rlKey: string, points: number, msDuration: number, forceExpire = false): Promise<CounterItem> {
    if (forceExpire) {
      const { resource } = await this.container.items.upsert<CounterItem>(this.counter(rlKey, points, msDuration), quick());
      if (!isCounter(resource)) throw new Error('Cosmos upsert returned no counter');
      return resource;
    }
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const now = Date.now();
      try {
        const { resource } = await this.item(rlKey).patch<CounterItem>({
          operations: [{ op: 'incr', path: '/points', value: points }],
          condition: `FROM c WHERE c.expiresatms = -1 OR c.expiresatms > ${now}`,
        }, quick());
        if (isCounter(resource)) return resource;
        throw new Error('Cosmos patch returned no counter');
      } catch (error) {
        const status = cosmosStatus(error);
        if (status === 404) {
          // No window yet: start one. Another instance may start it first (409): count again.
          try {
            const { resource } = await this.container.items.create<CounterItem>(this.counter(rlKey, points, msDuration), quick());
            if (isCounter(resource)) return resource;
          } catch (createError) {
            if (cosmosStatus(createError) !== 409) throw createError;
          }
          continue;
        }
        if (status === 412) {
          // The window is over: start a new one, unless another instance just did (ETag).
          const current = await this.item(rlKey).read<CounterItem>(quick());
          if (!current.resource) continue;
          if (current.resource.expiresatms === -1 || current.resource.expiresatms > Date.now()) continue;
          try {
            const { resource } = await this.item(rlKey).replace<CounterItem>(this.counter(rlKey, points, msDuration), {
              accessCondition: { type: 'IfMatch', condition: current.etag },
              ...quick(),
            });
            if (isCounter(resource)) return resource;
          } catch (replaceError) {
            const replaceStatus = cosmosStatus(replaceError);
            if (replaceStatus !== 412 && replaceStatus !== 404) throw replaceError;
          }
          continue;
        }
        throw error;
      }
    }
    throw new Error(`rate limit counter ${rlKey} kept changing under ${MAX_ATTEMPTS} attempts`);
  }

  async _get(rlKey: string): Promise<CounterItem | null> {
    try {
      const { resource } = await this.item(rlKey).read<CounterItem>(quick());
      if (!isCounter(resource)) return null;
      if (resource.expiresatms !== -1 && resource.expiresatms <= Date.now()) return null;
      return resource;
    } catch (error) {
      if (cosmosStatus(error) === 404) return null;
      throw error;
    }
  }

  async _delete(rlKey: string): Promise<boolean> {
    try {
      await this.item(rlKey).delete(quick());
      return true;
    } catch (error) {
      if (cosmosStatus(error) === 404) return false;
      throw error;
    }
  }

  _getRateLimiterRes(_rlKey: string, changedPoints: number, result: CounterItem): RateLimiterRes {
    const consumed = result.points;
    const msBeforeNext = result.expiresatms === -1 ? -1 : Math.max(result.expiresatms - Date.now(), 0);
    return new RateLimiterRes(Math.max(this.points - consumed, 0), msBeforeNext, consumed, consumed === changedPoints);
  }
}
