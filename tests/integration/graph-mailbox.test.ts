/**
 * Azure mode's Graph mailbox against a recording Graph on loopback: the subscription's documented
 * request bodies (create, renew near expiry, recreate after removal), delta after `missed`, `$value`
 * with immutable ids, `sendMail` in MIME form, and the notification endpoints over real HTTP on
 * restify (validation handshake, clientState check, hand-off to intake).
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import restify from 'restify';
import type { IntakePort, RawMailInput } from '../../bot/src/domain/intake/intake-port';
import { PermanentSendError, type OutgoingMime } from '../../bot/src/domain/intake/mail-provider';
import { PreconditionFailedError } from '../../bot/src/domain/shared/errors';
import { StaticTokenProvider } from '../../bot/src/graph/graph-tokens';
import { createLogger } from '../../bot/src/logger';
import { CosmosMailboxStateRepository } from '../../bot/src/mail/graph/cosmos-mailbox-state-repository';
import { emptyMailboxState, type MailboxStateRepository } from '../../bot/src/mail/graph/mailbox-state';
import { MailboxStateStore } from '../../bot/src/mail/graph/mailbox-state-store';
import { MemoryMailboxStateRepository } from '../../bot/src/mail/graph/memory-mailbox-state-repository';
import { startGraphMailbox, type GraphMailbox } from '../../bot/src/mail/graph/start-graph-mailbox';
import { startLocalCosmos, type LocalCosmos } from '../../bot/src/sandbox/local-cosmos';
import { openStore } from '../../bot/src/storage/cosmos/cosmos-store';
import { GraphRecorder } from '../fixtures/graph-recorder';

const MAILBOX = 'support@contoso.example';
const T0 = new Date('2026-12-01T10:00:00.000Z');
const HOUR = 3_600_000;

/** Records acceptRawMail calls, as the lead's IntakePort would receive them. */
class RecordingIntake implements Pick<IntakePort, 'acceptRawMail'> {
  readonly calls: RawMailInput[] = [];
  acceptRawMail(input: RawMailInput): Promise<{ intakeId: string; tenantId: string }> {
    this.calls.push(input);
    return Promise.resolve({ intakeId: `i${this.calls.length}`, tenantId: 't1' });
  }
}

let recorder: GraphRecorder;
let server: restify.Server;
let appUrl: string;
let mailbox: GraphMailbox;
let intake: RecordingIntake;
let now: Date;
let logLines: string[];

beforeEach(async () => {
  recorder = new GraphRecorder();
  await recorder.start();
  now = T0;
  intake = new RecordingIntake();
  logLines = [];
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => { logLines.push(chunk.toString('utf8')); done(); } });
  server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  mailbox = startGraphMailbox({
    graphBaseUrl: recorder.baseUrl, tokens: new StaticTokenProvider((tenantId) => Promise.resolve(`app-token-${tenantId}`)), tenantId: 'tenant-app',
    mailbox: MAILBOX, publicUrl: appUrl, intake, state: new MemoryMailboxStateRepository(), clock: () => now,
    logger: pino({ level: 'debug' }, sink), maxBodyBytes: 1_000_000, timeoutMs: 5_000,
  });
  mailbox.mount(server);
}, 120_000);

afterEach(async () => {
  await mailbox.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await recorder.stop();
}, 120_000);

function json(request: { body: Buffer }): Record<string, unknown> {
  return Object.fromEntries(Object.entries(JSON.parse(request.body.toString('utf8')) as object));
}

