/**
 * Teams limits how fast one bot may send to one conversation (per thread: 7 in 1 s, 8 in 2 s, 60 in
 * 30 s) and answers 429 beyond that. Every post and update of the bot goes through here: per
 * conversation at most one message every 250 ms (so 4/s and 8 in 2 s) and 60 in any 30 s, with
 * Bottleneck; a 429 that still comes back is retried after its Retry-After, at most 3 times.
 */
import Bottleneck from 'bottleneck';
import type { Logger } from 'pino';

export interface ThrottleOptions {
  /** Least time between two sends to one conversation. */
  spacingMs: number;
  /** At most this many sends per conversation in `windowMs`. */
  perWindow: number;
  windowMs: number;
  /** How often a 429 is retried. */
  retries: number;
}

export const TEAMS_THREAD_LIMITS: ThrottleOptions = { spacingMs: 250, perWindow: 60, windowMs: 30_000, retries: 3 };

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
  private readonly spacing: Bottleneck.Group;
  private readonly window: Bottleneck.Group;

  constructor(
    private readonly logger: Logger,
    private readonly options: ThrottleOptions = TEAMS_THREAD_LIMITS,
  ) {
    this.window = new Bottleneck.Group({ reservoir: options.perWindow, reservoirRefreshAmount: options.perWindow, reservoirRefreshInterval: options.windowMs });
    this.spacing = new Bottleneck.Group({ minTime: options.spacingMs, maxConcurrent: 1 });
    // The window admits a send, then the spacing runs it: sends held back by the window still leave spaced.
    this.window.on('created', (limiter: Bottleneck, key: string) => {
      limiter.chain(this.spacing.key(key));
    });
  }

  /** Runs `send` for `conversationId` when the limits allow, retrying a 429 after Retry-After. */
  async run<T>(conversationId: string, send: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.window.key(conversationId).schedule(send);
      } catch (error) {
        const limit = throttled(error);
        if (!limit || attempt >= this.options.retries) throw error;
        this.logger.warn({ conversation: conversationId, retryAfterMs: limit.retryAfterMs }, 'Teams throttled the bot; retrying');
        await new Promise((resolve) => setTimeout(resolve, limit.retryAfterMs));
      }
    }
  }
}
