/**
 * The local Teams sandbox over real HTTP: its Graph subset (with dev tokens), the activities it
 * delivers to /api/messages, its connector (driven by a real botbuilder CloudAdapter bot and
 * ConnectorClient), its page and JSON API, and its saved state. The sandbox is mounted on a
 * minimal restify server of the test's own, with a bot endpoint that records every activity.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import pino from 'pino';
import restify from 'restify';
import { z } from 'zod';
import { readJsonBody } from '../../bot/src/http/body';
import { MemoryDirectoryRepository } from '../../bot/src/storage/memory/memory-repositories';
import { CONTOSO, DEMO_USERS, FABRIKAM, tenants, users } from '../../bot/src/sandbox/demo-data';
import { createDevIssuer } from '../../bot/src/sandbox/dev-issuer';
import { mountTeamsSandbox, type TeamsSandbox } from '../../bot/src/sandbox/teams';
import { StateSchema } from '../../bot/src/sandbox/teams/model';
import { call } from '../fixtures/api-client';

const BOT_ID = '00000000-0000-4000-8000-0000000b0701';
const G = '/sandbox/graph/v1.0';
const { mads, sofie, erik, ingrid, oskar, karin, nora } = DEMO_USERS;

type Activity = Record<string, unknown>;
const captured: Activity[] = [];
const botSaw = { membersAdded: [] as unknown[], edits: [] as string[], deletes: [] as string[] };
let failNext = 0;

const card = (text: string) => ({
  type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text }],
  actions: [{ type: 'Action.Execute', title: 'Assign to me', verb: 'assignToMe', data: { recordId: 'case-001' } }],
});

/** A real botbuilder bot: welcomes with a card, echoes, answers card actions with a new card. */
class TestBot extends TeamsActivityHandler {
  constructor() {
    super();
    this.onInstallationUpdateAdd(async (context, next) => {
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card('Welcome'))));
      await next();
    });
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      if (text.startsWith('echo ')) await context.sendActivity(`Echo: ${text.slice(5)}`);
      await next();
    });
    this.onTeamsMembersAddedEvent(async (membersAdded, _team, _context, next) => {
      botSaw.membersAdded.push(...membersAdded);
      await next();
    });
    this.onTeamsMessageEditEvent(async (context, next) => {
      botSaw.edits.push(context.activity.text ?? '');
      await next();
    });
    this.onTeamsMessageSoftDeleteEvent(async (context, next) => {
      botSaw.deletes.push(context.activity.id ?? '');
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext): Promise<AdaptiveCardInvokeResponse> {
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card(`Assigned to ${context.activity.from.name ?? '?'}`) };
  }
}

let server: restify.Server;
let sandbox: TeamsSandbox;
let base: string;
let dataDir: string;
let directory: MemoryDirectoryRepository;
const tokens = new Map<string, string>();
const token = (userId: string): string => tokens.get(userId) ?? '';

function startSandbox(target: restify.Server): TeamsSandbox {
  return mountTeamsSandbox(target, {
    validateToken: (t) => issuerValidate(t),
    directory,
    botId: BOT_ID,
    logger: pino({ level: 'silent' }),
    dataDir,
    delivery: { backoffMs: [20, 40] },
  });
}
let issuerValidate: (t: string) => Promise<{ tenantId: string; userId: string }>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'teams-sandbox-test-'));
  directory = new MemoryDirectoryRepository();
  for (const t of tenants) await directory.putTenant(t);
  for (const u of users) await directory.putUser(u);
  const issuer = await createDevIssuer({ dataDir, publicUrl: 'http://127.0.0.1', audience: 'teams-sandbox-test' });
  issuerValidate = (t) => issuer.validator.validate(t);
  for (const u of users) tokens.set(u.id, (await issuer.sign({ tenantId: u.tenantId, userId: u.id, name: u.displayName, email: u.email })).token);
  tokens.set(BOT_ID, (await issuer.sign({ tenantId: CONTOSO, userId: BOT_ID, name: 'Casebridge', email: '' })).token);

  server = restify.createServer({ handleUncaughtExceptions: false });
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant' }));
  const bot = new TestBot();
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    const body = await readJsonBody(req, 1_000_000);
    if (failNext > 0) {
      failNext--;
      res.writeHead(500);
      res.end();
      return;
    }
    // A copy: botbuilder rewrites membersAdded in place when it resolves members.
    captured.push(z.record(z.string(), z.unknown()).parse(structuredClone(body)));
    req.body = body;
    await adapter.process(req, res, (context) => bot.run(context));
  });
  sandbox = startSandbox(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await sandbox.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dataDir, { recursive: true, force: true });
}, 60_000);

