/**
 * H3 in Teams on one local-mode server whose notification sweep the test runs itself (no timer
 * within the test's time, so a loaded machine cannot split a burst across two sweeps): a burst of
 * customer mails is one card that fits Teams' size limit, a crafted card action never shows anyone
 * a message they may not read, and the search message extension answers real
 * `composeExtension/query` invoke JSON, odd input included, with a friendly message. The batching
 * window in real time is tested in teams-notifications.test.ts.
 */
import { z } from 'zod';
import { CONTOSO, DEMO_USERS, FABRIKAM } from '../../bot/src/sandbox/demo-data';
import { cardProblems } from '../fixtures/adaptive-cards';
import { call, tokenFor } from '../fixtures/api-client';
import { sendMail } from '../fixtures/mail-client';
import { startServer, type TestServer } from '../fixtures/server';
import { executes, feedOf, invokeActivity, personalCards, texts } from '../fixtures/teams-notify';

const ENV = {
  RATE_LIMIT_API_PER_MINUTE: '100000', RATE_LIMIT_BOT_PER_MINUTE: '100000', RATE_LIMIT_DEV_TOKEN_PER_MINUTE: '1000',
  // Every inbox is due at once, and the timer's first sweep is ten minutes away: the test sweeps.
  NOTIFY_BATCH_MS: '0', NOTIFY_SWEEP_INTERVAL_MS: '600000', CASEBRIDGE_ALLOWED_SERVICE_URLS: 'http://127.0.0.1:9/',
};
/** Teams' limit on a message, as the sandbox enforces it. */
const MAX_MESSAGE_BYTES = 28 * 1024;

let server: TestServer;
let lars: string;

beforeAll(async () => {
  server = await startServer({ env: ENV });
  lars = await tokenFor(server.baseUrl, 'Lars Andersen');
}, 120_000);

afterAll(() => server?.stop(), 60_000);

async function assign(recordId: string, userId: string, token = lars) {
  const current = await call(server.baseUrl, 'GET', `/api/records/${recordId}`, { token });
  const res = await call(server.baseUrl, 'POST', `/api/records/${recordId}/assign`, { token, headers: { 'if-match': current.headers.get('etag') ?? '' }, body: { userId } });
  expect(res.status).toBe(200);
}

const cards = (userId: string) => personalCards(server.baseUrl, userId);
/** Lets the intake finish with every mail sent so far, then delivers what is due, as the timer would. */
async function sweep() {
  await server.app.mailIdle();
  return server.app.notifySweep();
}

/** The case, its customer's address and name (intake files a reply on the case by its number). */
const CASES = [
  ['case-003', 'CAS-01003', 'Henrik Madsen <henrik@fjordlogistik.example>'], ['case-005', 'CAS-01005', 'Anders Nilsson <anders.nilsson@vasabygg.example>'],
  ['case-007', 'CAS-01007', 'Johan Persson <johan@sundsvallenergi.example>'], ['case-009', 'CAS-01009', 'Søren Bach <soren@oresundmedical.example>'],
  ['case-011', 'CAS-01011', 'Björn Ek <bjorn.ek@example.se>'], ['case-013', 'CAS-01013', 'Jens Sørensen <jens.sorensen@nordlys.example>'],
  ['case-021', 'CAS-01021', 'Elin Gustafsson <elin@sundsvallenergi.example>'], ['case-023', 'CAS-01023', 'Freja Lund <freja.lund@example.dk>'],
] as const;

