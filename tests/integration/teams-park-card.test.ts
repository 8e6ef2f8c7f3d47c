/**
 * J6 in Teams, end to end on the real server: a delegate parks a case for the delegator over REST,
 * the park card lands in the delegator's personal chat in the local Teams sandbox, in Danish; its
 * "Pick up" is a real `adaptiveCard/action` invoke (through the sandbox, as a Teams client sends
 * it, and crafted ones straight to /api/messages). After the pick-up the delegator owns the case
 * and the posted card itself (read back from the sandbox) says so; a second press is told; a
 * pick-up from the tab updates the posted card too; strangers learn nothing.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { CONTOSO, DEMO_USERS, FABRIKAM } from '../../bot/src/sandbox/demo-data';
import { cardProblems } from '../fixtures/adaptive-cards';
import { call, tokenFor } from '../fixtures/api-client';
import { ChatClient } from '../fixtures/chat-client';
import { addDelegate } from '../fixtures/delegation';
import { startServer, type TestServer } from '../fixtures/server';
import { cardExecutes, invokeActivity, personalCards, sleep, texts } from '../fixtures/teams-notify';

let server: TestServer;
let connector: http.Server;
let connectorUrl: string;
const tokens = new Map<string, string>();
const customers: ChatClient[] = [];

beforeAll(async () => {
  // A connector for the crafted invokes' serviceUrl (their answer is the HTTP response itself).
  connector = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'reply' }));
    });
  });
  await new Promise<void>((r) => connector.listen(0, '127.0.0.1', () => r()));
  connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
  server = await startServer({ env: { CASEBRIDGE_ALLOWED_SERVICE_URLS: connectorUrl, RATE_LIMIT_API_PER_MINUTE: '100000', RATE_LIMIT_BOT_PER_MINUTE: '100000', RATE_LIMIT_DEV_TOKEN_PER_MINUTE: '1000' } });
  for (const name of ['Mads Nielsen', 'Sofie Kristensen', 'Lars Andersen']) tokens.set(name, await tokenFor(server.baseUrl, name));
  await addDelegate(server.baseUrl, tokens.get('Mads Nielsen') ?? '', DEMO_USERS.sofie);
}, 120_000);

afterAll(async () => {
  for (const c of customers) c.close();
  await server?.stop();
  await new Promise<void>((r) => connector.close(() => r()));
}, 60_000);

const api = (name: string, method: string, path: string, body?: unknown) => call(server.baseUrl, method, path, { token: tokens.get(name) ?? '', ...(body !== undefined ? { body } : {}) });
const Record = z.looseObject({ id: z.string(), number: z.string(), title: z.string(), owner: z.object({ id: z.string() }).nullable().optional(), parked: z.looseObject({ at: z.string() }).nullable().optional() });

interface Card { chatId: string; id: string; card: unknown }

/** The park cards in Mads's personal chat (the delegation notice and others are left out). */
async function parkCards(): Promise<Card[]> {
  const found = await personalCards(server.baseUrl, DEMO_USERS.mads);
  return found.cards.filter((c) => cardExecutes(c.card).some((a) => a.verb === 'park.pickUp') || texts(c.card).includes('Samlet op af')).map((c) => ({ chatId: found.chatId, id: c.id, card: c.card }));
}

async function waitForParkCard(count: number): Promise<Card> {
  for (let i = 0; i < 300; i++) {
    const card = (await parkCards())[count - 1];
    if (card) return card;
    await sleep(50);
  }
  throw new Error(`no park card ${count}`);
}

const Message = z.looseObject({ id: z.string(), attachments: z.array(z.looseObject({ content: z.unknown() })) });

/** The posted activity itself, read back from the sandbox, once `ready` holds (up to 15 s). */
async function posted(card: Card, ready: (content: unknown) => boolean = () => true): Promise<unknown> {
  let content: unknown;
  for (let i = 0; i < 300; i++) {
    const chat = z.object({ messages: z.array(Message) }).parse((await call(server.baseUrl, 'GET', `/sandbox/api/chats/${encodeURIComponent(card.chatId)}`)).body);
    content = chat.messages.find((m) => m.id === card.id)?.attachments[0]?.content;
    if (ready(content)) return content;
    await sleep(50);
  }
  return content;
}

