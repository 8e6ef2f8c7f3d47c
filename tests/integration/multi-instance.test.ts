/**
 * More than one instance: two Casebridge processes (the real entry point, each its own process)
 * on one database and one Teams, as behind a load balancer. The first runs the embedded
 * Cosmos-compatible server and the Teams sandbox; the second uses both (COSMOS_ENDPOINT,
 * GRAPH_BASE_URL) and shares only the data directory's local sign-in key. Requests race across
 * the two, so whatever keeps them right must live in the database (ETags, conditional writes),
 * not in one process's memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { AZURITE_ACCOUNT, AZURITE_ACCOUNT_KEY } from '../../bot/src/sandbox/azurite';
import { openStore, type Store } from '../../bot/src/storage/cosmos/cosmos-store';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { call, field, tokenFor, type ApiResponse } from '../fixtures/api-client';
import { REPO_ROOT } from '../fixtures/server';
import { chatMessageActivity, shuffle } from '../fixtures/activities';

interface Instance {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Limits far above what the test sends: it measures correctness, not the limiter. */
const GENEROUS_LIMITS = {
  RATE_LIMIT_API_PER_MINUTE: '100000', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000', RATE_LIMIT_DEV_TOKEN_PER_MINUTE: '1000', RATE_LIMIT_BOT_PER_MINUTE: '100000',
};

let dataDir: string;
let first: Instance;
let second: Instance;
let cosmosEndpoint: string;
let store: Store;
const instances: Instance[] = [];

/** Starts the real entry point; resolves once it prints where it listens (and `ready` matched its output). */
async function start(env: Record<string, string>, ready: RegExp = /Open http:\/\/localhost:\d+/): Promise<Instance & { match: RegExpExecArray }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', CASEBRIDGE_SMTP_PORT: '0', CASEBRIDGE_DATA_DIR: dataDir, LOG_LEVEL: 'info', ...GENEROUS_LIMITS, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  instances.push({ child, url: '', output: () => output }); // stopped in afterAll even if it never gets ready
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not started:\n${output}`)), 60_000);
    const check = () => {
      const found = ready.exec(output);
      const url = /Open http:\/\/localhost:(\d+)/.exec(output);
      if (found && url) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code}:\n${output}`));
    });
  });
  const port = /Open http:\/\/localhost:(\d+)/.exec(output)?.[1] ?? '';
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, match };
}

function azuriteConnectionString(blobUrl: string): string {
  if (!blobUrl) throw new Error('the first instance printed no blob storage address');
  return `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_ACCOUNT_KEY};BlobEndpoint=${blobUrl};`;
}

async function stop(instance: Instance): Promise<void> {
  if (instance.child.exitCode !== null || instance.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => instance.child.once('exit', () => resolve()));
  instance.child.kill('SIGTERM');
  const timer = setTimeout(() => instance.child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'casebridge-multi-'));
  const started = await start({ CASEBRIDGE_SNAPSHOT_INTERVAL_MS: '60000' }, /"endpoint":"(https:\/\/127\.0\.0\.1:\d+)","msg":"embedded Cosmos-compatible server started"/);
  first = started;
  cosmosEndpoint = started.match[1] ?? '';
  second = await start({
    COSMOS_ENDPOINT: cosmosEndpoint, COSMOS_KEY: 'local', COSMOS_ALLOW_SELF_SIGNED: 'true',
    GRAPH_BASE_URL: `${first.url}/sandbox/graph/v1.0`, CASEBRIDGE_SEED_DEMO: 'false', LOG_LEVEL: 'warn',
    // The first instance's Azurite: one blob store, as one Storage account serves every instance in Azure.
    AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(/Blob storage: +(http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1)/.exec(first.output())?.[1] ?? ''),
  });
  store = await openStore({ endpoint: cosmosEndpoint, key: 'local', database: 'casebridge', allowSelfSigned: true, createIfMissing: false });
}, 130_000);

afterAll(async () => {
  store?.close();
  // The second first: it uses the first's database.
  for (const instance of [...instances].reverse()) await stop(instance);
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