describe('subscription keeper', () => {
  test('creates the Inbox subscription with the documented body after both URLs pass the validation handshake', async () => {
    await expect(mailbox.keeper.check()).resolves.toBe('created');
    const [create] = recorder.find(/^POST \/v1\.0\/subscriptions$/);
    if (!create) throw new Error('no subscription request');
    const body = json(create);
    expect(body).toMatchObject({
      changeType: 'created',
      notificationUrl: `${appUrl}/api/mail/graph/notifications`,
      lifecycleNotificationUrl: `${appUrl}/api/mail/graph/lifecycle`,
      resource: `users/${MAILBOX}/mailFolders('Inbox')/messages`,
    });
    const expiry = Date.parse(String(body['expirationDateTime']));
    expect(expiry).toBeGreaterThan(T0.getTime() + 24 * HOUR);
    expect(expiry).toBeLessThanOrEqual(T0.getTime() + 72 * HOUR);
    expect(String(body['clientState'])).toMatch(/^[A-Za-z0-9_-]{40,128}$/);
    expect(create.headers['prefer']).toBe('IdType="ImmutableId"');
    expect(create.headers['authorization']).toBe('Bearer app-token-tenant-app');
    expect(recorder.validations).toEqual([
      { url: `${appUrl}/api/mail/graph/notifications`, status: 200, contentType: 'text/plain; charset=utf-8', echoed: true },
      { url: `${appUrl}/api/mail/graph/lifecycle`, status: 200, contentType: 'text/plain; charset=utf-8', echoed: true },
    ]);
    // The secret is not logged.
    expect(logLines.join('')).not.toContain(String(body['clientState']));
  }, 60_000);

  test('renews with PATCH only once less than 24 h is left', async () => {
    await mailbox.keeper.check();
    const first = Date.parse(String(recorder.current().body['expirationDateTime']));
    now = new Date(T0.getTime() + 10 * HOUR);
    await expect(mailbox.keeper.check()).resolves.toBe('none');
    expect(recorder.find(/^PATCH /)).toHaveLength(0);
    now = new Date(first - 23 * HOUR);
    await expect(mailbox.keeper.check()).resolves.toBe('renewed');
    const [patch] = recorder.find(/^PATCH \/v1\.0\/subscriptions\/sub-1$/);
    if (!patch) throw new Error('no renewal');
    const renewedTo = Date.parse(String(json(patch)['expirationDateTime']));
    expect(renewedTo).toBeGreaterThan(first);
    expect(renewedTo).toBeLessThanOrEqual(now.getTime() + 72 * HOUR);
    expect(recorder.find(/^POST \/v1\.0\/subscriptions$/)).toHaveLength(1);
  }, 60_000);

  test('recreates the subscription after subscriptionRemoved, and a renewal that meets 404 recreates too', async () => {
    await mailbox.keeper.check();
    expect((await recorder.lifecycle('subscriptionRemoved', 'not-the-secret')).status).toBe(202);
    await mailbox.notifications.idle();
    expect(recorder.find(/^POST \/v1\.0\/subscriptions$/)).toHaveLength(1);
    recorder.removeSubscription('sub-1');
    const removed = recorder.subscriptions[0];
    if (!removed) throw new Error('no subscription');
    const response = await fetch(String(removed.body['lifecycleNotificationUrl']), {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ value: [{ subscriptionId: 'sub-1', lifecycleEvent: 'subscriptionRemoved', clientState: removed.body['clientState'] }] }),
    });
    expect(response.status).toBe(202);
    await mailbox.notifications.idle();
    expect(recorder.find(/^POST \/v1\.0\/subscriptions$/)).toHaveLength(2);
    expect(recorder.current().id).toBe('sub-2');
    expect(recorder.current().body['clientState']).not.toBe(removed.body['clientState']);
    // Removed: a delta round follows at once.
    expect(recorder.find(/^GET \/v1\.0\/users\/[^ ]+\/messages\/delta/)).toHaveLength(1);
    recorder.removeSubscription('sub-2');
    now = new Date(Date.parse(String(recorder.subscriptions[1]?.body['expirationDateTime'])) - HOUR);
    await expect(mailbox.keeper.check()).resolves.toBe('created');
    expect(recorder.find(/^PATCH \/v1\.0\/subscriptions\/sub-2$/)).toHaveLength(1);
    expect(recorder.current().id).toBe('sub-3');
  }, 60_000);

  test('reauthorizationRequired renews the subscription', async () => {
    await mailbox.keeper.check();
    await recorder.lifecycle('reauthorizationRequired');
    await mailbox.notifications.idle();
    expect(recorder.find(/^PATCH \/v1\.0\/subscriptions\/sub-1$/)).toHaveLength(1);
  }, 60_000);
});

