/**
 * The chat's rate limits, counted in the store every instance shares (Cosmos through
 * rate-limiter-flexible, as http/rate-limits.ts): messages per session per minute and new
 * WebSockets per client address per minute. While the store cannot be reached each instance
 * counts on its own; if that fails too, the chat is served rather than refused (and it is logged).
 */
import type { Container } from '@azure/cosmos';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ReservingLimiter } from '../http/reserving-limiter';
import { CosmosRateLimiter } from '../storage/cosmos/cosmos-rate-limiter';

/** One limit: `consume` answers null when allowed, else the seconds to wait. */
export interface Limit {
  consume(key: string): Promise<number | null>;
}

export interface ChatLimits {
  /** Per session (customers) and per agent, messages per minute. */
  messages: Limit;
  /** Per client address, new chat WebSockets per minute. */
  connections: Limit;
}

class StoreLimit implements Limit {
  constructor(private readonly limiter: ReservingLimiter, private readonly logger: Logger) {}

  async consume(key: string): Promise<number | null> {
    try {
      await this.limiter.consume(key);
      return null;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      this.logger.warn({ err: rejection }, 'chat rate limit store unavailable');
      return null;
    }
  }
}

function limit(store: (insurance: RateLimiterAbstract) => RateLimiterAbstract, keyPrefix: string, points: number, logger: Logger): Limit {
  const insurance = new RateLimiterMemory({ keyPrefix: `${keyPrefix}-local`, points, duration: 60 });
  return new StoreLimit(new ReservingLimiter(store(insurance), points), logger);
}

/** The limits on the shared `ratelimits` container. */
export function cosmosChatLimits(container: Container, settings: { messagesPerMinute: number; connectionsPerMinutePerIp: number }, logger: Logger): ChatLimits {
  const on = (keyPrefix: string, points: number) =>
    limit((insuranceLimiter) => new CosmosRateLimiter({ container, keyPrefix, points, duration: 60, insuranceLimiter }), keyPrefix, points, logger);
  return { messages: on('chatmsg', settings.messagesPerMinute), connections: on('chatconn', settings.connectionsPerMinutePerIp) };
}

/** The same limits in this process's memory only (unit tests). */
export function memoryChatLimits(settings: { messagesPerMinute: number; connectionsPerMinutePerIp: number }, logger: Logger): ChatLimits {
  const on = (keyPrefix: string, points: number) => limit(() => new RateLimiterMemory({ keyPrefix, points, duration: 60 }), keyPrefix, points, logger);
  return { messages: on('chatmsg', settings.messagesPerMinute), connections: on('chatconn', settings.connectionsPerMinutePerIp) };
}