const Id = z.object({ id: z.string() });
const Collection = z.object({ value: z.array(z.record(z.string(), z.unknown())), '@odata.nextLink': z.string().optional() });
const bind = (id: string) => `https://graph.microsoft.com/v1.0/users('${id}')`;
const member = (id: string, extra: Record<string, unknown> = {}) => ({ '@odata.type': '#microsoft.graph.aadUserConversationMember', roles: ['owner'], 'user@odata.bind': bind(id), ...extra });
const graph = (method: string, p: string, as: string, body?: unknown) => call(base, method, `${G}${p}`, { token: token(as), body });
const chatPath = (id: string) => `/chats/${encodeURIComponent(id)}`;

async function createChat(as: string, memberIds: string[], topic: string): Promise<string> {
  const res = await graph('POST', '/chats', as, { chatType: 'group', topic, members: [as, ...memberIds].map((m) => member(m)) });
  expect(res.status).toBe(201);
  return Id.parse(res.body).id;
}

async function chatJson(chatId: string, as?: string) {
  const res = await call(base, 'GET', `/sandbox/api/chats/${encodeURIComponent(chatId)}${as ? `?as=${as}` : ''}`);
  expect(res.status).toBe(200);
  return z
    .object({
      members: z.array(z.object({ userId: z.string(), visibleHistoryStartDateTime: z.string() })),
      messages: z.array(z.object({ id: z.string(), kind: z.string(), text: z.string(), deletedDateTime: z.string().nullable(), attachments: z.array(z.object({ contentType: z.string(), content: z.unknown() })) })),
    })
    .parse(res.body);
}

describe('Graph: authentication and chat lists', () => {
  test('no token or a bad token is 401 with a Graph error body', async () => {
    const none = await call(base, 'GET', `${G}/me/chats`);
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ error: { code: 'InvalidAuthenticationToken', message: expect.any(String) } });
    const bad = await call(base, 'GET', `${G}/me/chats`, { token: 'not.a.token' });
    expect(bad.status).toBe(401);
  });

  test('the seeded chats are listed newest first, paged by $top, filtered and ordered as Graph documents', async () => {
    const all = Collection.parse((await graph('GET', '/me/chats', mads)).body).value;
    expect(all.length).toBeGreaterThanOrEqual(3);
    const times = all.map((c) => Date.parse(String(c.lastUpdatedDateTime)));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(all.map((c) => c.chatType)).toContain('oneOnOne');
    expect(all[0]).toMatchObject({ id: expect.stringMatching(/^19:/), chatType: expect.any(String), tenantId: CONTOSO, webUrl: expect.any(String) });

    const page = Collection.parse((await graph('GET', '/me/chats?$top=2', mads)).body);
    expect(page.value).toHaveLength(2);
    expect(page['@odata.nextLink']).toContain('$skiptoken=');
    expect((await graph('GET', '/me/chats?$top=51', mads)).status).toBe(400);

    const ordered = await graph('GET', `/me/chats?$top=50&$orderby=${encodeURIComponent('lastMessagePreview/createdDateTime desc')}&$expand=lastMessagePreview`, mads);
    expect(ordered.status).toBe(200);
    expect(Collection.parse(ordered.body).value[0]).toMatchObject({ lastMessagePreview: { body: { content: expect.any(String) } } });
    expect((await graph('GET', '/me/chats?$orderby=topic', mads)).status).toBe(400);

    const groups = Collection.parse((await graph('GET', `/me/chats?$filter=${encodeURIComponent("chatType eq 'group'")}`, mads)).body).value;
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every((c) => c.chatType === 'group')).toBe(true);
    const withSofie = Collection.parse((await graph('GET', `/me/chats?$expand=members&$filter=${encodeURIComponent("members/any(o: o/displayname eq 'Sofie Kristensen')")}`, mads)).body).value;
    expect(withSofie.length).toBeGreaterThan(0);
    expect(withSofie.every((c) => JSON.stringify(c.members).includes(sofie))).toBe(true);
    expect((await graph('GET', `/me/chats?$filter=${encodeURIComponent("startswith(topic,'x')")}`, mads)).status).toBe(400);
  });

  test('unknown Graph resources are 400, as Graph answers', async () => {
    const res = await graph('GET', '/me/nonsense', mads);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'BadRequest' } });
  });
});

