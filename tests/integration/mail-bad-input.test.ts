/**
 * H1's edges under bad input, end to end on the real local server: an oversized mail and garbage
 * over real SMTP are refused with their codes and leave nothing stored; the signed raw-MIME
 * webhook takes a correctly signed mail (202, a case, hostile HTML sanitized), refuses a wrong
 * signature (401) and an oversized body (413); a flood of form posts is throttled (429).
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import MailComposer from 'nodemailer/lib/mail-composer';
import { call, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { conversationsOf, findRecords, onlyRecord, smtpTo } from '../fixtures/mail-client';
import { signatureHeaderFor } from '../../bot/src/mail/webhook-signature';
import { MAIL_LIMITS } from '../../bot/src/domain/intake/parsed-mail';

const SECRET = 'webhook-secret-for-the-bad-input-test-0123456789';
let server: TestServer;
let astrid: string;

const tagOf = () => `bad${randomUUID().replace(/-/g, '').slice(0, 10)}`;

beforeAll(async () => {
  server = await startServer({ env: { MAIL_WEBHOOK_SECRET: SECRET } });
  astrid = await tokenFor(server.baseUrl, 'Astrid Holm');
}, 120_000);
afterAll(() => server?.stop(), 60_000);

/** Sends raw bytes over SMTP; resolves with the server's refusal (or null when it was taken). */
async function smtpRaw(raw: Buffer): Promise<{ responseCode?: number; response?: string } | null> {
  const transport = smtpTo(server);
  try {
    await transport.sendMail({ envelope: { from: 'sender@kunde-bad.example', to: ['support@contoso.example'] }, raw });
    return null;
  } catch (error) {
    return error as { responseCode?: number; response?: string };
  } finally {
    transport.close();
  }
}

async function signedPost(body: Buffer, signature: string, mailbox = 'support@contoso.example') {
  return call(server.baseUrl, 'POST', `/api/mail/inbound?mailbox=${encodeURIComponent(mailbox)}`, {
    rawBody: body.toString('latin1'),
    headers: { 'content-type': 'message/rfc822', 'x-casebridge-signature': signature },
  });
}

test('a 50 MB mail over SMTP is refused with 552 and nothing is stored', async () => {
  const tag = tagOf();
  const raw = await new MailComposer({
    from: 'big@kunde-bad.example', to: 'support@contoso.example', subject: `Huge ${tag}`, text: 'see attached',
    attachments: [{ filename: 'big.bin', content: Buffer.alloc(37 * 1024 * 1024, 7) }],
  }).compile().build();
  expect(raw.length).toBeGreaterThan(49 * 1024 * 1024);
  const writes = server.app.blobMetrics.writes;
  const refusal = await smtpRaw(raw);
  expect(refusal?.responseCode).toBe(552);
  expect(refusal?.response).toMatch(/5\.3\.4/);
  await server.app.mailIdle();
  expect(server.app.blobMetrics.writes).toBe(writes);
  expect(await findRecords(server, astrid, tag)).toEqual([]);
}, 60_000);

test('garbage that is no mail is refused with 554 and a reason, nothing stored', async () => {
  const writes = server.app.blobMetrics.writes;
  const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  const refusal = await smtpRaw(garbage);
  expect(refusal?.responseCode).toBe(554);
  expect(refusal?.response).toMatch(/5\.6\.0 Message refused: .{10,}/);
  const prose = await smtpRaw(Buffer.from('Just some text\r\nwithout any headers at all\r\n'));
  expect(prose?.responseCode).toBe(554);
  expect(prose?.response).toContain('no mail headers');
  await server.app.mailIdle();
  expect(server.app.blobMetrics.writes).toBe(writes);
});

test('the signed webhook: a correct signature is 202 and a case with sanitized HTML; a wrong one is 401', async () => {
  const tag = tagOf();
  const raw = await new MailComposer({
    from: 'Webhook Kunde <hook@kunde-hook.example>', to: 'support@contoso.example', subject: `Via webhook ${tag}`,
    text: 'Hello via the webhook.',
    html: '<p>Hello <i>via</i> the webhook.</p><script>document.cookie</script><a href="javascript:alert(1)">x</a><iframe src="https://evil.example"></iframe>',
  }).compile().build();

  const wrong = await signedPost(raw, signatureHeaderFor('a-different-secret-that-is-long-enough-000', 'support@contoso.example', raw));
  expect(wrong.status).toBe(401);
  expect(wrong.headers.get('content-type')).toContain('application/problem+json');
  const tampered = await signedPost(Buffer.concat([raw, Buffer.from('\r\nextra')]), signatureHeaderFor(SECRET, 'support@contoso.example', raw));
  expect(tampered.status).toBe(401);
  const stale = await signedPost(raw, signatureHeaderFor(SECRET, 'support@contoso.example', raw, Math.floor(Date.now() / 1000) - 3600));
  expect(stale.status).toBe(401);
  await server.app.mailIdle();
  expect(await findRecords(server, astrid, tag)).toEqual([]);

  const ok = await signedPost(raw, signatureHeaderFor(SECRET, 'support@contoso.example', raw));
  expect([ok.status, ok.text]).toEqual([202, expect.stringContaining('intakeId')]);
  await server.app.mailIdle();
  const record = await onlyRecord(server, astrid, tag);
  const message = (await conversationsOf(server, astrid, record.id))[0]?.messages.find((m) => m.direction === 'in');
  expect(message?.html).toContain('<i>via</i>');
  expect(message?.html).not.toMatch(/<script|document\.cookie|javascript:|<iframe/i);
});

test('a webhook body over the limit is 413 (by Content-Length, and when streamed without one)', async () => {
  const big = Buffer.alloc(MAIL_LIMITS.maxBytes + 1024 * 1024, 0x61);
  const declared = await signedPost(big, signatureHeaderFor(SECRET, 'support@contoso.example', big));
  expect(declared.status).toBe(413);
  // Chunked: no Content-Length to look at, so the reader has to stop at the limit.
  const status = await new Promise<number>((resolve, reject) => {
    const url = new URL(`${server.baseUrl}/api/mail/inbound?mailbox=support@contoso.example`);
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'message/rfc822', 'x-casebridge-signature': signatureHeaderFor(SECRET, 'support@contoso.example', big), 'transfer-encoding': 'chunked' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    for (let offset = 0; offset < big.length; offset += 1024 * 1024) req.write(big.subarray(offset, offset + 1024 * 1024));
    req.end();
  });
  expect(status).toBe(413);
}, 60_000);

test('a flood of web form posts from one address is throttled with 429 and Retry-After', async () => {
  const formPath = server.app.demo?.formPath ?? '';
  const statuses: number[] = [];
  let retryAfter: string | null = null;
  for (let i = 0; i < 40 && !statuses.includes(429); i++) {
    const res = await call(server.baseUrl, 'POST', formPath, {
      rawBody: new URLSearchParams({ name: 'Bot', email: `bot${i}@flood.example`, subject: 'spam', message: 'spam', started: 'x', altcha: 'x' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    });
    statuses.push(res.status);
    if (res.status === 429) retryAfter = res.headers.get('retry-after');
  }
  expect(statuses).toContain(429);
  expect(statuses.slice(0, 5).every((s) => s === 400)).toBe(true);
  expect(Number(retryAfter)).toBeGreaterThan(0);
});
