/**
 * Azure mode against a Cosmos endpoint (the local server stands in for the account): the bot
 * endpoint demands a Bot Framework token, the dev sign-in does not exist, local tokens are refused.
 * The Bot Framework channel's signing keys come from a loopback server (CASEBRIDGE_BOT_OPENID_METADATA_URL)
 * holding a key of the test's own, so tokens as Teams sends them can be made here.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { createLogger } from '../../bot/src/logger';
import { startLocalCosmos, type LocalCosmos } from '../../bot/src/sandbox/local-cosmos';
import { openStore } from '../../bot/src/storage/cosmos/cosmos-store';
import { call, field } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { startTestAzurite, type TestAzurite } from '../fixtures/azurite';

let cosmos: LocalCosmos;
let azurite: TestAzurite;
let server: TestServer;
let keys: http.Server;
let connector: http.Server;
let connectorUrl: string;
/** Requests the bot made to the connector (there must be none for a refused activity). */
const outbound: string[] = [];
let signingKey: KeyLike;
let strangerKey: KeyLike;

const APP_ID = '6f1f6e8a-1111-4222-8333-944444444444';

async function listen(handler: http.RequestListener): Promise<{ server: http.Server; url: string }> {
  const s = http.createServer(handler);
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
  return { server: s, url: `http://127.0.0.1:${(s.address() as AddressInfo).port}` };
}

/** A Bot Framework channel token as Teams' connector signs it (issuer, audience, serviceurl claim). */
async function botToken(claims: Record<string, string>, key: KeyLike = signingKey, kid = 'test-key'): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
    .setIssuer('https://api.botframework.com')
    .setAudience(APP_ID)
    .setIssuedAt()
    .setNotBefore('0s')
    .setExpirationTime('10m')
    .sign(key);
}

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  // As the channel publishes its keys: each endorsed for the channels it may sign for.
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', use: 'sig', endorsements: ['msteams'] };
  const keyServer = await listen((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(req.url === '/keys' ? { keys: [jwk] } : { issuer: 'https://api.botframework.com', jwks_uri: `http://127.0.0.1:${(keyServer.server.address() as AddressInfo).port}/keys` }));
  });
  keys = keyServer.server;
  const connectorServer = await listen((req, res) => {
    outbound.push(`${req.method ?? ''} ${req.url ?? ''}`);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"id":"1"}');
  });
  connector = connectorServer.server;
  connectorUrl = `${connectorServer.url}/`;
  azurite = await startTestAzurite();
  cosmos = await startLocalCosmos({ dataDir: '/nonexistent', intervalMs: 60_000, logger: createLogger('silent'), persist: false });
  // In Azure the Bicep template creates the database and containers; here we do it once.
  (await openStore({ endpoint: cosmos.endpoint, key: 'k', database: 'casebridge', allowSelfSigned: true, createIfMissing: true })).close();
  server = await startServer({
    env: {
      CASEBRIDGE_MODE: 'azure',
      COSMOS_ENDPOINT: cosmos.endpoint,
      COSMOS_KEY: 'test-key',
      COSMOS_ALLOW_SELF_SIGNED: 'true',
      PUBLIC_URL: 'https://casebridge.example.com',
      MicrosoftAppId: '6f1f6e8a-1111-4222-8333-944444444444',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: 'c0a1e5f0-7d3c-4c7e-9d1a-5b0c0e1f2a3b',
      AAD_APP_CLIENT_ID: '7a2a7b9b-1111-4222-8333-955555555555',
      AAD_APP_CLIENT_SECRET: 'not-a-real-secret-either',
      TEAMS_APP_ID: '2b3c4d5e-1111-4222-8333-966666666666',
      CASEBRIDGE_BOT_OPENID_METADATA_URL: `http://127.0.0.1:${(keys.address() as AddressInfo).port}/openid`,
      // Blob storage as Azure mode reaches it, here on an Azurite on loopback (by connection string).
      AZURE_STORAGE_CONNECTION_STRING: azurite.current().connectionString,
      WEBFORM_SECRET: 'test-only-web-form-secret',
      CHAT_TOKEN_SECRET: 'test-only-chat-token-secret-of-32-chars',
      // Nothing listens there: fan-out retries in the background and never holds up the start.
      WEB_PUBSUB_CONNECTION_STRING: 'Endpoint=http://127.0.0.1:9;AccessKey=dGVzdC1vbmx5LWFjY2Vzcy1rZXktbm90LXJlYWwtMDAwMDAw;Version=1.0;',
    },
  });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await cosmos?.stop();
  await azurite?.stop();
  await Promise.all([keys, connector].map((s) => new Promise<void>((resolve) => (s ? s.close(() => resolve()) : resolve()))));
}, 60_000);