describe('delta', () => {
  test('the first round starts now, a missed event runs delta from the stored link and hands new mail to intake', async () => {
    recorder.addMessage('old-1', Buffer.from('Subject: old\r\n\r\nold'), new Date(T0.getTime() - HOUR));
    await mailbox.keeper.check();
    await expect(mailbox.delta.run()).resolves.toEqual({ ran: true, accepted: 0, failed: 0 });
    const [first] = recorder.find(/^GET .*\/messages\/delta/);
    expect(decodeURIComponent(first?.path ?? '')).toContain(`$filter=receivedDateTime ge 2026-12-01T10:00:00Z`);
    expect(first?.headers['prefer']).toBe('IdType="ImmutableId"');
    const raw = Buffer.from('From: a@b.example\r\nSubject: hi\r\n\r\nbody \xe6\xf8', 'latin1');
    recorder.addMessage('AAMk-new=', raw, new Date(T0.getTime() + 60_000));
    expect((await recorder.lifecycle('missed')).status).toBe(202);
    await mailbox.notifications.idle();
    const rounds = recorder.find(/^GET .*\/messages\/delta/);
    expect(rounds).toHaveLength(2);
    expect(rounds[1]?.path).toContain('$deltatoken=1');
    expect(intake.calls).toHaveLength(1);
    expect(intake.calls[0]).toEqual({ raw, source: 'graph', mailbox: MAILBOX, mailFrom: null, externalId: 'AAMk-new=' });
  }, 60_000);
});

