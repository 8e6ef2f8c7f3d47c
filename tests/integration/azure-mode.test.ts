/**
 * Azure mode against a Cosmos endpoint (the local server stands in for the account): the bot
 * endpoint demands a Bot Framework token, the dev sign-in does not exist, local tokens are refused.
 */
import { createLogger } from '../../bot/src/logger';
import { startLocalCosmos, type LocalCosmos } from '../../bot/src/sandbox/local-cosmos';
import { openStore } from '../../bot/src/storage/cosmos/cosmos-store';
import { call, field } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';

let cosmos: LocalCosmos;
let server: TestServer;

beforeAll(async () => {
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
    },
  });
});
afterAll(async () => {
  await server.stop();
  await cosmos.stop();
});

test('the bot endpoint refuses a request without a Bot Framework token (401)', async () => {
  const activity = { type: 'message', text: 'hi', serviceUrl: 'http://127.0.0.1:9/', channelId: 'msteams', from: { id: 'x' }, conversation: { id: 'y' }, recipient: { id: 'z' } };
  const res = await call(server.baseUrl, 'POST', '/api/messages', { body: activity });
  expect(res.status).toBe(401);
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
