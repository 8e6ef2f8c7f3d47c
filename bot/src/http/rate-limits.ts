/**
 * Rate limits per caller and per client address, with `rate-limiter-flexible` on a store every
 * instance shares (Cosmos DB, see storage/cosmos/cosmos-rate-limiter.ts). Refusals are 429
 * problem+json with `Retry-After`.
 *
 * - signed-in API callers: per tenant and user, counted after the token is validated (mount.ts);
 * - everything open without a token (the tab's files, config, OpenAPI): per client address;
 * - the local dev sign-in: per client address, tight;
 * - the bot endpoint in local mode, where activities are unauthenticated: per client address
 *   (in azure mode every activity carries a Bot Framework token and comes from Microsoft's
 *   connector, so its address says nothing about the sender);
 * - requests refused for a missing or bad token: per client address; once over, that address
 *   is refused before any work for the rest of the window.
 * Health probes and the local Teams sandbox (a loopback developer tool) are never limited.
 */
import type { Container } from '@azure/cosmos';
import type { Logger } from 'pino';
import type { Request, Response } from 'restify';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimitSettings } from '../config';
import type { Caller } from '../domain/access/access';
import type { Locale } from '../domain/shared/types';
import { CosmosRateLimiter } from '../storage/cosmos/cosmos-rate-limiter';
import { sendProblem } from './mount';
import { problemFromError, RateLimitedError } from './problem';

const EXEMPT_PATHS = new Set(['/healthz', '/readyz']);
/** The local Teams sandbox: a developer tool on loopback, driven by Casebridge itself. */
const LOCAL_EXEMPT_PREFIXES = ['/sandbox/'];

/** Answers 429 problem+json with Retry-After. */
function sendRateLimited(res: Response, locale: Locale, retryAfterSeconds: number): void {
  res.setHeader('cache-control', 'no-store');
  sendProblem(res, problemFromError(new RateLimitedError(retryAfterSeconds), locale));
}

function retryAfter(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/**
 * The client's address. Local mode: the socket's peer. Azure mode: App Service's front end adds the
 * client's address as the last `X-Forwarded-For` entry (anything before it came from the client
 * and is not trusted).
 */
export function clientAddress(req: Pick<Request, 'headers' | 'socket'>, behindProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  const list = Array.isArray(forwarded) ? forwarded.join(',') : forwarded;
  if (behindProxy && list) {
    const last = list.split(',').map((s) => s.trim()).filter(Boolean).pop();
    if (last) return stripPort(last);
  }
  return req.socket?.remoteAddress ?? 'unknown';
}

function stripPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) return bracketed[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  return v4?.[1] ?? address;
}

function hasBearer(req: Request): boolean {
  return /^Bearer\s+\S/i.test(req.headers.authorization ?? '');
}

export interface RateLimitOptions {
  container: Container;
  settings: RateLimitSettings;
  mode: 'local' | 'azure';
  logger: Logger;
  localeOf: (req: Request) => Locale;
}

/** The limiters of one Casebridge instance; their counts live in the shared store. */
export class RateLimits {
  private readonly api: RateLimiterAbstract;
  private readonly anonymous: RateLimiterAbstract;
  private readonly devToken: RateLimiterAbstract;
  private readonly bot: RateLimiterAbstract;
  private readonly authFailures: CosmosRateLimiter;

  constructor(private readonly options: RateLimitOptions) {
    const { settings } = options;
    this.api = this.limiter('api', settings.apiPerMinute, 60);
    this.anonymous = this.limiter('anon', settings.anonymousPerMinute, 60);
    this.devToken = this.limiter('devtoken', settings.devTokenPerMinute, 60);
    this.bot = this.limiter('bot', settings.botPerMinute, 60);
    this.authFailures = this.limiter('authfail', settings.authFailuresPer10Minutes, 600);
  }

  private limiter(keyPrefix: string, points: number, duration: number): CosmosRateLimiter {
    // While Cosmos cannot be reached, each instance keeps counting on its own rather than refusing everyone.
    const insuranceLimiter = new RateLimiterMemory({ keyPrefix: `${keyPrefix}-local`, points, duration });
    return new CosmosRateLimiter({ container: this.options.container, keyPrefix, points, duration, insuranceLimiter });
  }

  /** Counts one request of a signed-in caller; throws RateLimitedError when over the limit. */
  async consumeCaller(caller: Caller): Promise<void> {
    await this.consume(this.api, `${caller.tenantId}:${caller.user.id}`);
  }

  private async consume(limiter: RateLimiterAbstract, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new RateLimitedError(retryAfter(rejection));
      // The store and its insurance both failed: serve rather than refuse, and say so.
      this.options.logger.warn({ err: rejection }, 'rate limit store unavailable');
    }
  }

  /** The restify `pre` handler: limits by client address before routing, body or token. */
  pre() {
    const behindProxy = this.options.mode === 'azure';
    return (req: Request, res: Response, next: (error?: false) => void): void => {
      const path = pathOf(req.url);
      if (EXEMPT_PATHS.has(path) || (this.options.mode === 'local' && LOCAL_EXEMPT_PREFIXES.some((p) => path.startsWith(p)))) return next();
      const address = clientAddress(req, behindProxy);
      const blockedMs = this.authFailures.getInMemoryBlockMsBeforeExpire(this.authFailures.getKey(address));
      if (blockedMs > 0) {
        sendRateLimited(res, this.options.localeOf(req), Math.max(1, Math.ceil(blockedMs / 1000)));
        return next(false);
      }
      res.once('finish', () => {
        if (res.statusCode === 401) this.authFailures.consume(address).catch(() => undefined);
      });
      const limiter = this.limiterFor(path, req);
      if (!limiter) return next();
      this.consume(limiter, address).then(
        () => next(),
        (error: unknown) => {
          sendRateLimited(res, this.options.localeOf(req), error instanceof RateLimitedError ? error.retryAfterSeconds : 60);
          next(false);
        },
      );
    };
  }

  private limiterFor(path: string, req: Request): RateLimiterAbstract | null {
    if (path === '/dev/token') return this.devToken;
    if (path === '/api/messages') return this.options.mode === 'local' ? this.bot : null;
    // Signed-in API calls are counted per caller once the token is known (mount.ts).
    if (path.startsWith('/api/') && hasBearer(req)) return null;
    return this.anonymous;
  }
}

function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
}
