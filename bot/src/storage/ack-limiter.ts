/**
 * H1's acknowledgement limit on rate-limiter-flexible: Cosmos-backed (shared by every instance)
 * in the service, in memory in unit tests. Over the limit is an answer (false), not an error.
 */
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Container } from '@azure/cosmos';
import { ACK_LIMIT, ACK_WINDOW_SECONDS, type AckLimiter } from '../domain/intake/acknowledgement';
import { CosmosRateLimiter } from './cosmos/cosmos-rate-limiter';

export class RateLimiterAckLimiter implements AckLimiter {
  constructor(private readonly limiter: RateLimiterAbstract) {}

  async tryConsume(key: string): Promise<boolean> {
    try {
      await this.limiter.consume(key);
      return true;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return false;
      throw rejection;
    }
  }
}

/** The limiter every instance shares, counted in the `ratelimits` container. */
export function cosmosAckLimiter(container: Container, points = ACK_LIMIT, durationSeconds = ACK_WINDOW_SECONDS): AckLimiter {
  const insuranceLimiter = new RateLimiterMemory({ keyPrefix: 'ack-local', points, duration: durationSeconds });
  return new RateLimiterAckLimiter(new CosmosRateLimiter({ container, keyPrefix: 'ack', points, duration: durationSeconds, insuranceLimiter }));
}

/** For unit tests: one process's count. */
export function memoryAckLimiter(points = ACK_LIMIT, durationSeconds = ACK_WINDOW_SECONDS): AckLimiter {
  return new RateLimiterAckLimiter(new RateLimiterMemory({ keyPrefix: 'ack', points, duration: durationSeconds }));
}
