/**
 * The sandbox page (/sandbox/, /sandbox/chats/{id}), its assets, and the JSON API behind it:
 * list and read chats, post / edit / delete a message as a member, press a card button.
 * Local mode only and unauthenticated, like the rest of the dev tooling.
 */
import { readFile } from 'node:fs/promises';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { executeCardAction } from './bot-messages';
import { deleteUserMessage, editUserMessage, postUserMessage, requireMember } from './chats';
import type { SandboxCore } from './core';
import { forbidden, handle, notFound, param, parseInput, queryOf, readBody, sendJson, sendText } from './http';
import { unfurlLinks } from './link-unfurling';
import type { Chat } from './model';
import { PAGE_SCRIPT, PAGE_STYLE } from './page-assets';
import { renderAsOptions, renderMain, renderPage, renderSidebar, type PageModel } from './page';
import { chatList, conversationView } from './views';
import { activityFeedOf } from './graph-activity-feed';

const UserId = z.string().min(1).max(128);
const PostBody = z.object({ userId: UserId, text: z.string().trim().min(1).max(28_000) }).strict();
const DeleteBody = z.object({ userId: UserId }).strict();
const InvokeBody = z
  .object({
    userId: UserId,
    messageId: z.string().min(1),
    verb: z.string().min(1),
    data: z.unknown().optional(),
    actionId: z.string().nullish(),
    trigger: z.enum(['manual', 'automatic']).default('manual'),
  })
  .strict();
const ViewQuery = z.object({ tenant: z.string().optional(), chat: z.string().optional(), as: z.string().optional(), since: z.coerce.number().int().default(-1) });

const HTML_HEADERS = {
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'self'; img-src * data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
};

function chatOf(core: SandboxCore, req: Request): Chat {
  const chat = core.store.chat(param(req, 'chatId'));
  if (!chat) throw notFound('No such chat.');
  return chat;
}

async function pageModel(core: SandboxCore, input: { tenant?: string | undefined; chat?: string | undefined; as?: string | undefined }, deliveries: PageModel['deliveries']): Promise<PageModel> {
  const users = await core.directory.listAllUsers();
  const tenantIds = [...new Set(users.map((u) => u.tenantId))];
  const tenants = await Promise.all(tenantIds.map(async (id) => ({ id, name: (await core.directory.getTenant(id))?.name ?? id })));
  tenants.sort((a, b) => a.name.localeCompare(b.name));
  const found = input.chat ? core.store.conversation(input.chat) : undefined;
  const foundTenant = found ? (found.kind === 'chat' ? found.chat.tenantId : found.team.tenantId) : undefined;
  const tenantId = foundTenant ?? (input.tenant || undefined) ?? tenants[0]?.id;
  const memberIds = found?.kind === 'chat' ? found.chat.members.map((m) => m.userId) : [];
  const as = input.as && memberIds.includes(input.as) ? input.as : memberIds[0];
  const conversation = found ? await conversationView(core, found, as) : undefined;
  const teams = core.store.data.teams
    .filter((t) => t.tenantId === tenantId)
    .map((t) => ({ id: t.id, displayName: t.displayName, channels: t.channels.map((c) => ({ id: c.id, displayName: c.displayName, membershipType: c.membershipType })) }));
  const activity = activityFeedOf(core, tenantId, as);
  return { version: core.store.version, tenants, tenantId, chats: await chatList(core, tenantId), teams, conversation, as, deliveries, activity };
}

