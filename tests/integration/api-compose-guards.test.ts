/**
 * H3 compose over real HTTP, the review's defects: an Idempotency-Key never carries a message to
 * another case (422), forwarded files count towards the provider's limit (413, nothing written),
 * base64 is checked strictly (400 naming the field), notes never make an e-mail conversation, a
 * reply on a closed case leaves it and its new thread closed, reply templates are audited, an
 * unknown message is a 404, and a forward's dates are in the agent's language.
 */
import { randomUUID } from 'node:crypto';
import { call, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { conversationsOf, headerOf, outbox, outboxTo, parseRaw, sendMail } from '../fixtures/mail-client';

let server: TestServer;
let lars: string; // manager: writes every case
let astrid: string; // administrator
let mads: string; // agent

beforeAll(async () => {
  server = await startServer();
  const [l, a, m] = await Promise.all(['Lars Andersen', 'Astrid Holm', 'Mads Nielsen'].map((name) => tokenFor(server.baseUrl, name)));
  if (!l || !a || !m) throw new Error('no tokens');
  [lars, astrid, mads] = [l, a, m];
}, 120_000);
afterAll(() => server?.stop(), 60_000);

const word = () => `w${randomUUID().replace(/-/g, '').slice(0, 10)}`;
const post = (path: string, token: string, body: unknown, headers: Record<string, string> = {}) => call(server.baseUrl, 'POST', path, { token, body, headers });
const etagOf = async (id: string) => (await call(server.baseUrl, 'GET', `/api/records/${id}`, { token: lars })).headers.get('etag') ?? '';
const messagesOf = async (id: string) => (await conversationsOf(server, lars, id)).flatMap((c) => c.messages);

/** A new case for Jens (p-01, has an e-mail address), without any conversation. */
async function newCase(title: string): Promise<string> {
  const res = await post('/api/records', lars, { type: 'case', title, personId: 'p-01' });
  expect([res.status, res.text]).toEqual([201, expect.any(String)]);
  return field<string>(res.body, 'id');
}

/** A customer's mail becomes a case; `file` goes with it. */
async function mailCase(file: { filename: string; content: Buffer }): Promise<string> {
  const tag = word();
  await sendMail(server, { from: 'Kai Kunde <kai@kunde-g.example>', subject: `Logs ${tag}`, text: `See the file ${tag}`, attachments: [{ ...file, contentType: 'application/octet-stream' }] });
  const list = await call(server.baseUrl, 'GET', '/api/records?limit=20', { token: lars });
  const item = field<Array<{ id: string; title: string }>>(list.body, 'items').find((r) => r.title.includes(tag));
  if (!item) throw new Error(`no case for ${tag}`);
  return item.id;
}

test('an Idempotency-Key used on case A is refused on case B (422) and with another body; the same request replays', async () => {
  const a = await newCase(`Key A ${word()}`);
  const b = await newCase(`Key B ${word()}`);
  const key = `key-${word()}`;
  const staleA = await etagOf(a);
  const first = await post(`/api/records/${a}/reply`, lars, { text: 'Hello A' }, { 'if-match': staleA, 'idempotency-key': key });
  expect([first.status, first.text]).toEqual([201, expect.any(String)]);
  const onB = await post(`/api/records/${b}/reply`, lars, { text: 'Hello A' }, { 'if-match': await etagOf(b), 'idempotency-key': key });
  expect([onB.status, field(onB.body, 'detail')]).toEqual([422, expect.stringContaining('Idempotency-Key')]);
  expect(await messagesOf(b)).toEqual([]);
  const otherBody = await post(`/api/records/${a}/reply`, lars, { text: 'Hello A, changed' }, { 'if-match': await etagOf(a), 'idempotency-key': key });
  expect(otherBody.status).toBe(422);
  const again = await post(`/api/records/${a}/reply`, lars, { text: 'Hello A' }, { 'if-match': staleA, 'idempotency-key': key });
  expect([again.status, field(again.body, 'message', 'id')]).toEqual([201, field(first.body, 'message', 'id')]);
  // The same key on B's note (another action) is its own key.
  expect((await post(`/api/records/${b}/notes`, lars, { text: 'n' }, { 'if-match': await etagOf(b), 'idempotency-key': key })).status).toBe(201);
});

test('a forward whose received files are over the provider\'s limit is a 413 naming it, with nothing written or sent', async () => {
  const id = await mailCase({ filename: 'dump.bin', content: Buffer.alloc(10 * 1024 * 1024 + 100, 7) });
  const etag = await etagOf(id);
  const before = await messagesOf(id);
  const outboxBefore = (await outbox(server)).length;
  const res = await post(`/api/records/${id}/forward`, lars, { to: ['vendor@partner.example'] }, { 'if-match': etag });
  expect([res.status, field(res.body, 'detail')]).toEqual([413, expect.stringContaining(String(10 * 1024 * 1024))]);
  await server.app.mailIdle();
  expect((await messagesOf(id)).length).toBe(before.length);
  expect(await etagOf(id)).toBe(etag);
  expect((await outbox(server)).length).toBe(outboxBefore);
}, 60_000);

test('base64 is checked strictly and the file count matches the limit: 400 naming the field', async () => {
  const id = await newCase(`Base64 ${word()}`);
  const etag = await etagOf(id);
  const file = (contentBase64: string) => ({ filename: 'a.txt', contentType: 'text/plain', contentBase64 });
  for (const bad of ['A', '', 'QQ=', 'Q Q==', '====']) {
    const res = await post(`/api/records/${id}/reply`, lars, { text: 'x', attachments: [file(bad)] }, { 'if-match': etag });
    expect([bad, res.status, field<Array<{ path: string }>>(res.body, 'errors').map((e) => e.path)]).toEqual([bad, 400, ['attachments.0.contentBase64']]);
  }
  const eleven = await post(`/api/records/${id}/reply`, lars, { text: 'x', attachments: Array.from({ length: 11 }, () => file('QQ==')) }, { 'if-match': etag });
  expect([eleven.status, field<Array<{ path: string }>>(eleven.body, 'errors').map((e) => e.path)]).toEqual([400, ['attachments']]);
  const ok = await post(`/api/records/${id}/reply`, lars, { text: 'x', attachments: [file('SGVs\r\nbG8=')] }, { 'if-match': etag });
  expect(ok.status).toBe(201);
});

test('a note never makes an e-mail conversation; a reply on a closed case leaves the case and its new thread closed', async () => {
  const noted = await newCase(`Note ${word()}`);
  const note = await post(`/api/records/${noted}/notes`, lars, { text: 'Called Jens' }, { 'if-match': await etagOf(noted) });
  expect(note.status).toBe(201);
  const threads = await conversationsOf(server, lars, noted);
  expect(threads.map((c) => c.channel)).toEqual(['phone']);

  const closed = await newCase(`Closed ${word()}`);
  expect((await call(server.baseUrl, 'PATCH', `/api/records/${closed}`, { token: lars, body: { status: 'closed' }, headers: { 'if-match': await etagOf(closed) } })).status).toBe(200);
  const reply = await post(`/api/records/${closed}/reply`, lars, { text: 'One more thing' }, { 'if-match': await etagOf(closed) });
  expect(reply.status).toBe(201);
  const record = await call(server.baseUrl, 'GET', `/api/records/${closed}`, { token: lars });
  expect(field(record.body, 'status')).toBe('closed');
  const listed = await call(server.baseUrl, 'GET', `/api/records/${closed}/conversations`, { token: lars });
  expect(field<Array<{ channel: string; status: string }>>(listed.body, 'items').map((c) => [c.channel, c.status])).toEqual([['email', 'closed']]);
});

test('reply template changes are audited (who, when, old, new) for administrators', async () => {
  const created = await post('/api/reply-templates', astrid, { name: `Audit ${word()}`, texts: { en: { body: 'Hi {{person.name}}' } } });
  expect(created.status).toBe(201);
  const id = field<string>(created.body, 'id');
  expect((await call(server.baseUrl, 'PUT', `/api/reply-templates/${id}`, { token: astrid, body: { name: 'Renamed', texts: { en: { body: 'Bye' } } } })).status).toBe(200);
  expect((await call(server.baseUrl, 'DELETE', `/api/reply-templates/${id}`, { token: astrid })).status).toBe(204);
  expect((await call(server.baseUrl, 'GET', '/api/reply-templates/audit', { token: mads })).status).toBe(403);
  const audit = await call(server.baseUrl, 'GET', '/api/reply-templates/audit', { token: astrid });
  expect(audit.status).toBe(200);
  const mine = field<Array<{ path: string; actor: { displayName: string }; oldValue: unknown; newValue: unknown }>>(audit.body, 'items').filter((e) => e.path.startsWith(`${id}.`));
  expect(mine.map((e) => e.path).sort()).toEqual([`${id}.create`, `${id}.delete`, `${id}.update`]);
  const update = mine.find((e) => e.path === `${id}.update`);
  expect(update).toMatchObject({ actor: { displayName: 'Astrid Holm' }, oldValue: { texts: { en: { body: 'Hi {{person.name}}' } } }, newValue: { name: 'Renamed', texts: { en: { body: 'Bye' } } } });
});

test('a reply to a customer without an e-mail address is a 400 naming the case\'s person, not a conversation', async () => {
  const person = await post('/api/people', lars, { name: `No Mail ${word()}`, phone: '+45 11 22 33 44' });
  expect(person.status).toBe(201);
  const created = await post('/api/records', lars, { type: 'case', title: `No mail ${word()}`, personId: field<string>(person.body, 'id') });
  const id = field<string>(created.body, 'id');
  const res = await post(`/api/records/${id}/reply`, lars, { text: 'Hello' }, { 'if-match': await etagOf(id) });
  expect([res.status, field<Array<{ path: string }>>(res.body, 'errors').map((e) => e.path)]).toEqual([400, ['personId']]);
});

test('editing an unknown message is a 404; a forward\'s date line is in the agent\'s language, in UTC', async () => {
  const id = await mailCase({ filename: 'small.txt', content: Buffer.from('tiny') });
  expect((await call(server.baseUrl, 'PATCH', `/api/records/${id}/messages/no-such-message`, { token: astrid, body: { subject: 'x' }, headers: { 'if-match': await etagOf(id) } })).status).toBe(404);
  const res = await call(server.baseUrl, 'POST', `/api/records/${id}/forward`, { token: lars, body: { to: ['dansk@partner.example'] }, headers: { 'if-match': await etagOf(id), 'accept-language': 'da' } });
  expect(res.status).toBe(201);
  await server.app.mailIdle();
  const [sent] = await outboxTo(server, 'dansk@partner.example');
  const mime = await parseRaw(sent?.raw ?? '');
  expect(headerOf(mime, 'subject')).toContain('Fwd:');
  expect(mime.text).toMatch(/Dato: \w+dag den \d+\. \w+ \d{4} kl\. \d\d\.\d\d UTC/);
});
