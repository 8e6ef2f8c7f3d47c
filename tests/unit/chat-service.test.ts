/** Connected chats (C2–C6, B1, B3–B5, B7): the rules and the resumable create, on in-memory parts. */
import { CachedDirectory } from '../../bot/src/domain/access/cached-directory';
import { CallerService } from '../../bot/src/domain/access/caller-service';
import { ChatService } from '../../bot/src/domain/chats/chat-service';
import { ChatQueries } from '../../bot/src/domain/chats/chat-queries';
import { ChatJoins, JOIN_LEASE_MS, JOIN_WAIT_MS } from '../../bot/src/domain/chats/join-chat';
import type { ChatAddress, ChatPoster } from '../../bot/src/domain/chats/intro-port';
import { RecordService } from '../../bot/src/domain/records/record-service';
import { RecordTypeService } from '../../bot/src/domain/records/record-type-service';
import { SettingsService } from '../../bot/src/domain/settings/settings-service';
import { ConflictError, ForbiddenError, NotFoundError, OneOnOneChatError, ValidationError } from '../../bot/src/domain/shared/errors';
import { TeamsCallError } from '../../bot/src/domain/chats/teams-port';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { seedDemoData } from '../../bot/src/sandbox/seed';
import {
  MemoryAuditRepository, MemoryChatRepository, MemoryCounterRepository, MemoryDirectoryRepository, MemoryOperationRepository,
  MemoryPeopleRepository, MemoryRecordRepository, MemoryRecordTypeRepository, MemorySettingsRepository, MemoryTimelineRepository,
} from '../../bot/src/storage/memory/memory-repositories';
import { MemoryTeams } from '../fixtures/memory-teams';

import type { PostedCard } from '../../bot/src/domain/chats/chat-repository';

class RecordingPoster implements ChatPoster {
  readonly posted: Array<{ address: ChatAddress; recordId: string; requestedBy: string }> = [];
  readonly joins: Array<{ chatId: string; joinerId: string; recordId: string }> = [];
  async postIntro(address: ChatAddress, recordId: string, requestedBy: string): Promise<PostedCard> {
    this.posted.push({ address, recordId, requestedBy });
    return { recordId, activityId: `intro-${this.posted.length}`, kind: 'intro', locale: 'en' };
  }
  async postJoined(address: ChatAddress, joinerId: string, recordId: string) {
    this.joins.push({ chatId: address.chatId, joinerId, recordId });
  }
}

async function setup() {
  const store = {
    directory: new MemoryDirectoryRepository(), records: new MemoryRecordRepository(), counters: new MemoryCounterRepository(),
    recordTypes: new MemoryRecordTypeRepository(), people: new MemoryPeopleRepository(), audit: new MemoryAuditRepository(),
  };
  await seedDemoData(store);
  const clock = () => new Date('2026-11-23T10:00:00Z');
  const types = new RecordTypeService(store.recordTypes, 0);
  const directory = new CachedDirectory(store.directory, 0);
  const records = new RecordService(store.records, store.counters, types, directory, store.people, clock, () => 'x');
  const settingsRepo = new MemorySettingsRepository();
  const settings = new SettingsService(settingsRepo, store.audit, types, clock);
  const chats = new MemoryChatRepository();
  const operations = new MemoryOperationRepository();
  const timeline = new MemoryTimelineRepository();
  const teams = new MemoryTeams();
  const poster = new RecordingPoster();
  const audit = store.audit;
  const service = new ChatService(records, settings, directory, chats, operations, timeline, teams, poster, audit, clock);
  const queries = new ChatQueries(records, settings, directory, chats, teams);
  const callers = new CallerService(directory);
  const caller = (id: string) => callers.resolve(CONTOSO, id);
  const as = (id: string) => ({ tenantId: CONTOSO, userId: id, ssoToken: 't' });
  /** A chat Mads started for case-001 with Sofie, the app installed and the intro posted. */
  const connectedChat = async (key: string) => {
    const connection = await service.createConnectedChat(await caller(DEMO_USERS.mads), as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.sofie] }, key);
    await service.appInstalled(CONTOSO, connection.chatId, 'https://smba.example/emea/');
    return connection;
  };
  return { service, queries, teams, poster, chats, operations, timeline, settings, records, caller, as, audit, connectedChat };
}

