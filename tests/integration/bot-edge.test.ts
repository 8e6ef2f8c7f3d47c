/**
 * The bot endpoint's edge in local mode (no Bot Framework authentication): the bot replies only to
 * the connectors it knows (the Teams sandbox's, the Agents Playground's, loopback URLs configured
 * for tests), and a malformed activity is a short 400, logged once at warn without a stack — never
 * an internal error text, a 500 or a 501. The real server, real activity JSON, a pino logger of
 * the test's own to read what was logged.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { z } from 'zod';
import { startCasebridge, type RunningApp } from '../../bot/src/app';
import { ConfigError, loadConfig } from '../../bot/src/config';
import { t } from '../../bot/src/i18n/catalog';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { call } from '../fixtures/api-client';
import { REPO_ROOT } from '../fixtures/server';

const LogLine = z.looseObject({ level: z.number(), msg: z.string(), err: z.looseObject({ stack: z.string().optional() }).optional() });
const logs: Array<z.infer<typeof LogLine>> = [];
const WARN = 40;

let app: RunningApp;
let dataDir: string;
/** A connector the tests allow, and one nobody allowed: what each of them received. */
let allowed: { server: http.Server; url: string; received: string[] };
let stranger: { server: http.Server; url: string; received: string[] };

async function connector(): Promise<{ server: http.Server; url: string; received: string[] }> {
  const received: string[] = [];
  const server = http.createServer((req, res) => {
    received.push(`${req.method ?? ''} ${req.url ?? ''}`);
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"id":"reply-1"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, received };
}

beforeAll(async () => {
  allowed = await connector();
  stranger = await connector();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'casebridge-bot-edge-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', CASEBRIDGE_DATA_DIR: dataDir, CASEBRIDGE_TAB_DIR: path.join(REPO_ROOT, 'tab', 'dist'), CASEBRIDGE_ALLOWED_SERVICE_URLS: allowed.url }, REPO_ROOT);
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim() !== '') logs.push(LogLine.parse(JSON.parse(line)));
      done();
    },
  });
  app = await startCasebridge(config, pino({ level: 'warn' }, sink));
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await Promise.all([allowed, stranger].map((c) => new Promise<void>((resolve) => (c ? c.server.close(() => resolve()) : resolve()))));
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}, 60_000);

beforeEach(() => {
  logs.length = 0;
  allowed.received.length = 0;
  stranger.received.length = 0;
});

/** A message in Mads's personal chat: the bot answers it through the serviceUrl. */
const message = (serviceUrl: string, locale = 'en-US') => ({
  type: 'message', id: `m-${Math.random().toString(36).slice(2)}`, timestamp: new Date().toISOString(), text: 'hello', channelId: 'msteams', serviceUrl, locale,
  from: { id: `29:${DEMO_USERS.mads}`, aadObjectId: DEMO_USERS.mads, name: 'Mads Nielsen' },
  conversation: { id: 'a:1personal-mads', conversationType: 'personal', tenantId: CONTOSO },
  recipient: { id: '28:casebridge-local-bot', name: 'Casebridge' },
  channelData: { tenant: { id: CONTOSO } },
});

/** A link pasted in a group chat: answered in the HTTP response, nothing is sent to the serviceUrl. */
const queryLink = (serviceUrl: string, value: unknown = { url: `${app.config.publicUrl}/records/case/case-001` }) => ({
  ...message(serviceUrl),
  type: 'invoke', name: 'composeExtension/queryLink', text: undefined, value,
  conversation: { id: '19:edge@thread.v2', conversationType: 'groupChat', tenantId: CONTOSO },
});

const post = (body: unknown) => call(app.url, 'POST', '/api/messages', { body });

/*
 * test.each's table is built when the file loads, before the server (and its connector URL) exist:
 * the rows hold a marker that resolveLater swaps for the allowed connector's URL.
 */
const LATER = 'serviceUrl:later';
function messageLater(): Record<string, unknown> {
  return { ...message(LATER) };
}
function queryLinkLater(value?: unknown, name = 'composeExtension/queryLink'): Record<string, unknown> {
  return { ...message(LATER), type: 'invoke', name, value: value === undefined ? { url: 'http://localhost:3978/records/case/case-001' } : value };
}
function resolveLater(activity: unknown): unknown {
  return JSON.parse(JSON.stringify(activity).replaceAll(LATER, allowed.url));
}