const InvokeAnswer = z.object({ status: z.number(), body: z.object({ statusCode: z.number(), type: z.string(), value: z.unknown() }) });
const pickUpData = (card: unknown) => cardExecutes(card).find((a) => a.verb === 'park.pickUp')?.data;

/** Mads presses "Saml op" in his personal chat: the sandbox sends the invoke, as Teams does. */
async function press(card: Card, data: unknown = pickUpData(card.card)): Promise<unknown> {
  const res = await call(server.baseUrl, 'POST', `/sandbox/api/chats/${encodeURIComponent(card.chatId)}/invoke`, { body: { userId: DEMO_USERS.mads, messageId: card.id, verb: 'park.pickUp', data } });
  expect(res.status).toBe(200);
  const answer = InvokeAnswer.parse(res.body);
  expect(answer.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
  expect(cardProblems(answer.body.value as { version: string })).toEqual([]);
  return answer.body.value;
}

async function parkedCase(title: string): Promise<z.infer<typeof Record>> {
  const created = await api('Mads Nielsen', 'POST', '/api/records', { type: 'case', title });
  expect(created.status).toBe(201);
  const item = Record.parse(created.body);
  const parked = await api('Sofie Kristensen', 'POST', `/api/records/${item.id}/park`, { forUserId: DEMO_USERS.mads });
  expect(parked.status).toBe(200);
  return Record.parse(parked.body);
}

const owner = async (id: string) => Record.parse((await api('Mads Nielsen', 'GET', `/api/records/${id}`)).body);
const picked = 'Samlet op af Mads Nielsen';

describe('the park card', () => {
  test('goes to the delegator in Danish; "Saml op" makes him the owner, every copy says so, a second press is told', async () => {
    const item = await parkedCase('Printer offline');
    const card = await waitForParkCard(1);
    expect(cardProblems(card.card as { version: string })).toEqual([]);
    expect(texts(card.card)).toContain(`Sofie Kristensen har parkeret ${item.number} · Printer offline til dig.`);
    expect(texts(card.card)).toContain('Parkeret af');
    expect(texts(card.card)).toContain('"title":"Saml op"');
    expect(texts(card.card)).toContain('"title":"Åbn"');
    // The button names the item, the park and who parked it; who picks up comes from the activity.
    expect(pickUpData(card.card)).toEqual({ v: 1, k: 'record', id: item.id, at: item.parked?.at, by: DEMO_USERS.sofie });

    const answer = await press(card);
    expect(texts(answer)).toContain(picked);
    expect(texts(answer)).toContain('Den er din nu.');
    expect(cardExecutes(answer)).toEqual([]);
    const now = await owner(item.id);
    expect(now.owner?.id).toBe(DEMO_USERS.mads);
    expect(now.parked).toBeNull();
    // The posted activity itself is updated: final, no button.
    const updated = await posted(card, (c) => texts(c).includes(picked));
    expect(texts(updated)).toContain(picked);
    expect(cardExecutes(updated)).toEqual([]);

    const second = await press(card, pickUpData(card.card));
    expect(texts(second)).toContain('Allerede samlet op af Mads Nielsen.');
    expect(cardExecutes(second)).toEqual([]);
    expect((await owner(item.id)).owner?.id).toBe(DEMO_USERS.mads);
  });

  test('a pick-up in the tab updates the posted card as well', async () => {
    const before = (await parkCards()).length;
    const item = await parkedCase('Picked up in the tab');
    const card = await waitForParkCard(before + 1);
    expect(pickUpData(card.card)).toMatchObject({ id: item.id });
    expect((await api('Mads Nielsen', 'POST', `/api/records/${item.id}/pickup`)).status).toBe(200);
    const updated = await posted(card, (c) => texts(c).includes(picked));
    expect(texts(updated)).toContain(picked);
    expect(cardExecutes(updated)).toEqual([]);
  });

  test('crafted presses: the delegate, another tenant, a malformed action — refused, nothing changes', async () => {
    const before = (await parkCards()).length;
    const item = await parkedCase('Only Mads picks this up');
    const card = await waitForParkCard(before + 1);
    const data = pickUpData(card.card);
    const send = (tenantId: string, oid: string, value: unknown, locale = 'da-DK') =>
      call(server.baseUrl, 'POST', '/api/messages', { body: { ...invokeActivity('adaptiveCard/action', value, { tenantId, oid }, locale, 'personal'), serviceUrl: connectorUrl } });
    const action = { action: { type: 'Action.Execute', verb: 'park.pickUp', data } };
    const bySofie = await send(CONTOSO, DEMO_USERS.sofie, action);
    expect(bySofie.status).toBe(200);
    expect(texts(bySofie.body)).toContain('Du kan ikke længere samle denne op.');
    const foreign = await send(FABRIKAM, DEMO_USERS.nora, action, 'en-US');
    expect(foreign.status).toBe(200);
    expect(texts(foreign.body)).toContain('This item is no longer available.');
    expect(texts(foreign.body)).not.toContain('Only Mads');
    const malformed = await send(CONTOSO, DEMO_USERS.mads, { action: { type: 'Action.Execute', verb: 'park.pickUp', data: { v: 1, k: 'record' } } });
    expect(z.looseObject({ statusCode: z.number() }).parse(malformed.body).statusCode).toBe(400);
    const unknownVerb = await send(CONTOSO, DEMO_USERS.mads, { action: { type: 'Action.Execute', verb: 'park.explode', data } });
    expect(z.looseObject({ statusCode: z.number() }).parse(unknownVerb.body).statusCode).toBe(400);
    const still = await owner(item.id);
    expect(still.owner?.id).toBe(DEMO_USERS.mads);
    expect(still.parked).not.toBeNull();
    expect(cardExecutes(await posted(card)).map((a) => a.verb)).toEqual(['park.pickUp']);
  });
});

describe('the park card of a customer chat', () => {
  test('Sofie takes Mads\'s chat for him and parks it; Mads picks it up from the card and handles it again', async () => {
    // Only Mads answers the demo site: the chat goes to him.
    expect((await api('Mads Nielsen', 'PUT', '/api/me/status', { status: 'present' })).status).toBe(200);
    expect((await api('Mads Nielsen', 'POST', '/api/me/heartbeat')).status).toBe(200);
    const customer = await ChatClient.connect(server.baseUrl, { tenant: CONTOSO, site: 'web' });
    customers.push(customer);
    await customer.hello({ lang: 'da' });
    const { sessionId } = await customer.start('Hej, min faktura mangler', { name: 'Jens Sørensen' });
    const Session = z.looseObject({ session: z.looseObject({ agent: z.object({ id: z.string() }).nullable() }) });
    const agentOf = async () => Session.parse((await api('Mads Nielsen', 'GET', `/api/sessions/${sessionId}`)).body).session.agent?.id;
    expect(await agentOf()).toBe(DEMO_USERS.mads);
    expect((await api('Sofie Kristensen', 'POST', `/api/sessions/${sessionId}/takeover`, { expectedAgentId: DEMO_USERS.mads, onBehalfOf: DEMO_USERS.mads })).status).toBe(200);
    const before = (await parkCards()).length;
    expect((await api('Sofie Kristensen', 'POST', `/api/sessions/${sessionId}/park`, { forUserId: DEMO_USERS.mads })).status).toBe(200);
    const card = await waitForParkCard(before + 1);
    expect(cardProblems(card.card as { version: string })).toEqual([]);
    expect(texts(card.card)).toContain('Sofie Kristensen har parkeret en kundechat med Jens Sørensen til dig.');
    expect(pickUpData(card.card)).toMatchObject({ v: 1, k: 'session', id: sessionId, by: DEMO_USERS.sofie });
    const answer = await press(card);
    expect(texts(answer)).toContain(picked);
    expect(texts(answer)).toContain('Den er din nu.');
    expect(cardExecutes(answer)).toEqual([]);
    expect(await agentOf()).toBe(DEMO_USERS.mads);
    const updated = await posted(card, (c) => texts(c).includes(picked));
    expect(cardExecutes(updated)).toEqual([]);
    await api('Mads Nielsen', 'POST', `/api/sessions/${sessionId}/close`);
  });
});