describe('batching', () => {
  test('30 customer mails over 8 cases between two sweeps: exactly one card, under Teams\' size limit, and at most one feed notification per case', async () => {
    // Astrid owns the eight cases (written straight to the store: an assignment through the API would
    // be a card of its own first, a whole batching window of waiting).
    for (const [id] of CASES) {
      const found = await server.app.store.records.get(CONTOSO, id);
      if (!found) throw new Error(`no ${id}`);
      await server.app.store.records.replace({ ...found.value, ownerId: DEMO_USERS.astrid }, found.etag);
    }
    const assigned = await cards(DEMO_USERS.astrid);
    await Promise.all(Array.from({ length: 30 }, (_, i) => {
      const [, number, from] = CASES[i % CASES.length] ?? CASES[0];
      return sendMail(server, { from, subject: `Re: [${number}] Update ${i + 1}`, text: `Update number ${i + 1}: ${'still broken, please call us back. '.repeat(12)}` });
    }));
    expect(await sweep()).toBeGreaterThan(0);
    const { cards: after } = await cards(DEMO_USERS.astrid);
    expect(after).toHaveLength(assigned.cards.length + 1);
    const card = after.at(-1)?.card;
    expect(cardProblems(card as { version: string })).toEqual([]);
    expect(Buffer.byteLength(texts(card))).toBeLessThan(MAX_MESSAGE_BYTES);
    for (const [, number] of CASES) expect(texts(card)).toContain(number);
    for (const action of executes(card)) expect(Buffer.byteLength(JSON.stringify(action.data))).toBeLessThan(200);
    // Nothing of that burst comes later: a later assignment is a card of its own, and the last.
    await assign('case-017', DEMO_USERS.astrid);
    await sweep();
    const { cards: all } = await cards(DEMO_USERS.astrid);
    expect(all).toHaveLength(assigned.cards.length + 2);
    expect(texts(all.at(-1)?.card)).toContain('CAS-01017');
    for (const [, number] of CASES) expect(texts(all.at(-1)?.card)).not.toContain(number);
    const replied = (await feedOf(server.baseUrl, DEMO_USERS.astrid)).filter((f) => f.activityType === 'customerReplied');
    expect(replied.length).toBeGreaterThan(0);
    expect(replied.length).toBeLessThanOrEqual(CASES.length);
    expect(new Set(replied.map((f) => f.topic.value.slice(0, 9))).size).toBe(replied.length);
  }, 180_000);

  test('a burst of five mails on one case: one card quoting the newest and counting the rest, one feed notification', async () => {
    const before = (await cards(DEMO_USERS.lars)).cards.length;
    await Promise.all(Array.from({ length: 5 }, (_, i) => sendMail(server, {
      from: 'Line Poulsen <line@oresundmedical.example>', subject: `Re: [CAS-01030] Escalation ${i + 1}`, text: `Burst number ${i + 1}: the outage is back.`,
    })));
    await sweep();
    const { cards: after } = await cards(DEMO_USERS.lars);
    expect(after).toHaveLength(before + 1);
    const card = texts(after.at(-1)?.card);
    expect(card.match(/Line Poulsen har svaret:/g)).toHaveLength(3); // Lars uses Teams in Danish
    expect(card).toContain('Tidligere opdateringer: 2.');
    expect(card.match(/Burst number \d: the outage is back\./g)).toHaveLength(3);
    await assign('case-014', DEMO_USERS.lars, await tokenFor(server.baseUrl, 'Karin Berg')); // nobody is told of their own assignment
    await sweep();
    const { cards: all } = await cards(DEMO_USERS.lars);
    expect(all).toHaveLength(before + 2);
    expect(texts(all.at(-1)?.card)).not.toContain('Burst number');
    expect((await feedOf(server.baseUrl, DEMO_USERS.lars)).filter((f) => f.activityType === 'customerReplied')).toHaveLength(1);
  }, 120_000);
});

describe('a crafted card action', () => {
  const Answer = z.object({ statusCode: z.number(), type: z.string(), value: z.unknown() });
  const press = async (oid: string, data: unknown, verb = 'work.refresh') => {
    const res = await call(server.baseUrl, 'POST', '/api/messages', { body: invokeActivity('adaptiveCard/action', { action: { type: 'Action.Execute', verb, data } }, { tenantId: CONTOSO, oid }, 'sv-SE', 'personal') });
    expect(res.status).toBeLessThan(500);
    return Answer.parse(res.body);
  };

  test('Oskar (no read on work orders) never sees a message he may not read, nor anyone else\'s batch', async () => {
    const current = await call(server.baseUrl, 'GET', '/api/records/wo-001', { token: lars });
    const noted = await call(server.baseUrl, 'POST', '/api/records/wo-001/notes', { token: lars, headers: { 'if-match': current.headers.get('etag') ?? '' }, body: { text: 'SECRET door code 4711 for the server room' } });
    expect(noted.status).toBe(201);
    const noteId = z.looseObject({ message: z.looseObject({ id: z.string() }) }).parse(noted.body).message.id;
    const threads = z.object({ items: z.array(z.looseObject({ id: z.string(), messages: z.array(z.looseObject({ id: z.string() })) })) }).parse((await call(server.baseUrl, 'GET', '/api/records/wo-001/conversations', { token: lars })).body).items;
    const message = { id: noteId, conversationId: threads.find((c) => c.messages.some((m) => m.id === noteId))?.id ?? '' };
    expect(message.conversationId).not.toBe('');
    // The reference to the internal note, dressed up as a reply on a case Oskar can read, and on the work order itself.
    for (const r of ['case-001', 'wo-001']) {
      const answer = await press(DEMO_USERS.oskar, { v: 1, events: [{ k: 'customerReplied', r, c: message.conversationId, m: message.id }], recordId: r });
      expect(texts(answer)).not.toContain('SECRET');
      expect(texts(answer)).not.toContain('4711');
    }
    // Someone else's real batch: nothing of it.
    const astrid = (await cards(DEMO_USERS.astrid)).cards.at(-1)?.card;
    const theirs = executes(astrid).find((a) => a.verb === 'work.refresh')?.data;
    expect(theirs?.b).toBeTruthy();
    const answer = await press(DEMO_USERS.oskar, theirs);
    expect(answer.statusCode).toBe(200);
    expect(texts(answer)).toContain('Det här kortet är inte längre tillgängligt.');
    expect(texts(answer)).not.toContain('CAS-01017');
  });
});

