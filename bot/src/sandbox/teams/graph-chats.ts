/**
 * Graph v1.0 chat endpoints: create, list (the caller's, newest first), get, rename, members
 * (list, add one, add many), messages (list what the caller may see, post) and installed apps.
 */
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { addMembers, createChat, installApp, postUserMessage, renameChat } from './chats';
import { namesOf, type Actor, type SandboxCore } from './core';
import { callerOf, chatFor, contextUrl, GRAPH_PREFIX, graphBase, MemberBody, requireUser, resolveAppBind, toNewMember, type ValidateToken } from './graph-common';
import { graphChat, graphInstallation, graphMember, graphMessage, lastMessagePreview, type Json } from './graph-shapes';
import { badRequest, forbidden, handle, param, queryOf, readBody, sendEmpty, sendJson } from './http';
import { isVisibleTo, lastMessageOf, RscPermissionSchema, type Chat } from './model';
import { applySelect, parseExpand, parseFilter, parseSkipToken, parseTop, skipToken, type FilterClause } from './odata';

const CreateChatBody = z
  .object({
    '@odata.type': z.literal('#microsoft.graph.chat').optional(),
    chatType: z.enum(['group', 'oneOnOne']),
    topic: z.string().nullable().optional(),
    members: z.array(MemberBody).min(1),
  })
  .strict();

const PatchChatBody = z.object({ '@odata.type': z.literal('#microsoft.graph.chat').optional(), topic: z.string() }).strict();
const AddMembersBody = z.object({ values: z.array(MemberBody).min(1) }).strict();
const InstallBody = z
  .object({
    'teamsApp@odata.bind': z.string().min(1),
    consentedPermissionSet: z.object({ resourceSpecificPermissions: z.array(RscPermissionSchema) }).strict().optional(),
  })
  .strict();
const PostMessageBody = z
  .object({
    body: z.object({ contentType: z.enum(['text', 'html']).optional(), content: z.string().min(1) }).strict(),
    subject: z.string().nullable().optional(),
    importance: z.enum(['normal', 'high', 'urgent']).optional(),
  })
  .strict();

const CHAT_FILTER = { eq: ['chattype', 'topic'], any: { members: ['displayname', 'userid', 'email'] } };

async function chatJson(core: SandboxCore, chat: Chat, expand: Set<string>): Promise<Json> {
  const json = graphChat(chat, core.pageUrl());
  if (expand.size === 0) return json;
  const people = await namesOf(core, chat.tenantId, [...chat.members.map((m) => m.userId), ...chat.messages.flatMap((m) => (m.fromUserId ? [m.fromUserId] : []))]);
  if (expand.has('members')) json.members = chat.members.map((m) => graphMember(m, people.get(m.userId), chat.tenantId));
  if (expand.has('lastMessagePreview')) json.lastMessagePreview = lastMessagePreview(chat, people, { id: core.botId, name: core.botName });
  return json;
}

async function matches(core: SandboxCore, chat: Chat, clauses: FilterClause[]): Promise<boolean> {
  for (const clause of clauses) {
    if (clause.kind === 'eq') {
      const actual = clause.property === 'chattype' ? graphChat(chat, '').chatType : chat.topic;
      if (actual !== clause.value) return false;
      continue;
    }
    const people = await namesOf(core, chat.tenantId, chat.members.map((m) => m.userId));
    const found = chat.members.some((m) => {
      const person = people.get(m.userId);
      const value = clause.property === 'userid' ? m.userId : clause.property === 'email' ? person?.email : person?.displayName;
      return (value ?? '').toLowerCase() === clause.value.toLowerCase();
    });
    if (!found) return false;
  }
  return true;
}

const lastActivity = (chat: Chat): number => Date.parse(lastMessageOf(chat.messages)?.createdDateTime ?? chat.createdDateTime);

