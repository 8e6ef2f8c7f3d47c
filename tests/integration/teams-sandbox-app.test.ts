/**
 * The sandbox inside the real local-mode server: the app's own Graph adapter and bot talk to it.
 * A connected chat made through the API is created, gets the app installed, and the bot's intro
 * card lands in it; the chat panel's "other chats" list comes from the sandbox's Graph.
 */
import { z } from 'zod';
import { call, demoUsers, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
}, 120_000);
afterAll(() => server.stop(), 60_000);

const SandboxChat = z.object({
  appInstalled: z.boolean(),
  members: z.array(z.object({ userId: z.string() })),
  messages: z.array(z.object({ kind: z.string(), text: z.string(), attachments: z.array(z.object({ contentType: z.string() })) })),
});

test('a connected chat made through the API lives in the sandbox, with the app installed and an intro card', async () => {
  const users = await demoUsers(server.baseUrl);
  const token = await tokenFor(server.baseUrl, 'Mads Nielsen');
  const sofie = users.get('Sofie Kristensen')?.id ?? '';
  const created = await call(server.baseUrl, 'POST', '/api/records/case-001/chats', {
    token, body: { memberIds: [sofie] }, headers: { 'idempotency-key': 'sandbox-app-test-1' },
  });
  expect(created.status).toBe(201);
  const chatId = z.object({ chatId: z.string() }).parse(created.body).chatId;

  let chat = SandboxChat.parse((await call(server.baseUrl, 'GET', `/sandbox/api/chats/${encodeURIComponent(chatId)}`)).body);
  const introCard = () => chat.messages.find((m) => m.kind === 'bot' && m.attachments.length > 0);
  for (let i = 0; i < 50 && !introCard(); i++) {
    await new Promise((r) => setTimeout(r, 100));
    chat = SandboxChat.parse((await call(server.baseUrl, 'GET', `/sandbox/api/chats/${encodeURIComponent(chatId)}`)).body);
  }
  expect(chat.appInstalled).toBe(true);
  expect(chat.members.map((m) => m.userId)).toContain(sofie);
  expect(introCard()?.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');

  const others = await call(server.baseUrl, 'GET', '/api/records/case-002/chats/others', { token });
  expect(others.status).toBe(200);
  expect(JSON.stringify(others.body)).toContain('Printer fleet 3rd floor');
});
