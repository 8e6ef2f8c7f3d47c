/**
 * The customer's socket (`/chat/ws`) and the agent's (`/api/realtime`) on the real server with
 * the real session service: Origin refused before the upgrade, forged/expired tokens, oversize
 * frames, resume after a drop mid-burst while the agent replies over REST, and the agent's ticket
 * and permission check. The demo site `web` of CONTOSO allows the server's own origin.
 */
import { SignJWT } from 'jose';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTOSO } from '../../bot/src/sandbox/demo-data';
import type { ServerFrame } from '../../bot/src/realtime/chat-protocol';
import { call, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { AgentSocketClient, ChatClient, RefusedUpgrade, isEntry, isError, newClientId, openSocket } from '../fixtures/chat-client';

let server: TestServer;
let mads: string;
const clients: Array<{ close(): void }> = [];

beforeAll(async () => {
  server = await startServer({ env: { CHAT_MESSAGES_PER_MINUTE: '1000', CHAT_CONNECTIONS_PER_MINUTE_PER_IP: '1000' } });
  mads = await tokenFor(server.baseUrl, 'Mads Nielsen');
}, 120_000);

afterAll(async () => {
  for (const client of clients) client.close();
  await server?.stop();
}, 60_000);

beforeEach(async () => {
  // Mads is the one present agent of the site's team: every session here is his.
  expect((await call(server.baseUrl, 'PUT', '/api/me/status', { token: mads, body: { status: 'present' } })).status).toBe(200);
});

async function customer(): Promise<ChatClient> {
  const client = await ChatClient.connect(server.baseUrl, { tenant: CONTOSO, site: 'web', origin: server.baseUrl });
  clients.push(client);
  return client;
}

async function entriesSeenByAgent(sessionId: string): Promise<Array<{ seq: number; text: string }>> {
  const view = await call(server.baseUrl, 'GET', `/api/sessions/${encodeURIComponent(sessionId)}`, { token: mads });
  expect(view.status).toBe(200);
  return field<Array<{ seq: number; text: string }>>(view.body, 'entries');
}

async function endSession(client: ChatClient): Promise<void> {
  client.send({ t: 'close' });
  await client.waitFor((f) => f.t === 'state' && f.status === 'closed');
  client.close();
}

it('refuses a foreign Origin with 403 before the upgrade', async () => {
  let status = 0;
  try {
    await ChatClient.connect(server.baseUrl, { tenant: CONTOSO, site: 'web', origin: 'https://evil.example' });
  } catch (error) {
    if (error instanceof RefusedUpgrade) status = error.status;
  }
  expect(status).toBe(403);
}, 30_000);

it('answers a forged or expired visitor token with badToken and 4401; the session goes on', async () => {
  const c = await customer();
  await c.hello({ lang: 'da' });
  const { sessionId, token } = await c.start('Hej, jeg har et spørgsmål');
  const secret = (await readFile(path.join(server.dataDir, 'chat-token-secret.txt'), 'utf8')).trim();
  const claims = { tid: CONTOSO, site: 'web', sid: sessionId, vid: 'intruder' };
  const now = Math.floor(Date.now() / 1000);
  const expired = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setAudience('casebridge:chat-visitor').setExpirationTime(now - 10).sign(new TextEncoder().encode(secret));
  const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setAudience('casebridge:chat-visitor').setExpirationTime(now + 600).sign(new TextEncoder().encode('f'.repeat(43)));
  for (const bad of [expired, forged, `${token}x`]) {
    const intruder = await customer();
    intruder.send({ t: 'hello', tenant: CONTOSO, site: 'web', lang: 'da', token: bad, since: 0 });
    const error = await intruder.waitFor(isError);
    expect(error).toMatchObject({ code: 'badToken', message: 'Din chat kunne ikke bekræftes. Start en ny chat.' });
    expect((await intruder.closed).code).toBe(4401);
  }
  expect(await c.post('Er I der?')).toBeGreaterThan(1);
  expect((await entriesSeenByAgent(sessionId)).map((e) => e.text)).toEqual(expect.arrayContaining(['Hej, jeg har et spørgsmål', 'Er I der?']));
  await endSession(c);
}, 60_000);

it('closes a frame over CHAT_MAX_PAYLOAD_BYTES with 1009 and stores nothing of it', async () => {
  const c = await customer();
  await c.hello();
  const { sessionId, token } = await c.start('Hello');
  const before = (await entriesSeenByAgent(sessionId)).length;
  c.sendRaw(JSON.stringify({ t: 'send', clientId: newClientId(), text: 'x'.repeat(9000) }));
  expect((await c.closed).code).toBe(1009);
  expect((await entriesSeenByAgent(sessionId)).length).toBe(before);
  const again = await customer();
  await again.hello({ token, since: 0 });
  await endSession(again);
}, 60_000);

it('resumes after the socket drops mid-burst while the agent replies: in order, no duplicates, nothing lost', async () => {
  const c = await customer();
  await c.hello();
  const { sessionId, token } = await c.start('burst start');
  const agentTexts = Array.from({ length: 10 }, (_, i) => `agent ${i}`);
  const replies = (async () => {
    for (const text of agentTexts) {
      const posted = await call(server.baseUrl, 'POST', `/api/sessions/${encodeURIComponent(sessionId)}/messages`, { token: mads, body: { text, clientId: newClientId() } });
      expect(posted.status).toBe(201);
    }
  })();
  const burst = Array.from({ length: 15 }, (_, i) => ({ clientId: `burst-${i}-${newClientId().slice(0, 8)}`, text: `customer ${i}` }));
  for (const message of burst) c.send({ t: 'send', ...message });
  await c.waitFor((f) => f.t === 'ack' && f.clientId === burst[4]?.clientId);
  c.drop();
  await replies;
  const seen = c.entries();
  const acked = new Set(c.frames.flatMap((f) => (f.t === 'ack' ? [f.clientId] : [])));

  const again = await customer();
  await again.hello({ token, since: seen.reduce((m, e) => Math.max(m, e.seq), 0) });
  // The widget resends what had no ack, with the same client ids (stored once either way).
  for (const message of burst) if (!acked.has(message.clientId)) again.send({ t: 'send', ...message });
  const stored = async () => (await entriesSeenByAgent(sessionId)).length;
  const deadline = Date.now() + 20_000;
  while ((await stored()) < 1 + 15 + 10 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const all = await entriesSeenByAgent(sessionId);
  const last = all[all.length - 1]?.seq ?? 0;
  await again.waitFor((f) => isEntry(f) && f.entry.seq === last);
  const received = [...seen, ...again.entries()];
  expect(received.map((e) => e.seq)).toEqual(all.map((e) => e.seq));
  const texts = received.map((e) => e.text);
  expect(texts.filter((t) => t.startsWith('customer '))).toEqual(burst.map((m) => m.text));
  expect(texts.filter((t) => t.startsWith('agent '))).toEqual(agentTexts);
  await endSession(again);
}, 90_000);

it('a start resent on a new socket (its answer lost with the connection) is the same session, with a token that works', async () => {
  const first = await customer();
  await first.hello();
  const clientId = newClientId();
  const started = await first.start('Hello, my printer is offline', { clientId });
  first.drop();
  const again = await customer();
  await again.hello();
  const resent = await again.start('Hello, my printer is offline', { clientId });
  expect(resent.sessionId).toBe(started.sessionId);
  expect(resent.seq).toBe(started.seq);
  // The resent start's token is the first visitor's: it resumes the one session.
  const resumed = await customer();
  await resumed.hello({ token: resent.token, since: 0 });
  expect(await resumed.post('Are you there?')).toBeGreaterThan(started.seq);
  const texts = (await entriesSeenByAgent(started.sessionId)).map((e) => e.text).filter((t) => t !== '');
  expect(texts).toEqual(['Hello, my printer is offline', 'Are you there?']);
  again.close();
  await endSession(resumed);
}, 60_000);

describe('the agent socket', () => {
  it('needs a valid ticket, streams a watched session and refuses one the agent may not see', async () => {
    for (const ticket of ['', 'forged.ticket.value']) {
      let status = 0;
      try {
        await openSocket(`${server.baseUrl.replace('http', 'ws')}/api/realtime?ticket=${ticket}`);
      } catch (error) {
        if (error instanceof RefusedUpgrade) status = error.status;
      }
      expect(status).toBe(401);
    }
    const c = await customer();
    await c.hello();
    const { sessionId } = await c.start('Need help');

    const ticket = await call(server.baseUrl, 'POST', '/api/realtime/ticket', { token: mads });
    expect(ticket.status).toBe(200);
    const agent = await AgentSocketClient.connect(server.baseUrl, field<string>(ticket.body, 'ticket'));
    clients.push(agent);
    await agent.watch(sessionId);
    const from = agent.mark();
    await c.post('Second message');
    await agent.waitFor((f) => f.t === 'entry' && f.entry.text === 'Second message', { from });
    const typingFrom = c.mark();
    agent.send({ t: 'typing', sessionId });
    await c.waitFor((f: ServerFrame) => f.t === 'typing', { from: typingFrom });

    // Erik is an agent of team-se: he may not see team-dk's session.
    const erik = await tokenFor(server.baseUrl, 'Erik Lindqvist');
    const erikTicket = await call(server.baseUrl, 'POST', '/api/realtime/ticket', { token: erik });
    const stranger = await AgentSocketClient.connect(server.baseUrl, field<string>(erikTicket.body, 'ticket'));
    clients.push(stranger);
    stranger.send({ t: 'watch', sessionId, since: 0 });
    const refused = await stranger.waitFor((f) => f.t === 'error');
    expect(refused).toMatchObject({ t: 'error', sessionId });
    expect(['forbidden', 'notFound']).toContain(refused.t === 'error' ? refused.code : '');
    expect(stranger.entries(sessionId)).toEqual([]);
    await endSession(c);
  }, 60_000);

  it('opens one socket per ticket: a ticket used before is refused with 401', async () => {
    const ticket = field<string>((await call(server.baseUrl, 'POST', '/api/realtime/ticket', { token: mads })).body, 'ticket');
    const first = await AgentSocketClient.connect(server.baseUrl, ticket);
    clients.push(first);
    let status = 0;
    try {
      await openSocket(`${server.baseUrl.replace('http', 'ws')}/api/realtime?ticket=${encodeURIComponent(ticket)}`);
    } catch (error) {
      if (error instanceof RefusedUpgrade) status = error.status;
    }
    expect(status).toBe(401);
  }, 30_000);

  it('answers a typing frame that fails without ending the watch', async () => {
    const c = await customer();
    await c.hello();
    const { sessionId } = await c.start('Typing test');
    const ticket = field<string>((await call(server.baseUrl, 'POST', '/api/realtime/ticket', { token: mads })).body, 'ticket');
    const agent = await AgentSocketClient.connect(server.baseUrl, ticket);
    clients.push(agent);
    await agent.watch(sessionId);
    const from = agent.mark();
    agent.send({ t: 'typing', sessionId: 'no-such-session' });
    const error = await agent.waitFor((f) => f.t === 'error', { from });
    // An error naming a session tells the tab that watch ended: a failed typing signal names none.
    expect(error.t === 'error' && error.sessionId).toBeUndefined();
    const next = agent.mark();
    await c.post('Still watched');
    await agent.waitFor((f) => f.t === 'entry' && f.sessionId === sessionId && f.entry.text === 'Still watched', { from: next });
    await endSession(c);
  }, 60_000);

  it('documents the ticket route in the OpenAPI document', async () => {
    const doc = await call(server.baseUrl, 'GET', '/api/openapi.json');
    expect(field(doc.body, 'paths', '/api/realtime/ticket', 'post', 'operationId')).toBe('createRealtimeTicket');
  });
});