test('C2: a new chat is created named after the record (B3), the app installed, connected, timeline written', async () => {
  const { service, teams, chats, timeline, caller, as } = await setup();
  const mads = await caller(DEMO_USERS.mads);
  const connection = await service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.ingrid] }, 'key-00001');
  const chat = teams.chats.get(connection.chatId);
  expect(chat?.topic).toBe('CAS-01001 · Printer offline on 3rd floor');
  expect(chat?.members).toEqual([DEMO_USERS.mads, DEMO_USERS.ingrid]);
  expect(chat?.apps).toBe(1);
  expect((await chats.connectionsOfRecord(CONTOSO, 'case-001')).map((c) => c.chatId)).toEqual([connection.chatId]);
  const entries = (await timeline.list(CONTOSO, 'case-001', { limit: 10 })).items;
  expect(entries).toMatchObject([{ kind: 'chatConnected', actorId: DEMO_USERS.mads, chatId: connection.chatId }]);
});

test('C2: two requests with the same Idempotency-Key at once make one chat; the other is told to retry', async () => {
  const { service, teams, caller, as } = await setup();
  const mads = await caller(DEMO_USERS.mads);
  const before = teams.chats.size;
  const create = () => service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.sofie] }, 'key-race-1');
  const results = await Promise.allSettled([create(), create(), create()]);
  expect(teams.chats.size - before).toBe(1);
  const done = results.filter((r) => r.status === 'fulfilled');
  expect(done.length).toBeGreaterThanOrEqual(1);
  for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConflictError);
  // The retry the others were told to make answers with the same chat.
  const retried = await create();
  expect(done.map((r) => (r.status === 'fulfilled' ? r.value.chatId : '')).every((id) => id === retried.chatId)).toBe(true);
  expect(teams.chats.size - before).toBe(1);
});

test('C2 across instances: a request with the same key that arrives while the first installs the app finishes with it, never a 412', async () => {
  const { service, teams, caller, as } = await setup();
  const mads = await caller(DEMO_USERS.mads);
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const install = teams.installAppInChat.bind(teams);
  let installs = 0;
  teams.installAppInChat = async (actor, chatId) => {
    installs++;
    await gate;
    return install(actor, chatId);
  };
  const create = () => service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.sofie] }, 'key-late-1');
  const first = create();
  while (installs < 1) await new Promise((resolve) => setImmediate(resolve));
  // The chat exists and the first request waits on Teams: the second (say, on another instance) goes on from there.
  const second = create();
  while (installs < 2) await new Promise((resolve) => setImmediate(resolve));
  release();
  const results = await Promise.allSettled([first, second]);
  expect(results.map((r) => (r.status === 'fulfilled' ? r.value.chatId : String(r.reason)))).toEqual([expect.stringMatching(/^19:/), expect.stringMatching(/^19:/)]);
  const [a, b] = results;
  expect(a?.status === 'fulfilled' && b?.status === 'fulfilled' && a.value.chatId === b.value.chatId).toBe(true);
});

test('the intro waits for the installation event, then goes out once, in the requester\'s language', async () => {
  const { service, poster, caller, as, chats } = await setup();
  const mads = await caller(DEMO_USERS.mads);
  const connection = await service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.ingrid] }, 'key-00002');
  expect(poster.posted).toEqual([]);
  // Casebridge installed the app itself: no welcome note on top of the intro.
  expect(await service.appInstalled(CONTOSO, connection.chatId, 'https://smba.example/emea/')).toBe(false);
  expect(await service.appInstalled(CONTOSO, connection.chatId, 'https://smba.example/emea/')).toBe(false);
  // Someone adds the app to another chat by hand: the bot should introduce itself.
  expect(await service.appInstalled(CONTOSO, '19:by-hand@thread.v2', 'https://smba.example/emea/')).toBe(true);
  expect(poster.posted).toEqual([{ address: { tenantId: CONTOSO, chatId: connection.chatId, serviceUrl: 'https://smba.example/emea/' }, recordId: 'case-001', requestedBy: DEMO_USERS.mads }]);
  // F5: the posted intro card is remembered, so later changes of the record redraw it.
  expect((await chats.getChatState(CONTOSO, connection.chatId))?.value.cards).toEqual([{ recordId: 'case-001', activityId: 'intro-1', kind: 'intro', locale: 'en' }]);
});

