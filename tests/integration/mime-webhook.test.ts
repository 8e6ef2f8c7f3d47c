import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import restify from 'restify';
import { UnparseableMailError } from '../../bot/src/domain/intake/parsed-mail';
import { localeOf } from '../../bot/src/http/mount';
import { mountMimeWebhook } from '../../bot/src/mail/mime-webhook';
import { signatureHeaderFor } from '../../bot/src/mail/webhook-signature';
import { RecordingIntake, sampleMail } from '../fixtures/mail/recording-intake';

const SECRET = 'test-webhook-secret';
const MAX = 64 * 1024;
let intake: RecordingIntake;
let server: restify.Server;
let disabled: restify.Server;
let baseUrl: string;
let disabledUrl: string;

async function listen(s: restify.Server): Promise<string> {
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  intake = new RecordingIntake();
  const logger = pino({ level: 'silent' });
  server = restify.createServer();
  mountMimeWebhook(server, { intake, secret: SECRET, logger, localeOf, maxBytes: MAX });
  baseUrl = await listen(server);
  disabled = restify.createServer();
  mountMimeWebhook(disabled, { intake, secret: undefined, logger, localeOf });
  disabledUrl = await listen(disabled);
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await new Promise<void>((resolve) => disabled.close(() => resolve()));
}, 120_000);

beforeEach(() => {
  intake.accepted.length = 0;
  intake.failWith = null;
});

const url = (mailbox = 'support@contoso.example', base = baseUrl) => `${base}/api/mail/inbound?mailbox=${encodeURIComponent(mailbox)}`;

async function post(body: Buffer, options: { signature?: string | null; type?: string; mailbox?: string; base?: string; language?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': options.type ?? 'message/rfc822', 'accept-language': options.language ?? 'en' };
  const signature = options.signature === undefined ? signatureHeaderFor(SECRET, options.mailbox ?? 'support@contoso.example', body) : options.signature;
  if (signature !== null) headers['x-casebridge-signature'] = signature;
  const response = await fetch(url(options.mailbox, options.base), { method: 'POST', headers, body: new Uint8Array(body) });
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
}

test('a signed mail is accepted with 202 {intakeId} after intake stored it', async () => {
  const response = await post(sampleMail(), { mailbox: 'Support@Contoso.example' });
  expect(response).toEqual({ status: 202, type: 'application/json; charset=utf-8', body: { intakeId: 'intake-1' } });
  // The webhook's own parse goes along, so intake does not parse the mail again.
  expect(intake.accepted).toEqual([{ raw: sampleMail(), source: 'webhook', mailbox: 'support@contoso.example', mailFrom: null, externalId: null, parsed: expect.objectContaining({ messageId: 'm1@fabrikam.example', subject: 'Help' }) }]);
}, 60_000);

test('application/octet-stream is accepted too', async () => {
  expect((await post(sampleMail(), { type: 'application/octet-stream' })).status).toBe(202);
}, 60_000);

test.each([
  ['no signature', null],
  ['a wrong signature', signatureHeaderFor('other-secret', 'support@contoso.example', sampleMail())],
  ['a signature of another body', signatureHeaderFor(SECRET, 'support@contoso.example', Buffer.from('something else'))],
  ['a signature for another mailbox (a replay elsewhere)', signatureHeaderFor(SECRET, 'sales@contoso.example', sampleMail())],
  ['a malformed header', 'v1=abc'],
])('%s is refused with 401', async (_name, signature) => {
  const response = await post(sampleMail(), { signature });
  expect(response.status).toBe(401);
  expect(response.type).toBe('application/problem+json; charset=utf-8');
  expect(response.body).toMatchObject({ status: 401, title: 'Signature refused', detail: 'The X-Casebridge-Signature header is missing or does not match the body.' });
  expect(intake.accepted).toHaveLength(0);
}, 60_000);

test('an old timestamp is refused with 401, in the caller\'s language', async () => {
  const old = Math.floor(Date.now() / 1000) - 301;
  const response = await post(sampleMail(), { signature: signatureHeaderFor(SECRET, 'support@contoso.example', sampleMail(), old), language: 'da' });
  expect(response.status).toBe(401);
  expect(response.body).toMatchObject({ title: 'Signaturen blev afvist', detail: expect.stringContaining('mere end fem minutter') });
}, 60_000);

test('a body over the limit is refused with 413 without reading it all', async () => {
  const port = Number(new URL(baseUrl).port);
  const result = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/api/mail/inbound?mailbox=support%40contoso.example', headers: { 'content-type': 'message/rfc822', 'content-length': String(50 * 1024 * 1024), 'x-casebridge-signature': signatureHeaderFor(SECRET, 'support@contoso.example', Buffer.alloc(0)) } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.write(Buffer.alloc(1024, 'a')); // never sends the other 50 MB
  });
  expect(result.status).toBe(413);
  expect(JSON.parse(result.body)).toMatchObject({ status: 413, detail: `The message is larger than ${MAX} bytes.` });
}, 60_000);

test('a chunked body over the limit is cut off with 413', async () => {
  const body = Buffer.concat([sampleMail(), Buffer.alloc(MAX, 'a')]);
  const response = await fetch(url(), {
    method: 'POST',
    headers: { 'content-type': 'message/rfc822', 'x-casebridge-signature': signatureHeaderFor(SECRET, 'support@contoso.example', body) },
    body: new Blob([body]).stream(),
    duplex: 'half',
  } as RequestInit);
  expect(response.status).toBe(413);
}, 60_000);

test('a wrong content type is refused with 415', async () => {
  const response = await post(sampleMail(), { type: 'application/json', language: 'sv' });
  expect(response.status).toBe(415);
  expect(response.body).toMatchObject({ title: 'Innehållstypen stöds inte' });
}, 60_000);

test('an unknown mailbox is refused with 404', async () => {
  const response = await post(sampleMail('nobody@contoso.example'), { mailbox: 'nobody@contoso.example' });
  expect(response.status).toBe(404);
  expect(response.body).toMatchObject({ title: 'Unknown mailbox', detail: 'There is no support mailbox nobody@contoso.example.' });
  expect(intake.accepted).toHaveLength(0);
}, 60_000);

test('an unparseable body is refused with 400 and the reason, localized', async () => {
  const response = await post(Buffer.from('just some words, no headers\r\n'), { language: 'da' });
  expect(response.status).toBe(400);
  expect(response.body).toMatchObject({ title: 'Ikke en læsbar e-mail', detail: expect.stringContaining('ingen mailheadere') });
  expect(intake.accepted).toHaveLength(0);
}, 60_000);

test('intake refusing the mail as unparseable is a 400; any other failure a 500', async () => {
  intake.failWith = new UnparseableMailError('no usable sender');
  expect((await post(sampleMail())).body).toMatchObject({ status: 400, detail: 'The message could not be read as e-mail: no usable sender' });
  intake.failWith = new Error('blob store down');
  const failed = await post(sampleMail());
  expect(failed.status).toBe(500);
  expect(JSON.stringify(failed.body)).not.toContain('blob store');
}, 60_000);

test('without a configured secret the endpoint does not exist (404)', async () => {
  const response = await post(sampleMail(), { base: disabledUrl });
  expect(response.status).toBe(404);
  expect(response.body).toMatchObject({ detail: 'Inbound mail by webhook is not enabled on this server.' });
}, 60_000);