describe('Graph: a new group chat, members and history', () => {
  let chatId: string;

  beforeAll(async () => {
    chatId = await createChat(mads, [sofie, erik], 'CAS-01042 · Printer offline');
  });

  test('POST /chats answers the documented chat and the new chat is the newest', async () => {
    const res = await graph('GET', chatPath(chatId), mads);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ '@odata.context': expect.stringContaining('$metadata#chats/$entity'), id: chatId, topic: 'CAS-01042 · Printer offline', chatType: 'group' });
    expect(chatId).toMatch(/^19:[0-9a-f]{32}@thread\.v2$/);
    expect(Collection.parse((await graph('GET', '/me/chats', mads)).body).value[0]?.id).toBe(chatId);
  });

  test('bad bodies, a creator outside the members and a topic with a colon are 400', async () => {
    expect((await graph('POST', '/chats', mads, { chatType: 'group', topic: 'x' })).status).toBe(400);
    expect((await graph('POST', '/chats', mads, { chatType: 'group', members: [member(sofie), member(erik)] })).status).toBe(400);
    expect((await graph('POST', '/chats', mads, { chatType: 'group', topic: 'a: b', members: [member(mads), member(sofie)] })).status).toBe(400);
    expect((await graph('POST', '/chats', mads, { chatType: 'group', members: [member(mads), { ...member(sofie), extra: 1 }] })).status).toBe(400);
    expect((await graph('POST', '/chats', mads, { chatType: 'group', members: [member(mads), member(nora)] })).status).toBe(404);
  });

  test("another tenant's caller and a non-member cannot see the chat", async () => {
    expect((await graph('GET', chatPath(chatId), nora)).status).toBe(404);
    expect((await graph('GET', chatPath(chatId), ingrid)).status).toBe(404);
    const noras = Collection.parse((await graph('GET', '/me/chats', nora)).body).value;
    expect(noras.some((c) => c.tenantId === CONTOSO)).toBe(false);
  });

  test('members added with all, later or no history see what Graph says they see', async () => {
    const before = await call(base, 'POST', `/sandbox/api/chats/${encodeURIComponent(chatId)}/messages`, { body: { userId: sofie, text: 'Before anyone joined' } });
    expect(before.status).toBe(201);
    await new Promise((r) => setTimeout(r, 5));

    const full = await graph('POST', `${chatPath(chatId)}/members`, mads, member(ingrid, { visibleHistoryStartDateTime: '0001-01-01T00:00:00Z' }));
    expect(full.status).toBe(201);
    expect(full.headers.get('location')).toContain('/members/');
    expect(full.body).toMatchObject({ userId: ingrid, visibleHistoryStartDateTime: '0001-01-01T00:00:00Z' });
    const none = await graph('POST', `${chatPath(chatId)}/members`, mads, member(oskar));
    expect(none.status).toBe(201);
    const later = new Date(Date.now() + 50).toISOString();
    expect((await graph('POST', `${chatPath(chatId)}/members`, mads, member(karin, { visibleHistoryStartDateTime: later }))).status).toBe(201);
    expect((await graph('POST', `${chatPath(chatId)}/members`, mads, member(ingrid))).status).toBe(409);
    await new Promise((r) => setTimeout(r, 60));
    await call(base, 'POST', `/sandbox/api/chats/${encodeURIComponent(chatId)}/messages`, { body: { userId: erik, text: 'After they joined' } });

    const texts = async (as: string) => (await chatJson(chatId, as)).messages.filter((m) => m.kind === 'user').map((m) => m.text);
    expect(await texts(ingrid)).toEqual(['Before anyone joined', 'After they joined']);
    expect(await texts(oskar)).toEqual(['After they joined']);
    expect(await texts(karin)).toEqual(['After they joined']);

    const graphMessages = Collection.parse((await graph('GET', `${chatPath(chatId)}/messages`, ingrid)).body).value;
    expect(graphMessages.filter((m) => m.messageType === 'message').map((m) => m.body)).toEqual([
      { contentType: 'text', content: 'After they joined' },
      { contentType: 'text', content: 'Before anyone joined' },
    ]);
    const members = Collection.parse((await graph('GET', `${chatPath(chatId)}/members`, ingrid)).body).value;
    expect(members.find((m) => m.userId === ingrid)).toMatchObject({ '@odata.type': '#microsoft.graph.aadUserConversationMember', displayName: 'Ingrid Johansson', visibleHistoryStartDateTime: '0001-01-01T00:00:00Z' });
    expect(String(members.find((m) => m.userId === oskar)?.visibleHistoryStartDateTime)).not.toBe('0001-01-01T00:00:00Z');
  });

  test('PATCH renames a group chat; a colon is refused', async () => {
    const res = await graph('PATCH', chatPath(chatId), mads, { topic: 'CAS-01042 · Printer fixed' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ topic: 'CAS-01042 · Printer fixed' });
    expect((await graph('PATCH', chatPath(chatId), mads, { topic: 'no: colons' })).status).toBe(400);
  });
});

