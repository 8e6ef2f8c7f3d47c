/**
 * Local mode only, like /dev/token: what Casebridge "sent". `GET /dev/outbox` (JSON, in the route
 * table and OpenAPI), `GET /dev/outbox/{id}.eml` (the MIME as a download) and the browser pages
 * `/sandbox/outbox` and `/sandbox/outbox/{id}`. The last three write bytes or HTML, which the JSON
 * route table does not, so they are mounted on restify directly.
 */
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { resolveLocale } from '../i18n/catalog';
import { anonymousRoute, json, NO_BODY, NO_PARAMS, type Route } from '../http/route';
import type { LocalOutboxProvider } from '../mail/outbox-provider';
import { viewOutboxMessage, type OutboxMessageView } from './outbox/outbox-message';
import { OUTBOX_PAGE_HEADERS, renderOutboxList, renderOutboxMessage, renderOutboxNotFound } from './outbox/outbox-page';
import { handle, notFound, param, sendText } from './teams/http';

const OutboxList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      to: z.array(z.string()),
      subject: z.string(),
      messageId: z.string(),
      sentAt: z.string(),
      raw: z.string(),
    }),
  ),
});

/** `GET /dev/outbox`: sent mail, newest first, each with its whole MIME. */
export function outboxRoutes(outbox: LocalOutboxProvider): Route[] {
  return [
    anonymousRoute({
      method: 'get', path: '/dev/outbox', operationId: 'devListOutbox', summary: 'Local mode: mail Casebridge sent, newest first, with the raw MIME', tag: 'dev',
      params: NO_PARAMS, query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }), body: NO_BODY,
      responses: { 200: { description: 'Sent mail', schema: OutboxList } },
      handle: async ({ query }) => {
        const items = await outbox.list(query.limit);
        const raws = await Promise.all(items.map((i) => outbox.get(i.id)));
        return json(200, {
          items: items.map((i, n) => ({ id: i.id, to: i.to, subject: i.subject, messageId: i.messageId, sentAt: i.sentAt, raw: raws[n]?.toString('utf8') ?? '' })),
        });
      },
    }),
  ];
}

/** Mounts `/dev/outbox/{id}.eml` and the `/sandbox/outbox` pages. */
export function mountOutboxPages(server: Server, outbox: LocalOutboxProvider, logger: Logger): void {
  const route = (fn: (req: Request, res: Response) => Promise<void>) => handle(logger, false, fn);
  const localeOf = (req: Request) => resolveLocale(req.headers['accept-language']);

  server.get('/dev/outbox/:file', route(async (req, res) => {
    const id = /^(.+)\.eml$/.exec(param(req, 'file'))?.[1];
    const raw = id === undefined ? null : await outbox.get(id);
    if (!raw || id === undefined) throw notFound('No such message in the outbox.');
    sendText(res, 200, 'message/rfc822', raw, {
      'content-disposition': `attachment; filename="${id}.eml"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
  }));
  server.get('/sandbox/outbox', route(async (req, res) => {
    sendText(res, 200, 'text/html; charset=utf-8', renderOutboxList(localeOf(req), await outbox.list(200)), OUTBOX_PAGE_HEADERS);
  }));
  server.get('/sandbox/outbox/:id', route(async (req, res) => {
    const locale = localeOf(req);
    const id = param(req, 'id');
    const raw = await outbox.get(id);
    if (!raw) {
      sendText(res, 404, 'text/html; charset=utf-8', renderOutboxNotFound(locale), OUTBOX_PAGE_HEADERS);
      return;
    }
    let view: OutboxMessageView | null = null;
    try {
      view = await viewOutboxMessage(raw);
    } catch (error) {
      logger.warn({ err: error, id }, 'outbox message could not be parsed for display');
    }
    sendText(res, 200, 'text/html; charset=utf-8', renderOutboxMessage(locale, id, view), OUTBOX_PAGE_HEADERS);
  }));
}
