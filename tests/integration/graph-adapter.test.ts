/**
 * The Microsoft Graph adapter against a recording Graph endpoint on 127.0.0.1: every port method
 * sends exactly the documented request (method, path, query, bearer token, JSON body) and maps
 * Graph's answer; throttling, outages, stalls, refusals and malformed bodies become the port's
 * TeamsCallError, within the bounded retries and the timeout, with no token in any message or log.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { InteractionRequiredAuthError, type AuthenticationResult, type ClientCredentialRequest, type OnBehalfOfRequest } from '@azure/msal-node';
import { TeamsCallError, type ActingUser } from '../../bot/src/domain/chats/teams-port';
import { GraphTeamsAdapter, type GraphTeamsAdapterOptions } from '../../bot/src/graph/graph-teams-adapter';
import { OnBehalfOfTokenProvider, StaticTokenProvider, type GraphTokenProvider } from '../../bot/src/graph/graph-tokens';
import { CASEBRIDGE_RSC_PERMISSIONS } from '../../bot/src/graph/rsc-permissions';

interface Recorded {
  method: string;
  /** Decoded path, e.g. `/v1.0/chats/19:abc@thread.v2`. */
  path: string;
  rawPath: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}
interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string is sent as is. */
  body?: unknown;
}
type Responder = (r: Recorded) => Reply | 'hang' | 'stall-body' | undefined;

const TOKEN = 'dev-token-astrid.eyJzZWNyZXQiOiJkby1ub3QtbGVhayJ9';
const AS: ActingUser = { tenantId: '0f6c1b0e-0000-4000-8000-00000000c0de', userId: '00000000-0000-4000-8000-000000000001', ssoToken: TOKEN };
const MADS = '00000000-0000-4000-8000-000000000002';
const SOFIE = '00000000-0000-4000-8000-000000000003';
const CHAT_ID = '19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2';
const TEAM_ID = '02bd9fd6-8f93-4758-87c3-1fb73740a315';
const BIND = 'https://graph.microsoft.com/v1.0';

let server: http.Server;
let base: string;
const requests: Recorded[] = [];
let override: Responder | null = null;
const logLines: string[] = [];