test('a retry with the same key after a failure between steps resumes: one chat, one connection', async () => {
  const { service, teams, chats, caller, as } = await setup();
  const mads = await caller(DEMO_USERS.mads);
  teams.failNext('installAppInChat');
  await expect(service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.ingrid] }, 'key-00003')).rejects.toBeInstanceOf(TeamsCallError);
  expect(teams.chats.size).toBe(1);
  const connection = await service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.ingrid] }, 'key-00003');
  const again = await service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.ingrid] }, 'key-00003');
  expect(teams.chats.size).toBe(1);
  expect(again.chatId).toBe(connection.chatId);
  expect(teams.calls.filter((c) => c === 'createGroupChat')).toHaveLength(1);
  expect(await chats.connectionsOfRecord(CONTOSO, 'case-001')).toHaveLength(1);
  await expect(service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-002', { memberIds: [DEMO_USERS.ingrid] }, 'key-00003')).rejects.toBeInstanceOf(ConflictError);
});

test('B1 off, no write access, unknown or foreign members: refused before anything is created', async () => {
  const { service, teams, settings, caller, as } = await setup();
  const oskar = await caller(DEMO_USERS.oskar);
  await expect(service.createConnectedChat(oskar, as(DEMO_USERS.oskar), 'case-001', { memberIds: [DEMO_USERS.mads] }, 'key-00004')).rejects.toBeInstanceOf(ForbiddenError);
  const mads = await caller(DEMO_USERS.mads);
  await expect(service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.nora] }, 'key-00005')).rejects.toBeInstanceOf(ValidationError);
  await expect(service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.mads] }, 'key-00006')).rejects.toBeInstanceOf(ValidationError);
  const astrid = await caller(DEMO_USERS.astrid);
  const current = await settings.get(astrid, 'case');
  await settings.update(astrid, 'case', current.etag, { teamsChat: false });
  await expect(service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.ingrid] }, 'key-00007')).rejects.toMatchObject({ messageKey: 'error.forbidden.teamsChatOff' });
  expect(teams.calls).toEqual([]);
});

test('C3/C4: an existing group chat connects to several records; a one-on-one is refused with an offer', async () => {
  const { service, queries, teams, caller, as, chats } = await setup();
  const mads = await caller(DEMO_USERS.mads);
  const group = teams.addChat(CONTOSO, 'group', [DEMO_USERS.mads, DEMO_USERS.sofie], 'Printer team');
  const oneOnOne = teams.addChat(CONTOSO, 'oneOnOne', [DEMO_USERS.mads, DEMO_USERS.lars]);
  await service.connectExisting(mads, as(DEMO_USERS.mads), 'case-001', group);
  await service.connectExisting(mads, as(DEMO_USERS.mads), 'wo-001', group);
  expect((await chats.connectionsOfChat(CONTOSO, group)).map((c) => c.recordId).sort()).toEqual(['case-001', 'wo-001']);
  // The same person again: finishes whatever a first try left undone, nothing new.
  expect((await service.connectExisting(mads, as(DEMO_USERS.mads), 'case-001', group)).chatId).toBe(group);
  expect((await chats.connectionsOfChat(CONTOSO, group)).map((c) => c.recordId).sort()).toEqual(['case-001', 'wo-001']);
  const sofie = await caller(DEMO_USERS.sofie); // someone else: told it is connected already
  await expect(service.connectExisting(sofie, as(DEMO_USERS.sofie), 'case-001', group)).rejects.toBeInstanceOf(ConflictError);
  await expect(service.connectExisting(mads, as(DEMO_USERS.mads), 'case-001', oneOnOne)).rejects.toEqual(new OneOnOneChatError([DEMO_USERS.lars]));
  const notMine = teams.addChat(CONTOSO, 'group', [DEMO_USERS.erik, DEMO_USERS.karin]);
  await expect(service.connectExisting(mads, as(DEMO_USERS.mads), 'case-001', notMine)).rejects.toBeInstanceOf(NotFoundError);
  const others = await queries.otherChats(mads, as(DEMO_USERS.mads), 'case-003');
  expect(others.connectedElsewhere.map((c) => [c.chatId, c.records.map((r) => r.number).sort()])).toEqual([[group, ['CAS-01001', 'WO-01001']]]);
  expect(others.recent.map((c) => c.chatId)).toEqual([]);
});

