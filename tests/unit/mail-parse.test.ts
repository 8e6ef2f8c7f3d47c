import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAIL_LIMITS, UnparseableMailError } from '../../bot/src/domain/intake/parsed-mail';
import { parseMail } from '../../bot/src/mail/parse';
import { MailParseError } from '../../bot/src/mail/parse-error';
import { rawWarnings } from '../../bot/src/mail/mime-guards';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/mail', name));

test('an Outlook reply: ids without brackets, lower-cased addresses, headers for the auto-mail rules, quote trimmed', async () => {
  const mail = await parseMail(fixture('outlook-reply.eml'));
  expect(mail.messageId).toBe('AM0PR01MB1234ABCD@eurprd01.prod.outlook.com');
  expect(mail.inReplyTo).toBe('case-12.abc@contoso.example');
  expect(mail.references).toEqual(['case-12.first@contoso.example', 'case-12.abc@contoso.example']);
  expect(mail.from).toEqual({ name: 'Anna Jensen', address: 'anna.jensen@fabrikam.example' });
  expect(mail.to).toEqual([{ name: 'Contoso Support', address: 'support@contoso.example' }]);
  expect(mail.date).toBe('2025-03-04T09:15:00.000Z');
  expect(mail.headers).toEqual({ xAutoResponseSuppress: 'All', contentLanguage: 'da-DK', contentType: 'multipart/alternative; boundary="_000_outlook_"' });
  expect(mail.text).toContain('Have you tried turning it off');
  expect(mail.visibleText).toBe('It still does not print.\n\nRegards, Anna');
  expect(mail.report).toBeNull();
});

test('a Gmail reply with a wrapped "On … wrote:" line', async () => {
  const mail = await parseMail(fixture('gmail-reply.eml'));
  expect(mail.messageId).toBe('CAF=abc123@mail.gmail.example');
  expect(mail.from).toEqual({ name: 'Bo Berg', address: 'bo.berg@gmail.example' });
  expect(mail.visibleText).toBe('Thanks, that worked!');
});

test.each([
  ['danish-latin1.eml', 'Søren Æbelø', 'Spørgsmål om faktura', 'Hej, jeg har et spørgsmål om min faktura. Beløbet er forkert.'],
  ['swedish-cp1252.eml', 'Göran Åström', 'Fråga om leverans – brådskande', 'Hej! När kommer min leverans? Det är brådskande – tack.'],
])('%s decodes its 8-bit charset (names, subject, body, windows-1252 punctuation)', async (file, name, subject, visible) => {
  const mail = await parseMail(fixture(file));
  expect(mail.from?.name).toBe(name);
  expect(mail.subject).toBe(subject);
  expect(mail.visibleText).toBe(visible);
});

test.each([
  ['unknown-charset.eml', 'Plain ascii body still readable.', 'unknown charset x-klingon-42'],
  ['broken-boundary.eml', 'The body text survives.', 'boundary declared-but-wrong never found'],
  ['no-boundary.eml', 'Text without any parts at all.', 'multipart/mixed without a boundary'],
])('%s is recovered with a warning', async (file, text, warning) => {
  const mail = await parseMail(fixture(file));
  expect(mail.text.trim()).toBe(text);
  expect(mail.warnings).toContain(warning);
});

test('a DSN (multipart/report): failed recipients from Action: failed, the original Message-ID from the embedded message', async () => {
  const mail = await parseMail(fixture('dsn.eml'));
  expect(mail.report).toEqual({ kind: 'bounce', originalMessageId: 'case-3.out7@contoso.example', failedRecipients: ['gone.user@fabrikam.example'] });
  expect(mail.headers.returnPath).toBe('');
  expect(mail.headers.autoSubmitted).toBe('auto-replied');
});

test('a delay notice is a deliveryReport, with the Message-ID from text/rfc822-headers', async () => {
  const mail = await parseMail(fixture('delay-report.eml'));
  expect(mail.report).toEqual({ kind: 'deliveryReport', originalMessageId: 'case-4.out1@contoso.example', failedRecipients: [] });
});

test('a plain-text MAILER-DAEMON bounce quoting the original headers', async () => {
  const mail = await parseMail(fixture('plain-bounce.eml'));
  expect(mail.report).toEqual({ kind: 'bounce', originalMessageId: 'case-9.out2@contoso.example', failedRecipients: ['nobody@old-mta.example'] });
});

