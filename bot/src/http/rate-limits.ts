/**
 * Rate limits per caller and per client address, with `rate-limiter-flexible` on a store every
 * instance shares (Cosmos DB, see storage/cosmos/cosmos-rate-limiter.ts). Refusals are 429
 * problem+json with `Retry-After`.
 *
 * - signed-in API callers: per tenant and user, counted after the token is validated (mount.ts);
 * - routes open without a token (`/api/config`, the local dev user list…): per client address,
 *   counted as the route is matched (mount.ts), whatever headers the request carries;
 * - the local dev sign-in: per client address, tight;
 * - the bot endpoint in local mode, where activities are unauthenticated: per client address
 *   (in azure mode every activity carries a Bot Framework token and comes from Microsoft's
 *   connector, shared by every bot, so its address says nothing about the sender: the token
 *   alone guards it there);
 * - API requests whose token fails validation: per client address; over the limit they get 429
 *   instead of 401. Only requests that carry a token count (a page on another site cannot add an
 *   Authorization header without a CORS preflight, which Casebridge never grants), and a valid
 *   token is never refused by it, so nobody can lock colleagues behind the same address out.
 * The tab's static files, health probes and the local Teams sandbox are not limited: they touch
 * no data, and limiting them would cost a Cosmos write per file.
 *
 * Paths are classified as restify routes them (percent-decoded, absolute-form targets reduced to
 * their path), so `/dev/%74oken` is the dev sign-in. IPv6 clients are counted per /64, the block
 * one subscriber usually holds.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { isIPv6 } from 'node:net';
import type { Container } from '@azure/cosmos';
import type { Logger } from 'pino';
import type { Request, Response } from 'restify';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitSettings } from '../config';
import type { Caller } from '../domain/access/access';
import type { Locale } from '../domain/shared/types';
import { CosmosRateLimiter } from '../storage/cosmos/cosmos-rate-limiter';
import { sendProblem } from './send-problem';
import { routedPath } from './paths';
import { ReservingLimiter } from './reserving-limiter';
import { problemFromError, RateLimitedError } from './problem';

/** Answers 429 problem+json with Retry-After. */
function sendRateLimited(res: Response, locale: Locale, retryAfterSeconds: number): void {
  res.setHeader('cache-control', 'no-store');
  sendProblem(res, problemFromError(new RateLimitedError(retryAfterSeconds), locale));
}

function retryAfter(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/**
 * The client's address as a limit key. Local mode: the socket's peer. Azure mode: App Service's
 * front end adds the client's address as the last `X-Forwarded-For` entry (anything before it came
 * from the client and is not trusted).
 */
export function clientAddress(req: ClientRequest, behindProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  const list = Array.isArray(forwarded) ? forwarded.join(',') : forwarded;
  if (behindProxy && list) {
    const last = list.split(',').map((s) => s.trim()).filter(Boolean).pop();
    if (last) return limitKeyOf(stripPort(last));
  }
  return limitKeyOf(req.socket?.remoteAddress ?? 'unknown');
}

function stripPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) return bracketed[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  return v4?.[1] ?? address;
}

/** IPv4 as is (also when IPv4-mapped); IPv6 reduced to its /64 prefix. */
export function limitKeyOf(address: string): string {
  const plain = address.replace(/%.*$/, '');
  if (!isIPv6(plain)) return plain;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(plain);
  if (mapped?.[1]) return mapped[1];
  const [head = '', tail] = plain.split('::');
  const groupsOf = (part: string) => (part === '' ? [] : part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])));
  const before = groupsOf(head);
  const after = tail === undefined ? [] : groupsOf(tail);
  const groups = tail === undefined ? before : [...before, ...Array<string>(Math.max(0, 8 - before.length - after.length)).fill('0'), ...after];
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}

/** What the limits read of a request. */
interface ClientRequest {
  headers: IncomingHttpHeaders;
  socket?: { remoteAddress?: string | undefined } | undefined;
}

function hasAuthorization(req: ClientRequest): boolean {
  return (req.headers.authorization ?? '').trim() !== '';
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
  private readonly api: ReservingLimiter;
  private readonly anonymous: ReservingLimiter;
  private readonly devToken: ReservingLimiter;
  private readonly bot: ReservingLimiter;
  private readonly authFailures: ReservingLimiter;

  constructor(private readonly options: RateLimitOptions) {
    const { settings } = options;
    this.api = this.limiter('api', settings.apiPerMinute, 60);
    this.anonymous = this.limiter('anon', settings.anonymousPerMinute, 60);
    this.devToken = this.limiter('devtoken', settings.devTokenPerMinute, 60);
    this.bot = this.limiter('bot', settings.botPerMinute, 60);
    this.authFailures = this.limiter('authfail', settings.authFailuresPer10Minutes, 600);
  }

  private limiter(keyPrefix: string, points: number, duration: number): ReservingLimiter {
    // While Cosmos cannot be reached, each instance keeps counting on its own rather than refusing everyone.
    const insuranceLimiter = new RateLimiterMemory({ keyPrefix: `${keyPrefix}-local`, points, duration });
    return new ReservingLimiter(new CosmosRateLimiter({ container: this.options.container, keyPrefix, points, duration, insuranceLimiter }), points);
  }

  private get behindProxy(): boolean {
    return this.options.mode === 'azure';
  }

  /** Counts one request to a route open without a token, per client address. */
  async consumeAnonymous(req: ClientRequest): Promise<void> {
    await this.consume(this.anonymous, clientAddress(req, this.behindProxy));
  }

  /** Counts one request of a signed-in caller; throws RateLimitedError when over the limit. */
  async consumeCaller(caller: Caller): Promise<void> {
    await this.consume(this.api, `${caller.tenantId}:${caller.user.id}`);
  }

  /**
   * Counts a request whose token failed validation (only if it carried one); throws
   * RateLimitedError once the address is over its limit, so the caller answers 429, not 401.
   */
  async authenticationFailed(req: ClientRequest): Promise<void> {
    if (!hasAuthorization(req)) return;
    await this.consume(this.authFailures, clientAddress(req, this.behindProxy));
  }

  private async consume(limiter: ReservingLimiter, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new RateLimitedError(retryAfter(rejection));
      // The store and its insurance both failed: serve rather than refuse, and say so.
      this.options.logger.warn({ err: rejection }, 'rate limit store unavailable');
    }
  }

  /** The restify `pre` handler: the dev sign-in and the unauthenticated bot, by client address, before anything else. */
  pre() {
    return (req: Request, res: Response, next: (error?: false) => void): void => {
      const limiter = this.limiterFor(routedPath(req.url));
      if (!limiter) return next();
      this.consume(limiter, clientAddress(req, this.behindProxy)).then(
        () => next(),
        (error: unknown) => {
          sendRateLimited(res, this.options.localeOf(req), error instanceof RateLimitedError ? error.retryAfterSeconds : 60);
          next(false);
        },
      );
    };
  }

  private limiterFor(path: string): ReservingLimiter | null {
    if (path === '/dev/token') return this.devToken;
    if (path === '/api/messages') return this.options.mode === 'local' ? this.bot : null;
    return null;
  }
}
