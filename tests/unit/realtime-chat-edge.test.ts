/**
 * The customer edge (`/chat/ws`) over real sockets on a loopback server, against a small
 * in-memory SessionsApi written here (the real service is exercised by the integration tests):
 * refusals before the upgrade (foreign Origin 403, per-address limit 429), forged/expired/other-site
 * tokens (badToken, 4401, the session untouched), oversize frames (1009, nothing stored), a flood
 * (rateLimited, not stored), and resume after the socket drops mid-burst while the agent answers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebPubSubServiceClient } from '@azure/web-pubsub';
import pino from 'pino';
import { SignJWT } from 'jose';
import type { Caller } from '../../bot/src/domain/access/access';
import type { SessionEvents, SessionsApi, VisitorRef } from '../../bot/src/domain/sessions/ports';
import type { ChatSession, ChatSite, SessionEntry } from '../../bot/src/domain/sessions/session';
import { NotFoundError } from '../../bot/src/domain/shared/errors';
import { memoryChatLimits } from '../../bot/src/realtime/chat-limits';
import { ChatEdge } from '../../bot/src/realtime/chat-socket';
import { EmbeddedHub } from '../../bot/src/realtime/embedded-hub';
import type { Hub } from '../../bot/src/realtime/hub';
import { HubClient } from '../../bot/src/realtime/hub-client';
import { hubConnectionString } from '../../bot/src/realtime/hub-token';
import { JOIN_LEAVE_ROLE, SEND_TO_GROUP_ROLE } from '../../bot/src/realtime/pubsub-protocol';
import { HubSessionEvents } from '../../bot/src/realtime/session-events';
import { ChatTokens, signIdentity } from '../../bot/src/realtime/tokens';
import type { ServerFrame } from '../../bot/src/realtime/chat-protocol';
import { ChatClient, RefusedUpgrade, isError, newClientId } from '../fixtures/chat-client';

const SECRET = 's'.repeat(40);
const logger = pino({ level: 'silent' });

/** Sessions in memory, publishing entries through the hub as the real service does. */
class MemorySessions implements SessionsApi {
  readonly sessions = new Map<string, ChatSession>();
  private n = 0;
  /** How long `availability` takes (a slow store: a socket may close meanwhile). */
  availabilityDelayMs = 0;
  constructor(private readonly site_: ChatSite, private readonly events: SessionEvents) {}