test('hostile HTML is sanitized and text is derived from it when there is no text/plain', async () => {
  const mail = await parseMail(fixture('html-hostile.eml'));
  const html = mail.html ?? '';
  for (const bad of ['<script', 'alert(', '<style', 'onclick', 'onerror', 'javascript:', 'data:', '<iframe', '<form', '<input', 'tracker.evil.example']) expect(html).not.toContain(bad);
  expect(html).toContain('<img alt="tracking pixel" />');
  expect(html).toContain('src="cid:logo@evil.example"');
  expect(html).toContain('<a href="https://example.com/ok" rel="noopener noreferrer nofollow" target="_blank">safe link</a>');
  expect(html).toContain('<table><tr><td>cell</td></tr></table>');
  expect(mail.text).toContain('Hello there');
  expect(mail.text).not.toContain('alert');
  expect(mail.attachments).toEqual([{ filename: 'logo.png', contentType: 'image/png', content: expect.any(Buffer), contentId: 'logo@evil.example', inline: true }]);
});

function nested(depth: number): Buffer {
  let body = 'Content-Type: text/plain\r\n\r\ninnermost\r\n';
  for (let i = depth; i > 0; i--) body = `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n${body}--b${i}--\r\n`;
  return Buffer.from(`From: deep@example.com\r\nTo: support@contoso.example\r\nSubject: deep\r\nMIME-Version: 1.0\r\n${body}`);
}

async function refusal(raw: Buffer): Promise<MailParseError> {
  const error: unknown = await parseMail(raw).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UnparseableMailError);
  if (!(error instanceof MailParseError)) throw new Error('expected a MailParseError');
  return error;
}

test.each([
  ['a 300 KB header', () => Buffer.from(`From: a@example.com\r\nX-Junk: ${'x'.repeat(300 * 1024)}\r\nSubject: big\r\n\r\nbody`), 'headerTooLarge', /header section larger than 262144 bytes/],
  ['100-deep nesting', () => nested(100), 'tooDeep', /nested more than 20 levels/],
  ['more than maxBytes', () => Buffer.alloc(MAIL_LIMITS.maxBytes + 1, 'a'), 'tooLarge', /too large/],
  ['half a million short lines', () => Buffer.from(`From: a@example.com\r\nSubject: lines\r\n\r\n${'x\n'.repeat(500_000)}`), 'tooManyLines', /more than 400000 lines/],
  ['garbage', () => Buffer.from('this is not a mail at all\r\njust some words\r\n'), 'noHeaders', /no mail headers/],
  ['binary junk', () => Buffer.from([0x46, 0x72, 0x6f, 0x6d, 0x3a, 0x00, 0xff, 0xfe, 0x0a, 0x0a]), 'binaryHeader', /binary/],
] as const)('%s is refused with a clear reason', async (_name, make, code, reason) => {
  const error = await refusal(make());
  expect(error.code).toBe(code);
  expect(error.reason).toMatch(reason);
});

test('nesting within the limit is parsed', async () => {
  const mail = await parseMail(nested(10));
  expect(mail.text.trim()).toBe('innermost');
});

test('a message without Message-ID or Date gives nulls, not a crash', async () => {
  const mail = await parseMail(Buffer.from('From: x@example.com\r\nSubject: hi\r\nDate: not a date\r\n\r\nhello'));
  expect(mail).toMatchObject({ messageId: null, inReplyTo: null, references: [], date: null, text: expect.stringMatching(/^hello\s*$/), visibleText: 'hello', headers: {} });
});

test('HTML too large to sanitize in time is kept as text only, with a warning', async () => {
  const big = '<p>hello <script>alert(1)</script><b>world</b></p>'.repeat(30_000);
  const mail = await parseMail(Buffer.from(`From: a@example.com\r\nSubject: big html\r\nContent-Type: text/html\r\n\r\n${big}`));
  expect(mail.html).toBeNull();
  expect(mail.text.startsWith('hello world')).toBe(true);
  expect(mail.text).not.toContain('alert');
  expect(mail.warnings).toEqual([expect.stringMatching(/^HTML body of \d+ characters shown as text only$/)]);
});

test('the boundary and charset checks stay linear: 200,000 multipart headers in the body take well under a second', () => {
  let text = 'From: a@b.example\r\nContent-Type: multipart/mixed; boundary="zz"\r\n\r\n--zz\r\n';
  for (let i = 0; i < 200_000; i++) text += `Content-Type: multipart/mixed; boundary="b${i}"; charset=x-${i}\r\n`;
  text += '--zz--\r\n';
  const started = Date.now();
  const warnings = rawWarnings(Buffer.from(text, 'latin1'));
  expect(Date.now() - started).toBeLessThan(3000);
  expect(warnings.length).toBeLessThanOrEqual(200);
});
