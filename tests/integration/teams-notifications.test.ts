/**
 * H3 in Teams, end to end on two real local-mode instances sharing one Cosmos-compatible server
 * and the first's Teams sandbox: assignments and customer replies become one batched, actionable
 * card in the agent's personal chat with the bot (created through the sandbox's connector) and an
 * activity-feed notification (Graph `sendActivityNotification`, recorded by the sandbox); the card's
 * buttons are real `adaptiveCard/action` invokes the sandbox sends to /api/messages. Bursts, size
 * limits, crafted actions and the search message extension: teams-notifications-batching.test.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { createLogger } from '../../bot/src/logger';
import { startLocalCosmos, type LocalCosmos } from '../../bot/src/sandbox/local-cosmos';
import { DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { cardProblems } from '../fixtures/adaptive-cards';
import { call, tokenFor } from '../fixtures/api-client';
import { outboxTo } from '../fixtures/mail-client';
import { startServer, type TestServer } from '../fixtures/server';
import { executes as executesOf, feedOf as feedAt, personalCards as cardsAt, sleep, texts, waitForCards as waitAt } from '../fixtures/teams-notify';

const LIMITS = { RATE_LIMIT_API_PER_MINUTE: '100000', RATE_LIMIT_BOT_PER_MINUTE: '100000', RATE_LIMIT_DEV_TOKEN_PER_MINUTE: '1000' };
const NOTIFY = { NOTIFY_BATCH_MS: '1500', NOTIFY_SWEEP_INTERVAL_MS: '50', CASEBRIDGE_ALLOWED_SERVICE_URLS: 'http://127.0.0.1:9/' };

let dataDir: string;
let cosmos: LocalCosmos;
let first: TestServer;
let second: TestServer;
let lars: string; // manager of Contoso: assigns anywhere

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'casebridge-notify-'));
  cosmos = await startLocalCosmos({ dataDir, intervalMs: 60_000, logger: createLogger('silent'), persist: false });
  const database = { COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: 'k', COSMOS_ALLOW_SELF_SIGNED: 'true', ...LIMITS, ...NOTIFY };
  first = await startServer({ dataDir, env: database });
  // Same data directory (the sign-in key) and database; the first's Teams sandbox; both sweep.
  second = await startServer({ dataDir, env: { ...database, GRAPH_BASE_URL: `${first.baseUrl}/sandbox/graph/v1.0`, CASEBRIDGE_SEED_DEMO: 'false', AZURE_STORAGE_CONNECTION_STRING: first.app.blobConnectionString ?? '' } });
  lars = await tokenFor(first.baseUrl, 'Lars Andersen');
}, 120_000);

afterAll(async () => {
  await second?.stop();
  await first?.stop();
  await cosmos?.stop();
  await rm(dataDir, { recursive: true, force: true });
}, 60_000);

const InvokeAnswer = z.object({ status: z.number(), body: z.object({ statusCode: z.number(), type: z.string(), value: z.unknown() }) });

// The first instance hosts the Teams sandbox both instances use.
const personalCards = (userId: string) => cardsAt(first.baseUrl, userId);
const waitForCards = (userId: string, count: number) => waitAt(first.baseUrl, userId, count, 30_000);
const feedOf = (userId: string) => feedAt(first.baseUrl, userId);
/** The feed goes out right after the card: the person's feed once it has `count` notifications. */
async function waitForFeed(userId: string, count: number) {
  for (let i = 0; i < 600; i++) {
    const feed = await feedOf(userId);
    if (feed.length >= count) return feed;
    await sleep(50);
  }
  return feedOf(userId);
}
const executes = executesOf;

async function assign(recordId: string, userId: string | null, baseUrl = first.baseUrl) {
  const current = await call(baseUrl, 'GET', `/api/records/${recordId}`, { token: lars });
  const res = await call(baseUrl, 'POST', `/api/records/${recordId}/assign`, { token: lars, headers: { 'if-match': current.headers.get('etag') ?? '' }, body: { userId } });
  expect(res.status).toBe(200);
}

async function ownerOf(recordId: string): Promise<string | null> {
  const res = await call(first.baseUrl, 'GET', `/api/records/${recordId}`, { token: lars });
  return z.looseObject({ owner: z.object({ id: z.string() }).nullable() }).parse(res.body).owner?.id ?? null;
}

