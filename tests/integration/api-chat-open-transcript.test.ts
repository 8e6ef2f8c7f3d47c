/**
 * Issue 10 items 1 and 6 over HTTP against the real local-mode server and its Teams sandbox: every
 * chat view carries where "Open in Teams" goes (the sandbox's chat page in local mode), the panel
 * its members and last activity; a timeline "last message" shows its opening words only where the
 * record's type keeps transcripts, and a reader who may not read the record gets nothing.
 */
import { z } from 'zod';
import { call, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { chatOpenUrl } from '../../bot/src/http/presenters';

let server: TestServer;
let mads: string; // agent DK, owner of case-001 and wo-001
let oskar: string; // reader: cases only, no work orders
let astrid: string; // admin

beforeAll(async () => {
  server = await startServer();
  mads = await tokenFor(server.baseUrl, 'Mads Nielsen');
  oskar = await tokenFor(server.baseUrl, 'Oskar Svensson');
  astrid = await tokenFor(server.baseUrl, 'Astrid Holm');
}, 120_000);
afterAll(() => server.stop(), 60_000);

const Connection = z.object({
  chatId: z.string(),
  kind: z.string(),
  openUrl: z.string().nullable(),
  members: z.array(z.object({ id: z.string(), displayName: z.string() })).nullable(),
  lastActivity: z.string().nullable(),
});
const Entry = z.object({ id: z.string(), kind: z.string(), at: z.string(), chatId: z.string().nullable(), openUrl: z.string().nullable(), text: z.string().nullable() });

const create = async (recordId: string, memberIds: string[], key: string) => {
  const res = await call(server.baseUrl, 'POST', `/api/records/${recordId}/chats`, { token: mads, body: { memberIds }, headers: { 'idempotency-key': key } });
  expect(res.status).toBe(201);
  return Connection.parse(res.body);
};

async function post(chatId: string, userId: string, text: string): Promise<void> {
  const res = await call(server.baseUrl, 'POST', `/sandbox/api/chats/${encodeURIComponent(chatId)}/messages`, { body: { userId, text } });
  expect(res.status).toBeLessThan(300);
}

/** The timeline's last-message entry of the chat, once the bot has seen a message there. */
async function lastMessage(token: string, recordId: string, chatId: string, ready: (e: z.infer<typeof Entry>) => boolean = () => true) {
  for (let i = 0; i < 100; i++) {
    const res = await call(server.baseUrl, 'GET', `/api/records/${recordId}/timeline`, { token });
    const entry = z.array(Entry).parse(field(res.body, 'items')).find((e) => e.kind === 'lastMessage' && e.chatId === chatId);
    if (entry && ready(entry)) return entry;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no last message of ${chatId} on ${recordId}`);
}

async function setTranscripts(type: string, enabled: boolean): Promise<void> {
  const settings = await call(server.baseUrl, 'GET', `/api/settings/${type}`, { token: astrid });
  const res = await call(server.baseUrl, 'PATCH', `/api/settings/${type}`, { token: astrid, body: { transcript: { enabled } }, headers: { 'if-match': settings.headers.get('etag') ?? '' } });
  expect(res.status).toBe(200);
  await new Promise((r) => setTimeout(r, 50));
}

const sandboxPage = (chatId: string, viewer: string) => `/sandbox/chats/${encodeURIComponent(chatId)}?as=${viewer}`;

test('C1: connected chats, other chats and timeline chat entries open the sandbox chat page; the panel shows members and last activity', async () => {
  const chat = await create('case-001', [DEMO_USERS.sofie], 'open-in-teams-1');
  expect(chat.openUrl).toBe(sandboxPage(chat.chatId, DEMO_USERS.mads));
  // The address is the sandbox's real page of that chat.
  const page = await call(server.baseUrl, 'GET', chat.openUrl ?? '');
  expect(page.status).toBe(200);
  expect(page.text).toContain(`data-chat="${chat.chatId}"`);

  await post(chat.chatId, DEMO_USERS.sofie, 'Hello from Sofie');
  const entry = await lastMessage(mads, 'case-001', chat.chatId);
  const panel = await call(server.baseUrl, 'GET', '/api/records/case-001/chats', { token: mads });
  const connected = z.array(Connection).parse(field(panel.body, 'connected')).find((c) => c.chatId === chat.chatId);
  expect(connected?.openUrl).toBe(sandboxPage(chat.chatId, DEMO_USERS.mads));
  expect(connected?.members?.map((m) => m.displayName).sort()).toEqual(['Mads Nielsen', 'Sofie Kristensen']);
  expect(connected?.lastActivity).toBe(entry.at);

  // The timeline's chat entries carry the same link.
  expect(entry.openUrl).toBe(sandboxPage(chat.chatId, DEMO_USERS.mads));
  const items = z.array(Entry).parse(field((await call(server.baseUrl, 'GET', '/api/records/case-001/timeline', { token: mads })).body, 'items'));
  expect(items.find((e) => e.kind === 'chatConnected' && e.chatId === chat.chatId)?.openUrl).toBe(sandboxPage(chat.chatId, DEMO_USERS.mads));
  expect(items.filter((e) => e.chatId === null).every((e) => e.openUrl === null)).toBe(true);

  // "Your other chats" of another record offer it too.
  const others = await call(server.baseUrl, 'GET', '/api/records/case-002/chats/others', { token: mads });
  const all = [...field<Array<{ chatId: string; openUrl: string | null }>>(others.body, 'connectedElsewhere'), ...field<Array<{ chatId: string; openUrl: string | null }>>(others.body, 'recent')];
  expect(all.length).toBeGreaterThan(0);
  for (const c of all) expect(c.openUrl).toBe(sandboxPage(c.chatId, DEMO_USERS.mads));
}, 60_000);

test('C1: in azure mode the links are Teams deep links (chats; channels of a known team)', () => {
  const ctx = { mode: 'azure' as const, tenantId: 'tenant-1', viewerId: 'u' };
  expect(chatOpenUrl({ kind: 'chat', chatId: '19:abc@thread.v2', teamId: null, name: null }, ctx)).toBe('https://teams.microsoft.com/l/chat/19%3Aabc%40thread.v2/0?tenantId=tenant-1');
  expect(chatOpenUrl({ kind: 'channel', chatId: '19:ch@thread.tacv2', teamId: 'team-1', name: 'Escalation desk' }, ctx)).toBe(
    'https://teams.microsoft.com/l/channel/19%3Ach%40thread.tacv2/Escalation%20desk?groupId=team-1&tenantId=tenant-1',
  );
  expect(chatOpenUrl({ kind: 'channel', chatId: '19:ch@thread.tacv2', teamId: null, name: 'x' }, ctx)).toBeNull();
});

test('E6: a last message shows its opening words only where the type keeps transcripts, to those who may read the record', async () => {
  await setTranscripts('workorder', true);
  try {
    const chat = await create('wo-001', [DEMO_USERS.sofie], 'opening-words-1');
    const long = `Need the <b>spare part</b> &amp; a ladder: ${'the quick brown fox jumps over the lazy dog '.repeat(5)}`;
    await post(chat.chatId, DEMO_USERS.sofie, long);
    const entry = await lastMessage(mads, 'wo-001', chat.chatId, (e) => e.text !== null);
    expect(entry.text?.startsWith('Need the spare part & a ladder: the quick brown fox')).toBe(true);
    expect(entry.text?.length).toBe(120);
    expect(entry.text?.endsWith('…')).toBe(true);
    expect(entry.text).not.toContain('<');

    // The same chat connected to a case (transcripts off for cases): no text there, to anyone.
    const connect = await call(server.baseUrl, 'POST', '/api/records/case-002/chats/connect', { token: mads, body: { chatId: chat.chatId } });
    expect(connect.status).toBe(201);
    expect((await lastMessage(mads, 'case-002', chat.chatId)).text).toBeNull();
    expect((await lastMessage(oskar, 'case-002', chat.chatId)).text).toBeNull();

    // A reader who may not read the work order gets neither the timeline nor the transcript.
    expect((await call(server.baseUrl, 'GET', '/api/records/wo-001/timeline', { token: oskar })).status).toBe(404);
    expect((await call(server.baseUrl, 'GET', `/api/records/wo-001/chats/${encodeURIComponent(chat.chatId)}/transcript`, { token: oskar })).status).toBe(404);

    // Turned off: the text goes with it.
    await setTranscripts('workorder', false);
    expect((await lastMessage(mads, 'wo-001', chat.chatId)).text).toBeNull();
  } finally {
    await setTranscripts('workorder', false);
  }
}, 60_000);
