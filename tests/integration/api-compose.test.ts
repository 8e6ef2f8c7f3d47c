/**
 * H3 compose over real HTTP on the local server: reply (threaded MIME in the outbox, cc/bcc,
 * attachments, Idempotency-Key, the case waits for the customer), forward (carried attachments,
 * cover text, a 400 naming a malformed address), internal note (never sent), message edit with its
 * history, reply templates; and the refusals: 403 without write, 404 foreign, 428/412 with
 * nothing written and nothing sent, 413 too large.
 */
import { randomUUID } from 'node:crypto';
import { call, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { bare, conversationsOf, headerOf, outbox, outboxTo, parseRaw, sendMail, timelineOf, type ApiConversation } from '../fixtures/mail-client';

let server: TestServer;
let lars: string; // manager: writes every case, not an administrator
let astrid: string; // administrator
let mads: string; // agent of team DK (writes his team's cases)
let oskar: string; // reader
let nora: string; // another tenant

beforeAll(async () => {
  server = await startServer();
  const [l, a, m, o, n] = await Promise.all(['Lars Andersen', 'Astrid Holm', 'Mads Nielsen', 'Oskar Svensson', 'Nora Hansen'].map((name) => tokenFor(server.baseUrl, name)));
  if (!l || !a || !m || !o || !n) throw new Error('no tokens');
  [lars, astrid, mads, oskar, nora] = [l, a, m, o, n];
}, 120_000);
afterAll(() => server?.stop(), 60_000);

const word = () => `w${randomUUID().replace(/-/g, '').slice(0, 10)}`;

async function read(id: string, token = lars) {
  const res = await call(server.baseUrl, 'GET', `/api/records/${id}`, { token });
  expect(res.status).toBe(200);
  return { etag: res.headers.get('etag') ?? '', status: field<string>(res.body, 'status'), number: field<string>(res.body, 'number') };
}

/** A customer's mail (with a file) becomes a case; returns it with the mail's Message-ID. */
async function mailCase(from: string) {
  const tag = word();
  const subject = `Broken dishwasher ${tag}`;
  const info = await sendMail(server, { from, subject, text: `Hello,\nit leaks ${tag}.`, attachments: [{ filename: 'photo.txt', content: `leak ${tag}`, contentType: 'text/plain' }] });
  const list = await call(server.baseUrl, 'GET', '/api/records?limit=20', { token: lars });
  const item = field<Array<{ id: string; title: string }>>(list.body, 'items').find((r) => r.title.includes(tag));
  if (!item) throw new Error(`no case for ${tag}`);
  return { id: item.id, tag, messageId: bare(info.messageId) };
}

const post = (path: string, token: string, body: unknown, headers: Record<string, string> = {}) => call(server.baseUrl, 'POST', path, { token, body, headers });
const b64 = (text: string) => Buffer.from(text).toString('base64');
const mailMessages = async (id: string): Promise<ApiConversation['messages']> => (await conversationsOf(server, lars, id)).flatMap((c) => c.messages);

test('a reply goes to the customer in the thread, with cc, bcc and a file; the case waits; a retry with the same key sends nothing new', async () => {
  const c = await mailCase('Kim Kunde <kim@kunde-c.example>');
  const before = await read(c.id);
  const key = `reply-${word()}`;
  const body = { text: `Dear Kim, we are on it ${c.tag}.`, cc: ['boss@kunde-c.example'], bcc: ['audit@contoso.example'], attachments: [{ filename: 'guide.txt', contentType: 'text/plain', contentBase64: b64(`guide ${c.tag}`) }] };
  const res = await post(`/api/records/${c.id}/reply`, lars, body, { 'if-match': before.etag, 'idempotency-key': key });
  expect([res.status, res.text]).toEqual([201, expect.any(String)]);
  const message = field<{ id: string; purpose: string; visibility: string; subject: string }>(res.body, 'message');
  expect(message).toMatchObject({ purpose: 'reply', visibility: 'external' });
  const after = await read(c.id);
  expect(res.headers.get('etag')).toBe(after.etag);
  expect(after.etag).not.toBe(before.etag);
  expect(after.status).toBe('waiting');

  await server.app.mailIdle();
  const sent = (await outboxTo(server, 'kim@kunde-c.example')).filter((m) => m.subject.startsWith('Re:'));
  expect(sent).toHaveLength(1);
  const mime = await parseRaw(sent[0]?.raw ?? '');
  expect(mime.subject).toBe(`Re: [${before.number}] Broken dishwasher ${c.tag}`);
  expect(bare(headerOf(mime, 'in-reply-to'))).toBe(c.messageId);
  expect(headerOf(mime, 'references')).toContain(c.messageId);
  expect(mime.cc?.map((a) => a.address)).toEqual(['boss@kunde-c.example']);
  expect(headerOf(mime, 'bcc')).toBeUndefined();
  expect(mime.text).toContain(`we are on it ${c.tag}`);
  expect(mime.attachments.map((a) => [a.filename, Buffer.from(a.content as ArrayBuffer).toString()])).toEqual([['guide.txt', `guide ${c.tag}`]]);
  expect(sent[0]?.to).toEqual(expect.arrayContaining(['kim@kunde-c.example', 'boss@kunde-c.example', 'audit@contoso.example']));

  // The retry (stale ETag, same key) answers with the same message and sends nothing.
  const again = await post(`/api/records/${c.id}/reply`, lars, body, { 'if-match': before.etag, 'idempotency-key': key });
  expect([again.status, field(again.body, 'message', 'id')]).toEqual([201, message.id]);
  await server.app.mailIdle();
  expect((await outboxTo(server, 'kim@kunde-c.example')).filter((m) => m.subject.startsWith('Re:'))).toHaveLength(1);
  expect((await mailMessages(c.id)).filter((m) => m.purpose === 'reply')).toHaveLength(1);
  const timeline = await timelineOf(server, lars, c.id);
  expect(timeline.filter((e) => e.kind === 'replySent' && field(e, 'message', 'messageId') === message.id)).toHaveLength(1);
});

test('refusals: 428 without If-Match, 412 stale (nothing written, nothing sent), 403 without write, 404 foreign, 413 too large', async () => {
  const c = await mailCase('Ulla Ulrik <ulla@kunde-d.example>');
  const first = await read(c.id);
  await call(server.baseUrl, 'PATCH', `/api/records/${c.id}`, { token: lars, body: { priority: 'high' }, headers: { 'if-match': first.etag } });
  const stale = first.etag;
  const outboxBefore = (await outbox(server)).length;
  const messagesBefore = (await mailMessages(c.id)).length;
  const reply = { text: 'Hello' };
  expect((await post(`/api/records/${c.id}/reply`, lars, reply)).status).toBe(428);
  expect((await post(`/api/records/${c.id}/reply`, lars, reply, { 'if-match': stale })).status).toBe(412);
  expect((await post(`/api/records/${c.id}/forward`, lars, { to: ['x@partner.example'] }, { 'if-match': stale })).status).toBe(412);
  expect((await post(`/api/records/${c.id}/notes`, lars, { text: 'n' }, { 'if-match': stale })).status).toBe(412);
  const current = (await read(c.id)).etag;
  expect((await post(`/api/records/${c.id}/reply`, oskar, reply, { 'if-match': current })).status).toBe(403);
  expect((await post(`/api/records/${c.id}/notes`, oskar, { text: 'n' }, { 'if-match': current })).status).toBe(403);
  expect((await post(`/api/records/${c.id}/reply`, nora, reply, { 'if-match': current })).status).toBe(404);
  expect((await post(`/api/records/${c.id}/forward`, nora, { to: ['x@partner.example'] }, { 'if-match': current })).status).toBe(404);
  const big = { text: 'Big', attachments: [{ filename: 'big.bin', contentType: 'application/octet-stream', contentBase64: Buffer.alloc(10 * 1024 * 1024 + 1).toString('base64') }] };
  const tooLarge = await post(`/api/records/${c.id}/reply`, lars, big, { 'if-match': current });
  expect(tooLarge.status).toBe(413);
  await server.app.mailIdle();
  expect((await outbox(server)).length).toBe(outboxBefore);
  expect((await mailMessages(c.id)).length).toBe(messagesBefore);
  expect((await read(c.id)).etag).toBe(current);
});

test('a forward carries the message\'s file to an outside party in the thread; a malformed address is a 400 naming the field', async () => {
  const c = await mailCase('Per Persen <per@kunde-e.example>');
  const received = (await mailMessages(c.id)).find((m) => m.direction === 'in');
  if (!received) throw new Error('no received message');
  const etag = (await read(c.id)).etag;
  const bad = await post(`/api/records/${c.id}/forward`, lars, { to: ['ok@partner.example'], cc: ['fine@partner.example', 'not an address'] }, { 'if-match': etag });
  expect(bad.status).toBe(400);
  expect(field<Array<{ path: string }>>(bad.body, 'errors').map((i) => i.path)).toEqual(['cc.1']);

  const res = await post(`/api/records/${c.id}/forward`, lars, { to: ['tech@partner.example'], messageId: received.id, text: `Please have a look ${c.tag}` }, { 'if-match': etag });
  expect([res.status, res.text]).toEqual([201, expect.any(String)]);
  expect(field(res.body, 'message', 'purpose')).toBe('forward');
  await server.app.mailIdle();
  const [sent] = await outboxTo(server, 'tech@partner.example');
  const mime = await parseRaw(sent?.raw ?? '');
  expect(mime.subject).toBe(`Fwd: [${(await read(c.id)).number}] Broken dishwasher ${c.tag}`);
  expect(bare(headerOf(mime, 'in-reply-to'))).toBe(c.messageId);
  expect(headerOf(mime, 'references')).toContain(c.messageId);
  expect(mime.text).toContain(`Please have a look ${c.tag}`);
  expect(mime.text).toContain(`it leaks ${c.tag}`);
  expect(mime.attachments.map((a) => [a.filename, Buffer.from(a.content as ArrayBuffer).toString()])).toEqual([['photo.txt', `leak ${c.tag}`]]);
  expect((await timelineOf(server, lars, c.id)).some((e) => e.kind === 'messageForwarded')).toBe(true);
  // The customer got nothing of it.
  expect((await outboxTo(server, 'per@kunde-e.example')).filter((m) => m.subject.startsWith('Fwd:'))).toEqual([]);
});

test('an internal note is never sent; its author edits its text; only administrators change visibility or subject; received text never changes', async () => {
  const c = await mailCase('Nina Nord <nina@kunde-f.example>');
  const outboxBefore = (await outbox(server)).length;
  const note = await post(`/api/records/${c.id}/notes`, lars, { text: `Internal: call the plumber ${c.tag}` }, { 'if-match': (await read(c.id)).etag });
  expect([note.status, note.text]).toEqual([201, expect.any(String)]);
  const noteId = field<string>(note.body, 'message', 'id');
  expect(field(note.body, 'message', 'visibility')).toBe('internal');
  expect(field(note.body, 'message', 'delivery')).toBeNull();
  await server.app.mailIdle();
  expect((await outbox(server)).length).toBe(outboxBefore);
  expect((await timelineOf(server, lars, c.id)).some((e) => e.kind === 'noteAdded' && field(e, 'message', 'messageId') === noteId)).toBe(true);

  const patch = (token: string, messageId: string, body: unknown, etag: string) => call(server.baseUrl, 'PATCH', `/api/records/${c.id}/messages/${messageId}`, { token, body, headers: { 'if-match': etag } });
  const edited = await patch(lars, noteId, { text: 'Internal: call the plumber tomorrow' }, (await read(c.id)).etag);
  expect([edited.status, edited.text]).toEqual([200, expect.any(String)]);
  expect(field(edited.body, 'message', 'edits')).toEqual([expect.objectContaining({ field: 'text', from: `Internal: call the plumber ${c.tag}`, to: 'Internal: call the plumber tomorrow', userName: 'Lars Andersen' })]);
  // The search follows the edit (H2): a word only the new text has finds the case.
  const fresh = word();
  expect((await patch(lars, noteId, { text: `Internal: ask about the ${fresh}` }, (await read(c.id)).etag)).status).toBe(200);
  const found = await call(server.baseUrl, 'GET', `/api/records?q=${fresh}`, { token: lars });
  expect(field<Array<{ id: string }>>(found.body, 'items').map((r) => r.id)).toEqual([c.id]);

  const received = (await mailMessages(c.id)).find((m) => m.direction === 'in');
  if (!received) throw new Error('no received message');
  expect((await patch(lars, received.id, { visibility: 'internal' }, (await read(c.id)).etag)).status).toBe(403);
  expect((await patch(astrid, received.id, { text: 'changed' }, (await read(c.id)).etag)).status).toBe(403);
  const stale = (await read(c.id)).etag;
  const byAdmin = await patch(astrid, received.id, { visibility: 'internal', subject: 'Dishwasher (internal)' }, stale);
  expect([byAdmin.status, byAdmin.text]).toEqual([200, expect.any(String)]);
  expect(field(byAdmin.body, 'message', 'text')).toBe(received.text);
  expect(field<Array<{ field: string }>>(byAdmin.body, 'message', 'edits').map((e) => e.field)).toEqual(['visibility', 'subject']);
  expect((await patch(astrid, received.id, { subject: 'again' }, stale)).status).toBe(412);
  const listed = await call(server.baseUrl, 'GET', `/api/records/${c.id}/conversations`, { token: lars });
  const shown = field<Array<{ messages: Array<{ id: string; visibility: string; edits?: unknown[] }> }>>(listed.body, 'items').flatMap((x) => x.messages).find((m) => m.id === received.id);
  expect([shown?.visibility, shown?.edits?.length]).toEqual(['internal', 2]);
  expect((await timelineOf(server, lars, c.id)).filter((e) => e.kind === 'messageEdited')).toHaveLength(3);
});

test('a case from the phone (no e-mail thread) gets a new e-mail conversation for the reply', async () => {
  // case-001: Jens Sørensen, owned by Mads (team DK), no conversation yet.
  const before = await read('case-001', mads);
  const res = await post('/api/records/case-001/reply', mads, { text: 'Hej Jens, printeren er klar.' }, { 'if-match': before.etag });
  expect([res.status, res.text]).toEqual([201, expect.any(String)]);
  const conversations = await conversationsOf(server, mads, 'case-001');
  expect(conversations.map((c) => c.channel)).toEqual(['email']);
  await server.app.mailIdle();
  const [sent] = await outboxTo(server, 'jens.sorensen@nordlys.example');
  const mime = await parseRaw(sent?.raw ?? '');
  expect(mime.subject).toBe(`[${before.number}] Printer offline on 3rd floor`);
  expect(mime.from?.address).toBe('support@contoso.example');
  expect(mime.from?.name).toContain('Mads Nielsen');
});

test('reply templates: seeded, admin-only changes, unknown placeholders refused, rendered for the case in the caller\'s language', async () => {
  const list = await call(server.baseUrl, 'GET', '/api/reply-templates', { token: mads });
  expect(field<Array<{ id: string }>>(list.body, 'items').map((t) => t.id).sort()).toEqual(['tpl-solved', 'tpl-thanks']);
  const input = { name: 'Test', texts: { en: { body: 'Hi {{person.name}}' }, da: { body: 'Hej {{kunde.navn}}' } } };
  expect((await post('/api/reply-templates', mads, input)).status).toBe(403);
  const bad = await post('/api/reply-templates', astrid, input);
  expect(bad.status).toBe(400);
  expect(field<Array<{ path: string; message: string }>>(bad.body, 'errors')).toEqual([expect.objectContaining({ path: 'texts.da.body', message: expect.stringContaining('{{kunde.navn}}') })]);
  // Text only: a reply's subject is always its thread's, so a template subject is refused (it could never be used).
  expect((await post('/api/reply-templates', astrid, { name: 'Test', texts: { da: { subject: 'Sag', body: 'Hej' } } })).status).toBe(400);
  const created = await post('/api/reply-templates', astrid, { name: 'Test', texts: { da: { body: 'Hej {{person.firstName}}, {{agent.name}} her ({{record.number}}).' } } });
  expect(created.status).toBe(201);
  const id = field<string>(created.body, 'id');
  const number = (await read('case-002')).number;
  const rendered = await call(server.baseUrl, 'POST', `/api/records/case-002/reply-templates/${id}/render`, { token: mads, headers: { 'accept-language': 'da' } });
  expect(rendered.body).toEqual({ locale: 'da', text: `Hej Mette, Mads Nielsen her (${number}).` });
  const seeded = await call(server.baseUrl, 'POST', '/api/records/case-002/reply-templates/tpl-thanks/render', { token: mads, headers: { 'accept-language': 'sv' } });
  expect(field<string>(seeded.body, 'text')).toContain('Hej Mette Rasmussen');
  expect(Object.keys(seeded.body ?? {}).sort()).toEqual(['locale', 'text']);
  const listed = field<Array<{ id: string; texts: Record<string, object> }>>(list.body, 'items').find((x) => x.id === 'tpl-thanks');
  expect(Object.keys(listed?.texts.en ?? {})).toEqual(['body']);
  const renamed = await call(server.baseUrl, 'PUT', `/api/reply-templates/${id}`, { token: astrid, body: { ...input, texts: { en: { body: 'Bye {{agent.name}}' } } } });
  expect(renamed.status).toBe(200);
  expect((await call(server.baseUrl, 'DELETE', `/api/reply-templates/${id}`, { token: mads })).status).toBe(403);
  expect((await call(server.baseUrl, 'DELETE', `/api/reply-templates/${id}`, { token: astrid })).status).toBe(204);
  expect((await call(server.baseUrl, 'POST', `/api/records/case-002/reply-templates/${id}/render`, { token: mads })).status).toBe(404);
  expect((await call(server.baseUrl, 'GET', '/api/reply-templates', { token: nora })).body).toMatchObject({ items: [] });
});
