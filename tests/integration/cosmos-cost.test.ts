/** Cost-aware storage: the hot read paths make a bounded number of Cosmos requests. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startLocalCosmos, type LocalCosmos } from '../../bot/src/sandbox/local-cosmos';
import { createLogger } from '../../bot/src/logger';
import { call, tokenFor } from '../fixtures/api-client';
import { CONTOSO } from '../../bot/src/sandbox/demo-data';
import { startServer, type TestServer } from '../fixtures/server';

/**
 * The background sweeps (notifications, outgoing mail, postponed cases, interrupted intake,
 * customer chat) query Cosmos on timers; on a loaded machine one of them lands inside a measured
 * request and counts as its cost. Here they wait an hour.
 */
const QUIET_TIMERS = {
  NOTIFY_SWEEP_INTERVAL_MS: '600000', MAIL_SEND_INTERVAL_MS: '3600000', POSTPONE_SWEEP_INTERVAL_MS: '3600000',
  INTAKE_RESUME_INTERVAL_MS: '3600000', CHAT_SWEEP_INTERVAL_MS: '600000',
};

let cosmos: LocalCosmos;
let server: TestServer;
let dataDir: string;
let token: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'casebridge-cost-'));
  cosmos = await startLocalCosmos({ dataDir, intervalMs: 60_000, logger: createLogger('silent'), persist: false });
  server = await startServer({ env: { COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: 'k', COSMOS_ALLOW_SELF_SIGNED: 'true', CASEBRIDGE_ALLOWED_SERVICE_URLS: 'http://127.0.0.1:9/', ...QUIET_TIMERS } });
  token = await tokenFor(server.baseUrl, 'Mads Nielsen');
}, 120_000);
afterAll(async () => {
  await server.stop();
  await cosmos.stop();
  await rm(dataDir, { recursive: true, force: true });
}, 60_000);

async function cost(method: string, url: string): Promise<number> {
  const before = cosmos.requestCount();
  const res = await call(server.baseUrl, method, url, { token });
  expect(res.status).toBe(200);
  return cosmos.requestCount() - before;
}

test('a warm record read is four point reads: the record, its person, the person\'s company, the reader\'s marks', async () => {
  await cost('GET', '/api/records/case-001');
  // H2: the reader's favorites and flags are one point read (`favorite` on the view).
  expect(await cost('GET', '/api/records/case-001')).toBe(4);
  // A case without a person, owned by someone already cached: the record and the marks.
  expect(await cost('GET', '/api/records/wo-001')).toBe(2);
});

test('rate limiting signed-in API calls costs one counter request per reservation of 24 calls (2 % of 1,200 a minute)', async () => {
  await cost('GET', '/api/records/case-001');
  const before = cosmos.counterRequestCount();
  for (let i = 0; i < 48; i++) await cost('GET', '/api/records/case-001');
  // Two or three reservations, depending on how much of the first one the calls before used.
  const spent = cosmos.counterRequestCount() - before;
  expect(spent).toBeGreaterThanOrEqual(2);
  expect(spent).toBeLessThanOrEqual(3);
});

test('a page of records costs a query and one batched lookup per kind, not one per record', async () => {
  await cost('GET', '/api/records?limit=25');
  expect(await cost('GET', '/api/records?limit=25')).toBeLessThanOrEqual(6);
});

test('E1: a chat message activity costs one Cosmos write and no read; redelivered or late ones change nothing', async () => {
  const tenantId = 'c0a1e5f0-7d3c-4c7e-9d1a-5b0c0e1f2a3b';
  const chatId = '19:cost-test-chat@thread.v2';
  await server.app.store.chats.createChatState({ tenantId, chatId, serviceUrl: 'http://127.0.0.1:9/', appInstalled: true, expectingInstall: false, pendingIntros: [], updatedAt: new Date().toISOString() });
  const activity = (id: string, timestamp: string) => ({
    type: 'message', id, timestamp, text: 'hello', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/',
    from: { id: '29:1abc', aadObjectId: 'a5e1d0c2-0000-4a00-8000-000000000003', name: 'Sofie Kristensen' },
    conversation: { id: chatId, conversationType: 'groupChat', tenantId, isGroup: true },
    recipient: { id: '28:casebridge-local-bot', name: 'Casebridge' },
    channelData: { tenant: { id: tenantId } },
  });
  const post = async (id: string, timestamp: string) => {
    const before = cosmos.requestCount();
    const res = await call(server.baseUrl, 'POST', '/api/messages', { body: activity(id, timestamp) });
    expect(res.status).toBe(200);
    return cosmos.requestCount() - before;
  };
  // Warm the per-instance caches (settings of the tenant's types) with a first message.
  await post('1700000000500', '2026-11-23T10:00:00.500Z');
  // With no record type keeping transcripts (the default), a message is one write.
  expect(await post('1700000002000', '2026-11-23T10:00:02.000Z')).toBe(1);
  expect(await post('1700000002000', '2026-11-23T10:00:02.000Z')).toBe(1); // redelivered
  expect(await post('1700000001000', '2026-11-23T10:00:01.000Z')).toBe(1); // late
  const state = await server.app.store.chats.getChatState(tenantId, chatId);
  expect(state?.value.lastMessage).toMatchObject({ id: '1700000002000', fromName: 'Sofie Kristensen', at: '2026-11-23T10:00:02.000Z' });
});

