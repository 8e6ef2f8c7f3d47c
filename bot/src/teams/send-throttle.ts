/**
 * Teams limits how fast one bot may send to one conversation (per thread: 7 in 1 s, 8 in 2 s, 60 in
 * 30 s) and answers 429 beyond that. Every post and update of the bot goes through here: per
 * conversation, one send at a time and the next no sooner than 510 ms after the one before
 * (Bottleneck's `minTime`). That spacing alone keeps every window inside its limit — at most 2 in
 * 1 s, 4 in 2 s, 59 in 30 s — with no window bookkeeping that could drift. A 429 that still comes
 * back (Teams also counts other bots in the thread) is retried after its Retry-After, at most 3 times.
 */
import Bottleneck from 'bottleneck';
import type { Logger } from 'pino';

export interface ThrottleOptions {
  /** Least time between the starts of two sends to one conversation. */
  spacingMs: number;
  /** How often a 429 is retried. */
  retries: number;
}

export const TEAMS_THREAD_LIMITS: ThrottleOptions = { spacingMs: 510, retries: 3 };

/** Teams' per-thread limits: at most `max` sends in any `windowMs`. */
export const TEAMS_WINDOWS = [
  { windowMs: 1_000, max: 7 },
  { windowMs: 2_000, max: 8 },
  { windowMs: 30_000, max: 60 },
] as const;

/** The HTTP status and Retry-After (seconds) of a failed connector call, when it has them. */
function throttled(error: unknown): { retryAfterMs: number } | null {
  if (typeof error !== 'object' || error === null) return null;
  const status: unknown = Reflect.get(error, 'statusCode') ?? Reflect.get(error, 'status');
  if (status !== 429) return null;
  const response: unknown = Reflect.get(error, 'response');
  const headers: unknown = typeof response === 'object' && response !== null ? Reflect.get(response, 'headers') : undefined;
  let value: unknown;
  if (typeof headers === 'object' && headers !== null) {
    const get: unknown = Reflect.get(headers, 'get');
    value = typeof get === 'function' ? Reflect.apply(get, headers, ['retry-after']) : Reflect.get(headers, 'retry-after');
  }
  const seconds = Number(value);
  return { retryAfterMs: Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 30) * 1000 : 1000 };
}

export class ConversationThrottle {
  private readonly limiters: Bottleneck.Group;

  constructor(
    private readonly logger: Logger,
    private readonly options: ThrottleOptions = TEAMS_THREAD_LIMITS,
  ) {
    this.limiters = new Bottleneck.Group({ minTime: options.spacingMs, maxConcurrent: 1 });
  }

  /** Runs `send` for `conversationId` when the limits allow, retrying a 429 after Retry-After. */
  async run<T>(conversationId: string, send: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.limiters.key(conversationId).schedule(send);
      } catch (error) {
        const limit = throttled(error);
        if (!limit || attempt >= this.options.retries) throw error;
        this.logger.warn({ conversation: conversationId, retryAfterMs: limit.retryAfterMs }, 'Teams throttled the bot; retrying');
        await new Promise((resolve) => setTimeout(resolve, limit.retryAfterMs));
      }
    }
  }
}
