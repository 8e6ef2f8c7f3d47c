/**
 * F5 with two instances: two Casebridge servers on one database and one Teams (the second uses
 * the first's Cosmos and Teams sandbox), each redrawing a record's card after a change saved
 * through it. A small proxy in front of the sandbox's connector holds the first instance's card
 * update until the second has done all it will do, which is the interleaving that used to leave an
 * older card shown last: first reads version 1, second reads version 2 and updates the card,
 * then the first's update (version 1) lands. The card must end at version 2 and never go back.
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
  close(): Promise<void>;
}

async function startProxy(origin: string): Promise<Proxy> {
  const updates: string[] = [];
  let hold: { activityId: string; held: (release: () => void) => void } | null = null;
  const server = http.createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(Buffer.from(chunk as Uint8Array));
      const body = Buffer.concat(chunks);
      const url = req.url ?? '/';
      const update = req.method === 'PUT' ? /\/activities\/([^/?]+)$/.exec(url) : null;
      const activityId = update ? decodeURIComponent(update[1] ?? '') : null;
      if (hold && activityId === hold.activityId) {
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const Message = z.object({ id: z.string(), kind: z.string(), attachments: z.array(z.object({ content: z.unknown() })) });
const SandboxChat = z.object({ messages: z.array(Message) });

async function cardText(activityId: string): Promise<string> {
  const chat = SandboxChat.parse((await call(first.baseUrl, 'GET', `/sandbox/api/chats/${encodeURIComponent(chatId)}`)).body);
  return JSON.stringify(chat.messages.find((m) => m.id === activityId)?.attachments[0]?.content ?? null);
}

async function rename(server: TestServer, title: string): Promise<void> {
  const current = await call(server.baseUrl, 'GET', `/api/records/${RECORD}`, { token });
  const res = await call(server.baseUrl, 'PATCH', `/api/records/${RECORD}`, { token, headers: { 'if-match': current.headers.get('etag') ?? '' }, body: { title } });
  expect(res.status).toBe(200);
}

async function introCard(): Promise<{ activityId: string; version: number | undefined }> {
  const state = await first.app.store.chats.getChatState(CONTOSO, chatId);
  const card = state?.value.cards?.find((c) => c.recordId === RECORD && c.kind === 'intro');
  if (!card) throw new Error('the intro card is not remembered');
  return { activityId: card.activityId, version: card.version };
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'casebridge-redraw-'));
  cosmos = await startLocalCosmos({ dataDir, intervalMs: 60_000, logger: createLogger('silent'), persist: false });
  const database = { COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: 'k', COSMOS_ALLOW_SELF_SIGNED: 'true', ...GENEROUS_LIMITS };
  first = await startServer({ dataDir, env: database });
  // Same data directory: the same local sign-in key. No demo data of its own, no Teams of its own.
  second = await startServer({ dataDir, env: { ...database, GRAPH_BASE_URL: `${first.baseUrl}/sandbox/graph/v1.0`, CASEBRIDGE_SEED_DEMO: 'false' } });
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