describe('activities to the bot and the connector', () => {
  let chatId: string;

  beforeAll(async () => {
    chatId = await createChat(mads, [sofie], 'Bot chat');
    await call(base, 'POST', `/sandbox/api/chats/${encodeURIComponent(chatId)}/messages`, { body: { userId: sofie, text: 'Not for the bot: it is not installed yet' } });
    await sandbox.idle();
    captured.length = 0;
  });

  test('installing the app delivers installationUpdate then conversationUpdate, and the bot welcomes with a card', async () => {
    const install = { 'teamsApp@odata.bind': 'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/casebridge-local-app', consentedPermissionSet: { resourceSpecificPermissions: [{ permissionValue: 'ChatMessage.Read.Chat', permissionType: 'Application' }] } };
    const res = await graph('POST', `${chatPath(chatId)}/installedApps`, mads, install);
    expect(res.status).toBe(201);
    await sandbox.idle();
    const common = {
      channelId: 'msteams',
      serviceUrl: sandbox.connectorUrl,
      from: { id: `29:${mads}`, aadObjectId: mads },
      conversation: { id: chatId, conversationType: 'groupChat', isGroup: true, tenantId: CONTOSO },
      recipient: { id: `28:${BOT_ID}` },
      channelData: { tenant: { id: CONTOSO } },
      locale: 'da-DK',
      entities: [{ type: 'clientInfo', locale: 'da-DK' }],
    };
    expect(captured).toHaveLength(2);
    expect(captured[0]).toMatchObject({ ...common, type: 'installationUpdate', action: 'add' });
    expect(captured[1]).toMatchObject({ ...common, type: 'conversationUpdate', membersAdded: [{ id: `28:${BOT_ID}` }] });
    expect((await graph('POST', `${chatPath(chatId)}/installedApps`, mads, install)).status).toBe(409);

    const welcome = (await chatJson(chatId)).messages.find((m) => m.kind === 'bot');
    expect(welcome?.attachments[0]).toMatchObject({ contentType: 'application/vnd.microsoft.card.adaptive', content: { body: [{ text: 'Welcome' }] } });
  });

  test('a message a person posts reaches the bot as Teams sends it; the bot reply is stored', async () => {
    captured.length = 0;
    const res = await call(base, 'POST', `/sandbox/api/chats/${encodeURIComponent(chatId)}/messages`, { body: { userId: sofie, text: 'echo hello' } });
    expect(res.status).toBe(201);
    const messageId = Id.parse(res.body).id;
    await sandbox.idle();
    expect(captured).toHaveLength(1);
    expect(captured[0]).toMatchObject({
      type: 'message', id: messageId, text: 'echo hello', textFormat: 'plain', channelId: 'msteams', serviceUrl: sandbox.connectorUrl,
      from: { id: `29:${sofie}`, aadObjectId: sofie, name: 'Sofie Kristensen' },
      conversation: { id: chatId, conversationType: 'groupChat', tenantId: CONTOSO },
      recipient: { id: `28:${BOT_ID}` }, channelData: { tenant: { id: CONTOSO } }, locale: 'da-DK',
      entities: [{ type: 'clientInfo', locale: 'da-DK', country: 'DK' }],
      timestamp: expect.any(String),
    });
    const messages = (await chatJson(chatId)).messages;
    expect(messages.at(-1)).toMatchObject({ kind: 'bot', text: 'Echo: hello' });
  });

  test('edits and deletions reach the bot as messageUpdate (editMessage) and messageDelete (softDeleteMessage)', async () => {
    const posted = Id.parse((await call(base, 'POST', `/sandbox/api/chats/${encodeURIComponent(chatId)}/messages`, { body: { userId: mads, text: 'tpyo' } })).body).id;
    await sandbox.idle();
    captured.length = 0;
    const url = `/sandbox/api/chats/${encodeURIComponent(chatId)}/messages/${posted}`;
    expect((await call(base, 'PATCH', url, { body: { userId: sofie, text: 'not mine' } })).status).toBe(403);
    expect((await call(base, 'PATCH', url, { body: { userId: mads, text: 'typo' } })).status).toBe(200);
    expect((await call(base, 'DELETE', url, { body: { userId: mads } })).status).toBe(204);
    await sandbox.idle();
    expect(captured.map((a) => a.type)).toEqual(['messageUpdate', 'messageDelete']);
    expect(captured[0]).toMatchObject({ id: posted, text: 'typo', channelData: { eventType: 'editMessage', tenant: { id: CONTOSO } } });
    expect(captured[1]).toMatchObject({ id: posted, channelData: { eventType: 'softDeleteMessage' } });
    expect(botSaw.edits).toContain('typo');
    expect(botSaw.deletes).toContain(posted);
    expect((await chatJson(chatId)).messages.find((m) => m.id === posted)?.deletedDateTime).not.toBeNull();
  });

  test('adding a member after the install delivers conversationUpdate; botbuilder resolves the member through the connector', async () => {
    captured.length = 0;
    expect((await graph('POST', `${chatPath(chatId)}/members`, mads, member(ingrid, { visibleHistoryStartDateTime: '0001-01-01T00:00:00Z' }))).status).toBe(201);
    await sandbox.idle();
    expect(captured).toEqual([expect.objectContaining({ type: 'conversationUpdate', membersAdded: [{ id: `29:${ingrid}`, aadObjectId: ingrid }] })]);
    // TeamsActivityHandler fetched the full member (GET v3/conversations/{id}/members/{memberId}).
    expect(botSaw.membersAdded).toContainEqual(expect.objectContaining({ id: `29:${ingrid}`, aadObjectId: ingrid, name: 'Ingrid Johansson', email: 'ingrid@contoso.example' }));
  });

  test('the connector sends, updates and deletes a card, lists members and opens a personal chat', async () => {
    const client = new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: sandbox.connectorUrl });
    const sent = await client.conversations.sendToConversation(chatId, MessageFactory.attachment(CardFactory.adaptiveCard(card('Record CAS-01042'))));
    expect(sent.id).toMatch(/^\d+$/);
    const updated = await client.conversations.updateActivity(chatId, sent.id, { ...MessageFactory.attachment(CardFactory.adaptiveCard(card('Record CAS-01042 (closed)'))), id: sent.id });
    expect(updated.id).toBe(sent.id);
    const stored = (await chatJson(chatId)).messages.find((m) => m.id === sent.id);
    expect(stored?.attachments[0]?.content).toMatchObject({ body: [{ text: 'Record CAS-01042 (closed)' }] });

    const members = await client.conversations.getConversationMembers(chatId);
    expect(members.map((m) => m.id)).toEqual(expect.arrayContaining([`29:${mads}`, `29:${sofie}`, `29:${ingrid}`]));
    const paged = await client.conversations.getConversationPagedMembers(chatId, { pageSize: 2, continuationToken: '' });
    expect(paged.members).toHaveLength(2);
    expect(paged.continuationToken).toBeTruthy();

    await client.conversations.deleteActivity(chatId, sent.id);
    expect((await chatJson(chatId)).messages.find((m) => m.id === sent.id)?.deletedDateTime).not.toBeNull();

    const personal = await client.conversations.createConversation({
      isGroup: false, bot: { id: `28:${BOT_ID}`, name: 'Casebridge' }, members: [{ id: `29:${erik}`, name: '' }], tenantId: CONTOSO,
      channelData: { tenant: { id: CONTOSO } },
    });
    expect(personal.id).toMatch(/^a:/);
    // With an activity, as botbuilder's createConversationAsync sends it: the same personal chat, and the message in it.
    const withActivity = await call(base, 'POST', '/sandbox/connector/v3/conversations', {
      body: { isGroup: false, bot: { id: `28:${BOT_ID}` }, members: [{ id: `29:${erik}` }], channelData: { tenant: { id: CONTOSO } }, activity: { type: 'message', text: 'A transfer is waiting for you' } },
    });
    expect(withActivity.status).toBe(201);
    expect(withActivity.body).toMatchObject({ id: personal.id, activityId: expect.stringMatching(/^\d+$/) });
    expect((await chatJson(personal.id)).messages[0]).toMatchObject({ kind: 'bot', text: 'A transfer is waiting for you' });

    const notInstalled = Collection.parse((await graph('GET', '/me/chats', mads)).body).value.find((c) => c.topic === 'Printer fleet 3rd floor');
    await expect(client.conversations.sendToConversation(String(notInstalled?.id), MessageFactory.text('hi'))).rejects.toMatchObject({ statusCode: 403 });
  });

  test("Action.Execute is sent as adaptiveCard/action and the answer becomes that person's view of the card", async () => {
    const welcome = (await chatJson(chatId)).messages.find((m) => m.kind === 'bot' && m.attachments.length > 0 && m.deletedDateTime === null);
    const res = await call(base, 'POST', `/sandbox/api/chats/${encodeURIComponent(chatId)}/invoke`, { body: { userId: sofie, messageId: welcome?.id, verb: 'assignToMe', data: { recordId: 'case-001' } } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' } });
    expect(captured.at(-1)).toMatchObject({ type: 'invoke', name: 'adaptiveCard/action', replyToId: welcome?.id, value: { action: { type: 'Action.Execute', verb: 'assignToMe', data: { recordId: 'case-001' } }, trigger: 'manual' } });
    const cardFor = async (as: string) => (await chatJson(chatId, as)).messages.find((m) => m.id === welcome?.id)?.attachments[0]?.content;
    expect(await cardFor(sofie)).toMatchObject({ body: [{ text: 'Assigned to Sofie Kristensen' }] });
    expect(await cardFor(mads)).toMatchObject({ body: [{ text: 'Welcome' }] });
  });

  test('a failed delivery is retried, and the order of a chat is kept', async () => {
    captured.length = 0;
    failNext = 1;
    await call(base, 'POST', `/sandbox/api/chats/${encodeURIComponent(chatId)}/messages`, { body: { userId: sofie, text: 'first' } });
    await call(base, 'POST', `/sandbox/api/chats/${encodeURIComponent(chatId)}/messages`, { body: { userId: sofie, text: 'second' } });
    await sandbox.idle();
    expect(captured.map((a) => a.text)).toEqual(['first', 'second']);
    expect(sandbox.deliveries().filter((d) => d.type === 'message').slice(0, 2)).toEqual([
      expect.objectContaining({ status: 200, attempts: 1, error: null }),
      expect.objectContaining({ status: 200, attempts: 2, error: null }),
    ]);
  });

  test('the app itself (a token for the bot id) may add members to a chat it is installed in, not to others', async () => {
    expect((await graph('GET', chatPath(chatId), BOT_ID)).status).toBe(200);
    expect((await graph('POST', `${chatPath(chatId)}/members`, BOT_ID, member(karin, { visibleHistoryStartDateTime: '0001-01-01T00:00:00Z' }))).status).toBe(201);
    const other = Collection.parse((await graph('GET', '/me/chats', mads)).body).value.find((c) => c.topic === 'Printer fleet 3rd floor');
    expect((await graph('GET', chatPath(String(other?.id)), BOT_ID)).status).toBe(404);
    expect((await graph('GET', '/me/chats', BOT_ID)).status).toBe(400);
  });
});

