/**
 * The HTTP edge under a hostile or careless client (issue 9): the caller is known before a body
 * is read, every response carries the security headers, the tab's pages a real
 * Content-Security-Policy, rate limits answer 429 with Retry-After and hold across two instances
 * on one database, and a POST that takes no body accepts `{}`.
 */
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../../bot/src/logger';
import { startLocalCosmos, type LocalCosmos } from '../../bot/src/sandbox/local-cosmos';
import { call, demoUsers, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';

const SERVER_START_MS = 120_000;

let cosmos: LocalCosmos;
let cosmosDir: string;
let a: TestServer;
let b: TestServer;
/** Signed in before the limits below are used up. */
let larsToken: string;

const LIMITS = {
  RATE_LIMIT_DEV_TOKEN_PER_MINUTE: '12',
  RATE_LIMIT_API_PER_MINUTE: '25',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '40',
  RATE_LIMIT_AUTH_FAILURES_PER_10_MINUTES: '6',
};

beforeAll(async () => {
  cosmosDir = await mkdtemp(path.join(os.tmpdir(), 'casebridge-hardening-'));
  cosmos = await startLocalCosmos({ dataDir: cosmosDir, intervalMs: 60_000, logger: createLogger('silent'), persist: false });
  const shared = { COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: 'k', COSMOS_ALLOW_SELF_SIGNED: 'true', ...LIMITS };
  // No HOST given (the fixture's default is overridden by an empty value): local mode's own default applies.
  a = await startServer({ env: { ...shared, HOST: '' } });
  // The second instance shares the first's data folder, so the dev sign-in's key (and tokens) are the same.
  b = await startServer({ env: { ...shared, AZURE_STORAGE_CONNECTION_STRING: a.app.blobConnectionString ?? '' }, dataDir: a.dataDir });
  larsToken = await tokenFor(a.baseUrl, 'Lars Andersen');
}, SERVER_START_MS);

afterAll(async () => {
  await b?.stop();
  await a?.stop();
  await cosmos?.stop();
  await rm(cosmosDir, { recursive: true, force: true });
}, SERVER_START_MS);

/** A raw request, so a test can send what fetch would not (a huge declared length, a bad type). */
function rawRequest(baseUrl: string, method: string, urlPath: string, headers: Record<string, string>, body: Buffer): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${baseUrl}${urlPath}`, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    // The server may answer and close before it has taken the whole body: that is the point.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    req.end(body);
  });
}

test('1: local mode listens on loopback unless HOST says otherwise', () => {
  expect(a.app.config.host).toBe('127.0.0.1');
  expect(a.app.listenAddress).toBe('127.0.0.1');
  expect(a.app.config.hostExposed).toBe(false);
});

describe('3: the caller is known before the body is read', () => {
  test('an anonymous POST with malformed JSON, a foreign media type or a huge body gets 401', async () => {
    const malformed = await rawRequest(a.baseUrl, 'POST', '/api/records', { 'content-type': 'application/json' }, Buffer.from('{"title": '));
    expect(malformed.status).toBe(401);
    const foreign = await rawRequest(a.baseUrl, 'POST', '/api/records', { 'content-type': 'text/xml' }, Buffer.from('<record/>'));
    expect(foreign.status).toBe(401);
    const huge = Buffer.alloc(600 * 1024, 'a');
    const large = await rawRequest(a.baseUrl, 'PATCH', '/api/records/case-001', { 'content-type': 'application/json', 'content-length': String(huge.length) }, huge);
    expect(large.status).toBe(401);
    expect(large.headers.connection).toBe('close');
    expect(JSON.parse(large.text)).toMatchObject({ status: 401 });
  });

  test('a signed-in caller still gets 400, 413 and 415 for such bodies', async () => {
    const token = await tokenFor(b.baseUrl, 'Sofie Kristensen');
    const auth = { authorization: `Bearer ${token}` };
    expect((await rawRequest(b.baseUrl, 'POST', '/api/records', { ...auth, 'content-type': 'application/json' }, Buffer.from('{"title": '))).status).toBe(400);
    expect((await rawRequest(b.baseUrl, 'POST', '/api/records', { ...auth, 'content-type': 'text/xml' }, Buffer.from('<record/>'))).status).toBe(415);
    const huge = Buffer.alloc(300 * 1024, 'a');
    expect((await rawRequest(b.baseUrl, 'POST', '/api/records', { ...auth, 'content-type': 'application/json' }, huge)).status).toBe(413);
  });
});

describe('5: security headers', () => {
  test('every response says nosniff and a referrer policy; API answers may not be framed or run anything', async () => {
    const token = await tokenFor(a.baseUrl, 'Mads Nielsen');
    const answers = [
      await call(a.baseUrl, 'GET', '/api/me', { token }),
      await call(a.baseUrl, 'GET', '/api/records/nope', { token }),
      await call(a.baseUrl, 'GET', '/api/config'),
      await call(a.baseUrl, 'GET', '/healthz'),
      await call(a.baseUrl, 'POST', '/api/nothing-here', { body: {} }),
      await call(a.baseUrl, 'GET', '/records/case/case-001'),
    ];
    for (const res of answers) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      // HSTS only where App Service serves https (azure mode, tested there).
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
    expect(answers[0]?.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  test("the tab's pages carry a policy fit for Teams and the tab's own assets", async () => {
    const page = await call(a.baseUrl, 'GET', '/');
    const csp = page.headers.get('content-security-policy') ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", 'https://login.microsoftonline.com']);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(expect.arrayContaining(["'self'", 'https://teams.microsoft.com', 'https://*.cloud.microsoft']));
    // Every script the page loads is its own (no inline script that the policy would block).
    const html = page.text;
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});

describe('10: a POST that defines no body', () => {
  test('accepts no body and an empty JSON object, and refuses anything else', async () => {
    const token = await tokenFor(a.baseUrl, 'Oskar Svensson');
    const joinPath = `/api/records/case-001/chats/${encodeURIComponent('19:not-connected@thread.v2')}/join`;
    const none = await call(a.baseUrl, 'POST', joinPath, { token });
    const empty = await call(a.baseUrl, 'POST', joinPath, { token, body: {} });
    // Not 400: the request is understood and judged (this chat is not connected, so the join is refused).
    expect(none.status).not.toBe(400);
    expect(empty.status).toBe(none.status);
    const extra = await call(a.baseUrl, 'POST', joinPath, { token, body: { force: true } });
    expect(extra.status).toBe(400);
  });
});

describe('6: rate limits, shared by both instances', () => {
  test('a signed-in caller over the limit gets 429 with Retry-After; a colleague is not affected', async () => {
    const token = await tokenFor(a.baseUrl, 'Erik Lindqvist');
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof call>> | undefined;
    // 25 a minute: alternate between the two instances; the 26th request is refused wherever it lands.
    for (let i = 0; i < 30; i++) {
      const res = await call(i % 2 === 0 ? a.baseUrl : b.baseUrl, 'GET', '/api/me', { token, headers: { 'accept-language': 'da' } });
      statuses.push(res.status);
      if (res.status === 429) limited ??= res;
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(25);
    expect(statuses.slice(25).every((s) => s === 429)).toBe(true);
    expect(limited?.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(limited?.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(limited?.body).toMatchObject({ status: 429, title: 'For mange forespørgsler' });
    expect(field<string>(limited?.body, 'detail')).toContain(limited?.headers.get('retry-after') ?? 'x');
    // Both instances have refused this caller: more requests cost no Cosmos request at all.
    const counted = cosmos.counterRequestCount();
    for (let i = 0; i < 4; i++) expect((await call(i % 2 === 0 ? a.baseUrl : b.baseUrl, 'GET', '/api/me', { token })).status).toBe(429);
    expect(cosmos.counterRequestCount()).toBe(counted);
    const colleague = await tokenFor(b.baseUrl, 'Ingrid Johansson');
    expect((await call(a.baseUrl, 'GET', '/api/me', { token: colleague })).status).toBe(200);
  }, 60_000);

  test('the dev sign-in is limited tightly per address, across instances', async () => {
    const users = await demoUsers(a.baseUrl);
    const userId = users.get('Karin Berg')?.id ?? '';
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) statuses.push((await call(i % 2 === 0 ? a.baseUrl : b.baseUrl, 'POST', '/dev/token', { body: { userId } })).status);
    // Earlier tests already signed in a few times from this address within the minute.
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 200).length).toBeLessThan(12);
  }, 60_000);

  test('the dev sign-in is recognized however its path is encoded', async () => {
    const users = await demoUsers(b.baseUrl);
    const userId = users.get('Karin Berg')?.id ?? '';
    // The window is used up by the test before: an encoded path is the same route, so the same limit.
    expect((await call(a.baseUrl, 'POST', '/dev/%74oken', { body: { userId } })).status).toBe(429);
  }, 60_000);

  test('anonymous requests are limited per address; health probes and the tab\'s files never are', async () => {
    for (let i = 0; i < 45; i++) expect((await call(a.baseUrl, 'GET', i % 2 === 0 ? '/' : '/records/case/case-001')).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await call(i % 2 === 0 ? a.baseUrl : b.baseUrl, 'GET', '/api/config')).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(40);
    for (let i = 0; i < 5; i++) expect((await call(a.baseUrl, 'GET', '/healthz')).status).toBe(200);
  }, 60_000);

  test('an address that keeps sending bad tokens gets 429 for them, on both instances, while valid tokens and token-less requests are unaffected', async () => {
    const good = larsToken;
    const bad = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IngifQ.eyJ0aWQiOiJ0Iiwib2lkIjoibyJ9.c2ln';
    // Requests without a token never count (a page on another site can send those, not tokens).
    for (let i = 0; i < 8; i++) expect((await call(i % 2 === 0 ? a.baseUrl : b.baseUrl, 'GET', '/api/me')).status).toBe(401);
    const statuses: number[] = [];
    // 6 refusals per 10 minutes in all; each instance learns of the excess from the shared count.
    for (let i = 0; i < 10; i++) statuses.push((await call(i % 2 === 0 ? a.baseUrl : b.baseUrl, 'GET', '/api/me', { token: bad })).status);
    expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(statuses.slice(6)).toEqual([429, 429, 429, 429]);
    for (const server of [a, b]) {
      const refused = await call(server.baseUrl, 'GET', '/api/records/case-001', { token: bad });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);
      // A colleague behind the same address, with a valid token, is served.
      expect((await call(server.baseUrl, 'GET', '/api/me', { token: good })).status).toBe(200);
    }
  }, 60_000);
});