const chat = (id: string, chatType: string, topic: string | null, at: string) => ({
  id, topic, chatType, createdDateTime: at, lastUpdatedDateTime: at,
  webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(id)}/0?tenantId=${AS.tenantId}`, tenantId: AS.tenantId,
});

/** Answers like Graph v1.0 for the routes the adapter uses. */
function graphLike(r: Recorded): Reply {
  const p = r.path.replace(/^\/(graph\/)?v1\.0/, '');
  if (r.method === 'POST' && p === '/chats') {
    const body = r.body as { topic?: string };
    return { status: 201, body: { '@odata.context': `${BIND}/$metadata#chats/$entity`, ...chat('19:new@thread.v2', 'group', body.topic ?? null, '2024-05-01T10:00:00Z') } };
  }
  if (r.method === 'GET' && p === '/me/chats') {
    if (r.query.$skiptoken === 'page2') {
      return { status: 200, body: { value: [chat('19:c3@thread.v2', 'group', null, '2024-05-01T08:00:00Z'), chat('19:c4@thread.v2', 'group', 'Fourth', '2024-05-01T07:00:00Z')] } };
    }
    return {
      status: 200,
      body: {
        '@odata.context': `${BIND}/$metadata#chats`,
        '@odata.nextLink': `${base}/me/chats?$orderby=lastMessagePreview/createdDateTime%20desc&$top=3&$skiptoken=page2`,
        value: [chat('19:c1@thread.v2', 'group', 'First', '2024-05-01T09:30:00Z'), chat('19:c2@unq.gbl.spaces', 'oneOnOne', null, '2024-05-01T09:00:00Z'), chat('19:cx@thread.v2', 'unknownFutureValue', null, '2024-05-01T08:30:00Z')],
      },
    };
  }
  if (r.method === 'GET' && p === `/chats/${CHAT_ID}`) return { status: 200, body: chat(CHAT_ID, 'group', 'CAS-01042 · Printer offline', '2024-05-01T09:00:00Z') };
  if (r.method === 'GET' && p === `/chats/${CHAT_ID}/members`) {
    return {
      status: 200,
      body: {
        value: [
          { '@odata.type': '#microsoft.graph.aadUserConversationMember', id: 'm1', roles: ['owner'], displayName: 'Astrid Holm', userId: AS.userId, email: 'astrid@contoso.example', tenantId: AS.tenantId },
          { '@odata.type': '#microsoft.graph.aadUserConversationMember', id: 'm2', roles: ['owner'], displayName: 'Mads Nielsen', userId: MADS, email: null },
          { '@odata.type': '#microsoft.graph.anonymousGuestConversationMember', id: 'm3', roles: ['guest'], displayName: 'Visitor' },
        ],
      },
    };
  }
  if (r.method === 'POST' && p === `/chats/${CHAT_ID}/members`) return { status: 201, headers: { location: `/chats('${CHAT_ID}')/members('x')` } };
  if (r.method === 'POST' && p === `/chats/${CHAT_ID}/installedApps`) return { status: 201 };
  if (r.method === 'PATCH' && p === `/chats/${CHAT_ID}`) return { status: 200, body: chat(CHAT_ID, 'group', (r.body as { topic: string }).topic, '2024-05-01T11:00:00Z') };
  if (r.method === 'GET' && p === '/me/joinedTeams') return { status: 200, body: { value: [{ id: TEAM_ID, displayName: 'Kundeservice DK', description: null, isArchived: false }, { id: 'team-2' }] } };
  if (r.method === 'GET' && p === `/teams/${TEAM_ID}/channels`) {
    return {
      status: 200,
      body: {
        value: [
          { id: '19:general@thread.tacv2', displayName: 'General', membershipType: 'standard', webUrl: 'https://teams.microsoft.com/l/channel/general' },
          { id: '19:escal@thread.tacv2', displayName: 'Escalations', membershipType: 'private' },
          { id: '19:future@thread.tacv2', displayName: 'Future', membershipType: 'unknownFutureValue' },
        ],
      },
    };
  }
  if (r.method === 'POST' && p === `/teams/${TEAM_ID}/channels`) {
    const body = r.body as { displayName: string; description: string };
    return { status: 201, body: { id: '19:created@thread.tacv2', displayName: body.displayName, description: body.description, membershipType: 'standard', webUrl: 'https://teams.microsoft.com/l/channel/created' } };
  }
  return { status: 404, body: { error: { code: 'NotFound', message: `No route ${r.method} ${p}` } } };
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: Recorded = {
        method: req.method ?? '', path: decodeURIComponent(url.pathname), rawPath: url.pathname,
        query: Object.fromEntries(url.searchParams), headers: req.headers, body: text === '' ? undefined : JSON.parse(text),
      };
      requests.push(recorded);
      const reply = override?.(recorded) ?? graphLike(recorded);
      if (reply === 'hang') return;
      if (reply === 'stall-body') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"id":');
        return;
      }
      const payload = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      const type = typeof reply.body === 'string' ? 'text/plain' : 'application/json';
      res.writeHead(reply.status, { ...(payload === '' ? {} : { 'content-type': type }), ...reply.headers });
      res.end(payload);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
}, 60_000);

beforeEach(() => {
  requests.length = 0;
  logLines.length = 0;
  override = null;
});

afterEach(() => {
  // Whatever happened, no token reached a log line.
  expect(logLines.join('\n')).not.toContain(TOKEN);
});

function adapter(options: Partial<GraphTeamsAdapterOptions> = {}): GraphTeamsAdapter {
  const sink = new Writable({ write(chunk: Buffer, _enc, done) { logLines.push(chunk.toString()); done(); } });
  return new GraphTeamsAdapter({
    baseUrl: base,
    tokens: new StaticTokenProvider(),
    catalogAppId: 'b1c5353a-7aca-41b3-830f-27d5218fe0e5',
    retry: { maxRetries: 3, maxDelaySeconds: 2, delaySeconds: 0 },
    timeoutMs: 2000,
    logger: pino({ level: 'debug' }, sink),
    ...options,
  });
}

