/**
 * Load (bounded, loopback only): 5,000 message activities from 50 connected chats posted
 * concurrently to /api/messages, 10 % of them delivered twice and all of them shuffled (so many
 * arrive out of order). Afterwards every chat's last message is its true last one, and nothing
 * failed.
 */
import { startServer, type TestServer } from '../fixtures/server';
import { CONTOSO } from '../../bot/src/sandbox/demo-data';
import { chatMessageActivity, shuffle } from '../fixtures/activities';

jest.setTimeout(180_000);

const CHATS = 50;
const PER_CHAT = 100;
const CONCURRENCY = 32;

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ env: { CASEBRIDGE_ALLOWED_SERVICE_URLS: 'http://127.0.0.1:9/', RATE_LIMIT_BOT_PER_MINUTE: '1000000' } });
}, 120_000);
afterAll(() => server.stop(), 60_000);

const activity = (chat: number, n: number) => chatMessageActivity(`19:load-${chat}@thread.v2`, `${chat}-${n}`, n, 'http://127.0.0.1:9/');

test('5,000 concurrent message activities, 10 % redelivered, out of order: every last message is the true last one', async () => {
  for (let chat = 0; chat < CHATS; chat++) {
    await server.app.store.chats.createChatState({
      tenantId: CONTOSO, chatId: `19:load-${chat}@thread.v2`, serviceUrl: 'http://127.0.0.1:9/', appInstalled: true,
      expectingInstall: false, pendingIntros: [], updatedAt: new Date().toISOString(),
    });
  }
  const all = [];
  for (let chat = 0; chat < CHATS; chat++) for (let n = 0; n < PER_CHAT; n++) all.push(activity(chat, n));
  const redelivered = shuffle(all, 7).slice(0, all.length / 10);
  const queue = shuffle([...all, ...redelivered]);
  const statuses = new Map<number, number>();
  const started = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < queue.length) {
        const body = JSON.stringify(queue[next++]);
        const res = await fetch(`${server.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(`load: ${queue.length} activities in ${seconds.toFixed(1)} s (${Math.round(queue.length / seconds)}/s)\n`);
  expect(Object.fromEntries(statuses)).toEqual({ 200: queue.length });
  for (let chat = 0; chat < CHATS; chat++) {
    const state = await server.app.store.chats.getChatState(CONTOSO, `19:load-${chat}@thread.v2`);
    expect(state?.value.lastMessage?.id).toBe(`${chat}-${PER_CHAT - 1}`);
  }
});
