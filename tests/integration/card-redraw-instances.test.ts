/**
 * F5 with two instances: two Casebridge servers on one database and one Teams (the second uses
 * the first's Cosmos and Teams sandbox), each redrawing a record's card after a change saved
 * through it. A small proxy in front of the sandbox's connector holds the first instance's card
 * update until the second has done all it will do, which is the interleaving that used to leave an
 * older card shown last: first reads version 1, second reads version 2 and updates the card,
 * then the first's update (version 1) lands. The card must end at version 2 and never go back.
 * Then what used to leave a card on an old version until the record's next change: a chat so busy
 * that the lease's writes keep losing the ETag race to its messages, a lease left behind by a run
 * that is gone, and a change saved while an intro card is on its way.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { createLogger } from '../../bot/src/logger';
import { startLocalCosmos, type LocalCosmos } from '../../bot/src/sandbox/local-cosmos';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { call, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';

const RECORD = 'case-003';
const GENEROUS_LIMITS = { RATE_LIMIT_API_PER_MINUTE: '100000', RATE_LIMIT_BOT_PER_MINUTE: '100000', RATE_LIMIT_DEV_TOKEN_PER_MINUTE: '1000' };

let dataDir: string;
let cosmos: LocalCosmos;
let first: TestServer;
let second: TestServer;
let proxy: Proxy;
let token: string;
let chatId: string;

/** Forwards the connector to `origin`; can hold one card update until released; logs the updates that went through. */
interface Proxy {
  url: string;
  /** Titles ("one", "two", …) of the card updates, in the order the sandbox took them. */
  updates: string[];
  /** Holds the next update of `activityId`; resolves with its release once it is held. */
  holdNext(activityId: string): Promise<() => void>;
  /** Holds the next new message the bot posts (its intro cards and notes), the same way. */
  holdNextPost(): Promise<() => void>;
  close(): Promise<void>;
}

