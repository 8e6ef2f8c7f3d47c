/**
 * Link unfurling in the local Teams sandbox, through its API against the real local-mode server: a
 * record link posted as a demo user makes the sandbox send the bot a real
 * `composeExtension/queryLink` invoke, and the message is stored with the card of the answer, in
 * the poster's language, also after a restart. A link of another domain reaches no bot, a link of
 * the app's domain that is no record link gets no card, and a 4xx from the bot leaves plain text.
 */
import { rm } from 'node:fs/promises';
import { z } from 'zod';
import { call } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { DEMO_USERS } from '../../bot/src/sandbox/demo-data';

/** Seeded chats (bot/src/sandbox/teams/seed.ts); the app is installed in neither. */
const PRINTER_CHAT = '19:5eed00000000000000000000000c0a01@thread.v2'; // Mads, Sofie, Astrid (da-DK)
const E42_CHAT = '19:5eed00000000000000000000000c0a03@thread.v2'; // Mads, Erik (sv-SE), Ingrid
/** The bot's edge refuses bodies over this (413): an invoke carrying a longer link gets a 4xx. */
const MAX_BODY_BYTES = 16_384;

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

const Card = z.looseObject({
  body: z.array(z.looseObject({ text: z.string().optional() })),
  actions: z.array(z.looseObject({ type: z.string(), title: z.string(), url: z.string().optional() })),
});
const SandboxChat = z.object({
  messages: z.array(z.object({
    id: z.string(),
    kind: z.string(),
    text: z.string(),
    attachments: z.array(z.object({ contentType: z.string(), content: z.unknown(), unfurledUrl: z.string().nullable() })),
  })),
});
const Deliveries = z.object({ deliveries: z.array(z.object({ type: z.string(), conversationId: z.string(), status: z.number().nullable() })) });

let server: TestServer;
const env = { MAX_BODY_BYTES: String(MAX_BODY_BYTES) };

beforeAll(async () => {
  server = await startServer({ env, keepData: true });
}, 120_000);
afterAll(async () => {
  await server.stop();
  await rm(server.dataDir, { recursive: true, force: true });
}, 60_000);

const link = (type: string, id: string) => `${server.app.config.publicUrl}/records/${type}/${id}`;

async function post(chatId: string, userId: string, text: string): Promise<string> {
  const res = await call(server.baseUrl, 'POST', `/sandbox/api/chats/${encodeURIComponent(chatId)}/messages`, { body: { userId, text } });
  expect(res.status).toBe(201);
  return z.object({ id: z.string() }).parse(res.body).id;
}

async function messageOf(chatId: string, id: string) {
  const res = await call(server.baseUrl, 'GET', `/sandbox/api/chats/${encodeURIComponent(chatId)}`);
  expect(res.status).toBe(200);
  const message = SandboxChat.parse(res.body).messages.find((m) => m.id === id);
  if (!message) throw new Error(`message ${id} is not in ${chatId}`);
  return message;
}

/** The invokes the sandbox sent the bot for the chat (newest first), from its delivery log. */
async function invokesTo(chatId: string) {
  const res = await call(server.baseUrl, 'GET', '/sandbox/api/deliveries');
  return Deliveries.parse(res.body).deliveries.filter((d) => d.type === 'invoke' && d.conversationId === chatId);
}

const texts = (content: unknown) => Card.parse(content).body.map((b) => b.text);

test('a record link posted as Mads is stored with the bot\'s card: number, title and Open, in Danish', async () => {
  const url = link('case', 'case-001');
  const id = await post(PRINTER_CHAT, DEMO_USERS.mads, `Kan nogen kigge på ${url}?`);
  const message = await messageOf(PRINTER_CHAT, id);
  expect(message.text).toBe(`Kan nogen kigge på ${url}?`);
  expect(message.attachments).toHaveLength(1);
  const [attachment] = message.attachments;
  expect(attachment?.contentType).toBe(ADAPTIVE);
  expect(attachment?.unfurledUrl).toBe(url);
  expect(texts(attachment?.content)).toEqual(expect.arrayContaining(['Sag · CAS-01001', 'Printer offline on 3rd floor']));
  expect(Card.parse(attachment?.content).actions).toEqual([expect.objectContaining({ type: 'Action.OpenUrl', title: 'Åbn i Casebridge', url })]);
  // The card came from the bot's /api/messages, answering the invoke.
  expect((await invokesTo(PRINTER_CHAT))[0]?.status).toBe(200);
}, 60_000);

test('the same link posted by Erik unfurls in Swedish', async () => {
  const id = await post(E42_CHAT, DEMO_USERS.erik, link('case', 'case-001'));
  const [attachment] = (await messageOf(E42_CHAT, id)).attachments;
  expect(texts(attachment?.content)).toEqual(expect.arrayContaining(['Ärende · CAS-01001', 'Printer offline on 3rd floor']));
  expect(Card.parse(attachment?.content).actions[0]?.title).toBe('Öppna i Casebridge');
}, 60_000);

test('a link of another domain is not sent to the bot; one of the app\'s domain that is no record gets no card', async () => {
  const before = (await invokesTo(PRINTER_CHAT)).length;
  const foreign = await post(PRINTER_CHAT, DEMO_USERS.sofie, 'See https://example.com/records/case/case-001 and https://localhost.example/records/case/case-001');
  expect((await messageOf(PRINTER_CHAT, foreign)).attachments).toEqual([]);
  expect(await invokesTo(PRINTER_CHAT)).toHaveLength(before);

  const notARecord = await post(PRINTER_CHAT, DEMO_USERS.sofie, `${server.app.config.publicUrl}/settings`);
  expect((await messageOf(PRINTER_CHAT, notARecord)).attachments).toEqual([]);
  const invokes = await invokesTo(PRINTER_CHAT);
  expect(invokes).toHaveLength(before + 1);
  expect(invokes[0]?.status).toBe(200);
}, 60_000);

test('a 4xx from the bot leaves the message plain text', async () => {
  const long = `${link('case', 'case-001')}?q=${'x'.repeat(MAX_BODY_BYTES)}`;
  const id = await post(PRINTER_CHAT, DEMO_USERS.mads, long);
  expect((await invokesTo(PRINTER_CHAT))[0]?.status).toBe(413);
  const message = await messageOf(PRINTER_CHAT, id);
  expect(message.text).toBe(long);
  expect(message.attachments).toEqual([]);
}, 60_000);

test('the unfurled card is kept with the message across a restart', async () => {
  const id = await post(PRINTER_CHAT, DEMO_USERS.astrid, `${link('case', 'case-003')}.`);
  await server.stop();
  server = await startServer({ env, dataDir: server.dataDir });
  const [attachment] = (await messageOf(PRINTER_CHAT, id)).attachments;
  expect(attachment?.unfurledUrl).toBe(link('case', 'case-003'));
  expect(texts(attachment?.content)).toEqual(expect.arrayContaining(['VPN disconnects every 10 minutes']));
}, 120_000);
