/**
 * The bot endpoint with real Teams activity JSON: replies are captured on a local connector
 * endpoint (the activity's serviceUrl), as Teams' Bot Connector would receive them.
 */
import { z } from 'zod';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cardProblems } from '../fixtures/adaptive-cards';
import { call } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';

interface Captured {
  path: string;
  body: { type?: string; text?: string; attachments?: Array<{ contentType: string; content: { version: string; body: Array<{ text?: string }>; refresh?: { userIds?: string[] } } }> };
}

let server: TestServer;
let connector: http.Server;
let connectorUrl: string;
const captured: Captured[] = [];

beforeAll(async () => {
  connector = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.method === 'GET' && /\/pagedmembers/.test(req.url ?? '')) {
        // GetPagedMembers, as the connector answers it: the members the card refreshes for.
        res.end(JSON.stringify({ members: [{ id: '29:1mads', aadObjectId: DEMO_USERS.mads, name: 'Mads Nielsen', userRole: 'user' }] }));
        return;
      }
      captured.push({ path: req.url ?? '', body: JSON.parse(data || '{}') });
      res.end(JSON.stringify({ id: `reply-${captured.length}` }));
    });
  });
  await new Promise<void>((r) => connector.listen(0, '127.0.0.1', () => r()));
  connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
  server = await startServer({ env: { CASEBRIDGE_ALLOWED_SERVICE_URLS: connectorUrl } });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await new Promise<void>((r) => connector.close(() => r()));
}, 60_000);

beforeEach(() => {
  captured.length = 0;
});

function installationUpdate(locale: string, conversationType: 'personal' | 'groupChat') {
  return {
    type: 'installationUpdate',
    action: 'add',
    id: `f:${Math.random().toString(36).slice(2)}`,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl: connectorUrl,
    channelId: 'msteams',
    from: { id: '29:1f2e3d4c5b6a-mads', aadObjectId: DEMO_USERS.mads },
    conversation: conversationType === 'personal'
      ? { conversationType, tenantId: CONTOSO, id: 'a:1personal-mads' }
      : { conversationType, tenantId: CONTOSO, id: '19:meeting_group@thread.v2', isGroup: true },
    recipient: { id: '28:00000000-0000-0000-0000-00000000b07', name: 'Casebridge' },
    entities: [{ locale, country: 'DK', platform: 'Web', timezone: 'Europe/Copenhagen', type: 'clientInfo' }],
    channelData: { tenant: { id: CONTOSO }, source: { name: 'message' } },
    locale,
  };
}

test('installing in a personal chat sends a localized, valid welcome card', async () => {
  const res = await call(server.baseUrl, 'POST', '/api/messages', { body: installationUpdate('da-DK', 'personal') });
  expect(res.status).toBe(200);
  expect(captured).toHaveLength(1);
  // A reply to the activity: POST /v3/conversations/{id}/activities/{replyToId}
  expect(captured[0]?.path).toMatch(/^\/v3\/conversations\/a%3A1personal-mads\/activities\/f%3A/);
  const attachment = captured[0]?.body.attachments?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  expect(attachment?.content.body[0]?.text).toBe('Velkommen til Casebridge');
  expect(cardProblems(attachment?.content ?? { version: '?' })).toEqual([]);
});

test('the welcome follows the Teams locale (Swedish), with English as fallback', async () => {
  await call(server.baseUrl, 'POST', '/api/messages', { body: installationUpdate('sv-SE', 'personal') });
  await call(server.baseUrl, 'POST', '/api/messages', { body: installationUpdate('fr-FR', 'personal') });
  expect(captured.map((c) => c.body.attachments?.[0]?.content.body[0]?.text)).toEqual(['Välkommen till Casebridge', 'Welcome to Casebridge']);
});

test('installing in a group chat posts a short localized note, not the personal card', async () => {
  await call(server.baseUrl, 'POST', '/api/messages', { body: installationUpdate('en-US', 'groupChat') });
  expect(captured).toHaveLength(1);
  expect(captured[0]?.body.attachments ?? []).toHaveLength(0);
  expect(captured[0]?.body.text).toContain('Casebridge is now in this conversation');
});

test('a personal message gets a localized hint', async () => {
  const activity = { ...installationUpdate('da-DK', 'personal'), type: 'message', text: 'hej', action: undefined };
  await call(server.baseUrl, 'POST', '/api/messages', { body: activity });
  expect(captured[0]?.body.text).toBe('Det forstod jeg ikke. Send mig et postnummer (fx CAS-01001) eller et link til en post for at se dens kort, eller åbn Casebridge fra fanen.');
});