/** The failure a promise rejects with, checked to be a TeamsCallError without the token in it. */
async function failure(promise: Promise<unknown>): Promise<TeamsCallError> {
  const error: unknown = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(TeamsCallError);
  if (!(error instanceof TeamsCallError)) throw new Error('unreachable');
  expect(`${error.message} ${error.code} ${error.stack ?? ''}`).not.toContain(TOKEN);
  return error;
}

const onlyRequest = (): Recorded => {
  expect(requests).toHaveLength(1);
  const [first] = requests;
  if (!first) throw new Error('no request');
  return first;
};

describe('requests and mapping', () => {
  test('createGroupChat with a topic: POST /chats with the acting user and the members as owners', async () => {
    const created = await adapter().createGroupChat(AS, { topic: 'CAS-01042 · Printer offline', memberIds: [MADS, SOFIE] });
    const r = onlyRequest();
    expect(r.method).toBe('POST');
    expect(r.path).toBe('/v1.0/chats');
    expect(r.query).toEqual({});
    expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(r.headers['content-type']).toBe('application/json');
    expect(r.headers['client-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.body).toEqual({
      chatType: 'group',
      topic: 'CAS-01042 · Printer offline',
      members: [AS.userId, MADS, SOFIE].map((id) => ({
        '@odata.type': '#microsoft.graph.aadUserConversationMember',
        roles: ['owner'],
        'user@odata.bind': `https://graph.microsoft.com/v1.0/users('${id}')`,
      })),
    });
    expect(created).toEqual({
      id: '19:new@thread.v2', topic: 'CAS-01042 · Printer offline',
      webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent('19:new@thread.v2')}/0?tenantId=${AS.tenantId}`,
    });
  });

  test('createGroupChat without a topic omits it, and lists the acting user once', async () => {
    const created = await adapter().createGroupChat(AS, { topic: null, memberIds: [MADS, AS.userId] });
    const body = onlyRequest().body;
    expect(body).toEqual({
      chatType: 'group',
      members: [AS.userId, MADS].map((id) => ({
        '@odata.type': '#microsoft.graph.aadUserConversationMember', roles: ['owner'], 'user@odata.bind': `${BIND}/users('${id}')`,
      })),
    });
    expect(Object.keys(body as object)).not.toContain('topic');
    expect(created.topic).toBeNull();
  });

  test('listRecentChats: newest first by last message, $top ≤ 50, follows nextLink, skips unknown chat types', async () => {
    const chats = await adapter().listRecentChats(AS, 3);
    expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
      ['GET', '/v1.0/me/chats', { $orderby: 'lastMessagePreview/createdDateTime desc', $top: '3' }],
      ['GET', '/v1.0/me/chats', { $orderby: 'lastMessagePreview/createdDateTime desc', $top: '3', $skiptoken: 'page2' }],
    ]);
    expect(requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}` && r.body === undefined)).toBe(true);
    expect(chats.map((c) => [c.id, c.chatType, c.topic])).toEqual([
      ['19:c1@thread.v2', 'group', 'First'],
      ['19:c2@unq.gbl.spaces', 'oneOnOne', null],
      ['19:c3@thread.v2', 'group', null],
    ]);
    expect(chats[0]?.lastUpdatedDateTime).toBe('2024-05-01T09:30:00Z');

    requests.length = 0;
    await adapter().listRecentChats(AS, 500);
    expect(requests[0]?.query.$top).toBe('50');
  });

  test('getChat: GET /chats/{id} with the id encoded as one path segment', async () => {
    const found = await adapter().getChat(AS, CHAT_ID);
    const r = onlyRequest();
    expect([r.method, r.path]).toEqual(['GET', `/v1.0/chats/${CHAT_ID}`]);
    expect(r.rawPath).toBe(`/v1.0/chats/${encodeURIComponent(CHAT_ID)}`);
    expect(found).toEqual({
      id: CHAT_ID, chatType: 'group', topic: 'CAS-01042 · Printer offline',
      webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(CHAT_ID)}/0?tenantId=${AS.tenantId}`,
    });
    requests.length = 0;
    await adapter().getChat(AS, '../../users/x?$top=1');
    expect(onlyRequest().rawPath).toBe('/v1.0/chats/..%2F..%2Fusers%2Fx%3F%24top%3D1');
  });

  test('listChatMembers: the chat\'s Entra members (userId, displayName, email)', async () => {
    const members = await adapter().listChatMembers(AS, CHAT_ID);
    expect([onlyRequest().method, onlyRequest().path]).toEqual(['GET', `/v1.0/chats/${CHAT_ID}/members`]);
    expect(members).toEqual([
      { userId: AS.userId, displayName: 'Astrid Holm', email: 'astrid@contoso.example' },
      { userId: MADS, displayName: 'Mads Nielsen', email: null },
    ]);
  });

  test('addChatMembers with full history: one POST /chats/{id}/members per user, history from 0001-01-01', async () => {
    await adapter().addChatMembers(AS, CHAT_ID, [MADS, SOFIE, MADS], { withFullHistory: true });
    expect(requests.map((r) => [r.method, r.path])).toEqual([
      ['POST', `/v1.0/chats/${CHAT_ID}/members`],
      ['POST', `/v1.0/chats/${CHAT_ID}/members`],
    ]);
    expect(requests.map((r) => r.body)).toEqual([MADS, SOFIE].map((id) => ({
      '@odata.type': '#microsoft.graph.aadUserConversationMember',
      'user@odata.bind': `${BIND}/users('${id}')`,
      visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
      roles: ['owner'],
    })));

    requests.length = 0;
    override = (r) => (r.method === 'POST' ? { status: 409, body: { error: { code: 'Conflict', message: 'already a member' } } } : undefined);
    await adapter().addChatMembers(AS, CHAT_ID, [SOFIE], { withFullHistory: false });
    expect(onlyRequest().body).toEqual({ '@odata.type': '#microsoft.graph.aadUserConversationMember', 'user@odata.bind': `${BIND}/users('${SOFIE}')`, roles: ['owner'] });
  });

  test('installAppInChat: POST /chats/{id}/installedApps binding the catalog app and consenting the RSC list', async () => {
    await adapter().installAppInChat(AS, CHAT_ID);
    const r = onlyRequest();
    expect([r.method, r.path]).toEqual(['POST', `/v1.0/chats/${CHAT_ID}/installedApps`]);
    expect(r.body).toEqual({
      'teamsApp@odata.bind': 'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/b1c5353a-7aca-41b3-830f-27d5218fe0e5',
      consentedPermissionSet: {
        resourceSpecificPermissions: [
          { permissionValue: 'ChatMessage.Read.Chat', permissionType: 'Application' },
          { permissionValue: 'ChatMember.Read.Chat', permissionType: 'Application' },
          { permissionValue: 'Chat.Manage.Chat', permissionType: 'Application' },
          { permissionValue: 'ChannelMessage.Read.Group', permissionType: 'Application' },
          { permissionValue: 'TeamMember.Read.Group', permissionType: 'Application' },
        ],
      },
    });
    expect(CASEBRIDGE_RSC_PERMISSIONS).toHaveLength(5);

    override = () => ({ status: 409, body: { error: { code: 'Conflict', message: 'App is already installed' } } });
    const error = await failure(adapter().installAppInChat(AS, CHAT_ID));
    expect([error.status, error.code]).toEqual([409, 'Conflict']);
  });

  test('renameChat: PATCH /chats/{id} { topic }; a topic Teams refuses is refused before any call', async () => {
    await adapter().renameChat(AS, CHAT_ID, 'CAS-01042 · Printer offline again');
    const r = onlyRequest();
    expect([r.method, r.path, r.body]).toEqual(['PATCH', `/v1.0/chats/${CHAT_ID}`, { topic: 'CAS-01042 · Printer offline again' }]);
    requests.length = 0;
    expect((await failure(adapter().renameChat(AS, CHAT_ID, 'Printer: offline'))).code).toBe('invalidChatTopic');
    expect((await failure(adapter().createGroupChat(AS, { topic: 'x'.repeat(251), memberIds: [MADS] }))).status).toBe(400);
    expect(requests).toHaveLength(0);
  });

  test('listJoinedTeams, listChannels and createChannel', async () => {
    const graph = adapter();
    expect(await graph.listJoinedTeams(AS)).toEqual([{ id: TEAM_ID, displayName: 'Kundeservice DK' }, { id: 'team-2', displayName: '' }]);
    expect(await graph.listChannels(AS, TEAM_ID)).toEqual([
      { id: '19:general@thread.tacv2', teamId: TEAM_ID, displayName: 'General', membershipType: 'standard', webUrl: 'https://teams.microsoft.com/l/channel/general' },
      { id: '19:escal@thread.tacv2', teamId: TEAM_ID, displayName: 'Escalations', membershipType: 'private', webUrl: null },
    ]);
    const created = await graph.createChannel(AS, TEAM_ID, { displayName: 'CAS-01042 Printer', description: 'Printer offline at Nordlys' });
    expect(requests.map((r) => [r.method, r.path])).toEqual([
      ['GET', '/v1.0/me/joinedTeams'],
      ['GET', `/v1.0/teams/${TEAM_ID}/channels`],
      ['POST', `/v1.0/teams/${TEAM_ID}/channels`],
    ]);
    expect(requests[2]?.body).toEqual({ displayName: 'CAS-01042 Printer', description: 'Printer offline at Nordlys', membershipType: 'standard' });
    expect(created).toEqual({ id: '19:created@thread.tacv2', teamId: TEAM_ID, displayName: 'CAS-01042 Printer', membershipType: 'standard', webUrl: 'https://teams.microsoft.com/l/channel/created' });
    expect((await failure(graph.createChannel(AS, TEAM_ID, { displayName: 'CAS#1', description: '' }))).code).toBe('invalidChannelName');
  });

  test('a base URL with a path before the version works', async () => {
    const prefixed = adapter({ baseUrl: base.replace('/v1.0', '/graph/v1.0') });
    expect(await prefixed.getChat(AS, CHAT_ID)).not.toBeNull();
    expect(onlyRequest().path).toBe(`/graph/v1.0/chats/${CHAT_ID}`);
  });
});

describe('failures', () => {
  /** Answers `failures` in turn for requests on `path`, then like Graph. */
  function failFirst(path: string, ...failures: Reply[]): void {
    let n = 0;
    override = (r) => (r.path === path && n < failures.length ? failures[n++] : undefined);
  }

  test('429 with Retry-After: 1 waits a second and retries once', async () => {
    failFirst(`/v1.0/chats/${CHAT_ID}`, { status: 429, headers: { 'retry-after': '1' }, body: { error: { code: 'TooManyRequests', message: 'slow down' } } });
    const started = Date.now();
    expect(await adapter().getChat(AS, CHAT_ID)).not.toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(requests).toHaveLength(2);
    expect(requests[1]?.headers['retry-attempt']).toBe('1');
    expect(requests[1]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  test('503 twice, then success', async () => {
    const unavailable: Reply = { status: 503, headers: { 'retry-after': '0' }, body: { error: { code: 'ServiceUnavailable', message: 'try later' } } };
    failFirst('/v1.0/chats', unavailable, unavailable);
    const created = await adapter().createGroupChat(AS, { topic: 'Retry', memberIds: [MADS] });
    expect(created.id).toBe('19:new@thread.v2');
    expect(requests).toHaveLength(3);
    expect(requests.map((r) => r.body)).toEqual([requests[0]?.body, requests[0]?.body, requests[0]?.body]);
    expect(logLines.filter((l) => l.includes('graph call retried') && l.includes('"status":503'))).toHaveLength(2);
  });

  test('503 forever: TeamsCallError 503 after 3 retries, quickly', async () => {
    override = () => ({ status: 503, headers: { 'retry-after': '0' }, body: { error: { code: 'ServiceUnavailable', message: 'down' } } });
    const started = Date.now();
    const error = await failure(adapter().listJoinedTeams(AS));
    expect([error.status, error.code, error.kind, error.retryAfterSeconds]).toEqual([503, 'ServiceUnavailable', 'unavailable', 0]);
    expect(requests).toHaveLength(4);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  test('a Retry-After beyond the bound fails at once with 429 instead of waiting', async () => {
    override = () => ({ status: 429, headers: { 'retry-after': '120' }, body: { error: { code: 'TooManyRequests', message: 'later' } } });
    const error = await failure(adapter().listRecentChats(AS, 10));
    expect([error.status, error.code, error.kind]).toEqual([429, 'TooManyRequests', 'throttled']);
    // Passed on, so the API can tell its client how long Teams asked to wait.
    expect(error.retryAfterSeconds).toBe(120);
    expect(requests).toHaveLength(1);
  });

  test('429 after the retries are spent is throttled, with the last Retry-After (an HTTP date read as seconds)', async () => {
    override = () => ({ status: 429, headers: { 'retry-after': '0' }, body: { error: { code: 'TooManyRequests', message: 'later' } } });
    const spent = await failure(adapter().getChat(AS, CHAT_ID));
    expect([spent.kind, spent.retryAfterSeconds]).toEqual(['throttled', 0]);
    expect(requests).toHaveLength(4);
    override = () => ({ status: 429, headers: { 'retry-after': new Date(Date.now() + 90_000).toUTCString() } });
    const dated = await failure(adapter().getChat(AS, CHAT_ID));
    expect(dated.kind).toBe('throttled');
    expect(dated.retryAfterSeconds).toBeGreaterThanOrEqual(85);
    expect(dated.retryAfterSeconds).toBeLessThanOrEqual(91);
  });

  test('a request that never answers times out with TeamsCallError', async () => {
    override = () => 'hang';
    const started = Date.now();
    const error = await failure(adapter({ timeoutMs: 300 }).getChat(AS, CHAT_ID));
    expect([error.status, error.code, error.kind]).toEqual([504, 'timeout', 'timeout']);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(requests).toHaveLength(1);
  });

  test('headers followed by a stalled body also time out', async () => {
    override = () => 'stall-body';
    const error = await failure(adapter({ timeoutMs: 300 }).getChat(AS, CHAT_ID));
    expect([error.code, error.kind]).toEqual(['timeout', 'timeout']);
  });

  test('403 is TeamsCallError 403 with Graph\'s code, without retry', async () => {
    override = () => ({ status: 403, body: { error: { code: 'Forbidden', message: 'Missing scope permissions on the request.' } } });
    const error = await failure(adapter().addChatMembers(AS, CHAT_ID, [MADS], { withFullHistory: true }));
    expect([error.status, error.code, error.kind, error.retryAfterSeconds]).toEqual([403, 'Forbidden', 'refused', null]);
    expect(error.message).toContain('POST /chats/{id}/members');
    expect(requests).toHaveLength(1);
  });

  test('404: getChat gives null, other methods throw TeamsCallError 404', async () => {
    override = () => ({ status: 404, body: { error: { code: 'NotFound', message: 'Chat not found' } } });
    expect(await adapter().getChat(AS, '19:gone@thread.v2')).toBeNull();
    const error = await failure(adapter().listChatMembers(AS, '19:gone@thread.v2'));
    expect([error.status, error.code]).toEqual([404, 'NotFound']);
    expect(requests).toHaveLength(2);
  });

  test('malformed bodies give a clear 502, not a crash', async () => {
    override = () => ({ status: 200, body: 'this is not { json' });
    const notJson = await failure(adapter().getChat(AS, CHAT_ID));
    expect([notJson.status, notJson.code, notJson.kind]).toEqual([502, 'badGraphResponse', 'malformed']);
    expect(notJson.message).toContain('GET /chats/{id}');

    override = () => ({ status: 201, body: { topic: 'no id', chatType: 'group' } });
    const wrongShape = await failure(adapter().createGroupChat(AS, { topic: null, memberIds: [MADS] }));
    expect([wrongShape.status, wrongShape.code, wrongShape.kind]).toEqual([502, 'badGraphResponse', 'malformed']);
    expect(wrongShape.message).toMatch(/\bid\b/);

    override = () => ({ status: 200, body: { value: 'not a list' } });
    expect((await failure(adapter().listJoinedTeams(AS))).code).toBe('badGraphResponse');

    override = () => ({ status: 500, body: '<html>proxy error</html>' });
    const html = await failure(adapter().listJoinedTeams(AS));
    expect([html.status, html.code, html.kind]).toEqual([500, 'graphError', 'unavailable']);

    // A chat's type is what connecting it depends on: without one, getChat cannot answer.
    override = () => ({ status: 200, body: { id: CHAT_ID, topic: 'no type' } });
    expect((await failure(adapter().getChat(AS, CHAT_ID))).kind).toBe('malformed');
  });

  test('refusals keep their own kind; Graph\'s error code never poses as one of Casebridge\'s', async () => {
    const cases: Array<[number, string, string]> = [
      [400, 'timeout', 'invalid'], [404, 'badGraphResponse', 'notFound'], [409, 'Conflict', 'conflict'],
      [405, 'MethodNotAllowed', 'rejected'], [401, 'InvalidAuthenticationToken', 'refused'], [504, 'GatewayTimeout', 'timeout'],
    ];
    for (const [status, code, kind] of cases) {
      override = () => ({ status, headers: { 'retry-after': '0' }, body: { error: { code, message: 'internal detail' } } });
      const error = await failure(adapter().listJoinedTeams(AS));
      expect([error.status, error.code, error.kind]).toEqual([status, code, kind]);
    }
  });

  test('a created chat missing lastUpdatedDateTime (and other unused fields) is a created chat', async () => {
    override = (r) => (r.method === 'POST' && r.path === '/v1.0/chats' ? { status: 201, body: { id: '19:bare@thread.v2', webUrl: 42, chatType: null } } : undefined);
    const created = await adapter().createGroupChat(AS, { topic: 'Bare answer', memberIds: [MADS] });
    expect(created).toEqual({ id: '19:bare@thread.v2', topic: 'Bare answer', webUrl: null });

    // getChat needs the type only; the id is the one asked for.
    override = () => ({ status: 200, body: { chatType: 'group' } });
    expect(await adapter().getChat(AS, CHAT_ID)).toEqual({ id: CHAT_ID, chatType: 'group', topic: null, webUrl: null });

    // Calls whose answer Casebridge does not use succeed whatever the body says.
    override = () => ({ status: 201, body: 'Created (not JSON)' });
    await adapter().addChatMembers(AS, CHAT_ID, [MADS], { withFullHistory: true });
    await adapter().installAppInChat(AS, CHAT_ID);
    await adapter().renameChat(AS, CHAT_ID, 'Renamed');

    // Members, teams and channels with fields of odd types read them as absent; a new channel keeps the name asked for.
    override = (r) => (r.method === 'POST'
      ? { status: 201, body: { id: '19:made@thread.tacv2' } }
      : { status: 200, body: { value: [{ id: TEAM_ID, displayName: 7 }], '@odata.nextLink': null } });
    expect(await adapter().listJoinedTeams(AS)).toEqual([{ id: TEAM_ID, displayName: '' }]);
    expect(await adapter().createChannel(AS, TEAM_ID, { displayName: 'CAS-01042', description: '' })).toEqual({
      id: '19:made@thread.tacv2', teamId: TEAM_ID, displayName: 'CAS-01042', membershipType: 'standard', webUrl: null,
    });
  });

  test('an unreachable Graph is TeamsCallError 503', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const error = await failure(adapter({ baseUrl: `http://127.0.0.1:${port}/v1.0` }).listJoinedTeams(AS));
    expect([error.status, error.code]).toEqual([503, 'graphUnreachable']);
  }, 60_000);

  test('a call made as the app carries the app token, not a user\'s', async () => {
    const tokens = new StaticTokenProvider(async (tenantId) => `app-token-for-${tenantId}`);
    await adapter({ tokens }).addChatMembers({ tenantId: AS.tenantId, app: true }, CHAT_ID, ['u-9'], { withFullHistory: true });
    expect(requests.map((r) => r.headers.authorization)).toEqual([`Bearer app-token-for-${AS.tenantId}`]);
    const noSource = await failure(adapter().listChatMembers({ tenantId: AS.tenantId, app: true }, CHAT_ID));
    expect([noSource.status, noSource.code]).toEqual([503, 'graphTokenUnavailable']);
  });

  test('a token failure is passed through and nothing is sent', async () => {
    const tokens: GraphTokenProvider = {
      forUser: () => Promise.reject(new TeamsCallError(403, 'graphConsentRequired', 'consent needed')),
      forApp: () => Promise.reject(new TeamsCallError(503, 'graphTokenUnavailable', 'no app token')),
    };
    const error = await failure(adapter({ tokens }).listJoinedTeams(AS));
    expect([error.status, error.code]).toEqual([403, 'graphConsentRequired']);
    expect(requests).toHaveLength(0);
  });
});

