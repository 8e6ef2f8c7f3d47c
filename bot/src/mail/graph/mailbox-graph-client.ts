/**
 * The Graph calls the shared support mailbox needs, app-only: raw MIME of a message (`$value`),
 * the Inbox's message delta, `sendMail` in MIME form, and subscription create/renew. It reuses
 * bot/src/graph's middleware chain (the bearer token only for GRAPH_BASE_URL, the SDK's
 * RetryHandler on 429/503/504 honouring `Retry-After`, a per-attempt timeout), but unlike
 * `GraphCaller` it sets request headers (`Prefer`, `Content-Type: text/plain`) and reads bodies as
 * bytes, which MIME needs. Ids are immutable ids throughout (`Prefer: IdType="ImmutableId"`).
 * Errors carry status and Graph's code, never a token, a body or a message id.
 */
import { Client, GraphError, type AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { DEFAULT_GRAPH_RETRY, DEFAULT_GRAPH_TIMEOUT_MS, graphBase, type GraphLogger } from '../../graph/graph-caller';
import { BoundedRetryOptions, graphMiddlewareChain, GraphTimeoutError, retryAfterSeconds, sendRawGraphRequest, type GraphRetryPolicy } from '../../graph/graph-middleware';
import type { GraphTokenProvider } from '../../graph/graph-tokens';

/** Graph's header asking for immutable ids (stable when a message moves between folders). */
export const IMMUTABLE_ID_PREFER = 'IdType="ImmutableId"';

/** A Graph call that failed: its HTTP status (0 when Graph was not reached) and Graph's error code. */
export class MailboxGraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'MailboxGraphError';
  }
}

export interface MailboxGraphClientOptions {
  /** GRAPH_BASE_URL, e.g. `https://graph.microsoft.com/v1.0`. */
  baseUrl: string;
  tokens: GraphTokenProvider;
  /** The tenant the mailbox lives in (app-only token from it). */
  tenantId: string;
  /** The shared mailbox's address (or user id). */
  mailbox: string;
  retry?: Partial<GraphRetryPolicy>;
  timeoutMs?: number;
  logger?: GraphLogger;
}

interface Call {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  route: string;
  headers?: Record<string, string>;
  body?: unknown;
}

const SubscriptionSchema = z.object({ id: z.string().min(1), expirationDateTime: z.string().min(1) });
/** A created or renewed subscription as Graph reports it. */
export type GraphSubscription = z.infer<typeof SubscriptionSchema>;

const DeltaPageSchema = z.object({
  value: z.array(z.object({ id: z.string().min(1), '@removed': z.unknown().optional() })),
  '@odata.nextLink': z.string().optional(),
  '@odata.deltaLink': z.string().optional(),
});

/** The body of `POST /subscriptions`. */
export interface SubscriptionRequest {
  changeType: 'created';
  notificationUrl: string;
  lifecycleNotificationUrl: string;
  resource: string;
  expirationDateTime: string;
  clientState: string;
}

/** A delta round: the ids added since the last link, and the link for the next round. */
export interface DeltaResult {
  addedIds: string[];
  deltaLink: string;
}

/** Follows `@odata.nextLink` at most this many times per round. */
const MAX_DELTA_PAGES = 50;

export class MailboxGraphClient {
  private readonly client: Client;
  private readonly base: string;
  private readonly user: string;

  constructor(private readonly options: MailboxGraphClientOptions) {
    const { host, version, base } = graphBase(options.baseUrl);
    this.base = base;
    this.user = `/users/${encodeURIComponent(options.mailbox)}`;
    const policy: GraphRetryPolicy = { ...DEFAULT_GRAPH_RETRY, ...options.retry };
    const retry = new BoundedRetryOptions(policy, (e) => options.logger?.warn({ status: e.status, attempt: e.attempt, retryAfterSeconds: e.retryAfterSeconds }, 'graph mailbox call retried'));
    this.client = Client.initWithMiddleware({
      baseUrl: host,
      defaultVersion: version,
      middleware: graphMiddlewareChain({ allowedPrefix: `${this.base}/`, retry, timeoutMs: options.timeoutMs ?? DEFAULT_GRAPH_TIMEOUT_MS }),
    });
  }

  /** The subscription resource: the mailbox's Inbox messages. */
  get inboxResource(): string {
    return `users/${this.options.mailbox}/mailFolders('Inbox')/messages`;
  }

  /** The whole MIME message (`GET /users/{mb}/messages/{id}/$value`), as bytes. */
  async rawMessage(immutableId: string): Promise<Buffer> {
    const response = await this.exchange({
      method: 'GET',
      path: `${this.user}/messages/${encodeURIComponent(immutableId)}/$value`,
      route: 'GET message $value',
      headers: { Prefer: IMMUTABLE_ID_PREFER },
    });
    return Buffer.from(await response.arrayBuffer());
  }