test('C5/B5: the owner, the connector (when allowed) and disconnect-privileged users may disconnect; others may not', async () => {
  const { service, queries, teams, caller, as, settings } = await setup();
  const sofie = await caller(DEMO_USERS.sofie); // team DK agent, not the owner of case-001 (Mads)
  const group = teams.addChat(CONTOSO, 'group', [DEMO_USERS.sofie, DEMO_USERS.mads, DEMO_USERS.ingrid]);
  await service.connectExisting(sofie, as(DEMO_USERS.sofie), 'case-001', group);
  const ingrid = await caller(DEMO_USERS.ingrid); // expert: writes cases, no disconnect right
  const panel = await queries.panel(ingrid, as(DEMO_USERS.ingrid), 'case-001');
  expect(panel.connected).toMatchObject([{ chatId: group, isMember: true, canDisconnect: false }]);
  await expect(service.disconnect(ingrid, 'case-001', group)).rejects.toBeInstanceOf(ForbiddenError);
  const astrid = await caller(DEMO_USERS.astrid);
  const current = await settings.get(astrid, 'case');
  await settings.update(astrid, 'case', current.etag, { disconnect: { lastConnectorMay: false } });
  await expect(service.disconnect(sofie, 'case-001', group)).rejects.toBeInstanceOf(ForbiddenError);
  const mads = await caller(DEMO_USERS.mads); // the owner
  await service.disconnect(mads, 'case-001', group);
  await expect(service.disconnect(mads, 'case-001', group)).rejects.toBeInstanceOf(NotFoundError);
  expect((await queries.panel(mads, as(DEMO_USERS.mads), 'case-001')).connected).toEqual([]);
});

test('C5: a chat disconnected and connected again to the same record is introduced again', async () => {
  const { service, teams, caller, as, poster, chats } = await setup();
  const mads = await caller(DEMO_USERS.mads);
  const group = teams.addChat(CONTOSO, 'group', [DEMO_USERS.mads, DEMO_USERS.sofie]);
  await service.connectExisting(mads, as(DEMO_USERS.mads), 'case-001', group);
  await service.appInstalled(CONTOSO, group, 'https://smba.example/emea/');
  expect(poster.posted.map((p) => p.recordId)).toEqual(['case-001']);
  await service.disconnect(mads, 'case-001', group);
  expect((await chats.getChatState(CONTOSO, group))?.value).toMatchObject({ introducedRecords: [], cards: [] });
  await service.connectExisting(mads, as(DEMO_USERS.mads), 'case-001', group);
  expect(poster.posted.map((p) => p.recordId)).toEqual(['case-001', 'case-001']);
});

test('C6 and B7: participants are added with full history; with chat entries off, the timeline stays quiet', async () => {
  const { service, teams, caller, as, settings, timeline } = await setup();
  const astrid = await caller(DEMO_USERS.astrid);
  const current = await settings.get(astrid, 'case');
  await settings.update(astrid, 'case', current.etag, { timelineChatEntries: false });
  const mads = await caller(DEMO_USERS.mads);
  const connection = await service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.sofie] }, 'key-00008');
  await service.addParticipants(mads, as(DEMO_USERS.mads), 'case-001', connection.chatId, [DEMO_USERS.ingrid, DEMO_USERS.karin]);
  expect(teams.chats.get(connection.chatId)?.members).toEqual([DEMO_USERS.mads, DEMO_USERS.sofie, DEMO_USERS.ingrid, DEMO_USERS.karin]);
  expect((await timeline.list(CONTOSO, 'case-001', { limit: 10 })).items).toEqual([]);
});

test('at start-up, an operation a crash interrupted after its Teams steps is finished without the user', async () => {
  const { service, operations, chats, timeline, caller, as, teams } = await setup();
  const mads = await caller(DEMO_USERS.mads);
  // Simulate a crash right after the Graph steps: run them, then roll the operation's later flags back.
  const connection = await service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.sofie] }, 'key-crash1');
  await chats.removeConnection(CONTOSO, connection.chatId, 'case-001');
  const op = await operations.get(CONTOSO, `createChat:${DEMO_USERS.mads}:key-crash1`);
  if (!op) throw new Error('no operation');
  await operations.replace({ ...op.value, status: 'running', connected: false, timelineWritten: false, updatedAt: '2026-11-23T09:00:00.000Z' }, op.etag);
  expect(await service.resumeStale(60_000)).toBe(1);
  expect((await chats.connectionsOfRecord(CONTOSO, 'case-001')).map((c) => c.chatId)).toEqual([connection.chatId]);
  expect((await operations.get(CONTOSO, `createChat:${DEMO_USERS.mads}:key-crash1`))?.value.status).toBe('done');
  expect((await timeline.list(CONTOSO, 'case-001', { limit: 5 })).items).toHaveLength(1);
  expect(teams.calls.filter((c) => c === 'createGroupChat')).toHaveLength(1);
  expect(await service.resumeStale(60_000)).toBe(0);
});