test('the bot endpoint refuses a request without a Bot Framework token (401)', async () => {
  const activity = { type: 'message', text: 'hi', serviceUrl: 'http://127.0.0.1:9/', channelId: 'msteams', from: { id: 'x' }, conversation: { id: 'y' }, recipient: { id: 'z' } };
  const res = await call(server.baseUrl, 'POST', '/api/messages', { body: activity });
  expect(res.status).toBe(401);
});

describe('the bot endpoint checks the token before the body, then the serviceurl claim against the activity', () => {
  /** A group chat message the bot only records (no reply): a turn that needs no outbound call. */
  const activity = (serviceUrl = connectorUrl) => ({
    type: 'message', id: `m-${Math.random().toString(36).slice(2)}`, timestamp: new Date().toISOString(), text: 'hello', channelId: 'msteams', serviceUrl, locale: 'en-US',
    from: { id: '29:someone', aadObjectId: '0f0f0f0f-0000-4000-8000-00000000abcd', name: 'Someone' },
    conversation: { id: '19:azure-mode@thread.v2', conversationType: 'groupChat', tenantId: 'c0a1e5f0-7d3c-4c7e-9d1a-5b0c0e1f2a3b', isGroup: true },
    recipient: { id: `28:${APP_ID}`, name: 'Casebridge' },
    channelData: { tenant: { id: 'c0a1e5f0-7d3c-4c7e-9d1a-5b0c0e1f2a3b' } },
  });
  const post = (body: unknown, token?: string) => call(server.baseUrl, 'POST', '/api/messages', { body, token });

  beforeEach(() => {
    outbound.length = 0;
  });

  test('a token Teams would send, for this serviceUrl, is accepted', async () => {
    const res = await post(activity(), await botToken({ serviceurl: connectorUrl }));
    expect(res.status).toBe(200);
  }, 30_000);

  test('a token issued for another serviceUrl, or for none, is refused (401) and nothing is sent anywhere', async () => {
    const other = await post(activity(), await botToken({ serviceurl: 'https://smba.trafficmanager.net/emea/' }));
    const noClaim = await post(activity(), await botToken({}));
    // botbuilder compares the claim only when the activity names a serviceUrl; Casebridge always does.
    const { serviceUrl: _omitted, ...withoutServiceUrl } = activity();
    const noServiceUrl = await post(withoutServiceUrl, await botToken({ serviceurl: connectorUrl }));
    const otherChannel = await post({ ...activity(), channelId: 'webchat' }, await botToken({ serviceurl: connectorUrl }));
    expect([other.status, noClaim.status, noServiceUrl.status, otherChannel.status]).toEqual([401, 401, 400, 401]);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    expect(outbound).toEqual([]);
  }, 30_000);

  test('a token signed by a key the channel does not publish is refused', async () => {
    const res = await post(activity(), await botToken({ serviceurl: connectorUrl }, strangerKey));
    const unknownKid = await post(activity(), await botToken({ serviceurl: connectorUrl }, strangerKey, 'test-key-2'));
    expect([res.status, unknownKid.status]).toEqual([401, 401]);
  }, 30_000);

  test('without a token, a bad, wrongly typed or large body is a 401 — the body is not read', async () => {
    const raw = (rawBody: string, type: string) => call(server.baseUrl, 'POST', '/api/messages', { rawBody, headers: { 'content-type': type } });
    const statuses = [
      (await raw('{"type":', 'application/json')).status,
      (await raw('type=message', 'text/plain')).status,
      (await raw(JSON.stringify({ ...activity(), text: 'x'.repeat(300 * 1024) }), 'application/json')).status,
      (await post({ type: 1 })).status,
    ];
    expect(statuses).toEqual([401, 401, 401, 401]);
    // A body announced as 10 MB and never sent: the answer comes without waiting for it.
    const status = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer before the body was sent')), 10_000);
      const req = http.request(`${server.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': 10 * 1024 * 1024 } }, (res) => {
        clearTimeout(timer);
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', (error) => (error.message.includes('socket hang up') ? undefined : reject(error)));
      req.write('{"type":"message",');
    });
    expect(status).toBe(401);
  }, 30_000);

  test('with a valid token, a malformed activity is a 400 naming the field', async () => {
    const res = await post({ ...activity(), recipient: { id: 0 } }, await botToken({ serviceurl: connectorUrl }));
    expect(res.status).toBe(400);
    expect(field(res.body, 'detail')).toContain('recipient.id');
  }, 30_000);
});

test('the dev sign-in does not exist in azure mode', async () => {
  expect((await call(server.baseUrl, 'GET', '/dev/users')).status).toBe(404);
  expect((await call(server.baseUrl, 'POST', '/dev/token', { body: { userId: 'a' } })).status).toBe(404);
});

test('API calls need an Entra ID token: anything else is 401', async () => {
  const fake = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IngifQ.eyJ0aWQiOiJ0Iiwib2lkIjoibyJ9.c2ln';
  expect((await call(server.baseUrl, 'GET', '/api/me', { token: fake })).status).toBe(401);
  expect((await call(server.baseUrl, 'GET', '/api/me')).status).toBe(401);
});

test('every answer asks browsers for https only (HSTS), and keeps nosniff and the referrer policy', async () => {
  for (const res of [await call(server.baseUrl, 'GET', '/healthz'), await call(server.baseUrl, 'GET', '/api/me'), await call(server.baseUrl, 'GET', '/')]) {
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  }
});

test('the client address behind App Service is the last X-Forwarded-For entry: a forged first entry does not escape a limit', async () => {
  const bad = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IngifQ.eyJ0aWQiOiJ0Iiwib2lkIjoibyJ9.c2ln';
  // The same real client (the last entry, as App Service's front end appends it) with a new forged first entry each time.
  const statuses: number[] = [];
  // The default allows 100 refusals per 10 minutes.
  for (let i = 0; i < 104; i++) {
    statuses.push((await call(server.baseUrl, 'GET', '/api/me', { token: bad, headers: { 'x-forwarded-for': `10.0.${i}.1, 203.0.113.7:${50000 + i}` } })).status);
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  const after = await call(server.baseUrl, 'GET', '/api/me', { token: bad, headers: { 'x-forwarded-for': '198.51.100.1, 203.0.113.7:40000' } });
  expect(after.status).toBe(429);
  // Another client is not affected.
  expect((await call(server.baseUrl, 'GET', '/api/me', { token: bad, headers: { 'x-forwarded-for': '203.0.113.8:40000' } })).status).toBe(401);
  expect(statuses.slice(0, 100).every((s) => s === 401)).toBe(true);
  expect(statuses.slice(-2)).toEqual([429, 429]);
});

test('the client configuration carries the SSO app; readiness reflects storage', async () => {
  const config = await call(server.baseUrl, 'GET', '/api/config');
  expect(config.body).toEqual({
    mode: 'azure',
    ssoClientId: '7a2a7b9b-1111-4222-8333-955555555555',
    initiateLoginEndpoint: 'https://casebridge.example.com/auth-start.html',
    publicUrl: 'https://casebridge.example.com',
  });
  expect(field((await call(server.baseUrl, 'GET', '/readyz')).body, 'status')).toBe('ok');
});

test('readiness turns 503 when the database cannot be reached, while health stays 200', async () => {
  await cosmos.stop();
  const ready = await call(server.baseUrl, 'GET', '/readyz');
  expect(ready.status).toBe(503);
  expect(field(ready.body, 'status')).toBe('unavailable');
  expect((await call(server.baseUrl, 'GET', '/healthz')).status).toBe(200);
}, 30_000);