test('F1: a warm unfurl costs one Cosmos point read (the goal is at most two)', async () => {
  const body = {
    type: 'invoke', name: 'composeExtension/queryLink', id: 'f:cost', timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', locale: 'en-US',
    from: { id: '29:1cost', aadObjectId: 'a5e1d0c2-0000-4a00-8000-000000000002' },
    conversation: { id: '19:cost@thread.v2', conversationType: 'groupChat', tenantId: 'c0a1e5f0-7d3c-4c7e-9d1a-5b0c0e1f2a3b' },
    recipient: { id: '28:casebridge-local-bot' }, channelData: { tenant: { id: 'c0a1e5f0-7d3c-4c7e-9d1a-5b0c0e1f2a3b' } },
    value: { url: `${server.app.config.publicUrl}/records/case/case-001` },
  };
  await call(server.baseUrl, 'POST', '/api/messages', { body });
  const before = cosmos.requestCount();
  const res = await call(server.baseUrl, 'POST', '/api/messages', { body });
  expect(res.text).toContain('CAS-01001');
  expect(cosmos.requestCount() - before).toBe(1);
});

test('I2 (P2-7/P2-10): an idle chat sweep is one or two queries; an agent\'s chat message at most three requests', async () => {
  const sweep = async () => {
    const before = cosmos.requestCount();
    await server.app.sessionSweep();
    return cosmos.requestCount() - before;
  };
  await sweep();
  // Nothing open: the due-transfer query and the open-session projection, nothing per tenant. Each
  // is a cross-partition query: the SDK asks for its query plan, then runs it (two requests).
  const idle = await sweep();
  expect(idle).toBeGreaterThanOrEqual(2);
  expect(idle).toBeLessThanOrEqual(4);
  expect(await call(server.baseUrl, 'PUT', '/api/me/status', { token, body: { status: 'present' } })).toMatchObject({ status: 200 });
  const { session } = await server.app.sessions.start('c0a1e5f0-7d3c-4c7e-9d1a-5b0c0e1f2a3b', 'web', {
    visitorId: 'cost-visitor', name: 'Kunde', email: null, verified: false, locale: 'da', clientId: 'cost-test-start-client-0001', text: 'Hej',
  });
  expect(session.status).toBe('active');
  const message = async (clientId: string) => {
    const before = cosmos.requestCount();
    const res = await call(server.baseUrl, 'POST', `/api/sessions/${session.id}/messages`, { token, body: { text: 'Hej, jeg kigger på det', clientId } });
    expect(res.status).toBe(201);
    return cosmos.requestCount() - before;
  };
  await message('cost-warm-0001');
  // The session's point read, its site's, and one conditional replace.
  expect(await message('cost-message-0002')).toBeLessThanOrEqual(3);
  expect((await call(server.baseUrl, 'POST', `/api/sessions/${session.id}/close`, { token })).status).toBe(200);
});

test('G1–G2: warm suggestions are seven reads: the record and the customer\'s person (point reads), then five queries', async () => {
  // The term statistics are built in the background at start: measured once they are, no build runs alongside.
  const deadline = Date.now() + 60_000;
  while (!(await server.app.store.termStats.get(CONTOSO, 'case')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  await cost('GET', '/api/records/case-001/suggestions');
  // Queries: the chats connected, the timeline, the company's people, the customer's other cases,
  // the similar closed cases. Each is two HTTP requests (the SDK asks the gateway for a query plan
  // first); the team's members, the settings, the type and the term statistics are cached.
  expect(await cost('GET', '/api/records/case-001/suggestions')).toBe(2 + 5 * 2);
}, 90_000);
