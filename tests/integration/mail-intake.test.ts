/**
 * H1 end to end on the real local server: mail over real SMTP (nodemailer) becomes a case with a
 * person, a conversation and a sanitized message with a downloadable attachment; the threaded
 * acknowledgement lands in the outbox; replies thread (Outlook style, References only), mass-mail
 * replies never merge customers, a reply to a closed case reopens it or (by setting) makes a new
 * linked case; and the web form makes a case too.
 */
import { randomUUID } from 'node:crypto';
import { call, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { bare, conversationsOf, findRecords, headerOf, onlyRecord, outboxTo, parseRaw, sendMail, timelineOf } from '../fixtures/mail-client';

type AltchaLib = typeof import('altcha-lib', { with: { 'resolution-mode': 'import' } });
type AltchaSha = typeof import('altcha-lib/algorithms/sha', { with: { 'resolution-mode': 'import' } });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const altcha: AltchaLib = require('altcha-lib');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sha: AltchaSha = require('altcha-lib/algorithms/sha');

let server: TestServer;
let astrid: string;

/** A word no other test uses, to find its case by search. */
const word = () => `w${randomUUID().replace(/-/g, '').slice(0, 10)}`;

beforeAll(async () => {
  server = await startServer({ env: { WEBFORM_MIN_FILL_SECONDS: '0' } });
  astrid = await tokenFor(server.baseUrl, 'Astrid Holm');
}, 120_000);
afterAll(() => server?.stop(), 60_000);

async function closeRecord(id: string): Promise<void> {
  const read = await call(server.baseUrl, 'GET', `/api/records/${id}`, { token: astrid });
  const res = await call(server.baseUrl, 'PATCH', `/api/records/${id}`, { token: astrid, body: { status: 'closed' }, headers: { 'if-match': read.headers.get('etag') ?? '' } });
  expect(res.status).toBe(200);
}

async function setReplyToClosed(replyToClosed: Record<string, unknown>): Promise<void> {
  const read = await call(server.baseUrl, 'GET', '/api/settings/case', { token: astrid });
  const res = await call(server.baseUrl, 'PATCH', '/api/settings/case', { token: astrid, body: { intake: { replyToClosed } }, headers: { 'if-match': read.headers.get('etag') ?? '' } });
  expect([res.status, res.text]).toEqual([200, expect.any(String)]);
}

/** Sends a new mail from `from` and returns its case, its Message-ID, and Casebridge's acknowledgement. */
async function newCase(from: string, subject: string) {
  const info = await sendMail(server, { from, subject, text: `Hello,\n${subject}\nRegards` });
  const record = await onlyRecord(server, astrid, subject.split(' ').pop() ?? subject);
  const ack = (await outboxTo(server, from.replace(/^.*</, '').replace(/>$/, '')))[0];
  if (!ack) throw new Error(`no acknowledgement to ${from}`);
  return { record, messageId: bare(info.messageId), ack };
}

test('a new mail with HTML and an attachment: a case, a new person, a sanitized message, the file, a threaded acknowledgement', async () => {
  const tag = word();
  const pdf = Buffer.from(`%PDF-1.4 receipt ${tag}`);
  const before = await call(server.baseUrl, 'GET', '/api/people?q=mette%40kunde-a.example', { token: astrid });
  expect(field(before.body, 'items')).toEqual([]);
  const info = await sendMail(server, {
    from: 'Mette Jørgensen <mette@kunde-a.example>',
    subject: `Printer on fire ${tag}`,
    text: 'The printer on floor 2 is on fire.\nMette',
    html: '<p>The printer on <b>floor 2</b> is on fire.</p><script>alert("x")</script><img src="x" onerror="alert(1)"><p>Mette</p>',
    attachments: [{ filename: 'kvittering.pdf', content: pdf, contentType: 'application/pdf' }],
  });
  const record = await onlyRecord(server, astrid, tag);
  expect(record.title).toBe(`Printer on fire ${tag}`);
  expect(record.status).not.toBe('closed');

  const [conversation, ...others] = await conversationsOf(server, astrid, record.id);
  expect(others).toEqual([]);
  expect(conversation?.channel).toBe('email');
  expect(conversation?.person).toEqual({ id: expect.any(String), name: 'Mette Jørgensen', email: 'mette@kunde-a.example' });
  const received = conversation?.messages.find((m) => m.direction === 'in');
  expect(received?.mail?.messageId).toBe(bare(info.messageId));
  expect(received?.visibleText).toContain('is on fire');
  expect(received?.html).toContain('<b>floor 2</b>');
  expect(received?.html).not.toMatch(/<script|onerror|alert/i);
  expect(received?.attachments).toEqual([expect.objectContaining({ filename: 'kvittering.pdf', contentType: 'application/pdf', size: pdf.length })]);
  const download = await fetch(`${server.baseUrl}${received?.attachments[0]?.url ?? ''}`, { headers: { authorization: `Bearer ${astrid}` } });
  expect(download.status).toBe(200);
  expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
  const anonymous = await fetch(`${server.baseUrl}${received?.attachments[0]?.url ?? ''}`);
  expect(anonymous.status).toBe(401);

  const person = await call(server.baseUrl, 'GET', `/api/people/${conversation?.person?.id ?? ''}`, { token: astrid });
  expect(person.status).toBe(200);
  expect(field(person.body, 'email')).toBe('mette@kunde-a.example');

  // The acknowledgement: in the outbox, automatic, threaded on our mail, with the case number.
  const sent = await outboxTo(server, 'mette@kunde-a.example');
  expect(sent).toHaveLength(1);
  const ack = await parseRaw(sent[0]?.raw ?? '');
  expect(headerOf(ack, 'auto-submitted')).toBe('auto-replied');
  expect(headerOf(ack, 'x-auto-response-suppress')).toBe('All');
  expect(bare(ack.inReplyTo)).toBe(bare(info.messageId));
  expect(ack.subject).toContain(record.number);
  expect(ack.from?.address).toBe('support@contoso.example');
  const out = (await conversationsOf(server, astrid, record.id))[0]?.messages.find((m) => m.purpose === 'acknowledgement');
  expect(out?.delivery?.state).toBe('sent');
  expect(out?.mail?.messageId).toBe(bare(ack.messageId));
  const kinds = (await timelineOf(server, astrid, record.id)).map((e) => e.kind);
  expect(kinds).toEqual(expect.arrayContaining(['messageReceived', 'replySent']));
});

test('an Outlook-style reply (SV:, In-Reply-To the acknowledgement, quoted original) lands on the same case, quote trimmed', async () => {
  const tag = word();
  const { record, ack } = await newCase('Sven Berg <sven@kunde-b.example>', `Kan inte logga in ${tag}`);
  const ackMail = await parseRaw(ack.raw);
  await sendMail(server, {
    from: 'Sven Berg <sven@kunde-b.example>',
    subject: `SV: Something else entirely ${word()}`,
    inReplyTo: ackMail.messageId,
    references: [ackMail.messageId ?? ''],
    text: 'Det fungerar nu, tack!\r\n\r\n-----Original Message-----\r\nFrom: Support <support@contoso.example>\r\nSent: Monday\r\nSubject: Kan inte logga in\r\n\r\nWe received your request.',
  });
  const conversations = await conversationsOf(server, astrid, record.id);
  expect(conversations).toHaveLength(1);
  const replies = conversations[0]?.messages.filter((m) => m.direction === 'in') ?? [];
  expect(replies).toHaveLength(2);
  expect(replies[1]?.visibleText.trim()).toBe('Det fungerar nu, tack!');
  expect(replies[1]?.text).toContain('-----Original Message-----');
  // No new case, no second acknowledgement.
  expect(await outboxTo(server, 'sven@kunde-b.example')).toHaveLength(1);
});

test('a reply with a changed subject and only References lands on the same case', async () => {
  const tag = word();
  const { record, messageId } = await newCase('Ole Dahl <ole@kunde-c.example>', `VPN drops ${tag}`);
  const other = word();
  await sendMail(server, { from: 'Ole Dahl <ole@kunde-c.example>', subject: `Totally new subject ${other}`, references: [`<unrelated.${other}@elsewhere.example>`, `<${messageId}>`], text: 'One more thing.' });
  // No new case: the reply's words are searchable on the case it joined (H2), and only there.
  expect((await findRecords(server, astrid, other)).map((r) => r.id)).toEqual([record.id]);
  const messages = (await conversationsOf(server, astrid, record.id)).flatMap((c) => c.messages.filter((m) => m.direction === 'in'));
  expect(messages.map((m) => m.subject)).toEqual([`VPN drops ${tag}`, `Totally new subject ${other}`]);
});

test('replies from customers to one mass mailing (same external In-Reply-To), or to each other, become one case each', async () => {
  const tag = word();
  const newsletter = `<newsletter.${tag}@marketing.example>`;
  const ids: string[] = [];
  for (const from of ['anna@kunde-d.example', 'bo@kunde-e.example']) {
    const info = await sendMail(server, { from, subject: `Re: Our autumn offer ${tag}`, inReplyTo: newsletter, references: [newsletter], text: `Interested. ${from}` });
    ids.push(`<${bare(info.messageId)}>`);
  }
  // Anna replied to all; Cy answers Anna's reply: Anna's Message-ID is known, but it is not Cy's thread.
  await sendMail(server, { from: 'cy@kunde-h.example', subject: `Re: Our autumn offer ${tag}`, inReplyTo: ids[0], references: [newsletter, ids[0] ?? ''], text: 'Me too.' });
  const records = await findRecords(server, astrid, tag);
  expect(records).toHaveLength(3);
  const people = await Promise.all(records.map(async (r) => (await conversationsOf(server, astrid, r.id)).map((c) => c.person?.email)));
  expect(people.sort()).toEqual([['anna@kunde-d.example'], ['bo@kunde-e.example'], ['cy@kunde-h.example']]);
});

test('the case number in the subject from someone else does not add to that case', async () => {
  const tag = word();
  const { record } = await newCase('Tove Ris <tove@kunde-j.example>', `Password reset ${tag}`);
  await sendMail(server, { from: 'stranger@kunde-k.example', subject: `Re: [${record.number}] Password reset ${tag}`, text: 'I saw this number somewhere.' });
  const records = await findRecords(server, astrid, tag);
  expect(records).toHaveLength(2);
  const onFirst = (await conversationsOf(server, astrid, record.id)).flatMap((c) => c.messages.filter((m) => m.direction === 'in'));
  expect(onFirst.map((m) => m.from?.address)).toEqual(['tove@kunde-j.example']);
});

test('a reply to a closed case reopens it; with replyToClosed newCase it makes a new case linked both ways', async () => {
  const tag = word();
  const from = 'Karin Lund <karin@kunde-f.example>';
  const { record, ack } = await newCase(from, `Invoice wrong ${tag}`);
  const ackMail = await parseRaw(ack.raw);
  await closeRecord(record.id);
  await sendMail(server, { from, subject: `Re: ${ackMail.subject ?? ''}`, inReplyTo: ackMail.messageId, references: [ackMail.messageId ?? ''], text: 'Still wrong!' });
  const reopened = await call(server.baseUrl, 'GET', `/api/records/${record.id}`, { token: astrid });
  expect(field(reopened.body, 'status')).toBe('active');
  const kinds = (await timelineOf(server, astrid, record.id)).map((e) => e.kind);
  expect(kinds).toEqual(expect.arrayContaining(['recordClosed', 'recordReopened']));

  await setReplyToClosed({ action: 'newCase' });
  try {
    await closeRecord(record.id);
    await sendMail(server, { from, subject: `Re: ${ackMail.subject ?? ''}`, inReplyTo: ackMail.messageId, references: [ackMail.messageId ?? ''], text: `Now it is another issue ${tag}` });
    const still = await call(server.baseUrl, 'GET', `/api/records/${record.id}`, { token: astrid });
    expect(field(still.body, 'status')).toBe('closed');
    const all = await findRecords(server, astrid, tag);
    const linked = all.find((r) => r.id !== record.id);
    expect(all).toHaveLength(2);
    if (!linked) throw new Error('no new case');
    const oldLinks = (await timelineOf(server, astrid, record.id)).filter((e) => e.kind === 'caseLinked');
    const newLinks = (await timelineOf(server, astrid, linked.id)).filter((e) => e.kind === 'caseLinked');
    expect(oldLinks.map((e) => e.linkedRecordId)).toEqual([linked.id]);
    expect(newLinks.map((e) => e.linkedRecordId)).toEqual([record.id]);
    // The new case has its own acknowledgement; a reply to it stays on the new case.
    const newAck = await parseRaw((await outboxTo(server, 'karin@kunde-f.example'))[0]?.raw ?? '');
    expect(newAck.subject).toContain(linked.number);
    await sendMail(server, { from, subject: `Re: ${newAck.subject ?? ''}`, inReplyTo: newAck.messageId, references: [newAck.messageId ?? ''], text: 'Thanks.' });
    expect(await findRecords(server, astrid, tag)).toHaveLength(2);
    const onNew = (await conversationsOf(server, astrid, linked.id)).flatMap((c) => c.messages.filter((m) => m.direction === 'in'));
    expect(onNew).toHaveLength(2);
  } finally {
    await setReplyToClosed({ action: 'reopen' });
  }
});

test('a reply to a case closed longer ago than reopenWithinDays makes a new linked case instead of reopening', async () => {
  const tag = word();
  const from = 'Jens Vang <jens@kunde-i.example>';
  const { record } = await newCase(from, `Old problem ${tag}`);
  await closeRecord(record.id);
  await setReplyToClosed({ action: 'reopen', reopenWithinDays: 0 });
  try {
    // Only the case number threads this one (no headers).
    await sendMail(server, { from, subject: `About ${record.number} again`, text: `It is back ${tag}` });
    const still = await call(server.baseUrl, 'GET', `/api/records/${record.id}`, { token: astrid });
    expect(field(still.body, 'status')).toBe('closed');
    const links = (await timelineOf(server, astrid, record.id)).filter((e) => e.kind === 'caseLinked');
    expect(links).toHaveLength(1);
  } finally {
    await setReplyToClosed({ action: 'reopen', reopenWithinDays: 14 });
  }
});

test('the web form end to end: JSON token and challenge, solved proof, a case and an acknowledgement', async () => {
  const tenantId = (server.app.demo?.formPath ?? '').split('/')[2] ?? '';
  const path = `/forms/${tenantId}/case?lang=en`;
  const start = await call(server.baseUrl, 'GET', path, { headers: { accept: 'application/json' } });
  expect(start.status).toBe(200);
  const started = field<string>(start.body, 'started');
  const challenge = field<Parameters<AltchaLib['solveChallenge']>[0]['challenge']>(start.body, 'challenge');
  const solution = await altcha.solveChallenge({ challenge, deriveKey: sha.deriveKey });
  const tag = word();
  const form = new URLSearchParams({
    name: 'Form Person', email: 'form.person@kunde-g.example', subject: `Web form question ${tag}`, message: 'Hello from the form.',
    started, altcha: Buffer.from(JSON.stringify({ challenge, solution })).toString('base64'), website: '',
  });
  const res = await call(server.baseUrl, 'POST', path, { rawBody: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' } });
  expect([res.status, res.text]).toEqual([202, expect.stringContaining('intakeId')]);
  await server.app.mailIdle();
  const record = await onlyRecord(server, astrid, tag);
  const [conversation] = await conversationsOf(server, astrid, record.id);
  expect(conversation?.channel).toBe('webform');
  expect(conversation?.person?.email).toBe('form.person@kunde-g.example');
  const sent = await outboxTo(server, 'form.person@kunde-g.example');
  expect(sent).toHaveLength(1);
  expect(sent[0]?.subject).toContain(record.number);
});
