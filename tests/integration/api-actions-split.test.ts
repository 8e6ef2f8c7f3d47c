/**
 * H3 split over HTTP on the real local server, with real mail over its SMTP port: a customer's
 * second mail on a case is split into a new case (title, owner, status from the dialog), the
 * timelines link both ways, and the customer's reply on the moved mail's thread lands in the new
 * case. Refusals: all messages, another case's message, a stale ETag, no write privilege.
 */
import { randomUUID } from 'node:crypto';
import { call, demoUsers, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { bare, conversationsOf, sendMail, timelineOf } from '../fixtures/mail-client';

let server: TestServer;
let lars: string;

beforeAll(async () => {
  server = await startServer();
  lars = await tokenFor(server.baseUrl, 'Lars Andersen');
}, 120_000);
afterAll(() => server?.stop(), 60_000);

/** The newest record whose title holds `tag` (without relying on text search). */
async function recordWith(tag: string): Promise<{ id: string; title: string }> {
  const res = await call(server.baseUrl, 'GET', '/api/records?limit=100&type=case', { token: lars });
  const found = field<Array<{ id: string; title: string }>>(res.body, 'items').find((r) => r.title.includes(tag));
  if (!found) throw new Error(`no record with ${tag}`);
  return found;
}

const messageIds = async (recordId: string) => (await conversationsOf(server, lars, recordId)).flatMap((c) => c.messages.map((m) => m.id));

test('split moves the chosen mail to a new case; a reply on its thread lands there', async () => {
  const tag = `s${randomUUID().slice(0, 8)}`;
  const from = `Kunde ${tag} <${tag}@kunde.example>`;
  const first = await sendMail(server, { from, subject: `Printer jam ${tag}`, text: 'The printer jams.' });
  const source = await recordWith(tag);
  const second = await sendMail(server, {
    from, subject: `Also the scanner ${tag}`, text: 'Another thing: the scanner is broken too.',
    inReplyTo: first.messageId, references: [first.messageId],
  });
  const [thread] = await conversationsOf(server, lars, source.id);
  const secondMessage = thread?.messages.find((m) => m.mail?.messageId === bare(second.messageId));
  if (!secondMessage) throw new Error(`the second mail is not on the case: ${JSON.stringify(thread)}`);
  const allIds = await messageIds(source.id);
  expect(allIds.length).toBeGreaterThanOrEqual(3); // the first mail, its acknowledgement, the second mail

  const read = await call(server.baseUrl, 'GET', `/api/records/${source.id}`, { token: lars });
  const etag = read.headers.get('etag') ?? '';
  const sofie = (await demoUsers(server.baseUrl)).get('Sofie Kristensen')?.id ?? '';
  const split = (body: unknown, ifMatch = etag, token = lars) =>
    call(server.baseUrl, 'POST', `/api/records/${source.id}/split`, { token, body, headers: { 'if-match': ifMatch } });

  // Refusals write nothing.
  const all = await split({ messageIds: allIds, title: 'Everything' });
  expect(all.status).toBe(400);
  expect(field(all.body, 'errors')).toEqual([expect.objectContaining({ path: 'messageIds' })]);
  const foreign = await split({ messageIds: [secondMessage.id, 'not-on-this-case'], title: 'Foreign' });
  expect(field(foreign.body, 'errors')).toEqual([expect.objectContaining({ path: 'messageIds' })]);
  expect((await split({ messageIds: [secondMessage.id], title: '' })).status).toBe(400);
  expect((await split({ messageIds: [secondMessage.id], title: 'Stale' }, '"c3RhbGU"')).status).toBe(412);
  expect((await split({ messageIds: [secondMessage.id], title: 'Reader' }, etag, await tokenFor(server.baseUrl, 'Oskar Svensson'))).status).toBe(403);
  expect((await split({ messageIds: [secondMessage.id], title: 'Other tenant' }, etag, await tokenFor(server.baseUrl, 'Nora Hansen'))).status).toBe(404);
  expect(await messageIds(source.id)).toEqual(allIds);

  const created = await split({ messageIds: [secondMessage.id], title: `Scanner broken ${tag}`, ownerId: sofie, status: 'new' });
  expect(created.status).toBe(201);
  const newId = field<string>(created.body, 'id');
  expect(created.headers.get('location')).toBe(`/api/records/${newId}`);
  expect(created.body).toEqual(expect.objectContaining({ title: `Scanner broken ${tag}`, status: 'new', owner: { id: sofie, displayName: 'Sofie Kristensen' } }));
  expect(await messageIds(newId)).toEqual([secondMessage.id]);
  expect(await messageIds(source.id)).toEqual(allIds.filter((id) => id !== secondMessage.id));
  expect((await timelineOf(server, lars, source.id)).filter((e) => e.kind === 'caseSplit')).toEqual([expect.objectContaining({ linkedRecordId: newId })]);
  expect((await timelineOf(server, lars, newId)).filter((e) => e.kind === 'caseSplit')).toEqual([expect.objectContaining({ linkedRecordId: source.id })]);
  const audit = await call(server.baseUrl, 'GET', `/api/records/${newId}/audit`, { token: lars });
  expect(field(audit.body, 'items')).toEqual([expect.objectContaining({ action: 'split', newValue: { recordId: newId, messageIds: [secondMessage.id] } })]);

  // A retry of the same split (same choice, same ETag) answers the same case.
  const retried = await split({ messageIds: [secondMessage.id], title: `Scanner broken ${tag}`, ownerId: sofie, status: 'new' });
  expect([retried.status, field(retried.body, 'id')]).toEqual([201, newId]);

  // The customer answers their second mail (no case number in the subject): it threads into the new case.
  const reply = await sendMail(server, {
    from, subject: `Re: Also the scanner ${tag}`, text: 'Here is the scanner model: X200.',
    inReplyTo: second.messageId, references: [first.messageId, second.messageId],
  });
  const onNew = (await conversationsOf(server, lars, newId)).flatMap((c) => c.messages.map((m) => m.mail?.messageId));
  expect(onNew).toEqual(expect.arrayContaining([bare(second.messageId), bare(reply.messageId)]));
  const onSource = (await conversationsOf(server, lars, source.id)).flatMap((c) => c.messages.map((m) => m.mail?.messageId));
  expect(onSource).not.toContain(bare(reply.messageId));
});