describe('Graph: teams and channels', () => {
  test('joined teams, their channels, and creating a channel with Teams naming rules', async () => {
    const teams = Collection.parse((await graph('GET', '/me/joinedTeams', mads)).body).value;
    expect(teams.map((t) => t.displayName)).toEqual(['Kundeservice DK']);
    const teamId = String(teams[0]?.id);
    const channels = Collection.parse((await graph('GET', `/teams/${teamId}/channels`, mads)).body).value;
    expect(channels.map((c) => c.displayName)).toEqual(['General', 'Eskalering']);
    expect(channels[0]).toMatchObject({ id: expect.stringMatching(/@thread\.tacv2$/), membershipType: 'standard' });

    const created = await graph('POST', `/teams/${teamId}/channels`, mads, { displayName: 'CAS-01042', description: 'Printer offline', membershipType: 'standard' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ displayName: 'CAS-01042', membershipType: 'standard', id: expect.stringMatching(/^19:/) });
    expect((await graph('POST', `/teams/${teamId}/channels`, mads, { displayName: 'cas-01042' })).status).toBe(400);
    expect((await graph('POST', `/teams/${teamId}/channels`, mads, { displayName: 'a/b' })).status).toBe(400);
    expect((await graph('GET', `/teams/${teamId}/channels`, erik)).status).toBe(403);
    expect((await graph('GET', `/teams/${teamId}/channels`, nora)).status).toBe(404);
    const filtered = Collection.parse((await graph('GET', `/teams/${teamId}/channels?$filter=${encodeURIComponent("membershipType eq 'private'")}`, mads)).body).value;
    expect(filtered).toEqual([]);
    expect(FABRIKAM).not.toBe(CONTOSO);
  });
});

