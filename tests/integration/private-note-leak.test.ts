/**
 * THE LEAK TEST (J5): Mads writes a private note with a unique marker on a case that has
 * conversations, a connected chat with cards, notifications and a delegate. Then every other user
 * of the tenant (delegate, manager, administrator included) and another tenant's administrator
 * collects every answer they can get — every GET route the OpenAPI document lists (each queue
 * view, the record, all timeline pages with hidden entries, conversations, audit, chats), search
 * by the marker, the message extension's link card and search, the Teams sandbox's chats and
 * feeds — and the marker is in none of them; nor is it in any container but `privatenotes`.
 * Mads himself sees it in his timeline and his list (so the test can fail).
 */
import { z } from 'zod';
import { call, demoUsers, field, tokenFor } from '../fixtures/api-client';
import { addDelegate, delegatorIds } from '../fixtures/delegation';
import { startServer, type TestServer } from '../fixtures/server';
import { invokeActivity } from '../fixtures/teams-notify';
import { CONTOSO, DEMO_USERS, FABRIKAM } from '../../bot/src/sandbox/demo-data';

const RECORD = 'case-001';
const MARKER = `zqxleak${Date.now().toString(36)}`;
const NOTE = `Remember ${MARKER}: the customer's spouse is their CEO`;
const OTHERS = ['Astrid Holm', 'Sofie Kristensen', 'Erik Lindqvist', 'Ingrid Johansson', 'Lars Andersen', 'Karin Berg', 'Oskar Svensson', 'Nora Hansen'] as const;

let server: TestServer;
let mads: string;
let chatId = '';
beforeAll(async () => {
  server = await startServer({ env: { CASEBRIDGE_ALLOWED_SERVICE_URLS: 'http://127.0.0.1:9/' } });
  mads = await tokenFor(server.baseUrl, 'Mads Nielsen');
  const sofie = await tokenFor(server.baseUrl, 'Sofie Kristensen');
  // Sofie is Mads's delegate: she acts for him, yet his private note is never hers to see.
  await addDelegate(server.baseUrl, mads, DEMO_USERS.sofie);
  expect(await delegatorIds(server.baseUrl, sofie)).toContain(DEMO_USERS.mads);
  const api = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => call(server.baseUrl, method, path, { token: mads, body, headers });
  const note = await api('POST', `/api/records/${RECORD}/notes`, { text: NOTE, private: true }, { 'idempotency-key': 'leak-private-note-1' });
  expect(note.status).toBe(201);
  // Everything that happens on the case afterwards has every chance to carry the note along:
  // a connected chat with its intro card, a shared internal note, a favorite, a transfer with its notification.
  const chat = await api('POST', `/api/records/${RECORD}/chats`, { memberIds: [DEMO_USERS.sofie, DEMO_USERS.lars] }, { 'idempotency-key': 'leak-chat-1' });
  expect(chat.status).toBeLessThan(300);
  chatId = field<string>(chat.body, 'chatId');
  const record = await api('GET', `/api/records/${RECORD}`);
  const shared = await api('POST', `/api/records/${RECORD}/notes`, { text: 'A shared note after the private one' }, { 'if-match': record.headers.get('etag') ?? '' });
  expect(shared.status).toBe(201);
  expect((await api('PUT', `/api/records/${RECORD}/favorite`)).status).toBe(204);
  await server.app.notifySweep();
  await server.app.cardUpdates();
}, 120_000);
afterAll(() => server.stop(), 60_000);

interface Answer { what: string; status: number; text: string }

const OpenApi = z.object({ paths: z.record(z.string(), z.looseObject({ get: z.looseObject({ parameters: z.array(z.looseObject({ name: z.string(), in: z.string(), schema: z.looseObject({ enum: z.array(z.string()).optional() }).optional() })).optional() }).optional() })) });

/** Every GET path of the OpenAPI document, with each way to fill its path parameters (those it cannot fill are reported). */
async function getPaths(): Promise<{ paths: string[]; unfilled: string[] }> {
  const doc = OpenApi.parse((await call(server.baseUrl, 'GET', '/api/openapi.json')).body);
  const known: Record<string, string[]> = { id: [RECORD], chatId: [chatId], type: ['case'], userId: [DEMO_USERS.mads], recordType: ['case'] };
  const paths: string[] = [];
  const unfilled: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!item.get || !path.startsWith('/api/')) continue;
    const params = (item.get.parameters ?? []).filter((p) => p.in === 'path');
    let filled = [path];
    for (const p of params) {
      const values = p.schema?.enum ?? known[p.name];
      if (!values) {
        unfilled.push(path);
        filled = [];
        break;
      }
      filled = filled.flatMap((f) => values.map((v) => f.replace(`{${p.name}}`, encodeURIComponent(v))));
    }
    paths.push(...filled);
  }
  return { paths, unfilled };
}