async function listChats(core: SandboxCore, actor: Actor, req: Request, res: Response): Promise<void> {
  const userId = requireUser(actor);
  const q = queryOf(req);
  const top = parseTop(q.get('$top'), 50, 20);
  const offset = parseSkipToken(q.get('$skiptoken'));
  const expand = parseExpand(q.get('$expand'), ['members', 'lastMessagePreview']);
  const clauses = parseFilter(q.get('$filter'), CHAT_FILTER);
  const orderBy = (q.get('$orderby') ?? '').trim().replace(/\s+/g, ' ');
  if (orderBy !== '' && orderBy.toLowerCase() !== 'lastmessagepreview/createddatetime desc') throw badRequest(`Unsupported $orderby: ${orderBy}`);
  const mine = core.store.data.chats.filter((c) => c.kind !== 'personal' && c.tenantId === actor.tenantId && c.members.some((m) => m.userId === userId));
  const kept: Chat[] = [];
  for (const chat of mine) if (await matches(core, chat, clauses)) kept.push(chat);
  const key = orderBy === '' ? (c: Chat) => Date.parse(c.lastUpdatedDateTime) : lastActivity;
  kept.sort((a, b) => key(b) - key(a) || a.id.localeCompare(b.id));
  const page = kept.slice(offset, offset + top);
  const value = await Promise.all(page.map(async (c) => applySelect(await chatJson(core, c, expand), q.get('$select'), expand)));
  const body: Json = { '@odata.context': contextUrl(core, 'chats'), value };
  if (offset + top < kept.length) {
    const next = new URLSearchParams(q);
    next.set('$skiptoken', skipToken(offset + top));
    next.set('$top', String(top));
    body['@odata.nextLink'] = `${graphBase(core)}/me/chats?${next.toString().replace(/%24/g, '$')}`;
  }
  sendJson(res, 200, body);
}