test('malformed JSON on the bot endpoint is a 400 problem, not a crash', async () => {
  const res = await call(server.baseUrl, 'POST', '/api/messages', { rawBody: '{"type":', headers: { 'content-type': 'application/json' } });
  expect(res.status).toBe(400);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const health = await call(server.baseUrl, 'GET', '/healthz');
  expect(health.status).toBe(200);
});

test('a conversationUpdate adding members to a group chat is accepted quietly', async () => {
  const activity = {
    ...installationUpdate('en-US', 'groupChat'),
    type: 'conversationUpdate',
    action: undefined,
    membersAdded: [{ id: '29:1a-new-member', aadObjectId: DEMO_USERS.sofie }],
  };
  const res = await call(server.baseUrl, 'POST', '/api/messages', { body: activity });
  expect(res.status).toBe(200);
  expect(captured).toHaveLength(0);
});

test('a group chat installation for a chat Casebridge is connecting posts its intro card, not the welcome note', async () => {
  // Casebridge queued an intro for case-001 in this chat before installing the app (C2).
  const chatId = '19:intro-by-bot-test@thread.v2';
  await server.app.store.chats.createChatState({
    tenantId: CONTOSO, chatId, serviceUrl: null, appInstalled: false, expectingInstall: true,
    pendingIntros: [{ recordId: 'case-001', requestedBy: DEMO_USERS.mads }], updatedAt: new Date().toISOString(),
  });
  const activity = installationUpdate('da-DK', 'groupChat');
  const res = await call(server.baseUrl, 'POST', '/api/messages', { body: { ...activity, conversation: { ...activity.conversation, id: chatId } } });
  expect(res.status).toBe(200);
  expect(captured).toHaveLength(1);
  const card = captured[0]?.body.attachments?.[0]?.content;
  expect(card?.body.map((b) => b.text)).toContain('CAS-01001 · Printer offline on 3rd floor');
  expect(card?.body[0]?.text).toBe('Denne chat er knyttet til en post i Casebridge.');
  expect(cardProblems(card ?? { version: '?' })).toEqual([]);
  // F5: every member's view refreshes by itself.
  expect(card?.refresh?.userIds).toEqual(['29:1mads']);
});

test('activity JSON without a type is a 400 problem; the endpoint keeps serving', async () => {
  for (const body of [{}, { type: 1 }, []]) {
    const res = await call(server.baseUrl, 'POST', '/api/messages', { body });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  }
  expect((await call(server.baseUrl, 'GET', '/healthz')).status).toBe(200);
});

test('F5: a record number sent in the personal chat gets that record\'s card with the sender\'s actions', async () => {
  const activity = { ...installationUpdate('en-US', 'personal'), type: 'message', text: 'what about cas-01002?', action: undefined };
  await call(server.baseUrl, 'POST', '/api/messages', { body: activity });
  expect(captured).toHaveLength(1);
  const card = z.object({
    body: z.array(z.object({ text: z.string().optional() })),
    actions: z.array(z.object({ type: z.string(), verb: z.string().optional() })),
    refresh: z.object({ userIds: z.array(z.string()) }),
  }).parse(captured[0]?.body.attachments?.[0]?.content);
  expect(card.body.map((b) => b.text)).toContain('CAS-01002 · Faktura mangler på ordre 4471');
  // Mads is an agent of the owning team and the case has no owner: he may take it.
  expect(card.actions.map((a) => a.verb ?? a.type)).toEqual(['assignToMe', 'Action.ShowCard', 'close', 'Action.OpenUrl']);
  expect(card.refresh.userIds).toEqual([activity.from.id]);
  expect(cardProblems(captured[0]?.body.attachments?.[0]?.content ?? { version: '?' })).toEqual([]);

  captured.length = 0;
  await call(server.baseUrl, 'POST', '/api/messages', { body: { ...activity, text: 'CAS-99999' } });
  expect(captured[0]?.body.text).toBe('I found no record CAS-99999 that you can see.');
  captured.length = 0;
  await call(server.baseUrl, 'POST', '/api/messages', { body: { ...activity, text: 'hello there' } });
  expect(captured[0]?.body.text).toContain('I did not catch that');
});