describe('the sandbox page and saved state', () => {
  test('the page lists chats and renders messages escaped, with the adaptivecards bundle served', async () => {
    const chatId = await createChat(sofie, [mads], 'Escaping');
    await call(base, 'POST', `/sandbox/api/chats/${encodeURIComponent(chatId)}/messages`, { body: { userId: sofie, text: '<script>alert("x")</script> & <b>bold</b>' } });
    const install = { 'teamsApp@odata.bind': 'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/casebridge-local-app' };
    expect((await graph('POST', `${chatPath(chatId)}/installedApps`, sofie, install)).status).toBe(201);
    await sandbox.idle();
    const hostile = { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: '"></div><script>alert(2)</script>' }] } };
    expect((await call(base, 'POST', `/sandbox/connector/v3/conversations/${encodeURIComponent(chatId)}/activities`, { body: { type: 'message', attachments: [hostile] } })).status).toBe(201);
    const page = await call(base, 'GET', `/sandbox/chats/${encodeURIComponent(chatId)}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('&quot;&gt;&lt;/div&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(page.text).not.toContain('<script>alert(2)');
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(page.text).not.toContain('<script>alert');
    expect(page.text).toContain('Escaping');
    expect(page.text).toContain('Sofie Kristensen');
    const index = await call(base, 'GET', '/sandbox');
    expect(index.status).toBe(200);
    expect(index.text).toContain('Printer fleet 3rd floor');
    const bundle = await call(base, 'GET', '/sandbox/adaptivecards.js');
    expect(bundle.status).toBe(200);
    expect(bundle.text.length).toBeGreaterThan(100_000);
    expect((await call(base, 'GET', '/sandbox/sandbox.js')).status).toBe(200);
    const view = await call(base, 'GET', `/sandbox/api/view?chat=${encodeURIComponent(chatId)}&since=-1`);
    expect(view.body).toMatchObject({ version: expect.any(Number), main: expect.stringContaining('&lt;script&gt;') });
    const list = z.object({ chats: z.array(z.object({ id: z.string(), appInstalled: z.boolean() })) }).parse((await call(base, 'GET', `/sandbox/api/chats?tenantId=${CONTOSO}`)).body);
    expect(list.chats[0]?.id).toBe(chatId);
  });

  test('a person who is not a member cannot post, and an unknown chat is 404', async () => {
    const chats = Collection.parse((await graph('GET', '/me/chats', mads)).body).value;
    const res = await call(base, 'POST', `/sandbox/api/chats/${encodeURIComponent(String(chats[0]?.id))}/messages`, { body: { userId: nora, text: 'hi' } });
    expect(res.status).toBe(403);
    expect((await call(base, 'GET', '/sandbox/api/chats/19%3Anope%40thread.v2')).status).toBe(404);
    expect((await call(base, 'POST', `/sandbox/api/chats/${encodeURIComponent(String(chats[0]?.id))}/messages`, { body: { userId: mads } })).status).toBe(400);
  });

  test('the state is saved to teams-sandbox.json and read back by a new sandbox', async () => {
    await sandbox.flush();
    const saved = StateSchema.parse(JSON.parse(await readFile(path.join(dataDir, 'teams-sandbox.json'), 'utf8')));
    const escaping = saved.chats.find((c) => c.topic === 'Escaping');
    expect(escaping?.messages.map((m) => m.kind)).toEqual(['user', 'system', 'bot', 'bot']);
    expect(escaping?.installedApps).toHaveLength(1);

    const second = restify.createServer({ handleUncaughtExceptions: false });
    const again = startSandbox(second);
    await new Promise<void>((resolve) => second.listen(0, '127.0.0.1', () => resolve()));
    try {
      expect(again.state.chats.find((c) => c.id === escaping?.id)?.messages[0]?.text).toContain('<script>');
      expect(again.graphBaseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sandbox\/graph\/v1\.0$/);
    } finally {
      await again.stop();
      await new Promise<void>((resolve) => second.close(() => resolve()));
    }
  }, 60_000);
});
