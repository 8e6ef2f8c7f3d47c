/**
 * Each way Teams can fail, as the API tells the tab: the real server with GRAPH_BASE_URL pointed
 * at a loopback Graph that misbehaves on `POST /chats`. A timeout, throttling, a refusal and an
 * unreadable answer each get their own status and localized message (Retry-After passed on), and a
 * created chat whose answer lacks a field Casebridge does not use is a created chat.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { call, demoUsers, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';

type Answer = { status: number; headers?: Record<string, string>; body?: string } | 'hang';

let graph: http.Server;
let server: TestServer;
let mads: string;
let ingrid: string;
/** How the stub answers `POST /v1.0/chats`; everything else it answers 201 {}. */
let onCreate: () => Answer = () => ({ status: 500 });
let creates = 0;
let keys = 0;

const json = (value: unknown): string => JSON.stringify(value);
/** Graph's own error text, which must never reach the user. */
const GRAPH_DETAIL = 'Internal: principal 7d1f mismatched on shard eu-west-42';

beforeAll(async () => {
  graph = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const isCreate = req.method === 'POST' && new URL(req.url ?? '/', 'http://x').pathname === '/v1.0/chats';
      if (isCreate) creates++;
      const answer: Answer = isCreate ? onCreate() : { status: 201, body: '{}' };
      if (answer === 'hang') return;
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.body ?? '');
    });
  });
  await new Promise<void>((r) => graph.listen(0, '127.0.0.1', () => r()));
  const graphUrl = `http://127.0.0.1:${(graph.address() as AddressInfo).port}/v1.0`;
  server = await startServer({ env: { GRAPH_BASE_URL: graphUrl } });
  mads = await tokenFor(server.baseUrl, 'Mads Nielsen');
  ingrid = (await demoUsers(server.baseUrl)).get('Ingrid Johansson')?.id ?? '';
}, 120_000);

afterAll(async () => {
  await server?.stop();
  graph.closeAllConnections();
  await new Promise<void>((r) => graph.close(() => r()));
}, 60_000);

beforeEach(() => {
  creates = 0;
});

/** Asks the API for a new connected chat (a fresh Idempotency-Key each time). */
function createChat(locale = 'en') {
  return call(server.baseUrl, 'POST', '/api/records/case-001/chats', {
    token: mads,
    body: { memberIds: [ingrid] },
    headers: { 'idempotency-key': `teams-failure-${++keys}`, 'accept-language': locale },
  });
}

const graphError = (code: string) => json({ error: { code, message: GRAPH_DETAIL } });

test('a Graph answer Casebridge cannot parse is a 502 that says so, not "did not answer in time"', async () => {
  onCreate = () => ({ status: 201, body: '{"id": "19:half' });
  const res = await createChat();
  expect(res.status).toBe(502);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body).toMatchObject({ status: 502, type: 'https://casebridge.dev/problems/teams/malformed', detail: 'Teams answered in a way Casebridge could not understand. Try again in a moment.' });
  expect(res.text).not.toContain('did not answer');

  // Well-formed JSON without the one field Casebridge needs (the chat's id) is just as unreadable.
  onCreate = () => ({ status: 201, body: json({ chatType: 'group', topic: 'x' }) });
  expect((await createChat('da')).body).toMatchObject({ status: 502, detail: 'Teams svarede på en måde, Casebridge ikke kunne forstå. Prøv igen om lidt.' });
}, 60_000);

test('a created chat whose answer lacks lastUpdatedDateTime is created (201), not reported as a failure', async () => {
  onCreate = () => ({ status: 201, body: json({ id: '19:created-without-timestamps@thread.v2', chatType: 'group' }) });
  const res = await createChat();
  expect(res.status).toBe(201);
  expect(res.body).toMatchObject({ chatId: '19:created-without-timestamps@thread.v2', kind: 'chat' });
  expect(creates).toBe(1);
}, 60_000);

test('throttled beyond what a request may wait: 503 with Teams\' Retry-After passed on', async () => {
  onCreate = () => ({ status: 429, headers: { 'retry-after': '120' }, body: graphError('TooManyRequests') });
  const res = await createChat();
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('120');
  expect(res.body).toMatchObject({ type: 'https://casebridge.dev/problems/teams/throttled', title: 'Teams could not complete the request' });
  expect(res.body).toHaveProperty('detail', expect.stringContaining('too many requests'));
  expect(res.body).not.toHaveProperty('retryAfter');
  expect(creates).toBe(1);
}, 60_000);

test.each([
  [403, 'Forbidden', 403, 'Teams refused the request: you may not have access to that chat or team.'],
  [404, 'NotFound', 404, 'Teams could not find that chat, team or person, or you do not have access to it.'],
  [400, 'BadRequest', 400, 'Teams does not accept these details. Check the people and the name, then try again.'],
  [409, 'Conflict', 409, 'Teams refused the request because it conflicts with the chat or team as it is now. Reload and try again.'],
  [422, 'UnprocessableEntity', 502, 'Teams refused the request Casebridge sent. If it keeps happening, tell your administrator.'],
  [500, 'InternalServerError', 503, 'Teams is having problems right now. Try again in a moment.'],
])('Graph %i %s is answered %i, in its own words, without Graph\'s detail', async (graphStatus, code, status, detail) => {
  onCreate = () => ({ status: graphStatus, body: graphError(code) });
  const res = await createChat();
  expect(res.status).toBe(status);
  expect(res.body).toMatchObject({ status, detail });
  expect(res.text).not.toContain(GRAPH_DETAIL);
  expect(res.text).not.toContain(code);
  expect(res.headers.get('retry-after')).toBeNull();
}, 60_000);

test('a refusal is worded in the caller\'s language', async () => {
  onCreate = () => ({ status: 403, body: graphError('Forbidden') });
  const res = await createChat('sv');
  expect(res.body).toMatchObject({ status: 403, title: 'Teams nekade begäran', detail: 'Teams nekade begäran: du kanske inte har åtkomst till den chatten eller det teamet.' });
}, 60_000);

test('Teams not answering at all is a 504 "did not answer in time"', async () => {
  onCreate = () => 'hang';
  const started = Date.now();
  const res = await createChat();
  expect(res.status).toBe(504);
  expect(res.body).toMatchObject({ type: 'https://casebridge.dev/problems/teams/timeout', detail: 'Teams did not answer in time. Try again in a moment.' });
  // The service's per-attempt Graph timeout (10 s), not a client giving up.
  expect(Date.now() - started).toBeGreaterThanOrEqual(9_000);
}, 90_000);