test('D1–D5: a colleague with write access joins with the whole history; members are told; timeline and audit record it', async () => {
  const { service, queries, teams, poster, timeline, audit, caller, as } = await setup();
  const mads = await caller(DEMO_USERS.mads);
  const connection = await service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.sofie] }, 'key-join1');
  await service.appInstalled(CONTOSO, connection.chatId, 'https://smba.example/emea/');
  const ingrid = await caller(DEMO_USERS.ingrid); // expert: writes any case, not in the chat
  expect((await queries.panel(ingrid, as(DEMO_USERS.ingrid), 'case-001')).connected[0]).toMatchObject({ isMember: false, joinRefusals: [] });
  expect(await service.join(ingrid, 'case-001', connection.chatId)).toEqual({ alreadyMember: false });
  expect(teams.chats.get(connection.chatId)?.members).toContain(DEMO_USERS.ingrid);
  expect(await service.join(ingrid, 'case-001', connection.chatId)).toEqual({ alreadyMember: true });
  expect(poster.joins).toEqual([{ chatId: connection.chatId, joinerId: DEMO_USERS.ingrid, recordId: 'case-001' }]);
  expect((await timeline.list(CONTOSO, 'case-001', { limit: 10 }, ['memberJoined'])).items).toMatchObject([{ actorId: DEMO_USERS.ingrid, chatId: connection.chatId }]);
  expect((await audit.list(CONTOSO, 'record:case-001', { limit: 10 })).items).toMatchObject([{ actorId: DEMO_USERS.ingrid, path: 'chat.joined' }]);
});

test('D2: a join cut off after Teams added the person is finished by their next try, once', async () => {
  const { service, teams, poster, timeline, audit, caller, chats, connectedChat } = await setup();
  const connection = await connectedChat('key-join2');
  const ingrid = await caller(DEMO_USERS.ingrid);
  const put = jest.spyOn(audit, 'put').mockRejectedValueOnce(new Error('Cosmos unavailable'));
  await expect(service.join(ingrid, 'case-001', connection.chatId)).rejects.toThrow('Cosmos unavailable');
  expect(teams.chats.get(connection.chatId)?.members).toContain(DEMO_USERS.ingrid); // Teams did add her
  expect(poster.joins).toEqual([]);
  put.mockRestore();
  expect(await service.join(ingrid, 'case-001', connection.chatId)).toEqual({ alreadyMember: false });
  expect(poster.joins).toEqual([{ chatId: connection.chatId, joinerId: DEMO_USERS.ingrid, recordId: 'case-001' }]);
  expect((await audit.list(CONTOSO, 'record:case-001', { limit: 10 })).items).toMatchObject([{ actorId: DEMO_USERS.ingrid, path: 'chat.joined' }]);
  expect((await timeline.list(CONTOSO, 'case-001', { limit: 10 }, ['memberJoined'])).items).toHaveLength(1);
  expect((await chats.getChatState(CONTOSO, connection.chatId))?.value.joining).toEqual([]);
  // Done now: a member who is simply a member is told so.
  expect(await service.join(ingrid, 'case-001', connection.chatId)).toEqual({ alreadyMember: true });
  expect(poster.joins).toHaveLength(1);
});

test('D3: if telling the chat fails, the next try tells it; a join Teams refused leaves nothing to finish', async () => {
  const { service, teams, poster, caller, chats, connectedChat } = await setup();
  const connection = await connectedChat('key-join3');
  const ingrid = await caller(DEMO_USERS.ingrid);
  const post = jest.spyOn(poster, 'postJoined').mockRejectedValueOnce(new Error('connector down'));
  await expect(service.join(ingrid, 'case-001', connection.chatId)).rejects.toThrow('connector down');
  post.mockRestore();
  expect(await service.join(ingrid, 'case-001', connection.chatId)).toEqual({ alreadyMember: false });
  expect(poster.joins).toHaveLength(1);
  expect(await service.join(ingrid, 'case-001', connection.chatId)).toEqual({ alreadyMember: true });

  // Teams refuses to add Lars: no note is left behind to be "finished" later.
  const lars = await caller(DEMO_USERS.lars);
  teams.failNext('addChatMembers', 1, 403);
  await expect(service.join(lars, 'case-001', connection.chatId)).rejects.toBeInstanceOf(TeamsCallError);
  expect((await chats.getChatState(CONTOSO, connection.chatId))?.value.joining).toEqual([]);
  // A timeout may hide an add that went through: the note stays for the next try.
  teams.failNext('addChatMembers', 1, 503, 'timeout');
  await expect(service.join(lars, 'case-001', connection.chatId)).rejects.toBeInstanceOf(TeamsCallError);
  expect((await chats.getChatState(CONTOSO, connection.chatId))?.value.joining).toMatchObject([{ userId: DEMO_USERS.lars }]);
});