/** Mounts the page, its assets and /sandbox/api/*. */
export function mountPage(server: Server, core: SandboxCore): void {
  const route = (fn: (req: Request, res: Response) => Promise<void>) => handle(core.logger, false, fn);
  let adaptiveCardsBundle: Promise<Buffer> | undefined;
  const page = route(async (req, res) => {
    const q = queryOf(req);
    const chat = req.params && typeof Reflect.get(req.params, 'chatId') === 'string' ? param(req, 'chatId') : undefined;
    if (chat && !core.store.conversation(chat)) throw notFound('No such chat or channel.');
    const model = await pageModel(core, { tenant: q.get('tenant') ?? undefined, chat, as: q.get('as') ?? undefined }, core.delivery.log());
    sendText(res, 200, 'text/html; charset=utf-8', renderPage(model), HTML_HEADERS);
  });
  server.get('/sandbox', async (_req: Request, res: Response) => {
    res.writeHead(302, { location: '/sandbox/' });
    res.end();
  });
  server.get('/sandbox/', page);
  server.get('/sandbox/chats/:chatId', page);
  server.get('/sandbox/sandbox.js', route(async (_req, res) => sendText(res, 200, 'text/javascript; charset=utf-8', PAGE_SCRIPT, { 'cache-control': 'no-cache' })));
  server.get('/sandbox/sandbox.css', route(async (_req, res) => sendText(res, 200, 'text/css; charset=utf-8', PAGE_STYLE, { 'cache-control': 'no-cache' })));
  server.get('/sandbox/adaptivecards.js', route(async (_req, res) => {
    adaptiveCardsBundle ??= readFile(require.resolve('adaptivecards/dist/adaptivecards.min.js'));
    sendText(res, 200, 'text/javascript; charset=utf-8', await adaptiveCardsBundle, { 'cache-control': 'public, max-age=3600' });
  }));

  server.get('/sandbox/api/view', route(async (req, res) => {
    const q = parseInput(ViewQuery, Object.fromEntries(queryOf(req)));
    if (q.since === core.store.version) {
      res.writeHead(204, { 'cache-control': 'no-store' });
      res.end();
      return;
    }
    const model = await pageModel(core, { tenant: q.tenant, chat: q.chat || undefined, as: q.as }, core.delivery.log());
    sendJson(res, 200, { version: model.version, sidebar: renderSidebar(model), main: renderMain(model), asOptions: renderAsOptions(model) });
  }));

  server.get('/sandbox/api/chats', route(async (req, res) => {
    sendJson(res, 200, { chats: await chatList(core, queryOf(req).get('tenantId') ?? undefined) });
  }));
  server.get('/sandbox/api/chats/:chatId', route(async (req, res) => {
    const conversation = core.store.conversation(param(req, 'chatId'));
    if (!conversation) throw notFound('No such chat or channel.');
    const as = queryOf(req).get('as') ?? undefined;
    if (as !== undefined && conversation.kind === 'chat' && !conversation.chat.members.some((m) => m.userId === as)) throw forbidden('That user is not a member of this chat.');
    const view = await conversationView(core, conversation, as);
    sendJson(res, 200, as === undefined ? view : { ...view, messages: view.messages.filter((m) => m.visible) });
  }));
  server.get('/sandbox/api/deliveries', route(async (_req, res) => sendJson(res, 200, { deliveries: core.delivery.log() })));

  server.post('/sandbox/api/chats/:chatId/messages', route(async (req, res) => {
    const chat = chatOf(core, req);
    const body = await readBody(req, PostBody);
    requireMember(chat, body.userId);
    // As a Teams client: a link of the app's domain is unfurled (the bot asked) before the message is sent.
    const cards = await unfurlLinks(core, chat, body.userId, body.text);
    const message = postUserMessage(core, chat, body.userId, body.text, cards);
    sendJson(res, 201, { id: message.id });
  }));
  server.patch('/sandbox/api/chats/:chatId/messages/:messageId', route(async (req, res) => {
    const chat = chatOf(core, req);
    const body = await readBody(req, PostBody);
    const message = editUserMessage(core, chat, body.userId, param(req, 'messageId'), body.text);
    sendJson(res, 200, { id: message.id });
  }));
  server.del('/sandbox/api/chats/:chatId/messages/:messageId', route(async (req, res) => {
    const chat = chatOf(core, req);
    const body = await readBody(req, DeleteBody);
    deleteUserMessage(core, chat, body.userId, param(req, 'messageId'));
    res.writeHead(204, { 'cache-control': 'no-store' });
    res.end();
  }));
  server.post('/sandbox/api/chats/:chatId/invoke', route(async (req, res) => {
    const chat = chatOf(core, req);
    const body = await readBody(req, InvokeBody);
    const answer = await executeCardAction(core, chat, body.userId, { messageId: body.messageId, verb: body.verb, data: body.data, actionId: body.actionId ?? undefined, trigger: body.trigger });
    sendJson(res, 200, answer);
  }));
}
