/**
 * Local mode's outbox on real Azurite: LocalOutboxProvider (idempotent per Message-ID, also after a
 * crash between its two writes; newest first), GET /dev/outbox and the .eml download over real
 * HTTP on a bare restify server, and the /sandbox/outbox pages localized by Accept-Language.
 */
import type { AddressInfo } from 'node:net';
import MailComposer from 'nodemailer/lib/mail-composer';
import pino from 'pino';
import restify from 'restify';
import type { OutgoingMime } from '../../bot/src/domain/intake/mail-provider';
import type { BlobStore } from '../../bot/src/domain/shared/blob-store';
import { resolveLocale } from '../../bot/src/i18n/catalog';
import type { Route } from '../../bot/src/http/route';
import { LocalOutboxProvider } from '../../bot/src/mail/outbox-provider';
import { mountOutboxPages, outboxRoutes } from '../../bot/src/sandbox/outbox-routes';
import { AZURITE_TIMEOUT_MS, startTestAzurite, type TestAzurite } from '../fixtures/azurite';

let azurite: TestAzurite;
let store: BlobStore;
let server: restify.Server;
let baseUrl: string;
let clock = Date.parse('2026-11-30T10:00:00Z');
const now = () => new Date(clock);

async function compose(messageId: string, subject: string, extra: { html?: string; text?: string } = { text: 'Hej Anna,\n\nTak for din henvendelse.' }): Promise<OutgoingMime> {
  const raw = await new MailComposer({ from: 'Contoso Support <support@contoso.example>', to: 'Anna Ødegaard <anna@kunde.example>', subject, messageId: `<${messageId}>`, ...extra }).compile().build();
  return { tenantId: 'tenant-1', mailbox: 'support@contoso.example', messageId, recipients: ['anna@kunde.example'], subject, raw };
}

/** Mounts JSON routes the way http/mount.ts does for anonymous routes, minus rate limits. */
function mountBare(app: restify.Server, routes: Route[]): void {
  for (const route of routes) {
    app.get(route.path.replace(/\{(\w+)\}/g, ':$1'), async (req: restify.Request, res: restify.Response) => {
      if (route.auth !== 'anonymous') throw new Error('only anonymous routes here');
      try {
        const reply = await route.invoke({ params: req.params ?? {}, query: req.query ?? {}, body: undefined, caller: null, locale: resolveLocale(req.headers['accept-language']), headers: req.headers });
        const schema = route.responses[reply.status]?.schema;
        if (schema) schema.parse(reply.body);
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(reply.body));
      } catch (error) {
        res.writeHead(error instanceof Error && 'status' in error && typeof error.status === 'number' ? error.status : 500, { 'content-type': 'text/plain' });
        res.end(String(error));
      }
    });
  }
}