  async site(tenantId: string, siteId: string) {
    return tenantId === this.site_.tenantId && siteId === this.site_.id ? this.site_ : null;
  }
  async availability() {
    if (this.availabilityDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.availabilityDelayMs));
    return { open: true, reason: 'open' as const, site: { name: this.site_.name, language: this.site_.language } };
  }
  private async append(session: ChatSession, entry: Omit<SessionEntry, 'seq' | 'at'>): Promise<SessionEntry> {
    const full: SessionEntry = { ...entry, seq: session.lastSeq + 1, at: new Date().toISOString() };
    session.lastSeq = full.seq;
    session.recent.push(full);
    if (full.clientId) session.clientIds.push({ id: full.clientId, seq: full.seq });
    await this.events.publish({ type: 'entry', tenantId: session.tenantId, sessionId: session.id, entry: full });
    return full;
  }
  async start(tenantId: string, siteId: string, input: Parameters<SessionsApi['start']>[2]) {
    const id = `sess-${++this.n}`;
    const now = new Date().toISOString();
    const session: ChatSession = {
      id, tenantId, siteId, teamId: 't', status: 'active', visitor: { id: input.visitorId, name: input.name, email: input.email, verified: input.verified, locale: input.locale },
      agentId: 'agent', listenerIds: [], createdAt: now, waitingSince: null, closedAt: null, lastSeq: 0, recent: [], clientIds: [], transfer: null, transfers: [],
      personId: null, recordId: null, lastActivityAt: now,
    };
    this.sessions.set(id, session);
    const entry = await this.append(session, { kind: 'customer', authorId: null, authorName: input.name, text: input.text, clientId: input.clientId, note: null });
    return { session, entry };
  }
  private owned(visitor: VisitorRef): ChatSession {
    const session = this.sessions.get(visitor.sessionId);
    if (!session || session.visitor.id !== visitor.visitorId || session.tenantId !== visitor.tenantId) throw new NotFoundError();
    return session;
  }
  async postAsVisitor(visitor: VisitorRef, input: { clientId: string; text: string }) {
    const session = this.owned(visitor);
    const seen = session.clientIds.find((c) => c.id === input.clientId);
    if (seen) return session.recent.find((e) => e.seq === seen.seq) as SessionEntry;
    return this.append(session, { kind: 'customer', authorId: null, authorName: null, text: input.text, clientId: input.clientId, note: null });
  }
  async agentPost(sessionId: string, text: string) {
    const session = this.sessions.get(sessionId);
    if (!session) throw new NotFoundError();
    return this.append(session, { kind: 'agent', authorId: 'agent', authorName: 'Mads', text, clientId: newClientId(), note: null });
  }
  async entriesForVisitor(visitor: VisitorRef, afterSeq: number) {
    const session = this.owned(visitor);
    return { session, entries: session.recent.filter((e) => e.seq > afterSeq) };
  }
  async typing(who: Caller | VisitorRef, sessionId: string) {
    const session = this.sessions.get(sessionId);
    if (session) await this.events.publish({ type: 'typing', tenantId: session.tenantId, sessionId, who: 'tenantId' in who && 'visitorId' in who ? 'customer' : 'agent', name: null });
  }
  async closeByVisitor(): Promise<void> { throw new Error('not used'); }
  async leave(): Promise<never> { throw new Error('not used'); }
  async leaveMessage() { return { number: 'CASE-1' }; }
  async setStatus(): Promise<never> { throw new Error('not used'); }
  async heartbeat(): Promise<never> { throw new Error('not used'); }
  async agents(): Promise<never> { throw new Error('not used'); }
  async list(): Promise<never> { throw new Error('not used'); }
  async get(): Promise<never> { throw new Error('not used'); }
  async entriesForAgent(): Promise<never> { throw new Error('not used'); }
  async post(): Promise<never> { throw new Error('not used'); }
  async close(): Promise<never> { throw new Error('not used'); }
  async makeCase(): Promise<never> { throw new Error('not used'); }
  async transfer(): Promise<never> { throw new Error('not used'); }
  async accept(): Promise<never> { throw new Error('not used'); }
  async decline(): Promise<never> { throw new Error('not used'); }
  async cancel(): Promise<never> { throw new Error('not used'); }
  async takeover(): Promise<never> { throw new Error('not used'); }
  async park(): Promise<never> { throw new Error('not used'); }
  async pickUp(): Promise<never> { throw new Error('not used'); }
  async expireTransfers() { return 0; }
  async routeQueued() { return 0; }
}

let server: Server;
let baseUrl: string;
let hub: EmbeddedHub;
let edge: ChatEdge;
let sessions: MemorySessions;
const IDENTITY_SECRET = 'i'.repeat(40);
const HUB_KEY = 'k'.repeat(43);
/** Stopped after each test (the hub's own server and clients in the outage tests). */
const stops: Array<() => Promise<void>> = [];

/** The embedded hub on a server of its own (to stop and restart it), and the port it listens on. */
async function hubServer(port = 0): Promise<{ hub: EmbeddedHub; port: number; stop: () => Promise<void> }> {
  const own = new EmbeddedHub({ hub: 'casebridge', accessKey: HUB_KEY, logger, pingIntervalMs: 60_000 });
  const http = createServer((_req, res) => res.writeHead(404).end());
  http.on('upgrade', (req, socket, head) => void own.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', () => resolve()));
  let stopped = false;
  return {
    hub: own,
    port: (http.address() as AddressInfo).port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      await own.close();
      http.closeAllConnections();
      await closed;
    },
  };
}

/** An instance's HubClient of the hub on `port` (as a second instance is, through a connection string). */
function hubClient(port: number, options: { maxBuffered?: number } = {}): HubClient {
  const service = new WebPubSubServiceClient(hubConnectionString(`http://127.0.0.1:${port}`, HUB_KEY), 'casebridge');
  const client = new HubClient({
    url: async () => (await service.getClientAccessToken({ roles: [JOIN_LEAVE_ROLE, SEND_TO_GROUP_ROLE] })).url,
    logger, minDelayMs: 50, maxDelayMs: 300, pingIntervalMs: 60_000, ...options,
  });
  client.start();
  stops.push(() => client.close());
  return client;
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * `hubs`: the edge's hub and the one the sessions publish through (default: the embedded hub's
 * in-process member for both).
 */