/** A person presses a button of a card in their personal chat: the sandbox sends the invoke, as Teams does. */
async function press(userId: string, chatId: string, messageId: string, verb: string, data: unknown) {
  const res = await call(first.baseUrl, 'POST', `/sandbox/api/chats/${encodeURIComponent(chatId)}/invoke`, { body: { userId, messageId, verb, data } });
  expect(res.status).toBe(200);
  const answer = InvokeAnswer.parse(res.body);
  expect(answer.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
  expect(cardProblems(answer.body.value as { version: string })).toEqual([]);
  return answer.body.value;
}

describe('notifications', () => {
  test('an assignment: one card in the personal chat and an activity-feed notification that opens the case', async () => {
    await assign('case-002', DEMO_USERS.sofie);
    const { cards } = await waitForCards(DEMO_USERS.sofie, 1);
    expect(cards).toHaveLength(1);
    const card = cards[0]?.card;
    expect(cardProblems(card as { version: string })).toEqual([]);
    expect(texts(card)).toContain('CAS-01002 · Faktura mangler på ordre 4471');
    expect(texts(card)).toContain('Lars Andersen har tildelt dig sagen.'); // Sofie uses Teams in Danish
    expect(executes(card).map((a) => a.verb)).toEqual(['work.refresh', 'work.reply']); // hers already: no Accept
    const feed = await waitForFeed(DEMO_USERS.sofie, 1);
    expect(feed).toHaveLength(1);
    expect(feed[0]).toMatchObject({ activityType: 'caseAssigned', fromUserId: null, templateParameters: { assigner: 'Lars Andersen', caseNumber: 'CAS-01002' } });
    const link = new URL(feed[0]?.topic.webUrl ?? '');
    expect(`${link.origin}${link.pathname}`).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\/[^/]+\/records$/);
    expect(JSON.parse(link.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: 'case/case-002' });
    expect(link.searchParams.get('webUrl')).toBe(`${first.app.config.publicUrl}/records/case/case-002`);
    // The sandbox page shows it in Sofie's view, as Teams' activity feed would.
    const { chatId } = await personalCards(DEMO_USERS.sofie);
    const page = await call(first.baseUrl, 'GET', `/sandbox/chats/${encodeURIComponent(chatId)}?as=${DEMO_USERS.sofie}`);
    expect(page.text).toContain('Activity feed of the selected person (1)');
    expect(page.text).toContain('data-type="caseAssigned"');
    expect(page.text).toContain('assigner: Lars Andersen');
  });

  test('Accept on the card: the case becomes theirs and the answer card says so', async () => {
    await assign('case-002', null); // back in the queue: Sofie's card now offers Accept
    const { chatId, cards } = await personalCards(DEMO_USERS.sofie);
    const message = cards[0];
    const refresh = executes(message?.card).find((a) => a.verb === 'work.refresh');
    const refreshed = await press(DEMO_USERS.sofie, chatId, message?.id ?? '', 'work.refresh', refresh?.data);
    const accept = executes(refreshed).find((a) => a.verb === 'work.accept');
    expect(accept?.data.recordId).toBe('case-002');
    const answer = await press(DEMO_USERS.sofie, chatId, message?.id ?? '', 'work.accept', accept?.data);
    expect(await ownerOf('case-002')).toBe(DEMO_USERS.sofie);
    expect(texts(answer)).toContain('Du har overtaget sagen. Den er din nu.');
    expect(texts(answer)).toContain('Sofie Kristensen');
    expect(executes(answer).map((a) => a.verb)).not.toContain('work.accept');
    // Her view in the chat is the answer card (Universal Actions: a user-specific view).
    expect(texts((await personalCards(DEMO_USERS.sofie)).cards[0]?.card)).toContain('Du har overtaget sagen.');
  });

  test('Accept on a case someone else took meanwhile: refused, naming them', async () => {
    await assign('case-010', DEMO_USERS.mads);
    const { chatId, cards } = await waitForCards(DEMO_USERS.mads, 1);
    const message = cards.at(-1);
    await assign('case-010', DEMO_USERS.astrid);
    const data = executes(message?.card).find((a) => a.verb === 'work.refresh')?.data;
    const answer = await press(DEMO_USERS.mads, chatId, message?.id ?? '', 'work.accept', { ...data, recordId: 'case-010' });
    expect(texts(answer)).toContain('Astrid Holm har allerede sagen.');
    expect(await ownerOf('case-010')).toBe(DEMO_USERS.astrid);
  });

  test('a transfer: the card carries the colleague\'s note, and the feed says who transferred it', async () => {
    const current = await call(first.baseUrl, 'GET', '/api/records/case-007', { token: lars });
    const res = await call(first.baseUrl, 'POST', '/api/records/case-007/transfer', { token: lars, headers: { 'if-match': current.headers.get('etag') ?? '' }, body: { userId: DEMO_USERS.ingrid, note: 'Kan du kolla mätaren? Kunden ringer igen i morgon.' } });
    expect(res.status).toBe(200);
    const { cards } = await waitForCards(DEMO_USERS.ingrid, 1);
    const card = texts(cards[0]?.card);
    expect(card).toContain('Lars Andersen har överfört ärendet till dig.'); // Ingrid uses Teams in Swedish
    expect(card).toContain('Kan du kolla mätaren? Kunden ringer igen i morgon.');
    expect(card).toContain('Öppna');
    expect((await waitForFeed(DEMO_USERS.ingrid, 1)).map((f) => [f.activityType, f.templateParameters])).toEqual([['caseTransferred', { assigner: 'Lars Andersen', caseNumber: 'CAS-01007' }]]);
  });

  test('a short reply typed on the card goes to the customer by e-mail', async () => {
    const { chatId, cards } = await personalCards(DEMO_USERS.sofie);
    const message = cards[0];
    const reply = executes(message?.card).find((a) => a.verb === 'work.reply');
    expect(reply?.data).toMatchObject({ recordId: 'case-002', input: 'reply0' });
    // Teams merges the card's inputs into the action's data.
    const answer = await press(DEMO_USERS.sofie, chatId, message?.id ?? '', 'work.reply', { ...reply?.data, reply0: 'Hej Mette, fakturaen er på vej.' });
    expect(texts(answer)).toContain('Dit svar er på vej til kunden.');
    await first.app.mailIdle();
    await second.app.mailIdle();
    let sent: Awaited<ReturnType<typeof outboxTo>> = [];
    for (let i = 0; i < 100 && sent.length === 0; i++) {
      sent = (await outboxTo(first, 'mette@nordlys.example')).filter((m) => m.raw.includes('fakturaen er p'));
      if (sent.length === 0) await sleep(50);
    }
    expect(sent).toHaveLength(1);
    expect(sent[0]?.raw).toMatch(/Subject: .*CAS-01002/);
  });

  test('with Teams notifications off, nothing is sent; the preference is the user\'s own', async () => {
    const erik = await tokenFor(first.baseUrl, 'Erik Lindqvist');
    expect((await call(first.baseUrl, 'GET', '/api/me/preferences', { token: erik })).body).toEqual({ teamsNotifications: true });
    expect((await call(first.baseUrl, 'PUT', '/api/me/preferences', { token: erik, body: { teamsNotifications: 'no' } })).status).toBe(400);
    const off = await call(first.baseUrl, 'PUT', '/api/me/preferences', { token: erik, body: { teamsNotifications: false } });
    expect(off.status).toBe(200);
    expect(off.body).toEqual({ teamsNotifications: false });
    expect((await call(second.baseUrl, 'GET', '/api/me/preferences', { token: erik })).body).toEqual({ teamsNotifications: false });
    expect((await call(first.baseUrl, 'GET', '/api/me/preferences', { token: lars })).body).toEqual({ teamsNotifications: true });
    await assign('case-006', DEMO_USERS.erik);
    // A later assignment to someone else, seen delivered: the sweeps went past Erik's window by then.
    const astrid = (await personalCards(DEMO_USERS.astrid)).cards.length;
    await assign('case-022', DEMO_USERS.astrid, second.baseUrl);
    await waitForCards(DEMO_USERS.astrid, astrid + 1);
    expect((await personalCards(DEMO_USERS.erik)).cards).toHaveLength(0);
    expect(await feedOf(DEMO_USERS.erik)).toHaveLength(0);
  });

  test('two instances sweeping the same inboxes at once: each event is told exactly once', async () => {
    // Both instances sweep every 50 ms over the same due inboxes; events come in through both.
    const people = [DEMO_USERS.karin, DEMO_USERS.ingrid, DEMO_USERS.mads] as const;
    const cases = { [DEMO_USERS.karin]: ['case-024', 'case-014'], [DEMO_USERS.ingrid]: ['case-016', 'case-021'], [DEMO_USERS.mads]: ['case-027', 'case-029'] };
    const before = new Map(await Promise.all(people.map(async (p) => [p, (await personalCards(p)).cards.length] as const)));
    const feedBefore = new Map(await Promise.all(people.map(async (p) => [p, (await feedOf(p)).length] as const)));
    await Promise.all(people.map(async (p) => {
      const [a, b] = cases[p] ?? [];
      await assign(a ?? '', p, second.baseUrl);
      await assign(b ?? '', p, first.baseUrl);
    }));
    // Then one more each, seen delivered: every card of the two above has gone out by then.
    for (const p of people) await assign('case-009', p);
    for (const p of people) {
      const number = (id: string) => `CAS-01${id.slice(-3)}`;
      let all: Array<{ card: unknown }> = [];
      for (let i = 0; i < 600; i++) {
        all = (await personalCards(p)).cards.slice(before.get(p) ?? 0);
        if (all.some((c) => texts(c.card).includes('CAS-01009'))) break;
        await sleep(50);
      }
      const shown = all.map((c) => texts(c.card)).join('\n');
      for (const id of cases[p] ?? []) expect(shown.split(number(id)).length - 1).toBeGreaterThan(0);
      // Each case on exactly one card (a card names its case in its heading and its deep link).
      for (const id of cases[p] ?? []) expect(all.filter((c) => texts(c.card).includes(number(id)))).toHaveLength(1);
      // The feed goes out after the card: wait until the sentinel case's notification is there too.
      let feed: string[] = [];
      for (let i = 0; i < 600; i++) {
        feed = (await feedOf(p)).slice(feedBefore.get(p) ?? 0).map((f) => f.topic.value.slice(0, 9));
        if (feed.includes('CAS-01009')) break;
        await sleep(50);
      }
      expect(feed.filter((n) => n !== 'CAS-01009').sort()).toEqual((cases[p] ?? []).map(number).sort());
    }
  });
});