  /**
   * One delta round over the Inbox. With `deltaLink` null the round starts at `since`
   * (`$filter=receivedDateTime ge …`, the one filter message delta supports), so the first run
   * does not read the whole Inbox. Removed entries are skipped.
   */
  async delta(deltaLink: string | null, since: Date): Promise<DeltaResult> {
    const filter = `receivedDateTime ge ${since.toISOString().replace(/\.\d{3}Z$/, 'Z')}`;
    let path: string | null = deltaLink
      ? this.underBase(deltaLink)
      : `${this.user}/mailFolders('Inbox')/messages/delta?$select=id&$filter=${encodeURIComponent(filter)}`;
    const addedIds: string[] = [];
    for (let page = 0; path !== null && page < MAX_DELTA_PAGES; page++) {
      const response = await this.exchange({ method: 'GET', path, route: 'GET messages delta', headers: { Prefer: IMMUTABLE_ID_PREFER } });
      const parsed = DeltaPageSchema.safeParse(await readJson(response));
      if (!parsed.success) throw new MailboxGraphError(502, 'badGraphResponse', 'Microsoft Graph sent a delta page that does not match its documented shape');
      for (const item of parsed.data.value) if (item['@removed'] === undefined) addedIds.push(item.id);
      const final = parsed.data['@odata.deltaLink'];
      if (final) return { addedIds, deltaLink: final };
      const next = parsed.data['@odata.nextLink'];
      path = next ? this.underBase(next) : null;
    }
    throw new MailboxGraphError(502, 'badGraphResponse', 'Microsoft Graph ended a delta round without a deltaLink');
  }

  /** `POST /users/{mb}/sendMail` with the MIME message base64-encoded, `Content-Type: text/plain`. */
  async sendMime(raw: Buffer): Promise<void> {
    await this.exchange({ method: 'POST', path: `${this.user}/sendMail`, route: 'POST sendMail', headers: { 'Content-Type': 'text/plain' }, body: raw.toString('base64') });
  }

  /** `POST /subscriptions` (with immutable ids, so notifications carry them). */
  async createSubscription(request: SubscriptionRequest): Promise<GraphSubscription> {
    const response = await this.exchange({ method: 'POST', path: '/subscriptions', route: 'POST subscriptions', headers: { Prefer: IMMUTABLE_ID_PREFER, 'Content-Type': 'application/json' }, body: request });
    return this.subscription(response);
  }

  /** `PATCH /subscriptions/{id}` with a new expiry. */
  async renewSubscription(id: string, expirationDateTime: string): Promise<GraphSubscription> {
    const response = await this.exchange({ method: 'PATCH', path: `/subscriptions/${encodeURIComponent(id)}`, route: 'PATCH subscription', headers: { 'Content-Type': 'application/json' }, body: { expirationDateTime } });
    return this.subscription(response);
  }

  private async subscription(response: Response): Promise<GraphSubscription> {
    const parsed = SubscriptionSchema.safeParse(await readJson(response));
    if (!parsed.success) throw new MailboxGraphError(502, 'badGraphResponse', 'Microsoft Graph sent a subscription that does not match its documented shape');
    return parsed.data;
  }

  /** A link Graph gave us, as a path under the base URL; a link elsewhere is refused (no token leaves). */
  private underBase(link: string): string {
    if (!link.startsWith(`${this.base}/`)) throw new MailboxGraphError(502, 'badGraphResponse', 'Microsoft Graph sent a link outside the configured base URL');
    return link.slice(this.base.length);
  }

  private async exchange(call: Call): Promise<Response> {
    const provider: AuthenticationProvider = { getAccessToken: () => this.options.tokens.forApp(this.options.tenantId) };
    let raw: unknown;
    try {
      raw = await sendRawGraphRequest(this.client, call, provider);
    } catch (error) {
      if (error instanceof GraphTimeoutError || (error instanceof GraphError && error.code === 'GraphTimeoutError')) {
        throw new MailboxGraphError(504, 'timeout', `Microsoft Graph did not answer ${call.route} in time`);
      }
      if (error instanceof MailboxGraphError) throw error;
      throw new MailboxGraphError(0, 'graphUnreachable', `Could not reach Microsoft Graph for ${call.route}`);
    }
    if (!(raw instanceof Response)) throw new MailboxGraphError(502, 'badGraphResponse', `No HTTP response for ${call.route}`);
    if (!raw.ok) throw await refusal(call, raw);
    return raw;
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text());
  } catch {
    return undefined;
  }
}

const ErrorBodySchema = z.object({ error: z.object({ code: z.string() }) });

async function refusal(call: Call, response: Response): Promise<MailboxGraphError> {
  const parsed = ErrorBodySchema.safeParse(await readJson(response));
  const code = parsed.success ? parsed.data.error.code : 'graphError';
  return new MailboxGraphError(response.status, code, `Microsoft Graph answered ${call.route} with ${response.status} ${code}`, retryAfterSeconds(response));
}
