/**
 * I4, I5, I7 and I1 in Teams, end to end on the real server: a customer chats on the demo site
 * (real WebSocket), the agent transfers the session over REST, and the transfer card lands in the
 * colleague's and the agent's personal chats in the local Teams sandbox. Its buttons are real
 * `adaptiveCard/action` invokes (through the sandbox, as a Teams client sends them, and crafted
 * ones straight to /api/messages); after every decision both posted activities are read back from
 * the sandbox's chat API. Also the race of a card against REST, a second press, a stranger's
 * invoke, a manager's takeover, and the bot's "status" command in English, Danish and Swedish.
 * A decided card is final: no buttons, no refresh, no customer messages.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { CONNECTOR_PREFIX } from '../../bot/src/sandbox/teams/connector-routes';
import { CONTOSO, DEMO_USERS, FABRIKAM } from '../../bot/src/sandbox/demo-data';
import { cardProblems } from '../fixtures/adaptive-cards';
import { call, tokenFor } from '../fixtures/api-client';
import { ChatClient } from '../fixtures/chat-client';
import { startServer, type TestServer } from '../fixtures/server';
import { cardExecutes as executes, invokeActivity, personalCards, sleep, texts } from '../fixtures/teams-notify';

let server: TestServer;
let connector: http.Server;
let connectorUrl: string;
const captured: Array<{ path: string; body: { type?: string; text?: string; attachments?: Array<{ content: unknown }> } }> = [];
const tokens = new Map<string, string>();
const customers: ChatClient[] = [];

const NAMES: Record<string, string> = { [DEMO_USERS.mads]: 'Mads Nielsen', [DEMO_USERS.sofie]: 'Sofie Kristensen', [DEMO_USERS.lars]: 'Lars Andersen', [DEMO_USERS.astrid]: 'Astrid Holm' };

beforeAll(async () => {
  // A connector capturing the bot's replies to crafted activities (the status command).
  connector = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      captured.push({ path: req.url ?? '', body: JSON.parse(data || '{}') });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${captured.length}` }));
    });
  });
  await new Promise<void>((r) => connector.listen(0, '127.0.0.1', () => r()));
  connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
  server = await startServer({ env: {
    CASEBRIDGE_ALLOWED_SERVICE_URLS: connectorUrl, RATE_LIMIT_API_PER_MINUTE: '100000', RATE_LIMIT_BOT_PER_MINUTE: '100000', RATE_LIMIT_DEV_TOKEN_PER_MINUTE: '1000',
    CHAT_TRANSFER_TIMEOUT_SECONDS: '600',
  } });
  for (const name of ['Mads Nielsen', 'Sofie Kristensen', 'Lars Andersen', 'Astrid Holm', 'Erik Lindqvist']) tokens.set(name, await tokenFor(server.baseUrl, name));
}, 120_000);

afterAll(async () => {
  for (const c of customers) c.close();
  await server?.stop();
  await new Promise<void>((r) => connector.close(() => r()));
}, 60_000);

const token = (name: string): string => tokens.get(name) ?? '';
const api = (name: string, method: string, path: string, body?: unknown) => call(server.baseUrl, method, path, { token: token(name), ...(body !== undefined ? { body } : {}) });

/** Mads and Sofie answer the demo site (team-dk); Astrid stays out of routing unless a test says otherwise. */
async function agentsPresent(): Promise<void> {
  for (const name of ['Mads Nielsen', 'Sofie Kristensen']) {
    expect((await api(name, 'PUT', '/api/me/status', { status: 'present' })).status).toBe(200);
    expect((await api(name, 'POST', '/api/me/heartbeat')).status).toBe(200);
  }
}

const SessionReply = z.looseObject({ session: z.looseObject({ id: z.string(), agent: z.object({ id: z.string() }).nullable(), listeners: z.array(z.object({ id: z.string() })), transfer: z.looseObject({ id: z.string(), status: z.string() }).nullable() }) });