async function start(settings: { messagesPerMinute?: number; connectionsPerMinutePerIp?: number; heartbeatMs?: number; hubs?: { edge: Hub; events: Hub } } = {}): Promise<void> {
  hub = new EmbeddedHub({ hub: 'casebridge', accessKey: HUB_KEY, logger });
  const origin = 'http://127.0.0.1';
  const site: ChatSite = {
    id: 'web', tenantId: 'T1', name: 'Web', teamId: 'team', recordType: 'case', allowedOrigins: [origin], language: 'da', openingHours: null, agentCapacity: 3, identitySecret: IDENTITY_SECRET,
  };
  sessions = new MemorySessions(site, new HubSessionEvents(settings.hubs?.events ?? hub.local));
  edge = new ChatEdge({
    sessions, hub: settings.hubs?.edge ?? hub.local, tokens: new ChatTokens(SECRET, 24), logger, maxPayloadBytes: 2048, behindProxy: false, heartbeatMs: settings.heartbeatMs ?? 30_000,
    limits: memoryChatLimits({ messagesPerMinute: settings.messagesPerMinute ?? 1000, connectionsPerMinutePerIp: settings.connectionsPerMinutePerIp ?? 1000 }, logger),
  });
  server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', (req, socket, head) => void edge.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const clients: ChatClient[] = [];
async function connect(origin = 'http://127.0.0.1'): Promise<ChatClient> {
  const client = await ChatClient.connect(baseUrl, { tenant: 'T1', site: 'web', origin });
  clients.push(client);
  return client;
}

afterEach(async () => {
  const open = clients.splice(0);
  for (const client of open) client.close();
  await edge.close();
  await hub.close();
  for (const stop of stops.splice(0)) await stop();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  // A client that stopped reading (a test pauses one) never finishes the closing handshake.
  for (const client of open) client.drop();
});

async function refusedStatus(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 101;
  } catch (error) {
    if (error instanceof RefusedUpgrade) return error.status;
    throw error;
  }
}

describe('before the upgrade', () => {
  beforeEach(() => start({ connectionsPerMinutePerIp: 3 }));

  it('refuses a foreign Origin, no Origin, and an unknown site with no socket', async () => {
    expect(await refusedStatus(connect('https://evil.example'))).toBe(403);
    expect(await refusedStatus(ChatClient.connect(baseUrl, { tenant: 'T1', site: 'web', headers: { origin: '' } }))).toBe(403);
    expect(await refusedStatus(ChatClient.connect(baseUrl, { tenant: 'T1', site: 'nope', origin: 'http://127.0.0.1' }))).toBe(404);
    expect(edge.connectionCount).toBe(0);
  });

  it('refuses the connections of one address over the per-minute limit with 429', async () => {
    // Three are allowed (each test starts its own limiter).
    for (let i = 0; i < 3; i++) await connect();
    expect(await refusedStatus(connect())).toBe(429);
  });
});