beforeAll(async () => {
  azurite = await startTestAzurite();
  store = await azurite.store();
  const outbox = new LocalOutboxProvider(store, now);
  server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  mountBare(server, outboxRoutes(outbox));
  mountOutboxPages(server, outbox, pino({ level: 'silent' }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, AZURITE_TIMEOUT_MS);

afterAll(async () => {
  server?.server.closeAllConnections();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await azurite?.stop();
}, AZURITE_TIMEOUT_MS);

test('the same Message-ID sent twice makes one entry; newer mail lists first', async () => {
  const outbox = new LocalOutboxProvider(store, now);
  const first = await compose('first@casebridge.test', 'Sag CASE-1: Modtaget');
  await outbox.send(first);
  clock += 60_000;
  await outbox.send(first);
  clock += 60_000;
  await outbox.send(await compose('second@casebridge.test', 'Sag CASE-2: Modtaget'));
  const items = await outbox.list(10);
  expect(items.map((i) => i.messageId)).toEqual(['second@casebridge.test', 'first@casebridge.test']);
  expect(items[1]).toMatchObject({ to: ['anna@kunde.example'], subject: 'Sag CASE-1: Modtaget', tenantId: 'tenant-1', mailbox: 'support@contoso.example', sentAt: '2026-11-30T10:00:00.000Z', size: first.raw.length });
  expect(await outbox.get(items[1]?.id ?? '')).toEqual(first.raw);
  expect(await outbox.get('../by-id/whatever')).toBeNull();
});

test('a retry after a crash between the two writes still makes one entry', async () => {
  let failNextMessageWrite = true;
  const crashing: BlobStore = {
    get: (c, n) => store.get(c, n),
    list: (c, p, l) => store.list(c, p, l),
    delete: (c, n) => store.delete(c, n),
    put: async (c, n, content, options) => {
      if (n.startsWith('m/') && failNextMessageWrite) {
        failNextMessageWrite = false;
        throw new Error('crash');
      }
      await store.put(c, n, content, options);
    },
  };
  const mail = await compose('crash@casebridge.test', 'Crash test');
  clock += 60_000;
  await expect(new LocalOutboxProvider(crashing, now).send(mail)).rejects.toThrow('crash');
  clock += 60_000;
  await new LocalOutboxProvider(crashing, now).send(mail);
  const items = (await new LocalOutboxProvider(store).list(200)).filter((i) => i.messageId === 'crash@casebridge.test');
  expect(items).toHaveLength(1);
  // The first attempt's time is kept: the entry's place in the list does not move on a retry.
  expect(items[0]?.sentAt).toBe(new Date(clock - 60_000).toISOString());
});

test('GET /dev/outbox lists newest first with the raw MIME; limit is bounded', async () => {
  const res = await fetch(`${baseUrl}/dev/outbox?limit=2`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { items: Array<{ id: string; to: string[]; subject: string; messageId: string; sentAt: string; raw: string }> };
  expect(body.items).toHaveLength(2);
  expect(body.items[0]?.messageId).toBe('crash@casebridge.test');
  expect(body.items[0]?.raw).toMatch(/^Content-Type: /m);
  expect(body.items[0]?.raw).toContain('Message-ID: <crash@casebridge.test>');
  expect((await fetch(`${baseUrl}/dev/outbox?limit=500`)).status).toBe(400);
});

test('GET /dev/outbox/{id}.eml downloads the message as sent', async () => {
  const outbox = new LocalOutboxProvider(store, now);
  const [item] = await outbox.list(1);
  const res = await fetch(`${baseUrl}/dev/outbox/${item?.id}.eml`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('message/rfc822');
  expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${item?.id}.eml"`);
  expect(Buffer.from(await res.arrayBuffer())).toEqual(await outbox.get(item?.id ?? ''));
  expect((await fetch(`${baseUrl}/dev/outbox/0000000000000-0000000000000000.eml`)).status).toBe(404);
  expect((await fetch(`${baseUrl}/dev/outbox/nothing`)).status).toBe(404);
});

test('the outbox page lists sent mail in Danish and shows a message with its HTML as text only', async () => {
  clock += 60_000;
  const outbox = new LocalOutboxProvider(store, now);
  await outbox.send(await compose('html@casebridge.test', 'Kun <HTML>', { html: '<p>Hej <b>Anna</b></p><script>alert(1)</script><img src=x onerror=alert(2)>' }));
  const list = await fetch(`${baseUrl}/sandbox/outbox`, { headers: { 'accept-language': 'da-DK,da;q=0.9,en;q=0.5' } });
  expect(list.status).toBe(200);
  expect(list.headers.get('content-security-policy')).toContain("default-src 'none'");
  const html = await list.text();
  expect(html).toContain('<html lang="da">');
  expect(html).toContain('<h1>Udbakke</h1>');
  expect(html).toContain('<th scope="col">Emne</th>');
  expect(html).toContain('Kun &lt;HTML&gt;');
  expect(html).toContain('Sag CASE-2: Modtaget');
  expect(html).not.toContain('<script');
  const [item] = await outbox.list(1);
  const one = await (await fetch(`${baseUrl}/sandbox/outbox/${item?.id}`, { headers: { 'accept-language': 'da' } })).text();
  expect(one).toContain('Hent .eml');
  expect(one).toContain('<dt>Til</dt><dd>Anna Ødegaard &lt;anna@kunde.example&gt;</dd>');
  expect(one).toContain('Mailen har kun en HTML-del');
  expect(one).toMatch(/<pre>Hej Anna\s*<\/pre>/);
  expect(one).not.toContain('<script');
  expect(one).not.toContain('onerror');
  const english = await (await fetch(`${baseUrl}/sandbox/outbox`)).text();
  expect(english).toContain('<h1>Outbox</h1>');
  expect((await fetch(`${baseUrl}/sandbox/outbox/0000000000000-0000000000000000`)).status).toBe(404);
});
