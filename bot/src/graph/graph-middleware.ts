/**
 * The Graph client's middleware chain: bearer token → the SDK's RetryHandler → per-attempt timeout
 * → the SDK's HTTPMessageHandler (fetch).
 *
 * Why our own token handler instead of the SDK's AuthenticationHandler: the SDK's handler attaches
 * the token only to https URLs on Graph's own hosts (or `customHosts`, also https only) and strips
 * it otherwise, so local mode's `http://127.0.0.1:PORT/v1.0` sandbox would get anonymous calls.
 * Ours attaches it to exactly the configured GRAPH_BASE_URL origin, whatever the scheme, and to
 * nothing else; the per-call user still travels the SDK's way, as `AuthenticationHandlerOptions`.
 */
import { randomUUID } from 'node:crypto';
import {
  AuthenticationHandlerOptions,
  HTTPMessageHandler,
  ResponseType,
  RetryHandler,
  RetryHandlerOptions,
  type AuthenticationProvider,
  type Client,
  type Context,
  type FetchOptions,
  type Middleware,
} from '@microsoft/microsoft-graph-client';

/** Retry policy for 429, 503 and 504 (the SDK's RetryHandler's list). */
export interface GraphRetryPolicy {
  /** Retries after the first attempt; 0 turns retrying off. */
  maxRetries: number;
  /** The longest wait before a retry; a `Retry-After` beyond it fails at once instead. */
  maxDelaySeconds: number;
  /** The base wait when Graph sends no `Retry-After` (the SDK adds backoff and up to 1 s jitter). */
  delaySeconds: number;
}

/** Called before each retry, for logging. */
export type RetryListener = (event: { status: number; attempt: number; retryAfterSeconds: number | null; url: string }) => void;

/**
 * Retry options with a bounded delay. The SDK caps waits at 180 s through `getMaxDelay()`, and
 * copies options with `Object.assign` (own properties only), so the bound is an own property.
 */
export class BoundedRetryOptions extends RetryHandlerOptions {
  constructor(policy: GraphRetryPolicy, onRetry?: RetryListener) {
    super(policy.delaySeconds, policy.maxRetries, (_delay, attempt, request, _options, response) => {
      const retryAfter = retryAfterSeconds(response);
      // Graph asks us to wait longer than a user-facing call may: give up now, report the 429/503.
      if (retryAfter !== null && retryAfter > policy.maxDelaySeconds) return false;
      onRetry?.({ status: response.status, attempt: attempt + 1, retryAfterSeconds: retryAfter, url: requestUrl(request) });
      return true;
    });
    this.getMaxDelay = () => policy.maxDelaySeconds;
  }
}

/** `Retry-After` in seconds (delta-seconds or an HTTP date); null when absent or unreadable. */
export function retryAfterSeconds(response: Response): number | null {
  const value = response.headers.get('Retry-After');
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** Thrown by the timeout handler when an attempt (response headers and body) takes too long. */
export class GraphTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`Microsoft Graph did not answer within ${timeoutMs} ms`);
    this.name = 'GraphTimeoutError';
  }
}

function requestUrl(request: unknown): string {
  if (typeof request === 'string') return request;
  return request instanceof Request ? request.url : '';
}

function setHeader(options: FetchOptions, name: string, value: string): void {
  const headers = options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else if (Array.isArray(headers)) headers.push([name, value]);
  else options.headers = { ...headers, [name]: value };
}

/**
 * Adds `Authorization: Bearer …` from the request's `AuthenticationHandlerOptions` provider, only
 * when the URL is under the configured Graph base (a stray absolute URL never gets the token).
 */
export class BearerTokenHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly allowedPrefix: string) {}

  async execute(context: Context): Promise<void> {
    const url = requestUrl(context.request);
    if (!url.startsWith(this.allowedPrefix)) throw new Error('Refusing to send a Graph token outside the configured Graph base URL');
    const options = context.middlewareControl?.getMiddlewareOptions(AuthenticationHandlerOptions);
    if (!(options instanceof AuthenticationHandlerOptions) || !options.authenticationProvider) {
      throw new Error('Graph request without a token provider');
    }
    const token = await options.authenticationProvider.getAccessToken();
    context.options ??= {};
    setHeader(context.options, 'Authorization', `Bearer ${token}`);
    if (!this.next) throw new Error('BearerTokenHandler is the last middleware');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** Statuses a `Response` may not be constructed with a body for. */
const NULL_BODY_STATUSES = [101, 204, 205, 304];

/**
 * Aborts one attempt after `timeoutMs`, covering the response body too: the body is buffered here
 * so a server that sends headers and then stalls still times out.
 */
export class TimeoutHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly timeoutMs: number) {}

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('TimeoutHandler is the last middleware');
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    context.options = { ...context.options, signal: controller.signal };
    try {
      await this.next.execute(context);
      const response = context.response;
      if (response) {
        const body = NULL_BODY_STATUSES.includes(response.status) ? null : await response.arrayBuffer();
        context.response = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
      }
    } catch (error) {
      if (controller.signal.aborted) throw new GraphTimeoutError(this.timeoutMs);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** The chain, in order; `Client.initWithMiddleware` links each to the next. */
export function graphMiddlewareChain(options: { allowedPrefix: string; retry: RetryHandlerOptions; timeoutMs: number }): Middleware[] {
  return [new BearerTokenHandler(options.allowedPrefix), new RetryHandler(options.retry), new TimeoutHandler(options.timeoutMs), new HTTPMessageHandler()];
}

/** One Graph request as both Graph clients (Teams, the shared mailbox) send it. */
export interface RawGraphRequest {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  body?: unknown;
  query?: Record<string, string | number> | undefined;
  headers?: Record<string, string> | undefined;
}

/**
 * Sends one request through the Graph client with its own token provider and a fresh
 * client-request-id, and returns what the client answered (a `Response` with `ResponseType.RAW`);
 * errors are thrown as the client throws them, for the caller to translate.
 */
export async function sendRawGraphRequest(client: Client, request: RawGraphRequest, tokens: AuthenticationProvider): Promise<unknown> {
  let builder = client
    .api(request.path)
    .responseType(ResponseType.RAW)
    .header('client-request-id', randomUUID())
    .headers(request.headers ?? {})
    .middlewareOptions([new AuthenticationHandlerOptions(tokens)]);
  if (request.query) builder = builder.query(request.query);
  if (request.method === 'GET') return builder.get();
  if (request.method === 'POST') return builder.post(request.body);
  return builder.patch(request.body);
}