test('D1: refusals name every failing condition', async () => {
  const { service, caller, as } = await setup();
  const mads = await caller(DEMO_USERS.mads);
  const chat = await service.createConnectedChat(mads, as(DEMO_USERS.mads), 'wo-001', { memberIds: [DEMO_USERS.sofie] }, 'key-join2');
  const oskar = await caller(DEMO_USERS.oskar); // reader of cases only: cannot even see work orders
  await expect(service.join(oskar, 'wo-001', chat.chatId)).rejects.toBeInstanceOf(NotFoundError);
  const erik = await caller(DEMO_USERS.erik); // agent SE: reads DK work orders, cannot write them; join is off for work orders
  await expect(service.join(erik, 'wo-001', chat.chatId)).rejects.toMatchObject({ conditions: ['joinChatOff', 'noWriteAccess'] });
  const ingrid = await caller(DEMO_USERS.ingrid);
  await expect(service.join(ingrid, 'case-002', chat.chatId)).rejects.toMatchObject({ conditions: ['chatNotConnected'] });
});

test('ten racing joins by one person: one joins, nine are told they are members; one message, one timeline and audit entry', async () => {
  const { service, poster, timeline, audit, teams, chats, caller, connectedChat } = await setup();
  const connection = await connectedChat('key-race1');
  const ingrid = await caller(DEMO_USERS.ingrid);
  const results = await Promise.all(Array.from({ length: 10 }, () => service.join(ingrid, 'case-001', connection.chatId)));
  expect(results.filter((r) => !r.alreadyMember)).toHaveLength(1);
  expect(teams.calls.filter((c) => c === 'addChatMembers')).toHaveLength(1);
  expect(poster.joins).toHaveLength(1);
  expect((await timeline.list(CONTOSO, 'case-001', { limit: 10 }, ['memberJoined'])).items).toHaveLength(1);
  expect((await audit.list(CONTOSO, 'record:case-001', { limit: 10 })).items.filter((e) => e.path === 'chat.joined')).toHaveLength(1);
  expect((await chats.getChatState(CONTOSO, connection.chatId))?.value.joining).toEqual([]);
});

test('D2: a join held by a try that died is waited for, then taken over once its claim runs out, and finished once', async () => {
  const { poster, timeline, audit, teams, chats, records, caller, connectedChat } = await setup();
  const connection = await connectedChat('key-race2');
  const ingrid = await caller(DEMO_USERS.ingrid);
  const record = (await records.get(ingrid, 'case-001')).value;
  // A try in another process claimed the join and had Teams add her, then died.
  teams.chats.get(connection.chatId)?.members.push(DEMO_USERS.ingrid);
  let now = Date.parse('2026-11-23T10:00:00Z');
  const state = await chats.getChatState(CONTOSO, connection.chatId);
  if (!state) throw new Error('no chat state');
  const at = new Date(now).toISOString();
  await chats.replaceChatState({ ...state.value, joining: [{ userId: DEMO_USERS.ingrid, recordId: 'case-001', at, claimedBy: 'dead-try', claimedAt: at }] }, state.etag);
  const slept: number[] = [];
  const joins = new ChatJoins({
    chats, teams, poster, audit, clock: () => new Date(now), newId: () => 'next-try',
    writeEntry: (_type, entry) => timeline.append(entry),
    sleep: async (ms) => { slept.push(ms); },
  });
  // While the claim is fresh, a try waits (bounded) and is told to try again.
  await expect(joins.join(ingrid, record, connection.chatId, null)).rejects.toMatchObject({ messageKey: 'error.conflict.joinPending' });
  expect(slept.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(JOIN_WAIT_MS);
  expect(poster.joins).toEqual([]);
  now += JOIN_LEASE_MS + 1;
  expect(await joins.join(ingrid, record, connection.chatId, null)).toEqual({ alreadyMember: false });
  expect(poster.joins).toHaveLength(1);
  expect((await timeline.list(CONTOSO, 'case-001', { limit: 10 }, ['memberJoined'])).items).toMatchObject([{ id: `join:${connection.chatId}:${DEMO_USERS.ingrid}:${at}` }]);
  expect(await joins.join(ingrid, record, connection.chatId, null)).toEqual({ alreadyMember: true });
  expect(poster.joins).toHaveLength(1);
});

test('C2: after a Graph timeout the chat may exist, so the key stays leased; a Teams error frees it at once', async () => {
  const { service, teams, caller, as } = await setup();
  const mads = await caller(DEMO_USERS.mads);
  const create = (key: string) => service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.sofie] }, key);
  teams.failNext('createGroupChat', 1, 503, 'timeout');
  await expect(create('key-lease-1')).rejects.toBeInstanceOf(TeamsCallError);
  await expect(create('key-lease-1')).rejects.toBeInstanceOf(ConflictError);
  teams.failNext('createGroupChat', 1, 400, 'badRequest');
  await expect(create('key-lease-2')).rejects.toBeInstanceOf(TeamsCallError);
  expect((await create('key-lease-2')).chatId).toMatch(/^19:/);
});