/** Every page of a paged answer (the continuation followed), as one text. */
async function allPagesOf(token: string, path: string): Promise<Answer[]> {
  const answers: Answer[] = [];
  let continuation: string | null = null;
  for (let n = 0; n < 50; n++) {
    const sep = path.includes('?') ? '&' : '?';
    const res = await call(server.baseUrl, 'GET', `${path}${continuation ? `${sep}continuation=${encodeURIComponent(continuation)}` : ''}`, { token });
    answers.push({ what: `GET ${path} #${n}`, status: res.status, text: res.text });
    const next: unknown = res.status === 200 && typeof res.body === 'object' && res.body !== null ? Reflect.get(res.body, 'continuation') : null;
    continuation = typeof next === 'string' ? next : null;
    if (!continuation) break;
  }
  return answers;
}

/** What a person's Teams client would post to the bot: the link unfurl and the case search by the marker. */
async function teamsAnswers(oid: string, tenantId: string): Promise<Answer[]> {
  const user = { tenantId, oid };
  const link = `${server.app.config.publicUrl}/records/case/${RECORD}`;
  const answers: Answer[] = [];
  for (const [what, name, value] of [
    ['queryLink', 'composeExtension/queryLink', { url: link }],
    ['query marker', 'composeExtension/query', { commandId: 'searchCases', parameters: [{ name: 'query', value: MARKER }], queryOptions: { skip: 0, count: 25 } }],
    ['query initial', 'composeExtension/query', { commandId: 'searchCases', parameters: [{ name: 'initialRun', value: 'true' }], queryOptions: { skip: 0, count: 25 } }],
  ] as const) {
    const res = await call(server.baseUrl, 'POST', '/api/messages', { body: invokeActivity(name, value, user) });
    answers.push({ what, status: res.status, text: res.text });
  }
  return answers;
}

/** Everything a person can get about the record and in general. */
async function everything(displayName: string): Promise<Answer[]> {
  const users = await demoUsers(server.baseUrl);
  const user = users.get(displayName);
  if (!user) throw new Error(`no ${displayName}`);
  const token = await tokenFor(server.baseUrl, displayName);
  const { paths } = await getPaths();
  const answers: Answer[] = [];
  for (const path of paths) answers.push(...(await allPagesOf(token, path)));
  for (const path of [
    `/api/records/${RECORD}/timeline?hidden=include&limit=5`,
    `/api/records/${RECORD}/timeline?kinds=privateNote`,
    `/api/records?q=${MARKER}`,
    `/api/records?q=${encodeURIComponent(`spouse ${MARKER}`)}`,
    `/api/records/${RECORD}/notes/private`,
  ]) answers.push(...(await allPagesOf(token, path)));
  answers.push(...(await teamsAnswers(user.id, user.tenantId)));
  return answers;
}

/** The Teams sandbox: every chat's messages as each member sees them, and every person's activity feed. */
async function sandboxTexts(): Promise<Answer[]> {
  const answers: Answer[] = [];
  const users = [...(await demoUsers(server.baseUrl)).values()];
  for (const tenantId of [CONTOSO, FABRIKAM]) {
    const chats = await call(server.baseUrl, 'GET', `/sandbox/api/chats?tenantId=${tenantId}`);
    answers.push({ what: `sandbox chats ${tenantId}`, status: chats.status, text: chats.text });
    const list = z.object({ chats: z.array(z.looseObject({ id: z.string(), members: z.array(z.looseObject({ userId: z.string() })) })) }).parse(chats.body);
    for (const chat of list.chats) {
      for (const member of chat.members) {
        const view = await call(server.baseUrl, 'GET', `/sandbox/api/chats/${encodeURIComponent(chat.id)}?as=${member.userId}`);
        answers.push({ what: `sandbox chat ${chat.id} as ${member.userId}`, status: view.status, text: view.text });
      }
    }
  }
  for (const u of users) {
    const feed = await call(server.baseUrl, 'GET', `/sandbox/api/activity?userId=${u.id}`);
    answers.push({ what: `feed ${u.displayName}`, status: feed.status, text: feed.text });
  }
  return answers;
}