describe('OnBehalfOfTokenProvider', () => {
  const oboResult = (accessToken: string): AuthenticationResult => ({
    authority: `https://login.microsoftonline.com/${AS.tenantId}`, uniqueId: AS.userId, tenantId: AS.tenantId, scopes: ['https://graph.microsoft.com/.default'],
    account: null, idToken: '', idTokenClaims: {}, accessToken, fromCache: false, expiresOn: null, tokenType: 'Bearer', correlationId: 'corr',
  });

  test('exchanges the SSO token against the user\'s tenant for Graph\'s .default scope', async () => {
    const seen: OnBehalfOfRequest[] = [];
    const seenApp: ClientCredentialRequest[] = [];
    const provider = new OnBehalfOfTokenProvider({
      clientId: 'api-client', clientSecret: 'secret',
      client: {
        acquireTokenOnBehalfOf: (request) => { seen.push(request); return Promise.resolve(oboResult('graph-token')); },
        acquireTokenByClientCredential: (request) => { seenApp.push(request); return Promise.resolve(oboResult('app-token')); },
      },
    });
    expect(await provider.forUser(AS)).toBe('graph-token');
    // App-only (RSC): the client-credentials grant in the same tenant.
    expect(await provider.forApp(AS.tenantId)).toBe('app-token');
    expect(seenApp).toEqual([{ scopes: ['https://graph.microsoft.com/.default'], authority: `https://login.microsoftonline.com/${AS.tenantId}` }]);
    await expect(provider.forApp('not-a-tenant')).rejects.toMatchObject({ status: 401, code: 'invalidTenant' });
    expect(seen).toEqual([{ oboAssertion: TOKEN, scopes: ['https://graph.microsoft.com/.default'], authority: `https://login.microsoftonline.com/${AS.tenantId}` }]);
  });

  test('MSAL failures become TeamsCallError without MSAL\'s text; a non-GUID tenant never reaches MSAL', async () => {
    const consent = new OnBehalfOfTokenProvider({
      clientId: 'api-client', clientSecret: 'secret',
      client: {
        acquireTokenOnBehalfOf: () => Promise.reject(new InteractionRequiredAuthError('invalid_grant', 'corr', `AADSTS65001 ${TOKEN}`, 'consent_required')),
        acquireTokenByClientCredential: () => Promise.resolve(null),
      },
    });
    const error = await failure(consent.forUser(AS));
    expect([error.status, error.code]).toEqual([403, 'graphConsentRequired']);
    await expect(consent.forUser({ ...AS, tenantId: 'evil.example/../x' })).rejects.toMatchObject({ status: 401, code: 'invalidTenant' });
  });
});
