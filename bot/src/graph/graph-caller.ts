/**
 * Sends one Graph request on behalf of a user through the official `@microsoft/microsoft-graph-client`
 * (bearer token → RetryHandler → timeout → fetch), reads the raw response itself, and turns every
 * failure into the port's `TeamsCallError` of its own kind: Graph's status and error code (with
 * its `Retry-After`), a timeout (504 `timeout`), an unreachable Graph (503 `graphUnreachable`), a
 * body Casebridge needs but cannot read (502 `badGraphResponse`). A body Casebridge does not need
 * is never read, so an odd one cannot fail a call Teams completed. Messages name the route,
 * never a token or a header.
 */
import { Client, GraphError, type AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { isApp, TeamsCallError, teamsFailureKind, type GraphActor } from '../domain/chats/teams-port';
import { BoundedRetryOptions, graphMiddlewareChain, GraphTimeoutError, retryAfterSeconds, sendRawGraphRequest, type GraphRetryPolicy } from './graph-middleware';
import { GraphErrorBodySchema, graphPageSchema } from './graph-schemas';
import type { GraphTokenProvider } from './graph-tokens';

/** Default: 3 retries, waits of at most 10 s, 1 s base wait when Graph gives no Retry-After. */
export const DEFAULT_GRAPH_RETRY: GraphRetryPolicy = { maxRetries: 3, maxDelaySeconds: 10, delaySeconds: 1 };
/** Default per-attempt timeout. */
export const DEFAULT_GRAPH_TIMEOUT_MS = 10_000;

/** The logger calls made here (pino's `Logger` fits). */
export type GraphLogger = Pick<Logger, 'warn'>;

export interface GraphCallerOptions {
  /** GRAPH_BASE_URL, e.g. `https://graph.microsoft.com/v1.0` or `http://127.0.0.1:PORT/v1.0`. */
  baseUrl: string;
  tokens: GraphTokenProvider;
  retry?: Partial<GraphRetryPolicy>;
  timeoutMs?: number;
  logger?: GraphLogger;
}

/** One request: `path` is under the base URL with ids already encoded; `route` names it in errors. */
export interface GraphCall {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  route: string;
  query?: Record<string, string | number>;
  body?: unknown;
}

/** Follows `@odata.nextLink` at most this many times, so a misbehaving server cannot loop us. */
const MAX_PAGES = 20;

/**
 * A Graph base URL (`https://graph.microsoft.com/v1.0`, or a sandbox's) split as the Graph client
 * wants it (host, version), and whole without a trailing slash.
 */
export function graphBase(baseUrl: string): { host: string; version: string; base: string } {
  const url = new URL(baseUrl);
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const version = segments.pop() ?? '';
  const host = [url.origin, ...segments].join('/');
  return { host, version, base: version === '' ? host : `${host}/${version}` };
}

export class GraphCaller {
  private readonly client: Client;
  /** The base URL without a trailing slash; only URLs under it get the user's token. */
  private readonly base: string;
  private readonly logger: GraphLogger | undefined;

  constructor(private readonly options: GraphCallerOptions) {
    const { host, version, base } = graphBase(options.baseUrl);
    this.base = base;
    this.logger = options.logger;
    const policy: GraphRetryPolicy = { ...DEFAULT_GRAPH_RETRY, ...options.retry };
    const retry = new BoundedRetryOptions(policy, (e) =>
      this.logger?.warn({ status: e.status, attempt: e.attempt, retryAfterSeconds: e.retryAfterSeconds, path: safePath(e.url) }, 'graph call retried'),
    );
    this.client = Client.initWithMiddleware({
      baseUrl: host,
      defaultVersion: version,
      middleware: graphMiddlewareChain({ allowedPrefix: `${this.base}/`, retry, timeoutMs: options.timeoutMs ?? DEFAULT_GRAPH_TIMEOUT_MS }),
    });
  }

  /** Sends the call; resolves with the status once Graph answers 2xx (the body is not read). */
  async send(as: GraphActor, call: GraphCall): Promise<{ status: number }> {
    const raw = await this.exchange(as, call);
    return { status: raw.status };
  }

  /** Sends the call and validates its JSON body against `schema`. */
  async sendFor<S extends z.ZodType>(as: GraphActor, call: GraphCall, schema: S): Promise<z.output<S>> {
    const raw = await this.exchange(as, call);
    const text = await raw.text();
    let body: unknown;
    try {
      body = text.trim() === '' ? undefined : JSON.parse(text);
    } catch {
      throw badResponse(call, `a ${raw.status} response whose body is not JSON`);
    }
    return parseBody(call, schema, body);
  }

  /** One request: the 2xx response, or the failure as a `TeamsCallError`. */
  private async exchange(as: GraphActor, call: GraphCall): Promise<Response> {
    let tokenFailure: unknown;
    const provider: AuthenticationProvider = {
      getAccessToken: async () => {
        try {
          return await (isApp(as) ? this.options.tokens.forApp(as.tenantId) : this.options.tokens.forUser(as));
        } catch (error) {
          tokenFailure = error;
          throw error;
        }
      },
    };
    let raw: unknown;
    try {
      raw = await sendRawGraphRequest(this.client, call, provider);
    } catch (error) {
      throw this.failure(call, error, tokenFailure);
    }
    if (!(raw instanceof Response)) throw badResponse(call, 'no HTTP response');
    if (!raw.ok) throw graphRefusal(call, raw, await raw.text());
    return raw;
  }

  /**
   * GETs a collection, following `@odata.nextLink` under the base URL, until `limit` items that
   * `keep` accepts (default: all).
   */
  async getAll<S extends z.ZodType>(
    as: GraphActor,
    call: GraphCall,
    item: S,
    limit: number,
    keep: (item: z.output<S>) => boolean = () => true,
  ): Promise<z.output<S>[]> {
    const pageSchema = graphPageSchema(item);
    const items: z.output<S>[] = [];
    let next: GraphCall | null = call;
    for (let page = 0; next !== null && page < MAX_PAGES && items.length < limit; page++) {
      const parsed: z.output<typeof pageSchema> = await this.sendFor(as, next, pageSchema);
      items.push(...parsed.value.filter(keep));
      const link = parsed['@odata.nextLink'];
      next = link ? this.nextPage(call, link) : null;
    }
    return items.slice(0, limit);
  }

  private nextPage(call: GraphCall, link: string): GraphCall | null {
    if (!link.startsWith(`${this.base}/`)) {
      this.logger?.warn({ route: call.route }, 'graph nextLink outside the configured base URL ignored');
      return null;
    }
    return { method: 'GET', path: link.slice(this.base.length), route: call.route };
  }

  private failure(call: GraphCall, error: unknown, tokenFailure: unknown): TeamsCallError {
    if (tokenFailure instanceof TeamsCallError) return tokenFailure;
    if (tokenFailure !== undefined) return new TeamsCallError(503, 'graphTokenUnavailable', `No Graph token for ${call.route}`);
    if (error instanceof GraphTimeoutError || (error instanceof GraphError && error.code === 'GraphTimeoutError')) {
      const ms = this.options.timeoutMs ?? DEFAULT_GRAPH_TIMEOUT_MS;
      return new TeamsCallError(504, 'timeout', `Microsoft Graph did not answer ${call.route} within ${ms} ms`);
    }
    const reason = error instanceof Error ? error.message : 'unknown error';
    this.logger?.warn({ route: call.route, reason }, 'graph unreachable');
    return new TeamsCallError(503, 'graphUnreachable', `Could not reach Microsoft Graph for ${call.route} (${reason})`);
  }
}

/** Validates a body; a mismatch is a 502 naming the paths that failed, never the values. */
export function parseBody<S extends z.ZodType>(call: GraphCall, schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const where = result.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
  throw badResponse(call, `a body that does not match Graph's documented shape (${where.join('; ')})`);
}

function badResponse(call: GraphCall, what: string): TeamsCallError {
  return new TeamsCallError(502, 'badGraphResponse', `Microsoft Graph sent ${what} for ${call.route}`);
}

const DEFAULT_CODES: Record<number, string> = {
  400: 'badRequest', 401: 'unauthorized', 403: 'forbidden', 404: 'notFound', 409: 'conflict',
  429: 'throttled', 503: 'serviceUnavailable', 504: 'gatewayTimeout',
};

/**
 * A non-2xx answer: Graph's status, error code (its message shortened, for the log only) and
 * `Retry-After`, retries already spent.
 */
function graphRefusal(call: GraphCall, response: Response, text: string): TeamsCallError {
  const status = response.status;
  let graphError: { code: string; message?: string | null | undefined } | undefined;
  try {
    const parsed = GraphErrorBodySchema.safeParse(JSON.parse(text));
    if (parsed.success) graphError = parsed.data.error;
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): the status says enough.
  }
  const code = graphError?.code || DEFAULT_CODES[status] || 'graphError';
  const detail = graphError?.message ? `: ${graphError.message.slice(0, 200)}` : '';
  return new TeamsCallError(status, code, `Microsoft Graph answered ${call.route} with ${status} ${code}${detail}`, {
    // From the status alone: Graph's own code is free text and must not pose as one of ours.
    kind: teamsFailureKind(status, ''),
    retryAfterSeconds: retryAfterSeconds(response),
  });
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