describe('notification endpoint', () => {
  test('echoes the validation token as text/plain and refuses one over 1 KB', async () => {
    const ok = await fetch(`${appUrl}/api/mail/graph/notifications?validationToken=${encodeURIComponent('a <b> & c')}`, { method: 'POST' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await ok.text()).toBe('a <b> & c');
    const long = await fetch(`${appUrl}/api/mail/graph/lifecycle?validationToken=${'x'.repeat(1025)}`, { method: 'POST' });
    expect(long.status).toBe(400);
  }, 60_000);

  test('a wrong clientState is dropped (202, nothing fetched, not logged); the right one hands the raw bytes to intake', async () => {
    await mailbox.keeper.check();
    const raw = Buffer.from('From: c@d.example\r\nSubject: x\r\n\r\nhello', 'utf8');
    recorder.addMessage('AAkALgAAimmutable', raw, T0);
    const wrong = await recorder.notifyCreated('AAkALgAAimmutable', 'forged-state');
    expect(wrong.status).toBe(202);
    await mailbox.notifications.idle();
    expect(intake.calls).toHaveLength(0);
    expect(recorder.find(/\$value/)).toHaveLength(0);
    const log = logLines.join('');
    expect(log).toContain('wrong clientState');
    expect(log).not.toContain('AAkALgAAimmutable');
    expect(log).not.toContain('forged-state');

    expect((await recorder.notifyCreated('AAkALgAAimmutable')).status).toBe(202);
    await mailbox.notifications.idle();
    expect(intake.calls).toEqual([{ raw, source: 'graph', mailbox: MAILBOX, mailFrom: null, externalId: 'AAkALgAAimmutable' }]);
    const [fetched] = recorder.find(/\$value/);
    expect(fetched?.path).toBe(`/v1.0/users/${encodeURIComponent(MAILBOX)}/messages/AAkALgAAimmutable/$value`);
    expect(fetched?.headers['prefer']).toBe('IdType="ImmutableId"');
  }, 60_000);

  test('a message whose fetch fails is left to the delta round, which accepts it once', async () => {
    await mailbox.keeper.check();
    await mailbox.delta.run();
    const raw = Buffer.from('From: e@f.example\r\nSubject: later\r\n\r\nbody', 'utf8');
    recorder.addMessage('AAkALgAAlater', raw, new Date(T0.getTime() + 1000));
    recorder.failNext(/\$value$/, 404, JSON.stringify({ error: { code: 'ErrorItemNotFound' } }));
    expect((await recorder.notifyCreated('AAkALgAAlater')).status).toBe(202);
    await mailbox.notifications.idle();
    expect(intake.calls).toHaveLength(0);
    await expect(mailbox.delta.run()).resolves.toEqual({ ran: true, accepted: 1, failed: 0 });
    expect(intake.calls).toEqual([{ raw, source: 'graph', mailbox: MAILBOX, mailFrom: null, externalId: 'AAkALgAAlater' }]);
    // Graph repeats the notification: the instance knows the id and does not download it again.
    await recorder.notifyCreated('AAkALgAAlater');
    await mailbox.notifications.idle();
    expect(recorder.find(/\$value/)).toHaveLength(2);
    expect(intake.calls).toHaveLength(1);
  }, 60_000);

  test('a body that is not a notification collection gets 400', async () => {
    const response = await fetch(`${appUrl}/api/mail/graph/notifications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ value: 'x' }) });
    expect(response.status).toBe(400);
  }, 60_000);
});

describe('sendMail provider', () => {
  const mail = (raw: Buffer): OutgoingMime => ({ tenantId: 't1', mailbox: MAILBOX, messageId: 'm1@contoso.example', recipients: ['x@y.example'], subject: 's', raw });

  test('posts the MIME base64-encoded as text/plain, retries 429, and turns other 4xx into PermanentSendError', async () => {
    const raw = Buffer.from('From: support@contoso.example\r\nTo: x@y.example\r\nSubject: s\r\n\r\nhej \xe5', 'latin1');
    recorder.failNext(/^POST .*\/sendMail$/, 429, JSON.stringify({ error: { code: 'TooManyRequests' } }), { 'retry-after': '0' });
    await mailbox.provider.send(mail(raw));
    const sends = recorder.find(/^POST \/v1\.0\/users\/[^/]+\/sendMail$/);
    expect(sends).toHaveLength(2);
    expect(sends[1]?.headers['content-type']).toBe('text/plain');
    expect(sends[1]?.body.toString('utf8')).toBe(raw.toString('base64'));
    recorder.failNext(/sendMail$/, 400, JSON.stringify({ error: { code: 'ErrorMimeContentInvalidBase64String' } }));
    await expect(mailbox.provider.send(mail(raw))).rejects.toBeInstanceOf(PermanentSendError);
  }, 60_000);
});

/** The state repository contract: ETag replaces and leases, for memory and for Cosmos (`directory`, kind `mailbox`). */
function stateContract(name: string, open: () => Promise<{ repo: MailboxStateRepository; close: () => Promise<void> }>): void {
  describe(`mailbox state on ${name}`, () => {
    test('creates on first load, refuses a stale ETag, and lets one holder at a time take a lease until it expires', async () => {
      const { repo, close } = await open();
      try {
        let at = T0;
        const a = new MailboxStateStore(repo, MAILBOX, () => at, 'instance-a');
        const b = new MailboxStateStore(repo, MAILBOX, () => at, 'instance-b');
        const first = await a.load();
        expect(first.value).toEqual(emptyMailboxState(MAILBOX));
        await a.update((state) => ({ ...state, deltaLink: 'https://graph/link-1' }));
        await expect(repo.replace({ ...first.value, deltaLink: 'stale' }, first.etag)).rejects.toBeInstanceOf(PreconditionFailedError);
        expect((await b.load()).value.deltaLink).toBe('https://graph/link-1');
        await expect(a.acquire('subscription', 60_000)).resolves.toBe(true);
        await expect(b.acquire('subscription', 60_000)).resolves.toBe(false);
        await expect(b.acquire('delta', 60_000)).resolves.toBe(true);
        at = new Date(T0.getTime() + 61_000);
        await expect(b.acquire('subscription', 60_000)).resolves.toBe(true);
        await b.release('subscription', (state) => { state.lastDeltaAt = at.toISOString(); });
        const last = (await a.load()).value;
        expect(last.leases.subscription).toBeUndefined();
        expect(last.lastDeltaAt).toBe(at.toISOString());
      } finally {
        await close();
      }
    }, 60_000);
  });
}

stateContract('memory', () => Promise.resolve({ repo: new MemoryMailboxStateRepository(), close: () => Promise.resolve() }));

describe('on the local Cosmos server', () => {
  let cosmos: LocalCosmos;
  beforeAll(async () => {
    cosmos = await startLocalCosmos({ dataDir: '/nonexistent', intervalMs: 60_000, logger: createLogger('silent'), persist: false });
  }, 120_000);
  afterAll(() => cosmos.stop(), 60_000);
  stateContract('Cosmos DB', async () => {
    const store = await openStore({ endpoint: cosmos.endpoint, key: 'k', database: `test-${randomUUID()}`, allowSelfSigned: true, createIfMissing: true });
    return { repo: new CosmosMailboxStateRepository(store.database.container('directory'), 'tenant-app'), close: async () => { await store.database.delete(); store.close(); } };
  });
});