describe('on the socket', () => {
  beforeEach(() => start({ messagesPerMinute: 5 }));

  it('answers a forged, an expired and another site\'s token with badToken and 4401, and the session is unharmed', async () => {
    const customer = await connect();
    await customer.hello({ lang: 'sv' });
    const { token, sessionId } = await customer.start('Hej');
    const key = new TextEncoder().encode(SECRET);
    const now = Math.floor(Date.now() / 1000);
    const claims = { tid: 'T1', site: 'web', sid: sessionId, vid: 'someone' };
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setAudience('casebridge:chat-visitor').setExpirationTime(now + 60).sign(new TextEncoder().encode('x'.repeat(40)));
    const expired = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setAudience('casebridge:chat-visitor').setExpirationTime(now - 60).sign(key);
    const otherSite = await new SignJWT({ ...claims, site: 'other' }).setProtectedHeader({ alg: 'HS256' }).setAudience('casebridge:chat-visitor').setExpirationTime(now + 60).sign(key);
    const tampered = `${token.slice(0, -4)}AAAA`;
    for (const bad of [forged, expired, otherSite, tampered]) {
      const intruder = await connect();
      intruder.send({ t: 'hello', tenant: 'T1', site: 'web', lang: 'sv', token: bad, since: 0 });
      const error = await intruder.waitFor(isError);
      expect(error.code).toBe('badToken');
      expect(error.message).toBe('Din chatt kunde inte verifieras. Starta en ny chatt.');
      expect((await intruder.closed).code).toBe(4401);
    }
    expect(sessions.sessions.get(sessionId)?.lastSeq).toBe(1);
    expect(await customer.post('Still here')).toBe(2);
  });

  it('closes a frame over maxPayload with 1009 and stores nothing', async () => {
    const customer = await connect();
    await customer.hello();
    const { sessionId } = await customer.start('Hello');
    customer.sendRaw(JSON.stringify({ t: 'send', clientId: newClientId(), text: 'x'.repeat(3000) }));
    expect((await customer.closed).code).toBe(1009);
    expect(sessions.sessions.get(sessionId)?.lastSeq).toBe(1);
  });

  it('answers invalid frames with a localized error and keeps the socket', async () => {
    const customer = await connect();
    customer.sendRaw('not json');
    expect((await customer.waitFor(isError)).message).toBe('Chatten kunne ikke forstå den besked.');
    await customer.hello({ lang: 'en' });
    customer.send({ t: 'send', clientId: newClientId(), text: 'no session yet' });
    const noSession = await customer.waitFor((f): f is Extract<ServerFrame, { t: 'error' }> => isError(f) && f.message.includes('first message'));
    expect(noSession.code).toBe('invalid');
  });

  it('refuses a flood past the per-session limit with rateLimited and stores none of it', async () => {
    const customer = await connect();
    await customer.hello({ lang: 'da' });
    const { sessionId } = await customer.start('Hej');
    for (let i = 0; i < 5; i++) await customer.post(`msg ${i}`);
    const from = customer.mark();
    customer.send({ t: 'send', clientId: newClientId(), text: 'one too many' });
    const error = await customer.waitFor(isError, { from });
    expect(error.code).toBe('rateLimited');
    expect(error.message).toMatch(/^Du sender beskeder for hurtigt\. Vent \d+ sekunder, og prøv igen\.$/);
    expect(sessions.sessions.get(sessionId)?.recent.map((e) => e.text)).not.toContain('one too many');
  });

  it('takes a signed identity as verified and ignores a wrongly signed one', async () => {
    const good = await connect();
    await good.hello({ identity: { userId: 'u1', name: 'Ann', email: 'ann@example.com', signature: signIdentity(IDENTITY_SECRET, 'u1', 'ann@example.com') } });
    const a = await good.start('Hi');
    expect(sessions.sessions.get(a.sessionId)?.visitor).toMatchObject({ verified: true, name: 'Ann', email: 'ann@example.com' });
    const bad = await connect();
    await bad.hello({ identity: { userId: 'u1', name: 'Ann', email: 'ann@example.com', signature: signIdentity('w'.repeat(40), 'u1', 'ann@example.com') } });
    expect((await bad.waitFor(isError)).code).toBe('invalid');
    const b = await bad.start('Hi');
    expect(sessions.sessions.get(b.sessionId)?.visitor).toMatchObject({ verified: false, name: null });
  });
});

