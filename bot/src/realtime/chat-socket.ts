/**
 * The customer's edge, `GET /chat/ws?tenant=…&site=…` (protocol: chat-protocol.ts).
 *
 * Before the upgrade: new connections per client address are limited (429), the site must exist
 * (404) and the page's Origin must be one of the site's allowed origins (403): a refused request
 * never gets a socket. After it: every frame is checked with `ClientFrame`; a frame over
 * `maxPayload` closes the socket with 1009 (ws) and nothing is stored.
 *
 * Each socket is then a CustomerConnection (customer-connection.ts): frames and delivery.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { z } from 'zod';
import type { ChatSite } from '../domain/sessions/session';
import type { Locale } from '../domain/shared/types';
import { t } from '../i18n/catalog';
import { clientAddress } from '../http/rate-limits';
import { CustomerConnection, type ChatEdgeOptions } from './customer-connection';
import { SocketPool } from './socket-pool';
import { refuseUpgrade } from './upgrade-reply';

export type { ChatEdgeOptions } from './customer-connection';

export const CHAT_SOCKET_PATH = '/chat/ws';

const SocketQuery = z.object({ tenant: z.string().min(1).max(64), site: z.string().min(1).max(64) });


/** The exact origin of an Origin header or an allowed origin (scheme://host[:port], lower case, no path). */
function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.origin === 'null' ? null : url.origin.toLowerCase();
  } catch {
    return null;
  }
}

export function originAllowed(site: ChatSite, origin: string | undefined): boolean {
  const given = origin ? originOf(origin) : null;
  return given !== null && site.allowedOrigins.some((allowed) => originOf(allowed) === given);
}

export class ChatEdge {
  private readonly pool: SocketPool<CustomerConnection>;

  constructor(private readonly options: ChatEdgeOptions) {
    this.pool = new SocketPool({ maxPayloadBytes: options.maxPayloadBytes, heartbeatMs: options.heartbeatMs ?? 30_000 });
  }

  async handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://chat');
    const locale: Locale = 'en';
    const query = SocketQuery.safeParse({ tenant: url.searchParams.get('tenant') ?? undefined, site: url.searchParams.get('site') ?? undefined });
    if (!query.success) return refuseUpgrade(socket, 400, t(locale, 'realtime.refused.query'));
    const wait = await this.options.limits.connections.consume(clientAddress(req, this.options.behindProxy));
    if (wait !== null) return refuseUpgrade(socket, 429, t(locale, 'realtime.refused.rateLimited', { seconds: wait }), { 'Retry-After': String(wait) });
    let site: ChatSite | null;
    try {
      site = await this.options.sessions.site(query.data.tenant, query.data.site);
    } catch (error) {
      this.options.logger.error({ err: error }, 'chat socket: reading the site failed');
      return refuseUpgrade(socket, 503, t(locale, 'realtime.error.unavailable'));
    }
    if (!site) return refuseUpgrade(socket, 404, t(locale, 'realtime.refused.site'));
    if (!originAllowed(site, req.headers.origin)) return refuseUpgrade(socket, 403, t(site.language, 'realtime.refused.origin'));
    const known = site;
    this.pool.accept(req, socket, head, (ws) => new CustomerConnection(ws, known, clientAddress(req, this.options.behindProxy), this.options));
  }

  /** Open customer sockets (tests, diagnostics). */
  get connectionCount(): number {
    return this.pool.size;
  }

  /** Closes every socket (1001: the widget reconnects), terminating those still open after a short grace. */
  close(): Promise<void> {
    return this.pool.close();
  }
}