/** A customer starts a chat on the demo site; answers the session and the agent it went to. */
async function newSession(text = 'Hej, min faktura mangler på ordre 4471'): Promise<{ sessionId: string; agentId: string; colleagueId: string }> {
  await agentsPresent();
  const customer = await ChatClient.connect(server.baseUrl, { tenant: CONTOSO, site: 'web' });
  customers.push(customer);
  await customer.hello({ lang: 'da' });
  const { sessionId } = await customer.start(text, { name: 'Jens Sørensen' });
  await customer.post('Kan I sende den igen?');
  const view = SessionReply.parse((await api('Lars Andersen', 'GET', `/api/sessions/${sessionId}`)).body);
  const agentId = view.session.agent?.id ?? '';
  expect([DEMO_USERS.mads, DEMO_USERS.sofie]).toContain(agentId);
  return { sessionId, agentId, colleagueId: agentId === DEMO_USERS.mads ? DEMO_USERS.sofie : DEMO_USERS.mads };
}

const nameOf = (id: string) => NAMES[id] ?? id;
const TransferReply = z.looseObject({ id: z.string(), status: z.literal('pending') });

/** The agent offers the session to the colleague over REST; answers the transfer id once both cards are in the sandbox. */
async function transfer(s: { sessionId: string; agentId: string; colleagueId: string }, by = nameOf(s.agentId)): Promise<{ transferId: string; colleague: Card; agent: Card; manager?: Card }> {
  const before = { colleague: (await cardsOf(s.colleagueId)).length, agent: (await cardsOf(s.agentId)).length, manager: (await cardsOf(DEMO_USERS.lars)).length };
  const res = await api(by, 'POST', `/api/sessions/${s.sessionId}/transfers`, { toUserId: s.colleagueId });
  expect(res.status).toBe(201);
  const { id: transferId } = TransferReply.parse(res.body);
  const colleague = await waitForCard(s.colleagueId, before.colleague + 1);
  const agent = await waitForCard(s.agentId, before.agent + 1);
  const manager = by === 'Lars Andersen' ? await waitForCard(DEMO_USERS.lars, before.manager + 1) : undefined;
  return { transferId, colleague, agent, ...(manager ? { manager } : {}) };
}

interface Card { chatId: string; id: string; card: unknown }

async function cardsOf(userId: string): Promise<Card[]> {
  const found = await personalCards(server.baseUrl, userId);
  return found.cards.map((c) => ({ chatId: found.chatId, id: c.id, card: c.card }));
}

async function waitForCard(userId: string, count: number): Promise<Card> {
  for (let i = 0; i < 300; i++) {
    const cards = await cardsOf(userId);
    const card = cards[count - 1];
    if (card) return card;
    await sleep(50);
  }
  throw new Error(`no card ${count} for ${nameOf(userId)}`);
}

const Message = z.looseObject({ id: z.string(), attachments: z.array(z.looseObject({ content: z.unknown() })) });

/** The posted activity itself (as everyone sees it before any own view), read back from the sandbox. */
async function posted(card: Card): Promise<unknown> {
  const chat = z.object({ messages: z.array(Message) }).parse((await call(server.baseUrl, 'GET', `/sandbox/api/chats/${encodeURIComponent(card.chatId)}`)).body);
  return chat.messages.find((m) => m.id === card.id)?.attachments[0]?.content;
}

/** The posted activity once `ready` holds (a sweep on another timer may still be drawing it), for up to 15 s. */
async function postedWhen(card: Card, ready: (content: unknown) => boolean): Promise<unknown> {
  for (let i = 0; i < 300; i++) {
    const now = await posted(card);
    if (ready(now)) return now;
    await sleep(50);
  }
  return posted(card);
}

const verbs = (card: unknown) => executes(card).map((a) => a.verb);

const InvokeAnswer = z.object({ status: z.number(), body: z.object({ statusCode: z.number(), type: z.string(), value: z.unknown() }) });