describe('where the bot sends replies (local mode)', () => {
  test('a listed loopback connector gets the reply; any other serviceUrl is refused with a localized 403 before anything is sent', async () => {
    expect((await post(message(allowed.url))).status).toBe(200);
    expect(allowed.received).toHaveLength(1);
    allowed.received.length = 0;
    const others = [stranger.url, 'https://smba.trafficmanager.net/emea/', 'http://169.254.169.254/metadata/', `${allowed.url}?x=1`, allowed.url.replace('http://', 'http://user:pw@'), 'not a url'];
    for (const serviceUrl of others) {
      const res = await post(message(serviceUrl, 'da-DK'));
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body).toMatchObject({ title: t('da', 'error.forbidden'), detail: t('da', 'error.activity.serviceUrl') });
    }
    expect(stranger.received).toEqual([]);
    expect(allowed.received).toEqual([]);
  }, 30_000);

  test('no serviceUrl at all is a 400 (botbuilder would try the public Bot Framework service)', async () => {
    const { serviceUrl: _omitted, ...withoutServiceUrl } = message(allowed.url);
    const res = await post(withoutServiceUrl);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ detail: t('en', 'error.activity.invalid', { field: 'serviceUrl' }) });
  }, 30_000);

  test('the Teams sandbox\'s connector and the Agents Playground\'s are known without configuration; near misses are not', async () => {
    for (const serviceUrl of [`${app.url}/sandbox/connector/`, 'http://localhost:56150/_connector']) {
      const res = await post(queryLink(serviceUrl));
      expect(res.status).toBe(200);
      expect(res.text).toContain('Printer offline on 3rd floor');
    }
    for (const serviceUrl of [`${app.url}/sandbox/graph/`, 'http://localhost:56151/_connector', 'http://localhost:56150/other']) {
      expect((await post(queryLink(serviceUrl))).status).toBe(403);
    }
  }, 30_000);

  test('configuration accepts only loopback URLs for tests\' connectors, and the metadata URL only on loopback', () => {
    const env = { CASEBRIDGE_DATA_DIR: '/tmp/x' };
    expect(loadConfig({ ...env, CASEBRIDGE_ALLOWED_SERVICE_URLS: 'http://127.0.0.1:9/, http://localhost:3978/x/' }).bot.allowedServiceUrls).toEqual(['http://127.0.0.1:9/', 'http://localhost:3978/x/']);
    for (const bad of ['https://smba.trafficmanager.net/emea/', 'http://127.0.0.1:9/,http://10.0.0.5/', 'http://127.0.0.1.example.com/', 'ftp://127.0.0.1/', 'http://u:p@127.0.0.1/']) {
      expect(() => loadConfig({ ...env, CASEBRIDGE_ALLOWED_SERVICE_URLS: bad })).toThrow(ConfigError);
    }
    expect(() => loadConfig({ ...env, CASEBRIDGE_BOT_OPENID_METADATA_URL: 'https://login.botframework.com/v1/.well-known/openidconfiguration' })).toThrow(ConfigError);
    expect(loadConfig({ ...env, CASEBRIDGE_BOT_OPENID_METADATA_URL: 'http://127.0.0.1:1234/openid' }).bot.openIdMetadataUrl).toBe('http://127.0.0.1:1234/openid');
  });
});

describe('malformed activities', () => {
  const bad: Array<[string, unknown, string]> = [
    ['a link query without a value', queryLinkLater(null), 'value'],
    ['a link query whose url is not text', queryLinkLater({ url: 5 }), 'value.url'],
    ['a recipient id that is a number', { ...messageLater(), recipient: { id: 0 } }, 'recipient.id'],
    ['no conversation', { ...messageLater(), conversation: undefined }, 'conversation'],
    ['a sender id that is an object', { ...messageLater(), from: { id: { x: 1 } } }, 'from.id'],
    ['an activity id that is a number', { ...messageLater(), id: 5 }, 'id'],
    ['a timestamp that is no date', { ...messageLater(), timestamp: 'yesterday' }, 'timestamp'],
    ['a locale that is a number', { ...messageLater(), locale: 7 }, 'locale'],
    ['a mention entity without a type', { ...messageLater(), entities: [{ mentioned: { id: 'x' } }] }, 'entities.0.type'],
    ['channel data that is text', { ...messageLater(), channelData: 'x' }, 'channelData'],
    ['an invoke without a name', { ...queryLinkLater(), name: undefined }, 'name'],
    ['members added without ids', { ...messageLater(), type: 'conversationUpdate', membersAdded: [{ name: 'x' }] }, 'membersAdded.0.id'],
  ];

  test.each(bad)('%s: 400 naming the field, no internal text', async (_name, activity, fieldPath) => {
    const res = await post(resolveLater(activity));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toEqual({ type: expect.any(String), title: t('en', 'error.validation'), status: 400, detail: t('en', 'error.activity.invalid', { field: fieldPath }) });
    expect(allowed.received).toEqual([]);
  }, 30_000);

  test('many bad activities: each logged once at warn, without a stack; nothing at error; botbuilder prints nothing', async () => {
    const printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (let round = 0; round < 5; round++) {
        for (const [, activity] of bad) expect((await post(resolveLater(activity))).status).toBe(400);
      }
      expect(printed).not.toHaveBeenCalled();
    } finally {
      printed.mockRestore();
    }
    expect(logs).toHaveLength(5 * bad.length);
    expect(logs.every((l) => l.level === WARN && l.msg === 'activity refused' && l.err === undefined)).toBe(true);
    expect(JSON.stringify(logs)).not.toMatch(/stack|    at /);
  }, 60_000);

  test('an invoke Casebridge does not answer is a quiet 501 (botbuilder\'s own handlers never see it); the endpoint keeps serving', async () => {
    for (const name of ['task/fetch', 'fileConsent/invoke', 'composeExtension/submitAction']) {
      expect((await post(resolveLater(queryLinkLater(null, name)))).status).toBe(501);
    }
    expect(logs.filter((l) => l.level > WARN)).toEqual([]);
    expect((await post(message(allowed.url))).status).toBe(200);
  }, 30_000);
});