const leaks = (answers: Answer[]) => answers.filter((a) => a.text.includes(MARKER) || a.text.includes('spouse is their CEO')).map((a) => a.what);

test('the OpenAPI document lists the routes the collector walks (a record\'s, the queues\', the timeline\'s), with few it cannot fill', async () => {
  const { paths, unfilled } = await getPaths();
  for (const expected of [`/api/records/${RECORD}`, `/api/records/${RECORD}/timeline`, `/api/records/${RECORD}/conversations`, `/api/records/${RECORD}/audit`, '/api/queues/mine', '/api/queues/flagged']) expect(paths).toContain(expected);
  // Only routes under another resource's id (attachments, templates, sessions…) are left: none takes a record alone.
  for (const path of unfilled) expect(path).toMatch(/\{(?!id\})/);
  expect(paths.length).toBeGreaterThan(30);
});

test.each(OTHERS)('%s never gets the private note through any API answer, search, card or Teams answer', async (name) => {
  const answers = await everything(name);
  expect(leaks(answers)).toEqual([]);
  // The collector did reach the record (so it would have seen a leak): CONTOSO's people read case-001, Nora gets 404s.
  const record = answers.find((a) => a.what === `GET /api/records/${RECORD} #0`);
  expect(record?.status).toBe(name === 'Nora Hansen' ? 404 : 200);
  if (name !== 'Nora Hansen') expect(answers.some((a) => a.status === 200 && a.text.includes('Printer offline on 3rd floor'))).toBe(true);
  // Search by the note's words does not even find the record.
  const search = answers.find((a) => a.what === `GET /api/records?q=${MARKER} #0`);
  expect(search?.text).not.toContain(RECORD);
}, 120_000);

test('the Teams sandbox (every chat as each member sees it, every feed) never carries it', async () => {
  const answers = await sandboxTexts();
  expect(answers.some((a) => a.text.includes(chatId))).toBe(true);
  expect(leaks(answers)).toEqual([]);
}, 120_000);

test('stored apart: no container but privatenotes holds it (not conversations, search terms, timeline, audit, notifications)', async () => {
  const database = server.app.store.database;
  const { resources } = await database.containers.readAll().fetchAll();
  const holding: string[] = [];
  for (const c of resources) {
    const { resources: items } = await database.container(c.id).items.query('SELECT * FROM c').fetchAll();
    if (JSON.stringify(items).includes(MARKER)) holding.push(c.id);
  }
  expect(holding).toEqual(['privatenotes']);
}, 120_000);

test('a delegate\'s own private note on the delegator\'s case is hers: Mads (the delegator) never gets it', async () => {
  const sofie = await tokenFor(server.baseUrl, 'Sofie Kristensen');
  const hers = `Sofie's memo ${MARKER}x about Mads's customer`;
  expect((await call(server.baseUrl, 'POST', `/api/records/${RECORD}/notes`, { token: sofie, body: { text: hers, private: true } })).status).toBe(201);
  const answers = await everything('Mads Nielsen');
  expect(answers.filter((a) => a.text.includes(`${MARKER}x`)).map((a) => a.what)).toEqual([]);
  const own = await call(server.baseUrl, 'GET', `/api/records/${RECORD}/notes/private`, { token: sofie });
  expect(field<Array<{ text: string }>>(own.body, 'items').map((n) => n.text)).toEqual([hers]);
}, 120_000);

test('Mads himself sees it: in his timeline (kind privateNote) and in his list; search does not find the record by it even for him', async () => {
  const timeline = await call(server.baseUrl, 'GET', `/api/records/${RECORD}/timeline`, { token: mads });
  const items = field<Array<{ kind: string; text: string | null }>>(timeline.body, 'items');
  expect(items.filter((i) => i.kind === 'privateNote').map((i) => i.text)).toEqual([NOTE]);
  const list = await call(server.baseUrl, 'GET', `/api/records/${RECORD}/notes/private`, { token: mads });
  expect(field<Array<{ text: string }>>(list.body, 'items').map((n) => n.text)).toEqual([NOTE]);
  const search = await call(server.baseUrl, 'GET', `/api/records?q=${MARKER}`, { token: mads });
  expect(search.status).toBe(200);
  expect(field<unknown[]>(search.body, 'items')).toEqual([]);
});
