/**
 * More than one instance: two Casebridge processes (the real entry point, each its own process)
 * on one database and one Teams, as behind a load balancer. The first runs the embedded
 * Cosmos-compatible server and the Teams sandbox; the second uses both (COSMOS_ENDPOINT,
 * GRAPH_BASE_URL) and shares only the data directory's local sign-in key. Requests race across
 * the two, so whatever keeps them right must live in the database (ETags, conditional writes),
 * not in one process's memory.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { openStore, type Store } from '../../bot/src/storage/cosmos/cosmos-store';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { call, field, tokenFor, type ApiResponse } from '../fixtures/api-client';
import { chatMessageActivity, shuffle } from '../fixtures/activities';
import { COSMOS_STARTED, Instances, secondInstanceEnv, type Instance } from '../fixtures/instances';

let dataDir: string;
let instances: Instances;
let first: Instance;
let second: Instance;
let cosmosEndpoint: string;
let store: Store;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'casebridge-multi-'));
  instances = new Instances(dataDir);
  const started = await instances.start({ CASEBRIDGE_SNAPSHOT_INTERVAL_MS: '60000' }, COSMOS_STARTED);
  first = started;
  cosmosEndpoint = started.match[1] ?? '';
  second = await instances.start({ ...(await secondInstanceEnv(first, dataDir)), LOG_LEVEL: 'warn' });
  store = await openStore({ endpoint: cosmosEndpoint, key: 'local', database: 'casebridge', allowSelfSigned: true, createIfMissing: false });
}, 120_000);

afterAll(async () => {
  store?.close();
  await instances?.stopAll();
  await rm(dataDir, { recursive: true, force: true });
}, 60_000);

const SandboxChat = z.object({
  members: z.array(z.object({ userId: z.string() })),
  messages: z.array(z.object({ kind: z.string(), text: z.string() })),
});

async function sandboxChat(chatId: string) {
  return SandboxChat.parse((await call(first.url, 'GET', `/sandbox/api/chats/${encodeURIComponent(chatId)}`)).body);
}

async function botMessages(chatId: string): Promise<string[]> {
  return (await sandboxChat(chatId)).messages.filter((m) => m.kind === 'bot').map((m) => m.text);
}

/** Waits (bounded) until the bot has posted at least `count` messages in the chat. */
async function waitForBotMessages(chatId: string, count: number): Promise<string[]> {
  for (let i = 0; i < 100; i++) {
    const messages = await botMessages(chatId);
    if (messages.length >= count) return messages;
    await new Promise((r) => setTimeout(r, 100));
  }
  return botMessages(chatId);
}

test('both instances serve one database and one Teams; a sign-in through either works on both', async () => {
  const tokens = [await tokenFor(first.url, 'Mads Nielsen'), await tokenFor(second.url, 'Mads Nielsen')];
  for (const token of tokens) {
    for (const url of [first.url, second.url]) expect((await call(url, 'GET', '/api/records/case-001', { token })).status).toBe(200);
  }
  expect((await call(second.url, 'GET', '/sandbox/api/chats')).status).toBe(404); // no second, unrelated Teams
}, 30_000);

test('ten racing joins by one person, split across both instances: one join, one message, one timeline and audit entry', async () => {
  const mads = await tokenFor(first.url, 'Mads Nielsen');
  const ingrid = await tokenFor(second.url, 'Ingrid Johansson');
  const created = await call(first.url, 'POST', '/api/records/case-012/chats', { token: mads, body: { memberIds: [DEMO_USERS.sofie] }, headers: { 'idempotency-key': 'multi-join-1' } });
  expect(created.status).toBe(201);
  const chatId = field<string>(created.body, 'chatId');
  expect(await waitForBotMessages(chatId, 1)).toHaveLength(1); // the intro: the app is in, the bot knows the chat

  const joinPath = `/api/records/case-012/chats/${encodeURIComponent(chatId)}/join`;
  const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => call(i % 2 === 0 ? first.url : second.url, 'POST', joinPath, { token: ingrid })));
  await new Promise((r) => setTimeout(r, 300)); // room for a late second message to show
  const { items: entries } = await store.timeline.list(CONTOSO, 'case-012', { limit: 20 }, ['memberJoined']);
  const { items: audit } = await store.audit.list(CONTOSO, 'record:case-012', { limit: 20 });
  expect({
    statuses: answers.map((a) => a.status),
    fresh: answers.filter((a) => a.status === 200 && field<boolean>(a.body, 'alreadyMember') === false).length,
    inTeams: (await sandboxChat(chatId)).members.filter((m) => m.userId === DEMO_USERS.ingrid).length,
    joinedMessages: (await botMessages(chatId)).filter((text) => text.includes('Ingrid Johansson')).length,
    timelineEntries: entries.length,
    auditEntries: audit.filter((e) => e.path === 'chat.joined').length,
  }).toEqual({ statuses: Array(10).fill(200), fresh: 1, inTeams: 1, joinedMessages: 1, timelineEntries: 1, auditEntries: 1 });
}, 60_000);