async function startProxy(origin: string): Promise<Proxy> {
  const updates: string[] = [];
  let hold: { activityId: string | null; held: (release: () => void) => void } | null = null;
  const server = http.createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(Buffer.from(chunk as Uint8Array));
      const body = Buffer.concat(chunks);
      const url = req.url ?? '/';
      const update = req.method === 'PUT' ? /\/activities\/([^/?]+)$/.exec(url) : null;
      const activityId = update ? decodeURIComponent(update[1] ?? '') : null;
      const post = req.method === 'POST' && /\/activities(\/[^/?]+)?$/.test(url);
      if (hold && (hold.activityId === null ? post : activityId === hold.activityId)) {
        const { held } = hold;
        hold = null;
        await new Promise<void>((release) => held(release));
      }
      const answer = await fetch(new URL(url, origin), {
        method: req.method ?? 'GET',
        headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
        body: body.length > 0 ? body : undefined,
      });
      const text = await answer.text();
      if (activityId) updates.push(/Race (\w+)/.exec(body.toString())?.[1] ?? 'other');
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(text);
    })().catch((error: unknown) => {
      res.writeHead(502);
      res.end(String(error));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sandbox/connector/`,
    updates,
    holdNext: (activityId) => new Promise((held) => (hold = { activityId, held })),
    holdNextPost: () => new Promise((held) => (hold = { activityId: null, held })),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const Message = z.object({ id: z.string(), kind: z.string(), attachments: z.array(z.object({ content: z.unknown() })) });
const SandboxChat = z.object({ messages: z.array(Message) });

async function cardText(activityId: string): Promise<string> {
  const chat = SandboxChat.parse((await call(first.baseUrl, 'GET', `/sandbox/api/chats/${encodeURIComponent(chatId)}`)).body);
  return JSON.stringify(chat.messages.find((m) => m.id === activityId)?.attachments[0]?.content ?? null);
}

async function rename(server: TestServer, title: string, recordId = RECORD): Promise<void> {
  const current = await call(server.baseUrl, 'GET', `/api/records/${recordId}`, { token });
  const res = await call(server.baseUrl, 'PATCH', `/api/records/${recordId}`, { token, headers: { 'if-match': current.headers.get('etag') ?? '' }, body: { title } });
  expect(res.status).toBe(200);
}

async function versionOf(recordId: string): Promise<number> {
  const record = await first.app.store.records.get(CONTOSO, recordId);
  return Date.parse(record?.value.updatedAt ?? '');
}

async function introCard(recordId = RECORD): Promise<{ activityId: string; version: number | undefined }> {
  const state = await first.app.store.chats.getChatState(CONTOSO, chatId);
  const card = state?.value.cards?.find((c) => c.recordId === recordId && c.kind === 'intro');
  if (!card) throw new Error('the intro card is not remembered');
  return { activityId: card.activityId, version: card.version };
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'casebridge-redraw-'));
  cosmos = await startLocalCosmos({ dataDir, intervalMs: 60_000, logger: createLogger('silent'), persist: false });
  const database = { COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: 'k', COSMOS_ALLOW_SELF_SIGNED: 'true', ...GENEROUS_LIMITS };
  first = await startServer({ dataDir, env: database });
  // Same data directory: the same local sign-in key. No demo data of its own, no Teams of its own.
  second = await startServer({ dataDir, env: { ...database, GRAPH_BASE_URL: `${first.baseUrl}/sandbox/graph/v1.0`, CASEBRIDGE_SEED_DEMO: 'false', AZURE_STORAGE_CONNECTION_STRING: first.app.blobConnectionString ?? '' } });
  token = await tokenFor(first.baseUrl, 'Mads Nielsen');
  const created = await call(first.baseUrl, 'POST', `/api/records/${RECORD}/chats`, { token, headers: { 'idempotency-key': 'redraw-instances' }, body: { memberIds: [DEMO_USERS.sofie] } });
  expect(created.status).toBe(201);
  chatId = z.object({ chatId: z.string() }).parse(created.body).chatId;
  for (let i = 0; i < 100 && !(await first.app.store.chats.getChatState(CONTOSO, chatId))?.value.cards?.length; i++) await new Promise((r) => setTimeout(r, 100));
  // Both instances reach the chat through the proxy from now on.
  const state = await first.app.store.chats.getChatState(CONTOSO, chatId);
  if (!state?.value.serviceUrl) throw new Error('the bot does not know the chat');
  proxy = await startProxy(new URL(state.value.serviceUrl).origin);
  await first.app.store.chats.replaceChatState({ ...state.value, serviceUrl: proxy.url }, state.etag);
}, 120_000);

afterAll(async () => {
  await second?.stop();
  await first?.stop();
  await proxy?.close();
  await cosmos?.stop();
  await rm(dataDir, { recursive: true, force: true });
}, 60_000);

test('an update of version 1 held up while another instance draws version 2: the card ends at 2, never going back', async () => {
  const { activityId } = await introCard();
  const held = proxy.holdNext(activityId);
  await rename(first, 'Race one'); // the first instance reads version 1 and sends it: held
  const release = await held;
  await rename(second, 'Race two'); // the second reads version 2 while the first's update is on the way
  await second.app.cardUpdates();
  release();
  await first.app.cardUpdates();
  await second.app.cardUpdates();

  expect(proxy.updates).toEqual(['one', 'two']); // in the order of the versions, the newest last
  expect(await cardText(activityId)).toContain('Race two');
  const record = await first.app.store.records.get(CONTOSO, RECORD);
  expect((await introCard()).version).toBe(Date.parse(record?.value.updatedAt ?? ''));
  expect((await first.app.store.chats.getChatState(CONTOSO, chatId))?.value.redraws ?? []).toEqual([]); // the lease is given back
}, 60_000);

test('a chat busy with messages: the lease is claimed and given back all the same, and the card shows the change', async () => {
  const { activityId } = await introCard();
  const chats = first.app.store.chats;
  // For the next 8 writes of the chat's state (more than the 6 tries writes used to get), a message
  // lands in the chat (a real patch of its last message, E1) between the read and the write: each
  // of those writes loses its ETag check. Counted, not timed, so a loaded machine changes nothing.
  const BUSY_WRITES = 8;
  let messages = 0;
  const replace = chats.replaceChatState.bind(chats);
  const spy = jest.spyOn(chats, 'replaceChatState').mockImplementation(async (state, etag) => {
    if (messages < BUSY_WRITES) {
      messages++;
      await chats.recordLastMessage(CONTOSO, chatId, { id: `busy-${messages}`, fromUserId: null, fromName: 'Sofie', at: new Date().toISOString(), atMs: Date.now() + messages / 1000 });
    }
    return replace(state, etag);
  });
  try {
    await rename(first, 'Race busy');
    await first.app.cardUpdates();
  } finally {
    spy.mockRestore();
  }
  expect(messages).toBe(BUSY_WRITES);
  expect(await cardText(activityId)).toContain('Race busy');
  expect((await introCard()).version).toBe(await versionOf(RECORD));
  expect((await chats.getChatState(CONTOSO, chatId))?.value.redraws ?? []).toEqual([]);
}, 60_000);

test('a lease left behind by a run that is gone: a change queued on it is drawn once the lease has run out', async () => {
  const { activityId } = await introCard();
  const state = await first.app.store.chats.getChatState(CONTOSO, chatId);
  if (!state) throw new Error('the bot does not know the chat');
  // A run (on an instance since stopped, or one that could not give its lease back) holds it for 2 s more.
  const orphan = { recordId: RECORD, by: 'a-run-that-is-gone', untilMs: Date.now() + 2_000, again: false, atLeast: 0 };
  await first.app.store.chats.replaceChatState({ ...state.value, redraws: [orphan] }, state.etag);
  await rename(second, 'Race orphaned');
  await second.app.cardUpdates();
  expect(await cardText(activityId)).not.toContain('Race orphaned'); // queued on the lease: nothing drawn yet
  for (let i = 0; i < 100 && !(await cardText(activityId)).includes('Race orphaned'); i++) await new Promise((r) => setTimeout(r, 200));
  await second.app.cardUpdates();
  expect(await cardText(activityId)).toContain('Race orphaned');
  expect((await introCard()).version).toBe(await versionOf(RECORD));
  expect((await first.app.store.chats.getChatState(CONTOSO, chatId))?.value.redraws ?? []).toEqual([]);
}, 60_000);

test('a change saved while an intro card is on its way: the card is redrawn once it is remembered', async () => {
  const other = 'wo-001';
  const held = proxy.holdNextPost();
  // Connecting the chat to another record posts that record's intro card through the proxy: held.
  const connected = call(first.baseUrl, 'POST', `/api/records/${other}/chats/connect`, { token, body: { chatId } });
  const release = await held;
  await rename(first, 'Intro moved on', other); // redrawn at once: the chat has no card of it yet
  await first.app.cardUpdates();
  release();
  expect((await connected).status).toBe(201);
  await first.app.cardUpdates();
  const { activityId, version } = await introCard(other);
  expect(await cardText(activityId)).toContain('Intro moved on');
  expect(version).toBe(await versionOf(other));
}, 60_000);
