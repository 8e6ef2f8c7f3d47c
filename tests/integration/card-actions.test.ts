/**
 * F5 actionable record cards, end to end on the running local-mode server: the bot posts the intro
 * card through the Bot Framework connector of the local Teams sandbox, and the sandbox sends real
 * `adaptiveCard/action` invokes (button presses and automatic refreshes) to /api/messages, as Teams
 * does. Malformed invokes are posted to /api/messages directly.
 */
import { z } from 'zod';
import { cardProblems } from '../fixtures/adaptive-cards';
import { call, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { CONTOSO, DEMO_USERS, FABRIKAM } from '../../bot/src/sandbox/demo-data';
import { toHttpEtag } from '../../bot/src/http/etag';

let server: TestServer;
let mads: string; // agent DK: may write and assign cases of team DK
let chatId: string;
let introId: string;

const RECORD = 'case-003'; // VPN disconnects every 10 minutes: Sofie's, team DK, active

const Ref = z.object({ v: z.literal(1), kind: z.enum(['intro', 'record']), recordId: z.string(), etag: z.string() });
const Action = z.looseObject({ type: z.string(), verb: z.string().optional(), title: z.string().optional(), data: Ref.optional(), card: z.looseObject({ actions: z.array(z.looseObject({ verb: z.string(), data: Ref })) }).optional() });
const Card = z.looseObject({
  version: z.string(),
  refresh: z.object({ action: z.object({ type: z.literal('Action.Execute'), verb: z.literal('refresh'), data: Ref }), userIds: z.array(z.string()) }).optional(),
  body: z.array(z.looseObject({ type: z.string(), text: z.string().optional(), color: z.string().optional(), facts: z.array(z.object({ title: z.string(), value: z.string() })).optional() })),
  actions: z.array(Action).optional(),
});
type Card = z.infer<typeof Card>;
const Message = z.object({ id: z.string(), kind: z.string(), text: z.string(), attachments: z.array(z.object({ contentType: z.string(), content: z.unknown() })) });
const SandboxChat = z.object({ messages: z.array(Message) });
const InvokeAnswer = z.object({ status: z.number(), body: z.object({ statusCode: z.number(), type: z.string(), value: z.unknown() }) });

beforeAll(async () => {
  server = await startServer({ env: { CASEBRIDGE_ALLOWED_SERVICE_URLS: 'http://127.0.0.1:9/' } });
  mads = await tokenFor(server.baseUrl, 'Mads Nielsen');
  const res = await call(server.baseUrl, 'POST', `/api/records/${RECORD}/chats`, {
    token: mads,
    headers: { 'idempotency-key': 'f5-card-chat' },
    body: { memberIds: [DEMO_USERS.sofie, DEMO_USERS.ingrid, DEMO_USERS.oskar] },
  });
  expect(res.status).toBe(201);
  chatId = z.object({ chatId: z.string() }).parse(res.body).chatId;
  introId = (await botMessages(1))[0]?.id ?? '';
}, 120_000);
afterAll(() => server.stop(), 60_000);

const chatPath = () => `/sandbox/api/chats/${encodeURIComponent(chatId)}`;

async function botMessages(count: number) {
  for (let i = 0; i < 100; i++) {
    const bot = SandboxChat.parse((await call(server.baseUrl, 'GET', chatPath())).body).messages.filter((m) => m.kind === 'bot');
    if (bot.length >= count) return bot;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the bot did not post ${count} messages`);
}

/** The card of a bot message as everyone in the chat sees it (the shared view). */
async function sharedCard(messageId: string): Promise<Card> {
  await server.app.cardUpdates();
  const message = (await botMessages(1)).find((m) => m.id === messageId);
  return Card.parse(message?.attachments[0]?.content);
}

/** A member presses a button (or Teams refreshes the card for them): the sandbox sends the invoke. */
async function invoke(userId: string, messageId: string, verb: string, data: unknown, trigger: 'manual' | 'automatic' = 'manual') {
  const res = await call(server.baseUrl, 'POST', `${chatPath()}/invoke`, { body: { userId, messageId, verb, data, trigger } });
  expect(res.status).toBe(200);
  return InvokeAnswer.parse(res.body);
}

async function viewOf(userId: string, messageId: string): Promise<Card> {
  const shared = await sharedCard(messageId);
  const answer = await invoke(userId, messageId, 'refresh', shared.refresh?.action.data, 'automatic');
  expect(answer.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
  return Card.parse(answer.body.value);
}

const verbs = (card: Card) => (card.actions ?? []).flatMap((a) => (a.type === 'Action.ShowCard' ? (a.card?.actions ?? []).map((x) => x.verb) : [a.verb ?? a.type]));
const noteOf = (card: Card) => card.body.find((b) => b.color === 'Good' || b.color === 'Warning')?.text;
const factsOf = (card: Card) => Object.fromEntries((card.body.find((b) => b.facts)?.facts ?? []).map((f) => [f.title, f.value]));

async function record() {
  const res = await call(server.baseUrl, 'GET', `/api/records/${RECORD}`, { token: mads });
  return { body: z.looseObject({ status: z.string(), owner: z.object({ id: z.string() }).nullable() }).parse(res.body), etag: res.headers.get('etag') ?? '' };
}

test('the intro card is a shared view: the record\'s state, no buttons, and a refresh for every member', async () => {
  const shared = await sharedCard(introId);
  expect(cardProblems(shared)).toEqual([]);
  expect(shared.version).toBe('1.5');
  expect(shared.refresh?.userIds.sort()).toEqual([DEMO_USERS.mads, DEMO_USERS.sofie, DEMO_USERS.ingrid, DEMO_USERS.oskar].map((id) => `29:${id}`).sort());
  expect(shared.refresh?.action.data).toMatchObject({ v: 1, kind: 'intro', recordId: RECORD });
  expect(verbs(shared)).toEqual(['Action.OpenUrl']);
});

test('each member\'s view offers only the actions the service would allow them', async () => {
  const madsView = await viewOf(DEMO_USERS.mads, introId); // agent of the owning team: assign and write
  expect(cardProblems(madsView)).toEqual([]);
  expect(verbs(madsView)).toEqual(['assignToMe', 'setStatus', 'close', 'Action.OpenUrl']);
  expect(madsView.actions?.find((a) => a.verb === 'assignToMe')?.title).toBe('Tildel til mig'); // Mads uses Teams in Danish
  expect(verbs(await viewOf(DEMO_USERS.sofie, introId))).toEqual(['setStatus', 'close', 'Action.OpenUrl']); // already the owner
  expect(verbs(await viewOf(DEMO_USERS.ingrid, introId))).toEqual(['setStatus', 'close', 'Action.OpenUrl']); // expert: writes, may not assign
  expect(verbs(await viewOf(DEMO_USERS.oskar, introId))).toEqual(['Action.OpenUrl']); // reader
});

test('assign to me: checked in the service, saved, answered with the new view, and every copy redrawn', async () => {
  const before = await sharedCard(introId);
  const view = await viewOf(DEMO_USERS.mads, introId);
  const assign = view.actions?.find((a) => a.verb === 'assignToMe');
  const answer = await invoke(DEMO_USERS.mads, introId, 'assignToMe', assign?.data);
  const card = Card.parse(answer.body.value);
  expect(noteOf(card)).toBe('Tildelt til dig.');
  expect(verbs(card)).toEqual(['setStatus', 'close', 'Action.OpenUrl']);
  const now = await record();
  expect(now.body.owner?.id).toBe(DEMO_USERS.mads);
  expect(toHttpEtag(card.refresh?.action.data.etag ?? '')).toBe(now.etag);
  const after = await sharedCard(introId);
  expect(toHttpEtag(after.refresh?.action.data.etag ?? '')).toBe(now.etag);
  expect(after.refresh?.action.data.etag).not.toBe(before.refresh?.action.data.etag);
  expect(Object.values(factsOf(after))).toContain('Mads Nielsen');
  const timeline = await call(server.baseUrl, 'GET', `/api/records/${RECORD}/timeline`, { token: mads });
  expect(timeline.text).toContain('recordAssigned');
});

test('a stale card gets the current card and a note, and changes nothing', async () => {
  const old = (await viewOf(DEMO_USERS.ingrid, introId)).actions?.find((a) => a.verb === 'close')?.data;
  // Someone changes the record in the tab meanwhile.
  const { etag } = await record();
  const patched = await call(server.baseUrl, 'PATCH', `/api/records/${RECORD}`, { token: mads, headers: { 'if-match': etag }, body: { priority: 'high' } });
  expect(patched.status).toBe(200);
  const answer = await invoke(DEMO_USERS.ingrid, introId, 'close', old);
  const card = Card.parse(answer.body.value);
  expect(noteOf(card)).toMatch(/^Posten har ändrats sedan kortet visades/); // Ingrid uses Teams in Swedish
  expect((await record()).body.status).toBe('active');
  expect(toHttpEtag(card.refresh?.action.data.etag ?? '')).toBe((await record()).etag);
  // The change made in the tab redrew the shared card too.
  expect(factsOf(await sharedCard(introId))).toMatchObject({ Prioritet: 'Høj' });
});

test('an action sent without the right to it is refused in the service, whatever the card said', async () => {
  // The current version, so only the right to the change can stop it.
  const forged = { ...(await sharedCard(introId)).refresh?.action.data, status: 'closed' };
  const answer = await invoke(DEMO_USERS.oskar, introId, 'setStatus', forged);
  const card = Card.parse(answer.body.value);
  expect(noteOf(card)).toBe('Du får inte göra det på den här posten.');
  expect(verbs(card)).toEqual(['Action.OpenUrl']);
  expect((await record()).body.status).toBe('active');
});

test('change status from the card, and a record card posted on mention is kept current too', async () => {
  const sent = await call(server.baseUrl, 'POST', `${chatPath()}/messages`, { body: { userId: DEMO_USERS.sofie, text: '@Casebridge show the case' } });
  expect(sent.status).toBe(201);
  const [, second] = await botMessages(2);
  const recordCardId = second?.id ?? '';
  const shared = await sharedCard(recordCardId);
  expect(cardProblems(shared)).toEqual([]);
  expect(shared.refresh?.action.data.kind).toBe('record');
  expect(Object.keys(factsOf(shared))).toEqual(['Status', 'Prioritet', 'Ejer', 'Ejerteam']); // in the language of whoever asked (Sofie: Danish)

  const view = await viewOf(DEMO_USERS.sofie, recordCardId);
  const apply = view.actions?.find((a) => a.type === 'Action.ShowCard')?.card?.actions[0];
  // Teams merges the card's inputs into the action's data.
  const answer = await invoke(DEMO_USERS.sofie, recordCardId, 'setStatus', { ...apply?.data, status: 'waiting' });
  expect(noteOf(Card.parse(answer.body.value))).toBe('Status er ændret.');
  expect((await record()).body.status).toBe('waiting');
  expect(factsOf(await sharedCard(recordCardId)).Status).toBe('Venter');
  expect(factsOf(await sharedCard(introId)).Status).toBe('Venter');
});

describe('malformed actions get a typed error, not a crash', () => {
  const activity = (value: unknown, tenantId = CONTOSO, oid: string = DEMO_USERS.mads, replyToId = introId) => ({
    type: 'invoke', name: 'adaptiveCard/action', id: `f:${Math.random().toString(36).slice(2)}`, timestamp: new Date().toISOString(),
    channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', locale: 'en-US',
    from: { id: `29:${oid}`, aadObjectId: oid, name: 'Someone' },
    conversation: { id: chatId, conversationType: 'groupChat', tenantId, isGroup: true },
    recipient: { id: '28:casebridge-local-bot', name: 'Casebridge' },
    channelData: { tenant: { id: tenantId }, source: { name: 'message' } },
    replyToId,
    value,
  });
  const post = async (value: unknown, tenantId?: string, oid?: string, replyToId?: string) => {
    const res = await call(server.baseUrl, 'POST', '/api/messages', { body: activity(value, tenantId, oid, replyToId) });
    return { status: res.status, body: res.body, text: res.text };
  };

  test.each([
    ['an unknown verb', { action: { type: 'Action.Execute', verb: 'deleteEverything', data: {} } }, 'unknownVerb'],
    ['no action', { trigger: 'manual' }, 'badRequest'],
    ['data that is not a card reference', { action: { type: 'Action.Execute', verb: 'close', data: { recordId: RECORD } } }, 'badRequest'],
    ['a status that does not exist', { action: { type: 'Action.Execute', verb: 'setStatus', data: { v: 1, kind: 'record', recordId: RECORD, etag: 'x', status: 'gone' } } }, 'badRequest'],
    ['no value at all', undefined, 'badRequest'],
    ['a record id that is not one', { action: { type: 'Action.Execute', verb: 'refresh', data: { v: 1, kind: 'record', recordId: 'case/../x#y', etag: 'x' } } }, 'badRequest'],
  ])('%s', async (_name, value, code) => {
    const { status, body } = await post(value);
    expect(status).toBe(400);
    expect(body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error', value: { code, message: expect.any(String) } });
  });

  test('someone in the chat who is no Casebridge user sees the card as posted, whatever the action says; elsewhere the generic card', async () => {
    const ref = { ...(await sharedCard(introId)).refresh?.action.data, kind: 'record' };
    const stranger = '0f0f0f0f-0000-4000-8000-00000000abcd';
    const onIntro = await post({ action: { type: 'Action.Execute', verb: 'refresh', data: ref }, trigger: 'automatic' }, CONTOSO, stranger);
    const card = Card.parse(z.object({ value: z.unknown() }).parse(onIntro.body).value);
    expect(card.body.map((b) => b.text)).toContain('This chat is connected to a record in Casebridge.'); // the intro, as posted
    expect(verbs(card)).toEqual(['Action.OpenUrl']);
    const elsewhere = await post({ action: { type: 'Action.Execute', verb: 'refresh', data: ref }, trigger: 'automatic' }, CONTOSO, stranger, 'not-a-card-of-this-chat');
    expect(elsewhere.text).not.toContain('VPN');
    expect(elsewhere.text).toContain('Casebridge record');
  });

  test('a record of another tenant, or one that does not exist, gets the generic card', async () => {
    const ref = (await sharedCard(introId)).refresh?.action.data;
    const foreign = await post({ action: { type: 'Action.Execute', verb: 'close', data: ref } }, FABRIKAM, DEMO_USERS.nora);
    const missing = await post({ action: { type: 'Action.Execute', verb: 'close', data: { ...ref, recordId: 'case-999' } } });
    expect(foreign.status).toBe(200);
    expect(foreign.text).toBe(missing.text);
    expect(foreign.text).not.toContain('VPN');
    expect((await record()).body.status).toBe('waiting');
  });
});

test('someone who joins the chat is added to the refresh list of the record\'s cards there', async () => {
  const lars = await tokenFor(server.baseUrl, 'Lars Andersen'); // manager: writes any case, not in the chat
  expect((await sharedCard(introId)).refresh?.userIds).not.toContain(`29:${DEMO_USERS.lars}`);
  const joined = await call(server.baseUrl, 'POST', `/api/records/${RECORD}/chats/${encodeURIComponent(chatId)}/join`, { token: lars });
  expect(joined.status).toBe(200);
  expect((await sharedCard(introId)).refresh?.userIds).toContain(`29:${DEMO_USERS.lars}`);
  expect(verbs(await viewOf(DEMO_USERS.lars, introId))).toEqual(['assignToMe', 'setStatus', 'close', 'Action.OpenUrl']);
});

describe('one chat, many languages: the shared copy in the chat\'s language, each member\'s view in their own', () => {
  const DK_RECORD = 'case-012'; // Sterilisator viser fejlkode E42: team DK (Danish chats), Mads's
  let dkChat = '';
  let dkIntro = '';
  /** A real `adaptiveCard/action` refresh invoke as Teams sends it for one member, with their Teams language (or none). */
  const refresh = async (oid: string, data: unknown, locale: string | undefined) => {
    const activity = {
      type: 'invoke', name: 'adaptiveCard/action', id: `f:${Math.random().toString(36).slice(2)}`, timestamp: new Date().toISOString(),
      channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', ...(locale ? { locale, entities: [{ type: 'clientInfo', locale, platform: 'Web' }] } : {}),
      from: { id: `29:${oid}`, aadObjectId: oid, name: 'Someone' },
      conversation: { id: dkChat, conversationType: 'groupChat', tenantId: CONTOSO, isGroup: true },
      recipient: { id: '28:casebridge-local-bot', name: 'Casebridge' },
      channelData: { tenant: { id: CONTOSO }, source: { name: 'message' } },
      replyToId: dkIntro,
      value: { action: { type: 'Action.Execute', verb: 'refresh', data }, trigger: 'automatic' },
    };
    const res = await call(server.baseUrl, 'POST', '/api/messages', { body: activity });
    expect(res.status).toBe(200);
    return Card.parse(z.object({ value: z.unknown() }).parse(res.body).value);
  };
  const texts = (card: Card) => [...card.body.map((b) => b.text ?? ''), ...(card.actions ?? []).map((a) => a.title ?? '')];

  beforeAll(async () => {
    // Karin (manager, team SE, Teams in Swedish) starts a chat about a Danish team's case.
    const karin = await tokenFor(server.baseUrl, 'Karin Berg');
    const res = await call(server.baseUrl, 'POST', `/api/records/${DK_RECORD}/chats`, {
      token: karin,
      headers: { 'idempotency-key': 'k1-two-languages' },
      body: { memberIds: [DEMO_USERS.mads, DEMO_USERS.ingrid] },
    });
    expect(res.status).toBe(201);
    dkChat = z.object({ chatId: z.string() }).parse(res.body).chatId;
    for (let i = 0; i < 100 && !dkIntro; i++) {
      const chat = SandboxChat.parse((await call(server.baseUrl, 'GET', `/sandbox/api/chats/${encodeURIComponent(dkChat)}`)).body);
      dkIntro = chat.messages.find((m) => m.kind === 'bot')?.id ?? '';
      if (!dkIntro) await new Promise((r) => setTimeout(r, 50));
    }
    expect(dkIntro).not.toBe('');
  }, 120_000);

  const sharedIntro = async () => {
    await server.app.cardUpdates();
    const chat = SandboxChat.parse((await call(server.baseUrl, 'GET', `/sandbox/api/chats/${encodeURIComponent(dkChat)}`)).body);
    return Card.parse(chat.messages.find((m) => m.id === dkIntro)?.attachments[0]?.content);
  };

  test('the shared copy is in the chat\'s language (team DK: Danish), not the Swedish poster\'s', async () => {
    const shared = await sharedIntro();
    expect(texts(shared)).toContain('Denne chat er knyttet til en post i Casebridge.');
    expect(texts(shared)).not.toContain('Den här chatten är kopplad till en post i Casebridge.');
  });

  test('the same card refreshed by an English-Teams member and a Danish-Teams member comes back in each one\'s language', async () => {
    const ref = (await sharedIntro()).refresh?.action.data;
    const english = await refresh(DEMO_USERS.mads, ref, 'en-US'); // Mads, stored Danish, with Teams in English
    expect(texts(english)).toContain('This chat is connected to a record in Casebridge.');
    expect(english.actions?.find((a) => a.type === 'Action.ShowCard')?.title).toBe('Change status');
    const danish = await refresh(DEMO_USERS.ingrid, ref, 'da-DK'); // Ingrid, stored Swedish, with Teams in Danish
    expect(texts(danish)).toContain('Denne chat er knyttet til en post i Casebridge.');
  });

  test('an invoke without a language: the member\'s stored language, else (no Casebridge user) the chat\'s', async () => {
    const ref = (await sharedIntro()).refresh?.action.data;
    expect(texts(await refresh(DEMO_USERS.ingrid, ref, undefined))).toContain('Den här chatten är kopplad till en post i Casebridge.');
    expect(texts(await refresh('0f0f0f0f-0000-4000-8000-00000000abce', ref, undefined))).toContain('Denne chat er knyttet til en post i Casebridge.');
  });
});