/** Mounts the chat endpoints under /sandbox/graph/v1.0. */
export function mountGraphChats(server: Server, core: SandboxCore, validate: ValidateToken): void {
  const P = GRAPH_PREFIX;
  const route = (fn: (actor: Actor, req: Request, res: Response) => Promise<void>) =>
    handle(core.logger, true, async (req, res) => fn(await callerOf(req, validate, core.botId), req, res));

  server.post(`${P}/chats`, route(async (actor, req, res) => {
    const body = await readBody(req, CreateChatBody);
    const members = await Promise.all(body.members.map((m) => toNewMember(core, actor.tenantId, m)));
    const chat = await createChat(core, actor, { kind: body.chatType, topic: body.topic ?? null, members });
    sendJson(res, 201, { '@odata.context': contextUrl(core, 'chats/$entity'), ...graphChat(chat, core.pageUrl()) });
  }));

  for (const path of [`${P}/me/chats`, `${P}/chats`]) server.get(path, route((actor, req, res) => listChats(core, actor, req, res)));
  server.get(`${P}/users/:userId/chats`, route(async (actor, req, res) => {
    if (param(req, 'userId') !== actor.userId) throw forbidden('Delegated callers can only list their own chats.');
    await listChats(core, actor, req, res);
  }));

  for (const base of [`${P}/chats/:chatId`, `${P}/me/chats/:chatId`]) {
    server.get(base, route(async (actor, req, res) => {
      const chat = chatFor(core, actor, param(req, 'chatId'));
      const expand = parseExpand(queryOf(req).get('$expand'), ['members', 'lastMessagePreview']);
      sendJson(res, 200, { '@odata.context': contextUrl(core, 'chats/$entity'), ...applySelect(await chatJson(core, chat, expand), queryOf(req).get('$select'), expand) });
    }));
    server.get(`${base}/members`, route(async (actor, req, res) => {
      const chat = chatFor(core, actor, param(req, 'chatId'));
      const people = await namesOf(core, chat.tenantId, chat.members.map((m) => m.userId));
      sendJson(res, 200, { '@odata.context': contextUrl(core, `chats('${chat.id}')/members`), value: chat.members.map((m) => graphMember(m, people.get(m.userId), chat.tenantId)) });
    }));
    server.get(`${base}/messages`, route(async (actor, req, res) => {
      const chat = chatFor(core, actor, param(req, 'chatId'));
      const q = queryOf(req);
      const top = parseTop(q.get('$top'), 50, 20);
      const offset = parseSkipToken(q.get('$skiptoken'));
      const orderBy = (q.get('$orderby') ?? 'lastModifiedDateTime desc').trim().replace(/\s+/g, ' ');
      if (!['lastmodifieddatetime desc', 'createddatetime desc'].includes(orderBy.toLowerCase())) throw badRequest(`Unsupported $orderby: ${orderBy}`);
      const field = orderBy.toLowerCase().startsWith('created') ? 'createdDateTime' : 'lastModifiedDateTime';
      const member = actor.userId === null ? undefined : chat.members.find((m) => m.userId === actor.userId);
      const visible = chat.messages.filter((m) => member === undefined || isVisibleTo(member, m)).sort((a, b) => Date.parse(b[field]) - Date.parse(a[field]) || Number(b.id) - Number(a.id));
      const people = await namesOf(core, chat.tenantId, visible.flatMap((m) => [...(m.fromUserId ? [m.fromUserId] : []), ...(m.event?.userIds ?? []), ...(m.event?.initiatorUserId ? [m.event.initiatorUserId] : [])]));
      const ctx = { chatId: chat.id, tenantId: chat.tenantId, people, bot: { id: core.botId, name: core.botName } };
      const body: Json = { '@odata.context': contextUrl(core, `chats('${chat.id}')/messages`), value: visible.slice(offset, offset + top).map((m) => graphMessage(m, ctx)) };
      if (offset + top < visible.length) body['@odata.nextLink'] = `${graphBase(core)}/chats/${encodeURIComponent(chat.id)}/messages?$top=${top}&$skiptoken=${skipToken(offset + top)}`;
      sendJson(res, 200, body);
    }));
  }

  server.patch(`${P}/chats/:chatId`, route(async (actor, req, res) => {
    const chat = chatFor(core, actor, param(req, 'chatId'));
    const body = await readBody(req, PatchChatBody);
    renameChat(core, actor, chat, body.topic);
    sendJson(res, 200, { '@odata.context': contextUrl(core, 'chats/$entity'), ...graphChat(chat, core.pageUrl()) });
  }));

  server.post(`${P}/chats/:chatId/members`, route(async (actor, req, res) => {
    const chat = chatFor(core, actor, param(req, 'chatId'));
    const body = await readBody(req, MemberBody);
    const [member] = await addMembers(core, actor, chat, [await toNewMember(core, chat.tenantId, body)]);
    if (!member) throw badRequest('No member added.');
    const people = await namesOf(core, chat.tenantId, [member.userId]);
    sendJson(res, 201, { '@odata.context': contextUrl(core, `chats('${chat.id}')/members/$entity`), ...graphMember(member, people.get(member.userId), chat.tenantId) }, {
      location: `/chats/${chat.id}/members/${member.membershipId}`,
    });
  }));

  server.post(`${P}/chats/:chatId/members/add`, route(async (actor, req, res) => {
    const chat = chatFor(core, actor, param(req, 'chatId'));
    const body = await readBody(req, AddMembersBody);
    const members = await Promise.all(body.values.map((m) => toNewMember(core, chat.tenantId, m)));
    const added = await addMembers(core, actor, chat, members);
    sendJson(res, 200, {
      '@odata.context': contextUrl(core, 'Collection(microsoft.graph.actionResultPart)'),
      value: added.map((m) => ({ '@odata.type': '#microsoft.graph.aadUserConversationMemberResult', userId: m.userId, error: null })),
    });
  }));

  server.post(`${P}/chats/:chatId/messages`, route(async (actor, req, res) => {
    const chat = chatFor(core, actor, param(req, 'chatId'));
    const userId = requireUser(actor);
    const body = await readBody(req, PostMessageBody);
    const text = body.body.contentType === 'html' ? body.body.content.replace(/<[^>]*>/g, '') : body.body.content;
    const message = postUserMessage(core, chat, userId, text);
    const people = await namesOf(core, chat.tenantId, [userId]);
    sendJson(res, 201, { '@odata.context': contextUrl(core, `chats('${chat.id}')/messages/$entity`), ...graphMessage(message, { chatId: chat.id, tenantId: chat.tenantId, people, bot: { id: core.botId, name: core.botName } }) });
  }));

  server.get(`${P}/chats/:chatId/installedApps`, route(async (actor, req, res) => {
    const chat = chatFor(core, actor, param(req, 'chatId'));
    sendJson(res, 200, { '@odata.context': contextUrl(core, `chats('${chat.id}')/installedApps`), value: chat.installedApps.map((a) => graphInstallation(a, core.botName)) });
  }));

  server.post(`${P}/chats/:chatId/installedApps`, route(async (actor, req, res) => {
    const chat = chatFor(core, actor, param(req, 'chatId'), { appMustBeInstalled: false });
    const body = await readBody(req, InstallBody);
    installApp(core, actor, chat, { teamsAppId: resolveAppBind(body['teamsApp@odata.bind']), permissions: body.consentedPermissionSet?.resourceSpecificPermissions ?? [] });
    sendEmpty(res, 201);
  }));
}
