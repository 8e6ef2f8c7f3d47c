/** Token validation as production does it: signature, issuer, audience, expiry, tid and oid. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { call, demoUsers, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { LOCAL_SSO_CLIENT_ID } from '../../bot/src/config';

let server: TestServer;
let issuerKey: { key: Parameters<SignJWT['sign']>[0]; kid: string };
let madsId: string;
let tenantId: string;

beforeAll(async () => {
  server = await startServer();
  const stored = JSON.parse(await readFile(path.join(server.dataDir, 'dev-signing-key.json'), 'utf8')) as { privateJwk: JWK; kid: string };
  issuerKey = { key: await importJWK({ ...stored.privateJwk, alg: 'RS256' }, 'RS256'), kid: stored.kid };
  const mads = (await demoUsers(server.baseUrl)).get('Mads Nielsen');
  madsId = mads?.id ?? '';
  tenantId = mads?.tenantId ?? '';
}, 120_000);
afterAll(() => server.stop(), 60_000);

interface Claims { iss?: string; aud?: string; exp?: number; tid?: string | null; oid?: string | null }

async function token(claims: Claims, key = issuerKey.key, kid = issuerKey.kid): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const payload: Record<string, string> = {};
  if (claims.tid !== null) payload.tid = claims.tid ?? tenantId;
  if (claims.oid !== null) payload.oid = claims.oid ?? madsId;
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer(claims.iss ?? `${server.app.config.publicUrl}/dev`)
    .setAudience(claims.aud ?? LOCAL_SSO_CLIENT_ID)
    .setIssuedAt(now - 60)
    .setExpirationTime(claims.exp ?? now + 600)
    .sign(key);
}

const me = (t?: string) => call(server.baseUrl, 'GET', '/api/me', { token: t });

test('a valid token for a demo user reads /api/me', async () => {
  const res = await me(await token({}));
  expect(res.status).toBe(200);
  expect(field(res.body, 'user', 'displayName')).toBe('Mads Nielsen');
  expect(field(res.body, 'isAdmin')).toBe(false);
  expect(field(res.body, 'privileges', 'case', 'write')).toBe('team');
});

test('missing, malformed, forged, expired, wrong-audience, wrong-issuer and claim-less tokens are 401', async () => {
  const { privateKey } = await generateKeyPair('RS256');
  const forged = await token({}, privateKey, issuerKey.kid);
  const cases = [
    await me(undefined),
    await call(server.baseUrl, 'GET', '/api/me', { headers: { authorization: 'Basic bWFkczpwdw==' } }),
    await me('not.a.jwt'),
    await me(forged),
    await me(await token({ exp: Math.floor(Date.now() / 1000) - 3600 })),
    await me(await token({ aud: 'api://someone-else' })),
    await me(await token({ iss: 'https://login.microsoftonline.com/evil/v2.0' })),
    await me(await token({ tid: null })),
    await me(await token({ oid: null })),
  ];
  expect(cases.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 401]);
  for (const res of cases) expect(res.headers.get('content-type')).toContain('application/problem+json');
});

test('a valid token for a user not set up in the tenant is 403 not-provisioned', async () => {
  const res = await me(await token({ oid: '11111111-2222-4333-8444-555555555555' }));
  expect(res.status).toBe(403);
  expect(field(res.body, 'type')).toContain('notProvisioned');
});

test('a token for a user in one tenant cannot claim another tenant', async () => {
  const res = await me(await token({ tid: 'f4b1c2d3-8e9f-4a0b-9c1d-2e3f4a5b6c7d' }));
  expect(res.status).toBe(403);
});

test('dev sign-in: unknown user is 404, bad body is 400', async () => {
  expect((await call(server.baseUrl, 'POST', '/dev/token', { body: { userId: 'nobody' } })).status).toBe(404);
  expect((await call(server.baseUrl, 'POST', '/dev/token', { body: { user: 1 } })).status).toBe(400);
  expect(await tokenFor(server.baseUrl, 'Nora Hansen')).toMatch(/^ey/);
});

test('unknown API paths and methods are problem+json 404s; the tab is served for app paths', async () => {
  const unknown = await call(server.baseUrl, 'GET', '/api/nope');
  expect(unknown.status).toBe(404);
  expect(unknown.headers.get('content-type')).toContain('application/problem+json');
  expect((await call(server.baseUrl, 'DELETE', '/api/records/case-001')).status).toBe(404);
});

test('app pages may be framed by Teams only, and the record URL serves the tab (A5)', async () => {
  const page = await call(server.baseUrl, 'GET', '/records/case/case-001');
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toContain('text/html');
  expect(page.headers.get('content-security-policy')).toContain('frame-ancestors');
  expect(page.headers.get('content-security-policy')).toContain('https://teams.microsoft.com');
  const traversal = await call(server.baseUrl, 'GET', '/%2e%2e/%2e%2e/etc/passwd');
  expect(traversal.text).not.toContain('root:');
});

test('a malformed percent-encoding in a page path is a 404, not a crash', async () => {
  const res = await call(server.baseUrl, 'GET', '/records/%E0%A4%A');
  expect(res.status).toBe(404);
  expect((await call(server.baseUrl, 'GET', '/healthz')).status).toBe(200);
});
