/**
 * Connected chats over HTTP against the real local-mode server: the app's Graph adapter and bot
 * talk to the local Teams sandbox, exactly as they would to Teams.
 */
import { z } from 'zod';
import { call, demoUsers, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';

let server: TestServer;
let mads: string; // agent DK, owner of case-001 and wo-001
let sofie: string; // agent DK
let oskar: string; // reader
let astrid: string; // admin

const PRINTER_CHAT = '19:5eed00000000000000000000000c0a01@thread.v2'; // Mads, Sofie, Astrid
const NORDIC_CHAT = '19:5eed00000000000000000000000c0a02@thread.v2'; // Mads is not in it
const ONE_ON_ONE = `19:${DEMO_USERS.mads}_${DEMO_USERS.sofie}@unq.gbl.spaces`;
const DK_TEAM = '5eed7ea0-0000-4000-8000-0000000000d1';
const DK_ESCALATION = '19:5eed000000000000000000000000dc02@thread.tacv2';

const SandboxChat = z.object({
  topic: z.string().nullable(),
  appInstalled: z.boolean(),
  members: z.array(z.object({ userId: z.string() })),
  messages: z.array(z.object({ kind: z.string(), text: z.string(), attachments: z.array(z.object({ contentType: z.string(), content: z.unknown() })) })),
});

beforeAll(async () => {
  server = await startServer();
  mads = await tokenFor(server.baseUrl, 'Mads Nielsen');
  sofie = await tokenFor(server.baseUrl, 'Sofie Kristensen');
  oskar = await tokenFor(server.baseUrl, 'Oskar Svensson');
  astrid = await tokenFor(server.baseUrl, 'Astrid Holm');
}, 120_000);
afterAll(() => server.stop(), 60_000);

async function sandboxChat(chatId: string) {
  return SandboxChat.parse((await call(server.baseUrl, 'GET', `/sandbox/api/chats/${encodeURIComponent(chatId)}`)).body);
}

/** Waits until the bot has posted `count` messages in the chat (activities are delivered asynchronously). */
async function botMessages(chatId: string, count: number) {
  for (let i = 0; i < 100; i++) {
    const chat = await sandboxChat(chatId);
    const bot = chat.messages.filter((m) => m.kind === 'bot');
    if (bot.length >= count) return bot;
    await new Promise((r) => setTimeout(r, 50));
  }
  return (await sandboxChat(chatId)).messages.filter((m) => m.kind === 'bot');
}

const create = (token: string, recordId: string, body: unknown, key?: string) =>
  call(server.baseUrl, 'POST', `/api/records/${recordId}/chats`, { token, body, headers: key ? { 'idempotency-key': key } : {} });

test('C2: a new connected chat is created in Teams, named after the record, with the app and one intro card', async () => {
  const ingrid = (await demoUsers(server.baseUrl)).get('Ingrid Johansson')?.id ?? '';
  const res = await create(mads, 'case-001', { memberIds: [ingrid] }, 'c2-first-chat');
  expect(res.status).toBe(201);
  expect(res.body).toMatchObject({ kind: 'chat', name: 'CAS-01001 · Printer offline on 3rd floor', connectedBy: { displayName: 'Mads Nielsen' }, isMember: true, canDisconnect: true });
  const chatId = field<string>(res.body, 'chatId');
  const chat = await sandboxChat(chatId);
  expect(chat.topic).toBe('CAS-01001 · Printer offline on 3rd floor');
  expect(chat.appInstalled).toBe(true);
  expect(chat.members.map((m) => m.userId).sort()).toEqual([DEMO_USERS.mads, ingrid].sort());
  const [intro, ...more] = await botMessages(chatId, 1);
  await new Promise((r) => setTimeout(r, 300));
  expect(more).toEqual([]);
  expect((await botMessages(chatId, 1)).length).toBe(1); // the intro only: no welcome note on top
  const card = z.object({ body: z.array(z.object({ text: z.string().optional() })), actions: z.array(z.object({ url: z.string() })) }).parse(intro?.attachments[0]?.content);
  expect(card.body.map((b) => b.text)).toContain('CAS-01001 · Printer offline on 3rd floor');
  expect(card.actions[0]?.url).toBe(`${server.app.config.publicUrl}/records/case/case-001`);
  expect(JSON.stringify(card)).not.toContain('costEstimate');

  // A retry with the same key answers with the same chat and creates nothing.
  const before = (await call(server.baseUrl, 'GET', '/sandbox/api/chats')).text;
  const retry = await create(mads, 'case-001', { memberIds: [ingrid] }, 'c2-first-chat');
  expect(retry.status).toBe(201);
  expect(field(retry.body, 'chatId')).toBe(chatId);
  expect(JSON.parse((await call(server.baseUrl, 'GET', '/sandbox/api/chats')).text).chats.length).toBe(JSON.parse(before).chats.length);

  const panel = await call(server.baseUrl, 'GET', '/api/records/case-001/chats', { token: mads });
  expect(field<Array<{ chatId: string }>>(panel.body, 'connected').map((c) => c.chatId)).toContain(chatId);
});

test('bad requests: no Idempotency-Key, no members, a reader, B1 off', async () => {
  expect((await create(mads, 'case-002', { memberIds: [DEMO_USERS.sofie] })).status).toBe(400);
  expect((await create(mads, 'case-002', { memberIds: [] }, 'c2-no-members')).status).toBe(400);
  expect((await create(mads, 'case-002', { memberIds: [DEMO_USERS.nora] }, 'c2-foreign-member')).status).toBe(400);
  const reader = await create(oskar, 'case-002', { memberIds: [DEMO_USERS.mads] }, 'c2-reader');
  expect(reader.status).toBe(403);
  const readerPanel = await call(server.baseUrl, 'GET', '/api/records/case-001/chats', { token: oskar });
  expect(field(readerPanel.body, 'refusal')).toBe('cannotWriteRecord');
  expect(field<Array<{ isMember: boolean }>>(readerPanel.body, 'connected')[0]?.isMember).toBe(false); // the lock of C1

  const settings = await call(server.baseUrl, 'GET', '/api/settings/workorder', { token: astrid });
  await call(server.baseUrl, 'PATCH', '/api/settings/workorder', { token: astrid, body: { teamsChat: false }, headers: { 'if-match': settings.headers.get('etag') ?? '' } });
  const off = await create(mads, 'wo-001', { memberIds: [DEMO_USERS.sofie] }, 'c2-type-off');
  expect(off.status).toBe(403);
  expect(field(off.body, 'detail')).toContain('turned off');
  const after = await call(server.baseUrl, 'GET', '/api/settings/workorder', { token: astrid });
  await call(server.baseUrl, 'PATCH', '/api/settings/workorder', { token: astrid, body: { teamsChat: true }, headers: { 'if-match': after.headers.get('etag') ?? '' } });
});

test('C3/C4: an existing group chat connects to two records; the one-on-one is refused with an offer', async () => {
  const first = await call(server.baseUrl, 'POST', '/api/records/case-013/chats/connect', { token: mads, body: { chatId: PRINTER_CHAT } });
  expect(first.status).toBe(201);
  const second = await call(server.baseUrl, 'POST', '/api/records/wo-001/chats/connect', { token: mads, body: { chatId: PRINTER_CHAT } });
  expect(second.status).toBe(201);
  // Again by the same person: idempotent; by someone else: 409.
  expect((await call(server.baseUrl, 'POST', '/api/records/wo-001/chats/connect', { token: mads, body: { chatId: PRINTER_CHAT } })).status).toBe(201);
  expect((await call(server.baseUrl, 'POST', '/api/records/wo-001/chats/connect', { token: sofie, body: { chatId: PRINTER_CHAT } })).status).toBe(409);
  for (const record of ['case-013', 'wo-001']) {
    const panel = await call(server.baseUrl, 'GET', `/api/records/${record}/chats`, { token: mads });
    expect(field<Array<{ chatId: string; name: string }>>(panel.body, 'connected').find((c) => c.chatId === PRINTER_CHAT)?.name).toBe('Printer fleet 3rd floor');
  }
  expect((await botMessages(PRINTER_CHAT, 2)).length).toBe(2); // one intro per record

  const others = await call(server.baseUrl, 'GET', '/api/records/case-004/chats/others', { token: mads });
  const elsewhere = field<Array<{ chatId: string; records: Array<{ number: string }> }>>(others.body, 'connectedElsewhere');
  expect(elsewhere.find((c) => c.chatId === PRINTER_CHAT)?.records.map((r) => r.number).sort()).toEqual(['CAS-01013', 'WO-01001']);
  expect(field<Array<{ chatType: string }>>(others.body, 'recent').every((c) => c.chatType === 'group')).toBe(true);

  const oneOnOne = await call(server.baseUrl, 'POST', '/api/records/case-004/chats/connect', { token: mads, body: { chatId: ONE_ON_ONE } });
  expect(oneOnOne.status).toBe(422);
  expect(field(oneOnOne.body, 'offer')).toEqual({ action: 'newConnectedChat', memberIds: [DEMO_USERS.sofie] });
  const notMine = await call(server.baseUrl, 'POST', '/api/records/case-004/chats/connect', { token: mads, body: { chatId: NORDIC_CHAT } });
  expect([403, 404]).toContain(notMine.status);
});

test('C5: someone without the right cannot disconnect (API refuses); the owner can', async () => {
  await call(server.baseUrl, 'POST', '/api/records/case-014/chats/connect', { token: mads, body: { chatId: PRINTER_CHAT } });
  const sofiePanel = await call(server.baseUrl, 'GET', '/api/records/case-014/chats', { token: sofie });
  expect(field<Array<{ canDisconnect: boolean }>>(sofiePanel.body, 'connected')[0]?.canDisconnect).toBe(false);
  const path = `/api/records/case-014/chats/${encodeURIComponent(PRINTER_CHAT)}`;
  expect((await call(server.baseUrl, 'DELETE', path, { token: sofie })).status).toBe(403);
  expect((await call(server.baseUrl, 'DELETE', path, { token: mads })).status).toBe(204);
  expect((await call(server.baseUrl, 'DELETE', path, { token: mads })).status).toBe(404);
  expect(field<unknown[]>((await call(server.baseUrl, 'GET', '/api/records/case-014/chats', { token: mads })).body, 'connected')).toEqual([]);
});

test('C6: participants are added with the whole history', async () => {
  const res = await create(mads, 'case-015', { memberIds: [DEMO_USERS.sofie] }, 'c6-participants');
  const chatId = field<string>(res.body, 'chatId');
  const added = await call(server.baseUrl, 'POST', `/api/records/case-015/chats/${encodeURIComponent(chatId)}/members`, { token: mads, body: { memberIds: [DEMO_USERS.lars] } });
  expect(added.status).toBe(204);
  const detail = z.object({ members: z.array(z.object({ userId: z.string(), visibleHistoryStartDateTime: z.string().nullable().optional() })) })
    .parse((await call(server.baseUrl, 'GET', `/sandbox/api/chats/${encodeURIComponent(chatId)}`)).body);
  expect(detail.members.find((m) => m.userId === DEMO_USERS.lars)?.visibleHistoryStartDateTime).toBe('0001-01-01T00:00:00Z');
});

test('C7: a channel of a team the user is in can be connected, or a new one created', async () => {
  const teams = await call(server.baseUrl, 'GET', '/api/me/teams', { token: mads });
  expect(field<Array<{ id: string }>>(teams.body, 'items').map((t) => t.id)).toEqual([DK_TEAM]);
  const channels = await call(server.baseUrl, 'GET', `/api/me/teams/${DK_TEAM}/channels`, { token: mads });
  expect(field<Array<{ id: string }>>(channels.body, 'items').map((c) => c.id)).toContain(DK_ESCALATION);
  const connected = await call(server.baseUrl, 'POST', '/api/records/case-009/channels', { token: mads, body: { teamId: DK_TEAM, channelId: DK_ESCALATION } });
  expect(connected.status).toBe(201);
  expect(connected.body).toMatchObject({ kind: 'channel', name: 'Eskalering' });
  const created = await call(server.baseUrl, 'POST', '/api/records/case-009/channels', { token: mads, body: { teamId: DK_TEAM, newChannelName: null } });
  expect(created.status).toBe(201);
  expect(field<string>(created.body, 'name').startsWith('CAS-01009')).toBe(true);
  const panel = await call(server.baseUrl, 'GET', '/api/records/case-009/chats', { token: mads });
  expect(field<Array<{ kind: string }>>(panel.body, 'connected').map((c) => c.kind)).toEqual(['channel', 'channel']);
  expect((await call(server.baseUrl, 'GET', '/api/me/teams/5eed7ea0-0000-4000-8000-0000000000e1/channels', { token: mads })).status).toBe(404);
});

test('the timeline has an entry for each connect and disconnect', async () => {
  const { items } = await server.app.store.timeline.list(CONTOSO, 'case-014', { limit: 10 });
  expect(items.map((e) => e.kind)).toEqual(['chatDisconnected', 'chatConnected', 'recordCreated']);
});

test('D1–D5: an expert joins a case\'s chat with the whole history; members see who joined; refusals name the conditions', async () => {
  const ingrid = await tokenFor(server.baseUrl, 'Ingrid Johansson');
  const created = await create(mads, 'case-012', { memberIds: [DEMO_USERS.sofie] }, 'd-join-chat-1');
  const chatId = field<string>(created.body, 'chatId');
  await botMessages(chatId, 1); // the intro: the app is installed and the bot knows the chat
  await call(server.baseUrl, 'POST', `/sandbox/api/chats/${encodeURIComponent(chatId)}/messages`, { body: { userId: DEMO_USERS.sofie, text: 'Earlier message about the steriliser' } });

  const panel = await call(server.baseUrl, 'GET', '/api/records/case-012/chats', { token: ingrid });
  expect(field<Array<{ chatId: string; isMember: boolean; joinRefusals: string[] }>>(panel.body, 'connected').find((c) => c.chatId === chatId)).toMatchObject({ isMember: false, joinRefusals: [] });
  const path = `/api/records/case-012/chats/${encodeURIComponent(chatId)}/join`;
  const joined = await call(server.baseUrl, 'POST', path, { token: ingrid });
  expect(joined.status).toBe(200);
  expect(joined.body).toEqual({ alreadyMember: false });
  const again = await call(server.baseUrl, 'POST', path, { token: ingrid });
  expect(again.body).toEqual({ alreadyMember: true });

  const detail = z.object({ members: z.array(z.object({ userId: z.string(), visibleHistoryStartDateTime: z.string().nullable().optional() })) })
    .parse((await call(server.baseUrl, 'GET', `/sandbox/api/chats/${encodeURIComponent(chatId)}`)).body);
  expect(detail.members.find((m) => m.userId === DEMO_USERS.ingrid)?.visibleHistoryStartDateTime).toBe('0001-01-01T00:00:00Z');
  const messages = await botMessages(chatId, 2);
  // The note is for everyone in the chat: in the chat's language (the record's team DK: Danish), not the Swedish joiner's.
  expect(messages.map((m) => m.text)).toContain('Ingrid Johansson deltager nu i chatten via CAS-01012 · Sterilisator viser fejlkode E42.');
  expect(messages.map((m) => m.text).join('\n')).not.toContain('gick med i chatten');

  const reader = await call(server.baseUrl, 'POST', path, { token: oskar, headers: { 'accept-language': 'da' } });
  expect(reader.status).toBe(403);
  expect(field(reader.body, 'conditions')).toEqual(['noWriteAccess']);
  expect(field<string>(reader.body, 'detail')).toContain('du har ikke skriveadgang til posten');
  const { items } = await server.app.store.timeline.list(CONTOSO, 'case-012', { limit: 10 }, ['memberJoined']);
  expect(items).toHaveLength(1);
});

test('E1/E2/E4: the timeline lists connect and join entries and the chat\'s last message, newest first, filterable, paged', async () => {
  const nora = await tokenFor(server.baseUrl, 'Nora Hansen');
  const created = await create(mads, 'case-019', { memberIds: [DEMO_USERS.sofie] }, 'e-timeline-1');
  const chatId = field<string>(created.body, 'chatId');
  await botMessages(chatId, 1);
  await call(server.baseUrl, 'POST', `/sandbox/api/chats/${encodeURIComponent(chatId)}/messages`, { body: { userId: DEMO_USERS.sofie, text: 'The heat pump is fixed.' } });
  type Item = { kind: string; at: string; actor: { displayName: string } | null; chatId: string | null; connected: { by: { displayName: string } } | null };
  let items: Item[] = [];
  for (let i = 0; i < 60 && !items.some((e) => e.kind === 'lastMessage'); i++) {
    await new Promise((r) => setTimeout(r, 50));
    items = field<Item[]>((await call(server.baseUrl, 'GET', '/api/records/case-019/timeline', { token: oskar })).body, 'items');
  }
  expect(items.map((e) => e.kind)).toEqual(['lastMessage', 'chatConnected', 'recordCreated']);
  expect(items[0]).toMatchObject({ actor: { displayName: 'Sofie Kristensen' }, chatId, connected: { by: { displayName: 'Mads Nielsen' } } });
  expect([...items].sort((a, b) => b.at.localeCompare(a.at))).toEqual(items);
  // E3: polling with the ETag answers 304 until something happens, then the new page.
  const first = await call(server.baseUrl, 'GET', '/api/records/case-019/timeline', { token: oskar });
  const etag = first.headers.get('etag') ?? '';
  expect((await call(server.baseUrl, 'GET', '/api/records/case-019/timeline', { token: oskar, headers: { 'if-none-match': etag } })).status).toBe(304);
  await call(server.baseUrl, 'POST', `/sandbox/api/chats/${encodeURIComponent(chatId)}/messages`, { body: { userId: DEMO_USERS.mads, text: 'Great, closing it.' } });
  let changed = 304;
  for (let i = 0; i < 60 && changed === 304; i++) {
    await new Promise((r) => setTimeout(r, 50));
    changed = (await call(server.baseUrl, 'GET', '/api/records/case-019/timeline', { token: oskar, headers: { 'if-none-match': etag } })).status;
  }
  expect(changed).toBe(200);
  const onlyConnects = await call(server.baseUrl, 'GET', '/api/records/case-019/timeline?kinds=chatConnected', { token: mads });
  expect(field<Item[]>(onlyConnects.body, 'items').map((e) => e.kind)).toEqual(['chatConnected']);
  expect((await call(server.baseUrl, 'GET', '/api/records/case-019/timeline?kinds=gossip', { token: mads })).status).toBe(400);
  expect((await call(server.baseUrl, 'GET', '/api/records/case-019/timeline', { token: nora })).status).toBe(404);
  const paged = await call(server.baseUrl, 'GET', '/api/records/case-014/timeline?limit=1', { token: mads });
  const continuation = field<string>(paged.body, 'continuation');
  const next = await call(server.baseUrl, 'GET', `/api/records/case-014/timeline?limit=1&continuation=${encodeURIComponent(continuation)}`, { token: mads });
  expect([...field<Item[]>(paged.body, 'items'), ...field<Item[]>(next.body, 'items')].map((e) => e.kind)).toEqual(['chatDisconnected', 'chatConnected']); // the newest two of three
});

test('E6: with transcripts on, connected chats\' messages are kept, edits and deletions follow Teams; off by default', async () => {
  const created = await create(mads, 'case-022', { memberIds: [DEMO_USERS.sofie] }, 'e6-transcript-1');
  const chatId = field<string>(created.body, 'chatId');
  await botMessages(chatId, 1);
  const transcriptPath = `/api/records/case-022/chats/${encodeURIComponent(chatId)}/transcript`;
  expect((await call(server.baseUrl, 'GET', transcriptPath, { token: mads })).status).toBe(403); // off by default

  const settings = await call(server.baseUrl, 'GET', '/api/settings/case', { token: astrid });
  expect(field(settings.body, 'settings', 'transcript')).toEqual({ enabled: false, retentionDays: 90 });
  const on = await call(server.baseUrl, 'PATCH', '/api/settings/case', { token: astrid, body: { transcript: { enabled: true, retentionDays: 30 } }, headers: { 'if-match': settings.headers.get('etag') ?? '' } });
  expect(on.status).toBe(200);
  await new Promise((r) => setTimeout(r, 50));
  // The message path caches the decision per chat for up to 30 s; a fresh chat sees it at once.
  const fresh = await create(mads, 'case-022', { memberIds: [DEMO_USERS.lars] }, 'e6-transcript-2');
  const freshId = field<string>(fresh.body, 'chatId');
  await botMessages(freshId, 1);
  const posted = z.object({ id: z.string() });
  const m1 = posted.parse((await call(server.baseUrl, 'POST', `/sandbox/api/chats/${encodeURIComponent(freshId)}/messages`, { body: { userId: DEMO_USERS.lars, text: 'First' } })).body);
  const m2 = posted.parse((await call(server.baseUrl, 'POST', `/sandbox/api/chats/${encodeURIComponent(freshId)}/messages`, { body: { userId: DEMO_USERS.mads, text: 'Second' } })).body);
  await call(server.baseUrl, 'PATCH', `/sandbox/api/chats/${encodeURIComponent(freshId)}/messages/${m1.id}`, { body: { userId: DEMO_USERS.lars, text: 'First, edited' } });
  await call(server.baseUrl, 'DELETE', `/sandbox/api/chats/${encodeURIComponent(freshId)}/messages/${m2.id}`, { body: { userId: DEMO_USERS.mads } });
  const freshPath = `/api/records/case-022/chats/${encodeURIComponent(freshId)}/transcript`;
  type Message = { text: string; fromName: string; editedAt: string | null };
  let items: Message[] = [];
  for (let i = 0; i < 80; i++) {
    items = field<Message[]>((await call(server.baseUrl, 'GET', freshPath, { token: oskar })).body, 'items');
    if (items.length === 1 && items[0]?.editedAt) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(items).toMatchObject([{ text: 'First, edited', fromName: 'Lars Andersen' }]);
  expect(items[0]?.editedAt).not.toBeNull();
  const after = await call(server.baseUrl, 'GET', '/api/settings/case', { token: astrid });
  await call(server.baseUrl, 'PATCH', '/api/settings/case', { token: astrid, body: { transcript: { enabled: false } }, headers: { 'if-match': after.headers.get('etag') ?? '' } });
});