describe('resume', () => {
  beforeEach(() => start());

  it('after the socket drops mid-burst while the agent answers: every entry once, in order', async () => {
    const customer = await connect();
    await customer.hello();
    const { token, sessionId } = await customer.start('first');
    const sent: string[] = [];
    const agentReplies = (async () => {
      for (let i = 0; i < 20; i++) {
        await sessions.agentPost(sessionId, `agent ${i}`);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    for (let i = 0; i < 15; i++) {
      const text = `burst ${i}`;
      customer.send({ t: 'send', clientId: `cid-burst-${i}`, text });
      sent.push(text);
    }
    await new Promise((resolve) => setTimeout(resolve, 15));
    customer.drop();
    const seen = customer.entries();
    const since = seen.reduce((max, e) => Math.max(max, e.seq), 0);
    await agentReplies;

    // The widget resends what was not acknowledged, with the same client ids.
    const acked = new Set(customer.frames.flatMap((f) => (f.t === 'ack' ? [f.clientId] : [])));
    const again = await connect();
    const ready = await again.hello({ token, since });
    expect(ready.session?.id).toBe(sessionId);
    for (let i = 0; i < 15; i++) if (!acked.has(`cid-burst-${i}`)) again.send({ t: 'send', clientId: `cid-burst-${i}`, text: `burst ${i}` });
    await sessions.agentPost(sessionId, 'agent last');
    const total = sessions.sessions.get(sessionId)?.lastSeq ?? 0;
    expect(total).toBe(1 + 15 + 21);
    await again.waitFor((f) => f.t === 'entry' && f.entry.seq === total);
    const all = [...seen, ...again.entries()];
    expect(all.map((e) => e.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const texts = all.map((e) => e.text);
    expect(texts.filter((t) => t.startsWith('burst '))).toEqual(sent);
    expect(texts.filter((t) => t.startsWith('agent '))).toEqual([...Array.from({ length: 20 }, (_, i) => `agent ${i}`), 'agent last']);
  });
});

describe('heartbeat', () => {
  beforeEach(() => start({ heartbeatMs: 1000 }));

  it('keeps a socket that answers pings and drops one that stopped answering', async () => {
    const alive = await connect();
    const dead = await connect();
    await alive.hello();
    await dead.hello();
    expect(edge.connectionCount).toBe(2);
    dead.socket.pause(); // reads nothing more: no pongs, as a vanished network
    const deadline = Date.now() + 8000;
    while (edge.connectionCount > 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(edge.connectionCount).toBe(1);
    alive.send({ t: 'ping' });
    await alive.waitFor((f) => f.t === 'pong');
  });
});

describe('sockets that close early', () => {
  beforeEach(() => start());

  it('leave nothing subscribed in the hub when they close during the hello', async () => {
    const customer = await connect();
    await customer.hello();
    const { token } = await customer.start('Hello');
    const baseline = hub.local.subscriberCount;
    expect(baseline).toBeGreaterThan(0);
    // The hello's first read takes a while; each socket is gone before it is done.
    sessions.availabilityDelayMs = 30;
    const quick = await Promise.all(Array.from({ length: 25 }, () => connect()));
    for (const socket of quick) {
      socket.send({ t: 'hello', tenant: 'T1', site: 'web', lang: 'en', token, since: 0 });
      socket.close();
    }
    await Promise.all(quick.map((socket) => socket.closed));
    await until(() => edge.connectionCount === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hub.local.subscriberCount).toBe(baseline);
    // The one that stayed still gets its entries.
    expect(await customer.post('Still here')).toBe(2);
  });

  it('closes a socket that floods frames faster than they are handled with 1008', async () => {
    const customer = await connect();
    await customer.hello();
    for (let i = 0; i < 200; i++) customer.send({ t: 'ping' });
    const closed = await Promise.race([customer.closed, new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000))]);
    expect(closed?.code).toBe(1008);
  });

  it('stops within a few seconds even when a socket does not answer the close', async () => {
    const customer = await connect();
    await customer.hello();
    customer.socket.pause(); // reads nothing more: the closing handshake never completes
    const began = Date.now();
    await edge.close();
    expect(Date.now() - began).toBeLessThan(5000);
    expect(edge.connectionCount).toBe(0);
  });
});

describe('a hub outage', () => {
  it('is repaired: what was posted while the hub was down reaches the connected customer once it is back', async () => {
    const running = await hubServer();
    stops.push(() => current.stop());
    let current = running;
    // The customer's instance and the instance the agent posts on, both clients of the hub.
    const customerInstance = hubClient(running.port);
    const agentInstance = hubClient(running.port, { maxBuffered: 0 });
    await start({ hubs: { edge: customerInstance, events: agentInstance } });
    await until(() => customerInstance.connected && agentInstance.connected);
    const customer = await connect();
    await customer.hello();
    const { sessionId } = await customer.start('Hello');
    await sessions.agentPost(sessionId, 'before');
    await customer.waitFor((f) => f.t === 'entry' && f.entry.text === 'before');

    await running.stop();
    await until(() => !customerInstance.connected && !agentInstance.connected);
    // Stored, but its fan-out is lost (nobody is in any group while the hub is away).
    await sessions.agentPost(sessionId, 'while the hub was away');
    current = await hubServer(running.port);
    await until(() => customerInstance.connected, 15_000);
    const entry = await customer.waitFor((f) => f.t === 'entry' && f.entry.text === 'while the hub was away', { timeoutMs: 10_000 });
    expect(entry.t === 'entry' && entry.entry.seq).toBe(3);
    expect(customer.entries().map((e) => e.seq)).toEqual([1, 2, 3]);
  });
});
