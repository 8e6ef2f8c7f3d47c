/**
 * D2–D5 under a race: one person sends ten joins for one connected chat at once (a double-click,
 * two tabs, a client retrying). Teams adds them once, the chat is told once, the timeline and the
 * audit trail have one entry each, and exactly one answer says it was a fresh join.
 */
import { z } from 'zod';
import { call, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
}, 120_000);
afterAll(() => server.stop(), 60_000);

const SandboxChat = z.object({
  members: z.array(z.object({ userId: z.string() })),
  messages: z.array(z.object({ kind: z.string(), text: z.string() })),
});

async function sandboxChat(chatId: string) {
  return SandboxChat.parse((await call(server.baseUrl, 'GET', `/sandbox/api/chats/${encodeURIComponent(chatId)}`)).body);
}

/** The bot's messages in the chat once the sandbox has delivered everything queued. */
async function botMessages(chatId: string): Promise<string[]> {
  await server.app.cardUpdates();
  return (await sandboxChat(chatId)).messages.filter((m) => m.kind === 'bot').map((m) => m.text);
}

test('ten racing joins by one person: one join in Teams, one "joined" message, one timeline and audit entry, nine "already a member"', async () => {
  const mads = await tokenFor(server.baseUrl, 'Mads Nielsen');
  const ingrid = await tokenFor(server.baseUrl, 'Ingrid Johansson'); // expert: writes any case, not in the chat
  const created = await call(server.baseUrl, 'POST', '/api/records/case-012/chats', { token: mads, body: { memberIds: [DEMO_USERS.sofie] }, headers: { 'idempotency-key': 'join-race-1' } });
  expect(created.status).toBe(201);
  const chatId = field<string>(created.body, 'chatId');
  // The intro: the app is installed and the bot knows the chat's address.
  for (let i = 0; i < 100 && (await botMessages(chatId)).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
  expect(await botMessages(chatId)).toHaveLength(1);

  const path = `/api/records/case-012/chats/${encodeURIComponent(chatId)}/join`;
  const answers = await Promise.all(Array.from({ length: 10 }, () => call(server.baseUrl, 'POST', path, { token: ingrid })));
  // Give a late second message the time to arrive before counting.
  await new Promise((r) => setTimeout(r, 300));
  const chat = await sandboxChat(chatId);
  const { items: entries } = await server.app.store.timeline.list(CONTOSO, 'case-012', { limit: 20 }, ['memberJoined']);
  const { items: audit } = await server.app.store.audit.list(CONTOSO, 'record:case-012', { limit: 20 });
  expect({
    statuses: answers.map((a) => a.status),
    fresh: answers.filter((a) => a.status === 200 && field<boolean>(a.body, 'alreadyMember') === false).length,
    inTeams: chat.members.filter((m) => m.userId === DEMO_USERS.ingrid).length,
    joinedMessages: (await botMessages(chatId)).filter((text) => text.includes('Ingrid Johansson')).length,
    timelineEntries: entries.length,
    auditEntries: audit.filter((e) => e.path === 'chat.joined').length,
    notesLeft: (await server.app.store.chats.getChatState(CONTOSO, chatId))?.value.joining ?? [],
  }).toEqual({ statuses: Array(10).fill(200), fresh: 1, inTeams: 1, joinedMessages: 1, timelineEntries: 1, auditEntries: 1, notesLeft: [] });

  // Done: another try is simply "already a member" and tells nobody.
  expect((await call(server.baseUrl, 'POST', path, { token: ingrid })).body).toEqual({ alreadyMember: true });
  expect((await botMessages(chatId)).filter((text) => text.includes('Ingrid Johansson'))).toHaveLength(1);
}, 60_000);

/** Counts the member adds Casebridge's Graph adapter sends the sandbox (every Graph call goes through fetch). */
function countMemberAdds(chatId: string): { count: () => number; restore: () => void } {
  const target = `/chats/${encodeURIComponent(chatId)}/members`;
  const original = globalThis.fetch;
  let adds = 0;
  const spy = jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    if (method.toUpperCase() === 'POST' && url.includes('/sandbox/graph/') && url.endsWith(target)) adds++;
    return original(input, init);
  });
  return { count: () => adds, restore: () => spy.mockRestore() };
}

test('D2: a join whose first try failed after Teams added the person is finished by the next try without adding them again; entries and message once', async () => {
  const mads = await tokenFor(server.baseUrl, 'Mads Nielsen');
  const ingrid = await tokenFor(server.baseUrl, 'Ingrid Johansson');
  const created = await call(server.baseUrl, 'POST', '/api/records/case-013/chats', { token: mads, body: { memberIds: [DEMO_USERS.sofie] }, headers: { 'idempotency-key': 'join-takeover-1' } });
  expect(created.status).toBe(201);
  const chatId = field<string>(created.body, 'chatId');
  for (let i = 0; i < 100 && (await botMessages(chatId)).length === 0; i++) await new Promise((r) => setTimeout(r, 50));

  const path = `/api/records/case-013/chats/${encodeURIComponent(chatId)}/join`;
  const adds = countMemberAdds(chatId);
  try {
    // The first try's audit write fails after Teams added her: the join is left to finish.
    const put = jest.spyOn(server.app.store.audit, 'put').mockRejectedValueOnce(new Error('Cosmos unavailable'));
    const first = await call(server.baseUrl, 'POST', path, { token: ingrid });
    put.mockRestore();
    expect(first.status).toBe(500);
    expect((await sandboxChat(chatId)).members.filter((m) => m.userId === DEMO_USERS.ingrid)).toHaveLength(1);

    const second = await call(server.baseUrl, 'POST', path, { token: ingrid });
    await new Promise((r) => setTimeout(r, 300)); // a late second message would arrive by now
    const { items: entries } = await server.app.store.timeline.list(CONTOSO, 'case-013', { limit: 20 }, ['memberJoined']);
    const { items: audit } = await server.app.store.audit.list(CONTOSO, 'record:case-013', { limit: 20 });
    expect({
      status: second.status,
      body: second.body,
      addsSentToTeams: adds.count(),
      joinedMessages: (await botMessages(chatId)).filter((text) => text.includes('Ingrid Johansson')).length,
      timelineEntries: entries.length,
      auditEntries: audit.filter((e) => e.path === 'chat.joined').length,
      notesLeft: (await server.app.store.chats.getChatState(CONTOSO, chatId))?.value.joining ?? [],
    }).toEqual({ status: 200, body: { alreadyMember: false }, addsSentToTeams: 1, joinedMessages: 1, timelineEntries: 1, auditEntries: 1, notesLeft: [] });
  } finally {
    adds.restore();
  }
}, 60_000);