test('operations stuck before their Teams steps for a day are marked abandoned; a retry still resumes them', async () => {
  const { service, operations, teams, caller, as } = await setup();
  const mads = await caller(DEMO_USERS.mads);
  teams.failNext('createGroupChat', 1, 403, 'forbidden'); // refused: no chat, the key is free at once
  await expect(service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.sofie] }, 'key-abandon')).rejects.toBeInstanceOf(TeamsCallError);
  const id = `createChat:${DEMO_USERS.mads}:key-abandon`;
  const op = await operations.get(CONTOSO, id);
  if (!op) throw new Error('no operation');
  await operations.replace({ ...op.value, updatedAt: '2026-11-20T00:00:00.000Z' }, op.etag);
  expect(await service.resumeStale(60_000)).toBe(0);
  expect((await operations.get(CONTOSO, id))?.value.status).toBe('abandoned');
  expect(await operations.listStale('2026-11-23T00:00:00.000Z', 10)).toEqual([]);
  const connection = await service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.sofie] }, 'key-abandon');
  expect(teams.chats.get(connection.chatId)?.members).toContain(DEMO_USERS.sofie);
  expect((await operations.get(CONTOSO, id))?.value.status).toBe('done');
});

test('D2: a try that takes over a join asks Teams first: a person the try before added is not added again, and the join is finished once', async () => {
  const { service, teams, poster, timeline, audit, caller, chats, connectedChat } = await setup();
  const connection = await connectedChat('key-takeover1');
  const ingrid = await caller(DEMO_USERS.ingrid);
  // The first try's timeline write fails after Teams added her.
  const append = jest.spyOn(timeline, 'append').mockRejectedValueOnce(new Error('Cosmos unavailable'));
  await expect(service.join(ingrid, 'case-001', connection.chatId)).rejects.toThrow('Cosmos unavailable');
  append.mockRestore();
  expect(teams.calls.filter((c) => c === 'addChatMembers')).toHaveLength(1);
  expect(await service.join(ingrid, 'case-001', connection.chatId)).toEqual({ alreadyMember: false });
  expect(teams.calls.filter((c) => c === 'addChatMembers')).toHaveLength(1); // not added a second time
  expect(teams.chats.get(connection.chatId)?.members.filter((m) => m === DEMO_USERS.ingrid)).toHaveLength(1);
  expect(poster.joins).toEqual([{ chatId: connection.chatId, joinerId: DEMO_USERS.ingrid, recordId: 'case-001' }]);
  expect((await timeline.list(CONTOSO, 'case-001', { limit: 10 }, ['memberJoined'])).items).toHaveLength(1);
  expect((await audit.list(CONTOSO, 'record:case-001', { limit: 10 })).items.filter((e) => e.path === 'chat.joined')).toHaveLength(1);
  expect((await chats.getChatState(CONTOSO, connection.chatId))?.value.joining).toEqual([]);

  // A takeover whose try before never reached Teams adds the person: once.
  const lars = await caller(DEMO_USERS.lars);
  teams.failNext('addChatMembers', 1, 504, 'timeout');
  await expect(service.join(lars, 'case-001', connection.chatId)).rejects.toBeInstanceOf(TeamsCallError);
  expect(await service.join(lars, 'case-001', connection.chatId)).toEqual({ alreadyMember: false });
  expect(teams.chats.get(connection.chatId)?.members.filter((m) => m === DEMO_USERS.lars)).toHaveLength(1);
  expect(poster.joins.map((j) => j.joinerId)).toEqual([DEMO_USERS.ingrid, DEMO_USERS.lars]);
});

test('D2: Teams answering an add with 409 (someone added the person in between) is a join done, finished once', async () => {
  const { service, teams, poster, timeline, caller, chats, connectedChat } = await setup();
  const connection = await connectedChat('key-409');
  const ingrid = await caller(DEMO_USERS.ingrid);
  teams.failNext('addChatMembers', 1, 409, 'conflict');
  expect(await service.join(ingrid, 'case-001', connection.chatId)).toEqual({ alreadyMember: false });
  expect(poster.joins).toHaveLength(1);
  expect((await timeline.list(CONTOSO, 'case-001', { limit: 10 }, ['memberJoined'])).items).toHaveLength(1);
  expect((await chats.getChatState(CONTOSO, connection.chatId))?.value.joining).toEqual([]);
});