test('one Idempotency-Key sent to both instances at once makes one chat, connected and introduced once', async () => {
  const mads = await tokenFor(second.url, 'Mads Nielsen');
  const chatsBefore = z.object({ chats: z.array(z.unknown()) }).parse((await call(first.url, 'GET', '/sandbox/api/chats')).body).chats.length;
  const create = (url: string) =>
    call(url, 'POST', '/api/records/case-015/chats', { token: mads, body: { memberIds: [DEMO_USERS.sofie] }, headers: { 'idempotency-key': 'multi-key-1' } });
  const answers = await Promise.all([first.url, second.url, first.url, second.url, first.url, second.url].map(create));
  expect(answers.filter((a) => a.status !== 201 && a.status !== 409).map((a) => a.text)).toEqual([]);
  // The ones told to retry get the same chat when they do.
  const settled: ApiResponse[] = [];
  for (const [i, answer] of answers.entries()) {
    let res = answer;
    for (let tries = 0; res.status === 409 && tries < 50; tries++) {
      await new Promise((r) => setTimeout(r, 100));
      res = await create(i % 2 === 0 ? first.url : second.url);
    }
    settled.push(res);
  }
  expect(settled.map((a) => a.status)).toEqual(Array(6).fill(201));
  const chatIds = new Set(settled.map((a) => field<string>(a.body, 'chatId')));
  expect(chatIds.size).toBe(1);
  const [chatId = ''] = [...chatIds];
  const chatsAfter = z.object({ chats: z.array(z.unknown()) }).parse((await call(first.url, 'GET', '/sandbox/api/chats')).body).chats.length;
  expect(chatsAfter - chatsBefore).toBe(1);
  expect((await store.chats.connectionsOfRecord(CONTOSO, 'case-015')).map((c) => c.chatId)).toEqual([chatId]);
  expect((await store.timeline.list(CONTOSO, 'case-015', { limit: 20 }, ['chatConnected'])).items).toHaveLength(1);
  await waitForBotMessages(chatId, 1);
  await new Promise((r) => setTimeout(r, 300));
  expect(await botMessages(chatId)).toHaveLength(1); // one intro
}, 60_000);

const CHATS = 20;
const PER_CHAT = 91; // 1,820 messages and 180 delivered twice: 2,000 activities
const CONCURRENCY = 16; // per instance

const activity = (chat: number, n: number) => chatMessageActivity(`19:multi-${chat}@thread.v2`, `${chat}-${n}`, n, `${first.url}/sandbox/connector/`);

test('2,000 message activities shuffled across both instances, some delivered twice: every chat\'s last message is its true last one', async () => {
  for (let chat = 0; chat < CHATS; chat++) {
    await store.chats.createChatState({
      tenantId: CONTOSO, chatId: `19:multi-${chat}@thread.v2`, serviceUrl: `${first.url}/sandbox/connector/`, appInstalled: true,
      expectingInstall: false, pendingIntros: [], updatedAt: new Date().toISOString(),
    });
  }
  const all = [];
  for (let chat = 0; chat < CHATS; chat++) for (let n = 0; n < PER_CHAT; n++) all.push(activity(chat, n));
  const queue = shuffle([...all, ...shuffle(all, 7).slice(0, 2000 - all.length)], 42);
  const statuses = new Map<string, number>();
  const ms = new Map<string, number>();
  let next = 0;
  const started = Date.now();
  await Promise.all(
    [first.url, second.url].flatMap((url) =>
      Array.from({ length: CONCURRENCY }, async () => {
        const name = url === first.url ? 'first' : 'second';
        while (next < queue.length) {
          const body = JSON.stringify(queue[next++]);
          const sent = performance.now();
          const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          await res.arrayBuffer();
          statuses.set(`${name} ${res.status}`, (statuses.get(`${name} ${res.status}`) ?? 0) + 1);
          ms.set(name, (ms.get(name) ?? 0) + performance.now() - sent);
        }
      }),
    ),
  );
  process.stdout.write(`multi-instance: ${queue.length} activities in ${((Date.now() - started) / 1000).toFixed(1)} s ${JSON.stringify(Object.fromEntries(statuses))} (time in requests: ${[...ms].map(([name, total]) => `${name} ${(total / 1000).toFixed(0)} s`).join(', ')})\n`);
  expect([...statuses.keys()].sort()).toEqual(['first 200', 'second 200']);
  const last = await Promise.all(Array.from({ length: CHATS }, async (_, chat) => (await store.chats.getChatState(CONTOSO, `19:multi-${chat}@thread.v2`))?.value.lastMessage?.id));
  expect(last).toEqual(Array.from({ length: CHATS }, (_, chat) => `${chat}-${PER_CHAT - 1}`));
}, 60_000);