describe('search message extension', () => {
  const Answer = z.object({
    composeExtension: z.object({
      type: z.literal('result'),
      attachmentLayout: z.literal('list'),
      attachments: z.array(z.object({
        contentType: z.literal('application/vnd.microsoft.card.adaptive'),
        content: z.looseObject({ version: z.string(), body: z.array(z.looseObject({ text: z.string().optional() })), actions: z.array(z.looseObject({ url: z.string().optional() })) }),
        preview: z.object({ contentType: z.literal('application/vnd.microsoft.card.thumbnail'), content: z.object({ title: z.string(), text: z.string().optional() }) }),
      })),
    }),
  });
  const Message = z.strictObject({ composeExtension: z.strictObject({ type: z.literal('message'), text: z.string() }) });

  const queryValue = (text: string | null, commandId = 'searchCases') => ({ commandId, parameters: text === null ? [{ name: 'initialRun', value: 'true' }] : [{ name: 'query', value: text }], queryOptions: { skip: 0, count: 25 } });
  const mads = { tenantId: CONTOSO, oid: DEMO_USERS.mads };
  const nora = { tenantId: FABRIKAM, oid: DEMO_USERS.nora };

  async function search(text: string | null, user = mads, locale?: string) {
    const res = await call(server.baseUrl, 'POST', '/api/messages', { body: invokeActivity('composeExtension/query', queryValue(text), user, locale) });
    expect(res.status).toBe(200);
    const answer = Answer.parse(res.body);
    for (const a of answer.composeExtension.attachments) expect(cardProblems(a.content)).toEqual([]);
    return answer.composeExtension.attachments;
  }
  const titles = (found: Awaited<ReturnType<typeof search>>) => found.map((a) => a.preview.content.title);

  test('by number: that case, as its link card with a preview', async () => {
    const found = await search('CAS-01003', mads, 'da-DK');
    expect(titles(found)[0]).toBe('CAS-01003 · VPN disconnects every 10 minutes');
    expect(found[0]?.content.version).toBe('1.3');
    expect(found[0]?.content.body.map((b) => b.text)).toContain('Sag · CAS-01003');
    expect(found[0]?.content.actions[0]?.url).toBe(`${server.app.config.publicUrl}/records/case/case-003`);
  });

  test('by words and by person', async () => {
    expect(titles(await search('vpn disconnects'))).toContain('CAS-01003 · VPN disconnects every 10 minutes');
    const byPerson = titles(await search('Henrik Madsen')); // p-03: cases 3, 15 and 25
    expect(byPerson).toEqual(expect.arrayContaining(['CAS-01003 · VPN disconnects every 10 minutes', 'CAS-01015 · Container tracking shows wrong port', 'CAS-01025 · Pallet scanner reads wrong barcode']));
  });

  test('an empty query lists my open cases', async () => {
    const mine = titles(await search(null));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine).toContain('CAS-01001 · Printer offline on 3rd floor');
    expect(mine).not.toContain('CAS-01019 · Label printer prints blank labels'); // Mads's, but resolved
    expect(mine).not.toContain('CAS-01003 · VPN disconnects every 10 minutes'); // Sofie's
  });

  test('nobody finds a case they may not read', async () => {
    expect(titles(await search('conveyor belt', nora))).toEqual(['fab-case-001'].map(() => expect.stringContaining('conveyor belt stopped')));
    expect(await search('conveyor belt', mads)).toEqual([]);
    expect(await search('CAS-01003', nora)).toEqual([]);
  });

  test('another command, a malformed value, or someone unknown to Casebridge: 200 with a message in their language', async () => {
    const ask = async (value: unknown, user: { tenantId: string; oid: string }, locale: string) => {
      const res = await call(server.baseUrl, 'POST', '/api/messages', { body: invokeActivity('composeExtension/query', value, user, locale) });
      expect(res.status).toBe(200);
      return Message.parse(res.body).composeExtension.text;
    };
    expect(await ask(queryValue('vpn', 'somethingElse'), mads, 'en-US')).toBe('That search could not be understood. Type a case number or some words.');
    expect(await ask({ commandId: 'searchCases', queryOptions: { skip: 'ten' } }, mads, 'da-DK')).toBe('Søgningen kunne ikke forstås. Skriv et sagsnummer eller nogle ord.');
    expect(await ask(queryValue('vpn'), { tenantId: CONTOSO, oid: '0b7c0a38-0000-4000-8000-00000000ffff' }, 'sv-SE')).toBe('Du är inte upplagd som användare i Casebridge än. Be din administratör om åtkomst.');
  });

  test('paging past the cap answers empty', async () => {
    const res = await call(server.baseUrl, 'POST', '/api/messages', { body: invokeActivity('composeExtension/query', { ...queryValue(null), queryOptions: { skip: 5000, count: 25 } }, mads) });
    expect(res.status).toBe(200);
    expect(Answer.parse(res.body).composeExtension.attachments).toEqual([]);
  });
});