/** Failures by kind: [what, status, code]. */
const UNCERTAIN: Array<[string, number, string]> = [
  ['unavailable (500)', 500, 'internalServerError'],
  ['unavailable (502)', 502, 'badGateway'],
  ['unavailable (503)', 503, 'serviceUnavailable'],
  ['timeout', 504, 'timeout'],
  ['unreachable', 503, 'graphUnreachable'],
  ['malformed', 502, 'badGraphResponse'],
];
const REFUSED: Array<[string, number, string]> = [
  ['invalid', 400, 'badRequest'],
  ['refused', 403, 'forbidden'],
  ['notFound', 404, 'notFound'],
  ['rejected', 422, 'unprocessable'],
  ['throttled', 429, 'throttled'],
  ['noToken', 503, 'graphTokenUnavailable'],
];

test.each(UNCERTAIN)('D2: a join whose add failed as %s may have happened: the note stays, and the next try finishes it once', async (_kind, status, code) => {
  const { service, teams, poster, timeline, caller, chats, connectedChat } = await setup();
  const connection = await connectedChat('key-uncertain');
  const ingrid = await caller(DEMO_USERS.ingrid);
  teams.failNext('addChatMembers', 1, status, code);
  await expect(service.join(ingrid, 'case-001', connection.chatId)).rejects.toMatchObject({ status, code });
  expect((await chats.getChatState(CONTOSO, connection.chatId))?.value.joining).toMatchObject([{ userId: DEMO_USERS.ingrid, claimedBy: null }]);
  // The add went through after all, behind the error.
  teams.chats.get(connection.chatId)?.members.push(DEMO_USERS.ingrid);
  expect(await service.join(ingrid, 'case-001', connection.chatId)).toEqual({ alreadyMember: false });
  expect(poster.joins).toEqual([{ chatId: connection.chatId, joinerId: DEMO_USERS.ingrid, recordId: 'case-001' }]);
  expect((await timeline.list(CONTOSO, 'case-001', { limit: 10 }, ['memberJoined'])).items).toHaveLength(1);
  expect((await chats.getChatState(CONTOSO, connection.chatId))?.value.joining).toEqual([]);
});

test.each(REFUSED)('D2: a join Teams refused as %s changed nothing: no note is left, and the next try is a new join', async (_kind, status, code) => {
  const { service, teams, poster, caller, chats, connectedChat } = await setup();
  const connection = await connectedChat('key-refused');
  const ingrid = await caller(DEMO_USERS.ingrid);
  teams.failNext('addChatMembers', 1, status, code);
  await expect(service.join(ingrid, 'case-001', connection.chatId)).rejects.toMatchObject({ status, code });
  expect((await chats.getChatState(CONTOSO, connection.chatId))?.value.joining).toEqual([]);
  expect(await service.join(ingrid, 'case-001', connection.chatId)).toEqual({ alreadyMember: false });
  expect(poster.joins).toHaveLength(1);
});

test.each(UNCERTAIN)('C2: a chat creation that failed as %s may have made the chat: the key stays leased', async (_kind, status, code) => {
  const { service, teams, caller, as } = await setup();
  const mads = await caller(DEMO_USERS.mads);
  const create = () => service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.sofie] }, 'key-uncertain');
  teams.failNext('createGroupChat', 1, status, code);
  await expect(create()).rejects.toMatchObject({ status, code });
  await expect(create()).rejects.toMatchObject({ messageKey: 'error.conflict.operationPending' });
  expect(teams.calls.filter((c) => c === 'createGroupChat')).toHaveLength(1);
});

test.each([...REFUSED, ['conflict', 409, 'conflict']])('C2: a chat creation Teams refused as %s made nothing: the key is free at once', async (_kind, status, code) => {
  const { service, teams, caller, as } = await setup();
  const mads = await caller(DEMO_USERS.mads);
  const create = () => service.createConnectedChat(mads, as(DEMO_USERS.mads), 'case-001', { memberIds: [DEMO_USERS.sofie] }, 'key-refused');
  teams.failNext('createGroupChat', 1, status, code);
  await expect(create()).rejects.toMatchObject({ status, code });
  expect((await create()).chatId).toMatch(/^19:/);
  expect(teams.chats.size).toBe(1);
});