/** A person presses a button of a card in their personal chat: the sandbox sends the invoke, as Teams does. */
async function press(userId: string, card: Card, verb: string): Promise<unknown> {
  const data = executes(card.card).find((a) => a.verb === 'session.transfer.refresh')?.data;
  const res = await call(server.baseUrl, 'POST', `/sandbox/api/chats/${encodeURIComponent(card.chatId)}/invoke`, { body: { userId, messageId: card.id, verb, data } });
  expect(res.status).toBe(200);
  const answer = InvokeAnswer.parse(res.body);
  expect(answer.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
  expect(cardProblems(answer.body.value as { version: string })).toEqual([]);
  return answer.body.value;
}

async function stored(sessionId: string) {
  const found = await server.app.store.sessions.get(CONTOSO, sessionId);
  if (!found) throw new Error('no session');
  return found.value;
}

async function closeSession(sessionId: string): Promise<void> {
  const s = await stored(sessionId);
  const by = nameOf(s.agentId ?? '');
  await api(by, 'POST', `/api/sessions/${sessionId}/close`);
}

describe('the transfer card', () => {
  test('a transfer made over REST posts the card to the colleague (Accept, Decline) and a copy to the agent (waiting, Cancel), in Danish', async () => {
    const s = await newSession();
    const { transferId, colleague, agent } = await transfer(s);
    for (const card of [colleague, agent]) expect(cardProblems(card.card as { version: string })).toEqual([]);
    expect(verbs(colleague.card)).toEqual(['session.transfer.refresh', 'session.transfer.accept', 'session.transfer.decline']);
    expect(verbs(agent.card)).toEqual(['session.transfer.refresh', 'session.transfer.cancel']);
    // The buttons name the session and the transfer, nothing else.
    for (const action of [...executes(colleague.card), ...executes(agent.card)]) expect(action.data).toEqual({ v: 1, sid: s.sessionId, tid: transferId });
    expect(texts(colleague.card)).toContain(`${nameOf(s.agentId)} beder dig overtage en kundechat.`);
    expect(texts(colleague.card)).toContain('Jens Sørensen');
    expect(texts(colleague.card)).toContain('Kan I sende den igen?');
    expect(texts(agent.card)).toContain(`Venter på ${nameOf(s.colleagueId)}…`);
    // Each copy refreshes by itself for its own reader only: their Bot Framework id (the sandbox's are 29:<oid>).
    const refreshOf = (card: unknown) => z.object({ refresh: z.object({ userIds: z.array(z.string()) }) }).parse(card).refresh.userIds;
    expect(refreshOf(colleague.card)).toEqual([`29:${s.colleagueId}`]);
    expect(refreshOf(agent.card)).toEqual([`29:${s.agentId}`]);
    // The session knows where its cards went.
    expect((await stored(s.sessionId)).transfer?.cards.map((c) => c.userId).sort()).toEqual([s.agentId, s.colleagueId].sort());
    // The refresh verb: each reader's own current view.
    expect(verbs(await press(s.colleagueId, colleague, 'session.transfer.refresh'))).toContain('session.transfer.accept');
    expect(verbs(await press(s.agentId, agent, 'session.transfer.refresh'))).toEqual(['session.transfer.refresh', 'session.transfer.cancel']);
    await api(nameOf(s.agentId), 'POST', `/api/sessions/${s.sessionId}/transfers/${transferId}/cancel`);
    await closeSession(s.sessionId);
  });

  test('Accept from the colleague\'s card: the chat is theirs, the agent listens, and both posted cards say "Accepteret af …"', async () => {
    const s = await newSession();
    const { colleague, agent } = await transfer(s);
    const answer = await press(s.colleagueId, colleague, 'session.transfer.accept');
    const accepted = `Accepteret af ${nameOf(s.colleagueId)}`;
    expect(texts(answer)).toContain(accepted);
    expect(texts(answer)).toContain('Chatten er din nu.');
    // Final: no buttons, no refresh, and no customer messages (the first agent now only listens).
    expect(verbs(answer)).toEqual([]);
    for (const card of [colleague, agent]) {
      const now = await posted(card);
      expect(texts(now)).toContain(accepted);
      expect(verbs(now)).toEqual([]);
      expect(texts(now)).not.toContain('Kan I sende den igen?');
      expect(cardProblems(now as { version: string })).toEqual([]);
    }
    const after = await stored(s.sessionId);
    expect(after.agentId).toBe(s.colleagueId);
    expect(after.listenerIds).toContain(s.agentId);
    await closeSession(s.sessionId);
  });

  test('Decline from the colleague\'s card: the agent keeps the chat; both cards say "Afvist af …"', async () => {
    const s = await newSession();
    const { colleague, agent } = await transfer(s);
    const answer = await press(s.colleagueId, colleague, 'session.transfer.decline');
    expect(texts(answer)).toContain(`Du har afvist overførslen. ${nameOf(s.agentId)} beholder chatten.`);
    for (const card of [colleague, agent]) expect(texts(await posted(card))).toContain(`Afvist af ${nameOf(s.colleagueId)}`);
    const after = await stored(s.sessionId);
    expect(after.agentId).toBe(s.agentId);
    expect(after.transfer).toBeNull();
    await closeSession(s.sessionId);
  });

  test('Cancel from the agent\'s card: both cards say "Annulleret"; a second press after the decision gets the outcome and changes nothing', async () => {
    const s = await newSession();
    const { transferId, colleague, agent } = await transfer(s);
    const answer = await press(s.agentId, agent, 'session.transfer.cancel');
    expect(texts(answer)).toContain('Du har annulleret overførslen.');
    for (const card of [colleague, agent]) {
      const now = await posted(card);
      expect(texts(now)).toContain('Annulleret');
      expect(verbs(now)).toEqual([]);
    }
    const before = await stored(s.sessionId);
    // The colleague's Accept, pressed after all (a stale client): the outcome, and what happened.
    const late = await press(s.colleagueId, colleague, 'session.transfer.accept');
    expect(texts(late)).toContain('Overførslen var allerede annulleret.');
    expect(verbs(late)).toEqual([]);
    const again = await press(s.agentId, agent, 'session.transfer.cancel');
    expect(texts(again)).toContain('Overførslen var allerede annulleret.');
    const after = await stored(s.sessionId);
    expect(after.agentId).toBe(s.agentId);
    expect(after.lastSeq).toBe(before.lastSeq);
    expect(after.transfers.find((x) => x.id === transferId)?.status).toBe('cancelled');
    await closeSession(s.sessionId);
  });

  test('an unanswered transfer expires (the sweep): both cards say "Udløbet" and the agent keeps the chat', async () => {
    const s = await newSession();
    const { transferId, colleague, agent } = await transfer(s);
    // Its time runs out (as after CHAT_TRANSFER_TIMEOUT_SECONDS): the stored expiry moved into the past.
    const found = await server.app.store.sessions.get(CONTOSO, s.sessionId);
    if (!found?.value.transfer) throw new Error('no pending transfer');
    await server.app.store.sessions.replace({ ...found.value, transfer: { ...found.value.transfer, expiresAt: new Date(Date.now() - 1000).toISOString() } }, found.etag);
    // This sweep, or every instance's timer just before it: either expires it once.
    await server.app.sessionSweep();
    for (const card of [colleague, agent]) {
      const now = await postedWhen(card, (c) => texts(c).includes('Udløbet'));
      expect(texts(now)).toContain('Udløbet');
      expect(verbs(now)).toEqual([]);
    }
    expect(texts(await press(s.colleagueId, colleague, 'session.transfer.accept'))).toContain('Overførslen var allerede udløbet.');
    const after = await stored(s.sessionId);
    expect(after.agentId).toBe(s.agentId);
    expect(after.transfers.find((x) => x.id === transferId)?.status).toBe('expired');
    await closeSession(s.sessionId);
  });

  test('I7: Accept on the card racing Decline over REST: exactly one wins, the other is told, the cards show the winner', async () => {
    for (let round = 0; round < 3; round++) {
      const s = await newSession(`Runde ${round}`);
      const { transferId, colleague, agent } = await transfer(s);
      const [card, rest] = await Promise.all([
        press(s.colleagueId, colleague, 'session.transfer.accept'),
        api(nameOf(s.colleagueId), 'POST', `/api/sessions/${s.sessionId}/transfers/${transferId}/decline`),
      ]);
      const after = await stored(s.sessionId);
      const decided = after.transfers.find((x) => x.id === transferId);
      expect(['accepted', 'declined']).toContain(decided?.status);
      const cardWon = texts(card).includes('Chatten er din nu.');
      const restWon = rest.status === 200;
      expect(Number(cardWon) + Number(restWon)).toBe(1);
      if (cardWon) {
        expect(decided?.status).toBe('accepted');
        expect(rest.status).toBe(409);
        expect(after.agentId).toBe(s.colleagueId);
      } else {
        expect(decided?.status).toBe('declined');
        expect(texts(card)).toContain(`Allerede afvist af ${nameOf(s.colleagueId)}.`);
        expect(after.agentId).toBe(s.agentId);
      }
      const outcome = decided?.status === 'accepted' ? `Accepteret af ${nameOf(s.colleagueId)}` : `Afvist af ${nameOf(s.colleagueId)}`;
      for (const c of [colleague, agent]) expect(texts(await posted(c))).toContain(outcome);
      await closeSession(s.sessionId);
    }
  });

  test('a crafted invoke from someone else cannot decide: a stranger learns nothing, the agent gets the read-only view', async () => {
    const s = await newSession();
    const { transferId, colleague } = await transfer(s);
    const data = { v: 1, sid: s.sessionId, tid: transferId };
    const action = (verb: string) => ({ action: { type: 'Action.Execute', verb, data } });
    const invoke = (oid: string, verb: string, locale = 'da-DK') => call(server.baseUrl, 'POST', '/api/messages', { body: { ...invokeActivity('adaptiveCard/action', action(verb), { tenantId: CONTOSO, oid }, locale, 'personal'), serviceUrl: connectorUrl } });
    const send = async (oid: string, verb: string) => {
      const res = await invoke(oid, verb);
      expect(res.status).toBe(200);
      return z.looseObject({ statusCode: z.literal(200), value: z.unknown() }).parse(res.body);
    };
    // Astrid (same team, not part of this transfer): the card says nothing of it.
    const stranger = await send(DEMO_USERS.astrid, 'session.transfer.accept');
    expect(texts(stranger.value)).toContain('Denne overførsel af chat er ikke længere tilgængelig.');
    expect(texts(stranger.value)).not.toContain('Jens');
    // The agent pressing the colleague's Accept: read-only, and who may answer.
    const agentTry = await send(s.agentId, 'session.transfer.accept');
    expect(texts(agentTry.value)).toContain(`Kun ${nameOf(s.colleagueId)} kan svare på denne overførsel.`);
    expect(verbs(agentTry.value)).toEqual(['session.transfer.refresh', 'session.transfer.cancel']);
    // The colleague cancelling (not theirs to cancel) and a malformed action.
    expect(texts((await send(s.colleagueId, 'session.transfer.cancel')).value)).toContain('Det kan du ikke gøre med denne overførsel.');
    const malformed = await call(server.baseUrl, 'POST', '/api/messages', { body: { ...invokeActivity('adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'session.transfer.accept', data: { v: 1, sid: s.sessionId } } }, { tenantId: CONTOSO, oid: s.colleagueId }, 'en-US', 'personal'), serviceUrl: connectorUrl } });
    expect(z.looseObject({ statusCode: z.number() }).parse(malformed.body).statusCode).toBe(400);
    // Another tenant's user naming this session (the activity says Contoso, she is not a user of it): a typed error, nothing else.
    const foreign = await invoke(DEMO_USERS.nora, 'session.transfer.accept', 'en-US');
    expect(foreign.status).toBe(400);
    expect(texts(foreign.body)).toContain('Casebridge does not know you in this organization yet.');
    expect(texts(foreign.body)).not.toContain('Jens');
    // A user of another tenant, in her own tenant, naming this Contoso session and transfer: nothing of it.
    for (const verb of ['session.transfer.accept', 'session.transfer.refresh']) {
      const other = await call(server.baseUrl, 'POST', '/api/messages', { body: { ...invokeActivity('adaptiveCard/action', action(verb), { tenantId: FABRIKAM, oid: DEMO_USERS.nora }, 'en-US', 'personal'), serviceUrl: connectorUrl } });
      expect(other.status).toBe(200);
      expect(texts(other.body)).toContain('This chat transfer is no longer available.');
      expect(texts(other.body)).not.toContain('Jens');
      expect(texts(other.body)).not.toContain('Kan I sende den igen?');
    }
    expect((await stored(s.sessionId)).transfer).toMatchObject({ id: transferId, status: 'pending' });
    expect(verbs(await posted(colleague))).toContain('session.transfer.accept');
    await api(nameOf(s.agentId), 'POST', `/api/sessions/${s.sessionId}/transfers/${transferId}/cancel`);
    await closeSession(s.sessionId);
  });

  test('one reader\'s card cannot be updated (its message was deleted): the others still are, and the decision stands', async () => {
    const s = await newSession();
    const { transferId, colleague, agent } = await transfer(s);
    // The colleague's card is gone from Teams (deleted): updating it fails there.
    const deleted = await call(server.baseUrl, 'DELETE', `${CONNECTOR_PREFIX}/v3/conversations/${encodeURIComponent(colleague.chatId)}/activities/${encodeURIComponent(colleague.id)}`);
    expect(deleted.status).toBe(200);
    const res = await api(nameOf(s.colleagueId), 'POST', `/api/sessions/${s.sessionId}/transfers/${transferId}/accept`);
    expect(res.status).toBe(200);
    const now = await postedWhen(agent, (c) => texts(c).includes(`Accepteret af ${nameOf(s.colleagueId)}`));
    expect(texts(now)).toContain(`Accepteret af ${nameOf(s.colleagueId)}`);
    expect(verbs(now)).toEqual([]);
    const after = await stored(s.sessionId);
    expect(after.agentId).toBe(s.colleagueId);
    expect(after.transfers.find((x) => x.id === transferId)?.status).toBe('accepted');
    await closeSession(s.sessionId);
  });

  test('I5: a manager\'s transfer reaches the manager too; a takeover tells the agent, confirms to the manager, and the pending cards say "Overtaget af Lars Andersen"', async () => {
    const s = await newSession();
    const { colleague, agent, manager } = await transfer(s, 'Lars Andersen');
    expect(texts(colleague.card)).toContain(`Lars Andersen beder dig overtage en kundechat fra ${nameOf(s.agentId)}.`);
    expect(texts(agent.card)).toContain(`Lars Andersen har tilbudt din chat til ${nameOf(s.colleagueId)}.`);
    expect(verbs(manager?.card)).toEqual(['session.transfer.refresh', 'session.transfer.cancel']);
    const agentMessages = (await personalChatTexts(s.agentId)).length;
    expect((await api('Lars Andersen', 'POST', `/api/sessions/${s.sessionId}/takeover`)).status).toBe(200);
    for (const card of [colleague, agent]) expect(texts(await posted(card))).toContain('Overtaget af Lars Andersen');
    // Recorded on the transfer, so it stays "taken over" whoever handles the chat later.
    expect((await stored(s.sessionId)).transfers.at(-1)?.decidedAs).toBe('takeover');
    const told = await waitForText(s.agentId, agentMessages + 1);
    expect(told).toContain('Lars Andersen har overtaget din chat med Jens Sørensen.');
    expect(await waitForText(DEMO_USERS.lars, 1)).toContain('Du har overtaget chatten med Jens Sørensen. Den er din nu.');
    await api('Lars Andersen', 'POST', `/api/sessions/${s.sessionId}/close`);
  });
});

const PlainMessages = z.object({ messages: z.array(z.looseObject({ kind: z.string(), text: z.string(), attachments: z.array(z.unknown()) })) });

async function personalChatTexts(userId: string): Promise<string[]> {
  const { chatId } = await personalCards(server.baseUrl, userId);
  if (!chatId) return [];
  const chat = PlainMessages.parse((await call(server.baseUrl, 'GET', `/sandbox/api/chats/${encodeURIComponent(chatId)}`)).body);
  return chat.messages.filter((m) => m.kind === 'bot' && m.attachments.length === 0).map((m) => m.text);
}

async function waitForText(userId: string, count: number): Promise<string> {
  for (let i = 0; i < 300; i++) {
    const found = await personalChatTexts(userId);
    if (found.length >= count) return found.join('\n');
    await sleep(50);
  }
  throw new Error(`no message ${count} for ${nameOf(userId)}`);
}

describe('I1: status from the bot', () => {
  const message = (text: string, locale: string, oid = DEMO_USERS.astrid) => ({
    type: 'message', id: `f:${Math.random().toString(36).slice(2)}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: connectorUrl, locale, text,
    from: { id: `29:${oid}`, name: 'Someone', aadObjectId: oid }, conversation: { id: `a:personal-${oid}`, conversationType: 'personal', tenantId: CONTOSO },
    recipient: { id: '28:casebridge-local-bot', name: 'Casebridge' }, channelData: { tenant: { id: CONTOSO } },
  });
  const say = async (text: string, locale: string, oid?: string) => {
    captured.length = 0;
    expect((await call(server.baseUrl, 'POST', '/api/messages', { body: message(text, locale, oid) })).status).toBe(200);
    expect(captured).toHaveLength(1);
    return captured[0]?.body;
  };
  const statusOfAstrid = async () => {
    const res = await api('Lars Andersen', 'GET', '/api/agents');
    return z.object({ items: z.array(z.object({ userId: z.string(), status: z.string() })) }).parse(res.body).items.find((a) => a.userId === DEMO_USERS.astrid)?.status;
  };

  afterAll(async () => {
    await api('Astrid Holm', 'PUT', '/api/me/status', { status: 'offline' });
  });

  test('"status busy", "status væk", "status närvarande" set the status and answer in the writer\'s language', async () => {
    await api('Astrid Holm', 'POST', '/api/me/heartbeat');
    expect((await say('status busy', 'en-US'))?.text).toBe('Your status is now: Busy.');
    expect(await statusOfAstrid()).toBe('busy');
    expect((await say('Status væk', 'da-DK'))?.text).toBe('Din status er nu: Væk.');
    expect(await statusOfAstrid()).toBe('away');
    expect((await say('status närvarande', 'sv-SE'))?.text).toBe('Din status är nu: Närvarande.');
    expect(await statusOfAstrid()).toBe('present');
    expect((await say('status optaget', 'da-DK'))?.text).toBe('Din status er nu: Optaget.');
    expect((await say('status til stede', 'da-DK'))?.text).toBe('Din status er nu: Til stede.');
    expect((await say('status upptagen', 'sv-SE'))?.text).toBe('Din status är nu: Upptagen.');
    expect(await statusOfAstrid()).toBe('busy');
  });

  test('"status" alone: a card with the current status and four buttons that set it; an unknown word is explained', async () => {
    await api('Astrid Holm', 'POST', '/api/me/heartbeat');
    await say('status away', 'en-US');
    const reply = await say('status', 'sv-SE');
    const card = reply?.attachments?.[0]?.content;
    expect(cardProblems(card as { version: string })).toEqual([]);
    expect(texts(card)).toContain('Just nu: Borta');
    expect(executes(card)).toEqual(['present', 'away', 'busy', 'offline'].map((status) => ({ verb: 'session.status', data: { v: 1, status } })));
    // Its button, as Teams sends it.
    const res = await call(server.baseUrl, 'POST', '/api/messages', { body: { ...invokeActivity('adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'session.status', data: { v: 1, status: 'present' } } }, { tenantId: CONTOSO, oid: DEMO_USERS.astrid }, 'da-DK', 'personal'), serviceUrl: connectorUrl } });
    const answer = z.looseObject({ statusCode: z.literal(200), value: z.unknown() }).parse(res.body).value;
    expect(texts(answer)).toContain('Lige nu: Til stede');
    expect(texts(answer)).toContain('Din status er nu: Til stede.');
    expect(await statusOfAstrid()).toBe('present');
    expect((await say('status sover', 'da-DK'))?.text).toBe('Jeg kender ikke status "sover". Skriv "status" efterfulgt af til stede, væk, optaget eller offline.');
    expect(await statusOfAstrid()).toBe('present');
    await say('status offline', 'en-US');
    expect(await statusOfAstrid()).toBe('offline');
  });

  test('from the bot without the tab open: set, but the agent is told to open the tab; a bot command is not the app\'s heartbeat', async () => {
    // Erik (an agent of team-se) never opened the tab in this run.
    expect((await say('status tillgänglig', 'sv-SE', DEMO_USERS.erik))?.text).toBe('Din status är nu: Närvarande. Öppna Casebridge-fliken i Teams för att förbli närvarande: tills den är öppen räknar Casebridge dig som offline.');
    // The first command did not count as the app: the second is told the same.
    expect((await say('status present', 'en-US', DEMO_USERS.erik))?.text).toBe('Your status is now: Present. Open the Casebridge tab in Teams to stay present: until it is open, Casebridge counts you as offline.');
    expect((await api('Erik Lindqvist', 'POST', '/api/me/heartbeat')).body).toEqual({ status: 'present' });
    expect((await say('status away', 'en-US', DEMO_USERS.erik))?.text).toBe('Your status is now: Away.');
    await api('Erik Lindqvist', 'PUT', '/api/me/status', { status: 'offline' });
  });

  test('someone who does not answer chats cannot set a status, from the bot or over REST; "status CAS-…" is a record lookup', async () => {
    expect((await say('status present', 'da-DK', DEMO_USERS.oskar))?.text).toBe('Du besvarer ikke kundechats, så du har ingen chatstatus.');
    const oskar = await tokenFor(server.baseUrl, 'Oskar Svensson');
    const rest = await call(server.baseUrl, 'PUT', '/api/me/status', { token: oskar, body: { status: 'present' } });
    expect(rest.status).toBe(403);
    const lookup = await say('status CAS-01002', 'en-US');
    expect(lookup?.text ?? '').not.toContain('I do not know the status');
  });
});
