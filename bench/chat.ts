/**
 * Customer chat under load (#13): 200 customers on real WebSockets (`/chat/ws`) of the demo site
 * `web` (CONTOSO, team-dk), each in a session routed to a present agent who watches it on the agent
 * socket (`/api/realtime`). Measured: customer → agent latency (the customer's `send` until the
 * agent's socket has the entry, by clientId) and messages per second end to end, all sessions at
 * once and paced at half that rate; agent → customer latency of REST replies; the server's memory
 * per open session. Baseline in the same run: the same traffic through a bare `ws` relay.
 *
 * The clients (customers, agents, the relay's pairs) run in a worker thread of this file, so the
 * heap of the main thread (Casebridge, its embedded hub and the local Cosmos-compatible server)
 * holds none of their objects: memory per session is the server's alone.
 */
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import v8 from 'node:v8';
import vm from 'node:vm';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { z } from 'zod';
import type { RunningApp } from '../bot/src/app';
import type { User } from '../bot/src/domain/access/access';
import type { AgentServerFrame } from '../bot/src/realtime/agent-protocol';
import type { ClientFrame, ServerFrame } from '../bot/src/realtime/chat-protocol';
import { WebSocket, WebSocketServer } from '../bot/src/realtime/ws';
import { CONTOSO, DEMO_USERS } from '../bot/src/sandbox/demo-data';
import type { LocalCosmos } from '../bot/src/sandbox/local-cosmos';
import { percentile } from './measure';
import type { Step } from './progress';

export const CHAT_SESSIONS = Number(process.env.BENCH_CHAT_SESSIONS ?? 200);
export const CHAT_MESSAGES = Number(process.env.BENCH_CHAT_MESSAGES ?? 5);
export const CHAT_REPLIES = Number(process.env.BENCH_CHAT_REPLIES ?? 2);
/** Sessions started at once while opening. */
export const OPEN_CONCURRENCY = 10;
/** The site's most sessions per agent (the schema's maximum). */
export const CAPACITY = 20;
const SITE = 'web';
/** A message not delivered within this long counts as lost. */
const DELIVERY_TIMEOUT_MS = 30_000;
const TEXT = 'Hej, min faktura nr. 4711 er forkert – beløbet passer ikke med aftalen. Kan I hjælpe?';
const REPLY = 'Tak for din besked. Jeg kigger på fakturaen med det samme.';

// ---------------------------------------------------------------- between the threads

const Phase = z.object({
  count: z.number(), lost: z.number(), p50: z.number(), p99: z.number(), seconds: z.number(), perSecond: z.number(),
  /** Casebridge: until the customer's `ack` (sent once the entry is stored and published). */
  stored: z.object({ p50: z.number(), p99: z.number() }).nullable(),
  /** All at once: each sender's first message apart from its later ones (timed until it arrived; lost ones excluded). */
  split: z.object({ first: z.object({ p50: z.number(), p99: z.number() }), later: z.object({ p50: z.number(), p99: z.number() }) }).optional(),
});
export type PhaseFigures = z.infer<typeof Phase>;
const Opened = z.object({ sessions: z.number(), routed: z.number(), seconds: z.number(), start: z.object({ p50: z.number(), p99: z.number() }) });
const Replies = Phase.extend({ post: z.object({ p50: z.number(), p99: z.number() }) });

const Command = z.discriminatedUnion('cmd', [
  z.object({ cmd: z.literal('agents') }),
  z.object({ cmd: z.literal('open') }),
  z.object({ cmd: z.literal('burst'), target: z.enum(['casebridge', 'relay']) }),
  z.object({ cmd: z.literal('paced'), target: z.enum(['casebridge', 'relay']), rate: z.number().positive() }),
  z.object({ cmd: z.literal('replies') }),
  z.object({ cmd: z.literal('close') }),
]);
type Command = z.infer<typeof Command>;

const FromWorker = z.discriminatedUnion('t', [
  z.object({ t: z.literal('step'), text: z.string() }),
  z.object({ t: z.literal('done'), result: z.unknown() }),
  z.object({ t: z.literal('failed'), message: z.string() }),
]);

const WorkerInput = z.object({
  bench: z.literal('chat-clients'),
  url: z.string(),
  relayUrl: z.string(),
  agents: z.array(z.object({ userId: z.string(), token: z.string() })),
  sessions: z.number().int().positive(),
  messages: z.number().int().positive(),
  replies: z.number().int().min(0),
});
type WorkerInput = z.infer<typeof WorkerInput>;

// ---------------------------------------------------------------- the main thread (the server's)

export interface ChatResult {
  sessions: number;
  routed: number;
  agents: { demo: number; bench: number; capacity: number };
  open: z.infer<typeof Opened>;
  burst: PhaseFigures;
  paced: PhaseFigures;
  replies: z.infer<typeof Replies>;
  relay: { burst: PhaseFigures; paced: PhaseFigures };
  /** The offered rate of both paced runs (half the burst's). */
  pacedRate: number;
  cosmosPerMessage: number;
  /** Of those, to the rate-limit counters. */
  counterPerMessage: number;
  memory: { gc: string; before: number; opened: number; closed: number };
}

/** A forced garbage collection of this thread: --expose-gc, or the same flag set at run time; null when neither works. */
function collector(): { gc: () => void; how: string } | null {
  if (typeof globalThis.gc === 'function') {
    const gc = globalThis.gc;
    return { gc: () => void gc(), how: 'node --expose-gc' };
  }
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    if (typeof gc === 'function') return { gc: () => void gc(), how: '--expose-gc set at run time (v8.setFlagsFromString)' };
  } catch {
    // no GC to force: said so in the report
  }
  return null;
}

/** heapUsed + external of this thread (the worker's clients are another isolate), after a forced GC when there is one. */
async function serverMemory(gc: ReturnType<typeof collector>): Promise<number> {
  for (let i = 0; i < 3 && gc; i++) {
    gc.gc();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

/** The transport's floor: a WebSocket relay handing each frame of a pair's `a` socket to its `b` socket, unparsed. */
async function startRelay(): Promise<{ url: string; stop: () => Promise<void> }> {
  const http = createServer();
  const wss = new WebSocketServer({ server: http, perMessageDeflate: false });
  const pairs = new Map<string, { a?: WebSocket; b?: WebSocket }>();
  wss.on('connection', (ws, req) => {
    const query = new URL(req.url ?? '/', 'http://relay').searchParams;
    const pair = pairs.get(query.get('pair') ?? '') ?? {};
    pairs.set(query.get('pair') ?? '', pair);
    const role = query.get('role') === 'b' ? 'b' : 'a';
    pair[role] = ws;
    ws.on('message', (data, isBinary) => (role === 'a' ? pair.b : pair.a)?.send(data, { binary: isBinary }));
  });
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `ws://127.0.0.1:${port}`,
    stop: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

async function devToken(app: RunningApp, userId: string): Promise<string> {
  const res = await fetch(`${app.url}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }) });
  if (res.status !== 200) throw new Error(`/dev/token for ${userId} answered ${res.status}`);
  return z.object({ token: z.string() }).parse(await res.json()).token;
}

/** Agents of team-dk with write on cases: the demo ones, and bench agents added to the directory until the sessions fit. */
async function prepareAgents(app: RunningApp, sessions: number, step: Step): Promise<{ agents: WorkerInput['agents']; demo: number; bench: number }> {
  const demo = [DEMO_USERS.astrid, DEMO_USERS.mads, DEMO_USERS.sofie, DEMO_USERS.lars];
  // A quarter more room than the sessions need: concurrent starts may pick the same agent.
  const needed = Math.ceil((sessions * 1.25) / CAPACITY);
  const bench: User[] = Array.from({ length: Math.max(0, needed - demo.length) }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return { id: `bench-agent-${n}`, tenantId: CONTOSO, displayName: `Bench Agent ${n}`, email: `bench-agent-${n}@contoso.example`, teamIds: ['team-dk'], roleIds: ['role-agent'], locale: 'da-DK' };
  });
  for (const user of bench) await app.store.directory.putUser(user);
  step(`${demo.length} demo agents of team-dk and ${bench.length} bench agents added to the directory`);
  const admin = await devToken(app, DEMO_USERS.astrid);
  const sites = await fetch(`${app.url}/api/chat-sites`, { headers: { authorization: `Bearer ${admin}` } });
  if (sites.status !== 200) throw new Error(`GET /api/chat-sites answered ${sites.status}`);
  const site = z.object({ items: z.array(z.looseObject({ id: z.string() })) }).parse(await sites.json()).items.find((s) => s.id === SITE);
  if (!site) throw new Error(`the demo chat site ${SITE} is missing`);
  const { id: _id, tenantId: _tenant, hasIdentitySecret: _secret, ...body } = site;
  const put = await fetch(`${app.url}/api/chat-sites/${SITE}`, {
    method: 'PUT', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify({ ...body, agentCapacity: CAPACITY, openingHours: null }),
  });
  if (put.status !== 200) throw new Error(`PUT /api/chat-sites/${SITE} answered ${put.status}: ${await put.text()}`);
  step(`site ${SITE}: capacity ${CAPACITY} sessions an agent, always open`);
  const agents = [];
  for (const userId of [...demo, ...bench.map((u) => u.id)]) agents.push({ userId, token: await devToken(app, userId) });
  return { agents, demo: demo.length, bench: bench.length };
}

/** The client thread, driven one command at a time. */
class Clients {
  private readonly worker: Worker;
  private waiting: { resolve: (value: unknown) => void; reject: (error: Error) => void } | null = null;

  constructor(input: WorkerInput, step: Step) {
    // tsx's hooks do not reach worker threads: the worker registers them itself, then loads this file.
    const boot = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(__filename)});`;
    this.worker = new Worker(boot, { eval: true, workerData: input });
    this.worker.on('message', (raw: unknown) => {
      const message = FromWorker.parse(raw);
      if (message.t === 'step') return step(message.text);
      const waiting = this.waiting;
      this.waiting = null;
      if (message.t === 'done') waiting?.resolve(message.result);
      else waiting?.reject(new Error(`chat clients: ${message.message}`));
    });
    this.worker.on('error', (error) => this.waiting?.reject(error));
    this.worker.on('exit', (code) => this.waiting?.reject(new Error(`chat clients exited with ${code}`)));
  }

  async ask<T>(command: Command, schema: z.ZodType<T>): Promise<T> {
    const result = new Promise<unknown>((resolve, reject) => (this.waiting = { resolve, reject }));
    this.worker.postMessage(command);
    return schema.parse(await result);
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

export async function measureChat(app: RunningApp, cosmos: LocalCosmos, step: Step): Promise<ChatResult> {
  const sessions = CHAT_SESSIONS;
  const { agents, demo, bench } = await prepareAgents(app, sessions, step);
  const relay = await startRelay();
  const clients = new Clients({ bench: 'chat-clients', url: app.url, relayUrl: relay.url, agents, sessions, messages: CHAT_MESSAGES, replies: CHAT_REPLIES }, step);
  const gc = collector();
  try {
    await clients.ask({ cmd: 'agents' }, z.object({ agents: z.number() }));
    const before = await serverMemory(gc);
    const open = await clients.ask({ cmd: 'open' }, Opened);
    const opened = await serverMemory(gc);
    step(`server memory: ${mb(before)} → ${mb(opened)} MB with ${sessions} sessions open (${gc ? 'after a forced GC' : 'no GC could be forced'})`);
    const requests = cosmos.requestCount();
    const counters = cosmos.counterRequestCount();
    const burst = await clients.ask({ cmd: 'burst', target: 'casebridge' }, Phase);
    const cosmosPerMessage = (cosmos.requestCount() - requests) / Math.max(1, burst.count);
    const counterPerMessage = (cosmos.counterRequestCount() - counters) / Math.max(1, burst.count);
    const pacedRate = Math.max(1, Math.round(burst.perSecond / 2));
    const paced = await clients.ask({ cmd: 'paced', target: 'casebridge', rate: pacedRate }, Phase);
    const replies = await clients.ask({ cmd: 'replies' }, Replies);
    const relayBurst = await clients.ask({ cmd: 'burst', target: 'relay' }, Phase);
    const relayPaced = await clients.ask({ cmd: 'paced', target: 'relay', rate: pacedRate }, Phase);
    await clients.ask({ cmd: 'close' }, z.object({ closed: z.number() }));
    const closed = await serverMemory(gc);
    step(`server memory after closing every session and socket: ${mb(closed)} MB`);
    return {
      sessions, routed: open.routed, agents: { demo, bench, capacity: CAPACITY }, open, burst, paced, replies,
      relay: { burst: relayBurst, paced: relayPaced }, pacedRate, cosmosPerMessage, counterPerMessage,
      memory: { gc: gc?.how ?? 'none: --expose-gc was not available, the figures include garbage not yet collected', before, opened, closed },
    };
  } finally {
    await clients.stop();
    await relay.stop();
  }
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

// ---------------------------------------------------------------- the worker thread (the clients')

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const wsUrl = (url: string) => url.replace(/^http/, 'ws');
/** A message id as the widget makes them (a start's keys its session: unique across runs). */
const clientId = (prefix: string) => `${prefix}_${randomUUID().replace(/-/g, '')}`;
const figures = (latencies: number[], count: number, seconds: number, stored: number[] | null = null): PhaseFigures => ({
  count: latencies.length, lost: count - latencies.length, p50: percentile(latencies, 50), p99: percentile(latencies, 99), seconds, perSecond: latencies.length / seconds,
  stored: stored && { p50: percentile(stored, 50), p99: percentile(stored, 99) },
});

/** Messages on their way, by clientId: when each was sent, and its latency once it arrives. */
class Deliveries {
  readonly latencies: number[] = [];
  private readonly pending = new Map<string, { at: number; done: (arrived: boolean) => void }>();

  /** Marks the send time and sends; resolves true when it arrives, false after DELIVERY_TIMEOUT_MS. */
  send(id: string, send: () => void): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve(false);
      }, DELIVERY_TIMEOUT_MS);
      this.pending.set(id, { at: performance.now(), done: (arrived) => { clearTimeout(timer); resolve(arrived); } });
      send();
    });
  }

  arrived(id: string | null): void {
    const pending = id === null ? undefined : this.pending.get(id);
    if (!pending || id === null) return;
    this.pending.delete(id);
    this.latencies.push(performance.now() - pending.at);
    pending.done(true);
  }
}

/** A socket whose frames go to `onFrame`, with a way to wait for one. */
class Peer<In> {
  private readonly waiters = new Set<(frame: In) => void>();

  constructor(readonly ws: WebSocket, onFrame: (frame: In) => void) {
    ws.on('message', (raw) => {
      const frame = JSON.parse(raw.toString()) as In;
      onFrame(frame);
      for (const waiter of [...this.waiters]) waiter(frame);
    });
  }

  static open<In>(url: string, headers: Record<string, string>, onFrame: (frame: In) => void): Promise<Peer<In>> {
    const ws = new WebSocket(url, { headers, perMessageDeflate: false });
    const peer = new Peer<In>(ws, onFrame);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(peer));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`${url.split('?')[0]} refused: ${res.statusCode}`)));
      ws.once('error', reject);
    });
  }

  send(frame: unknown): void {
    this.ws.send(JSON.stringify(frame));
  }

  next(match: (frame: In) => boolean, timeoutMs = DELIVERY_TIMEOUT_MS): Promise<In> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error('timed out waiting for a frame'));
      }, timeoutMs);
      const waiter = (frame: In) => {
        if (!match(frame)) return;
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve(frame);
      };
      this.waiters.add(waiter);
    });
  }

  async close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return;
    const closed = once(this.ws, 'close');
    this.ws.close(1000);
    await Promise.race([closed, sleep(5000)]);
  }
}

interface Agent {
  userId: string;
  token: string;
  socket: Peer<AgentServerFrame>;
  sessions: string[];
}

/** What the relay hands on: the customer's `send` frame, unparsed by the relay. */
type RelayFrame = { clientId?: string };

interface Customer {
  socket: Peer<ServerFrame>;
  sessionId: string;
}

class ClientSide {
  private agents: Agent[] = [];
  private customers: Customer[] = [];
  private pairs: Array<{ a: Peer<RelayFrame>; b: Peer<RelayFrame> }> = [];
  private heartbeats: NodeJS.Timeout | null = null;
  /** Where arriving entries are counted: the phase running now. */
  private toAgent = new Deliveries();
  private toCustomer = new Deliveries();
  /** Customer messages until the customer's `ack` (stored). */
  private acked = new Deliveries();
  private overRelay = new Deliveries();

  constructor(private readonly input: WorkerInput, private readonly step: (text: string) => void) {}

  private async api(token: string, method: string, path: string, body?: unknown): Promise<unknown> {
    const res = await fetch(`${this.input.url}${path}`, {
      method, headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
    return res.json();
  }

  /** Every agent present (with the tab's heartbeat every 20 s) and on the agent socket. */
  async connectAgents(): Promise<{ agents: number }> {
    for (const { userId, token } of this.input.agents) {
      await this.api(token, 'PUT', '/api/me/status', { status: 'present' });
      const { path } = z.object({ path: z.string() }).parse(await this.api(token, 'POST', '/api/realtime/ticket'));
      // `ready` comes with the handshake, before anyone could wait for it.
      let ready: () => void = () => undefined;
      const isReady = new Promise<void>((resolve) => (ready = resolve));
      const socket = await Peer.open<AgentServerFrame>(`${wsUrl(this.input.url)}${path}`, {}, (frame) => {
        if (frame.t === 'entry') this.toAgent.arrived(frame.entry.clientId);
        else if (frame.t === 'ready') ready();
      });
      await Promise.race([isReady, sleep(DELIVERY_TIMEOUT_MS).then(() => Promise.reject(new Error(`agent ${userId}: no ready frame`)))]);
      this.agents.push({ userId, token, socket, sessions: [] });
    }
    this.heartbeats = setInterval(() => {
      for (const agent of this.agents) this.api(agent.token, 'POST', '/api/me/heartbeat').catch((error: unknown) => this.step(`heartbeat failed: ${String(error)}`));
    }, 20_000);
    this.step(`${this.agents.length} agents present, each on the agent socket`);
    return { agents: this.agents.length };
  }

  private async startSession(i: number): Promise<{ customer: Customer; ms: number }> {
    const url = `${wsUrl(this.input.url)}/chat/ws?tenant=${encodeURIComponent(CONTOSO)}&site=${SITE}`;
    const socket = await Peer.open<ServerFrame>(url, { origin: this.input.url }, (frame) => {
      if (frame.t === 'entry') this.toCustomer.arrived(frame.entry.clientId);
      else if (frame.t === 'ack') this.acked.arrived(frame.clientId);
    });
    const hello: ClientFrame = { t: 'hello', tenant: CONTOSO, site: SITE, lang: 'da' };
    const ready = socket.next((f) => f.t === 'ready' || f.t === 'error');
    socket.send(hello);
    const answer = await ready;
    if (answer.t !== 'ready' || !answer.open) throw new Error(`customer ${i}: the site is not taking chats: ${JSON.stringify(answer)}`);
    const started = socket.next((f) => f.t === 'started' || f.t === 'error');
    const at = performance.now();
    socket.send({ t: 'start', clientId: clientId('start'), text: TEXT, name: `Kunde ${i + 1}` } satisfies ClientFrame);
    const reply = await started;
    if (reply.t !== 'started') throw new Error(`customer ${i}: start refused: ${JSON.stringify(reply)}`);
    return { customer: { socket, sessionId: reply.sessionId }, ms: performance.now() - at };
  }

  /** The customers start their sessions; each agent then loads its list and watches its sessions. */
  async open(): Promise<z.infer<typeof Opened>> {
    const started = performance.now();
    const startMs: number[] = [];
    let next = 0;
    await Promise.all(Array.from({ length: OPEN_CONCURRENCY }, async () => {
      while (next < this.input.sessions) {
        const { customer, ms } = await this.startSession(next++);
        this.customers.push(customer);
        startMs.push(ms);
        if (this.customers.length % 50 === 0) this.step(`${this.customers.length} sessions started`);
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    const deadline = Date.now() + 30_000;
    let routed = 0;
    // Sessions that queued (two starts picking one agent over capacity) get an agent from the sweep.
    while (routed < this.customers.length && Date.now() < deadline) {
      if (routed > 0) await sleep(1000);
      routed = 0;
      for (const agent of this.agents) {
        const mine = z.object({ items: z.array(z.object({ id: z.string(), status: z.string(), agent: z.object({ id: z.string() }).nullable() })) })
          .parse(await this.api(agent.token, 'GET', '/api/sessions?view=mine'));
        agent.sessions = mine.items.filter((s) => s.status === 'active' && s.agent?.id === agent.userId).map((s) => s.id);
        routed += agent.sessions.length;
      }
    }
    for (const agent of this.agents) {
      for (const sessionId of agent.sessions) {
        const watching = agent.socket.next((f) => (f.t === 'watching' || f.t === 'error') && f.sessionId === sessionId);
        agent.socket.send({ t: 'watch', sessionId, since: 0 });
        const answer = await watching;
        if (answer.t !== 'watching') throw new Error(`watch refused: ${JSON.stringify(answer)}`);
      }
    }
    const handled = new Set(this.agents.flatMap((a) => a.sessions));
    this.customers = this.customers.filter((c) => handled.has(c.sessionId));
    this.step(`${this.customers.length} of ${this.input.sessions} sessions routed and watched (${this.agents.map((a) => a.sessions.length).join('/')} an agent) in ${seconds.toFixed(1)} s`);
    return { sessions: this.input.sessions, routed, seconds, start: { p50: percentile(startMs, 50), p99: percentile(startMs, 99) } };
  }

  private async openPairs(): Promise<void> {
    if (this.pairs.length > 0) return;
    for (let i = 0; i < this.customers.length; i++) {
      const b = await Peer.open<RelayFrame>(`${this.input.relayUrl}/?pair=${i}&role=b`, {}, (frame) => this.overRelay.arrived(frame.clientId ?? null));
      const a = await Peer.open<RelayFrame>(`${this.input.relayUrl}/?pair=${i}&role=a`, {}, () => undefined);
      this.pairs.push({ a, b });
    }
    this.step(`${this.pairs.length} socket pairs on the bare relay`);
  }

  /** The senders of a run: each customer's socket, or each relay pair's `a`. */
  private async senders(target: 'casebridge' | 'relay'): Promise<{ deliveries: Deliveries; acks: Deliveries | null; send: (i: number, id: string) => void; count: number }> {
    if (target === 'relay') {
      await this.openPairs();
      this.overRelay = new Deliveries();
      return { deliveries: this.overRelay, acks: null, count: this.pairs.length, send: (i, id) => this.pairs[i]?.a.send({ t: 'send', clientId: id, text: TEXT } satisfies ClientFrame) };
    }
    this.toAgent = new Deliveries();
    this.acked = new Deliveries();
    const acks = this.acked;
    return {
      deliveries: this.toAgent, acks, count: this.customers.length,
      send: (i, id) => void acks.send(id, () => this.customers[i]?.socket.send({ t: 'send', clientId: id, text: TEXT } satisfies ClientFrame)),
    };
  }

  /** Every sender at once, each sending its next message when the last one arrived. */
  async burst(target: 'casebridge' | 'relay'): Promise<PhaseFigures> {
    const { deliveries, acks, send, count } = await this.senders(target);
    this.step(`${target}: ${count} senders at once, ${this.input.messages} messages each, the next when the last arrived`);
    // The first message of each sender apart: a session's first `send` does work the later ones do not.
    const first: number[] = [];
    const later: number[] = [];
    const started = performance.now();
    await Promise.all(Array.from({ length: count }, async (_, i) => {
      for (let m = 0; m < this.input.messages; m++) {
        const id = clientId('burst');
        const at = performance.now();
        await deliveries.send(id, () => send(i, id));
        (m === 0 ? first : later).push(performance.now() - at);
      }
    }));
    const result = {
      ...figures(deliveries.latencies, count * this.input.messages, (performance.now() - started) / 1000, acks?.latencies ?? null),
      split: { first: { p50: percentile(first, 50), p99: percentile(first, 99) }, later: { p50: percentile(later, 50), p99: percentile(later, 99) } },
    };
    this.step(`${target}: ${Math.round(result.perSecond)} messages/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms (first messages p50 ${result.split.first.p50.toFixed(0)} ms, later ${result.split.later.p50.toFixed(0)} ms), ${result.lost} lost`);
    return result;
  }

  /** The same number of messages at a steady `rate`, round robin over the senders, whether or not the last arrived. */
  async paced(target: 'casebridge' | 'relay', rate: number): Promise<PhaseFigures> {
    const { deliveries, acks, send, count } = await this.senders(target);
    const total = count * this.input.messages;
    this.step(`${target}: ${total} messages at ${rate}/s, round robin over ${count} senders`);
    const started = performance.now();
    const arrivals: Array<Promise<boolean>> = [];
    for (let j = 0; j < total; j++) {
      const wait = started + (j * 1000) / rate - performance.now();
      if (wait >= 1) await sleep(wait);
      const id = clientId('paced');
      arrivals.push(deliveries.send(id, () => send(j % count, id)));
    }
    await Promise.all(arrivals);
    const result = figures(deliveries.latencies, total, (performance.now() - started) / 1000, acks?.latencies ?? null);
    this.step(`${target}: p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${result.lost} lost`);
    return result;
  }

  /** Each agent replies over REST in its sessions, one reply after another (as one tab does); timed until the customer's socket has it. */
  async replies(): Promise<z.infer<typeof Replies>> {
    this.toCustomer = new Deliveries();
    const posts: number[] = [];
    const arrivals: Array<Promise<boolean>> = [];
    const total = this.agents.reduce((n, a) => n + a.sessions.length, 0) * this.input.replies;
    this.step(`${total} agent replies over REST (POST /api/sessions/{id}/messages), each agent one after another`);
    const started = performance.now();
    await Promise.all(this.agents.map(async (agent) => {
      for (let r = 0; r < this.input.replies; r++) {
        for (const sessionId of agent.sessions) {
          const id = clientId('reply');
          let posted: Promise<unknown> = Promise.resolve();
          const at = performance.now();
          arrivals.push(this.toCustomer.send(id, () => {
            posted = this.api(agent.token, 'POST', `/api/sessions/${encodeURIComponent(sessionId)}/messages`, { text: REPLY, clientId: id });
          }));
          await posted;
          posts.push(performance.now() - at);
        }
      }
    }));
    await Promise.all(arrivals);
    const result = { ...figures(this.toCustomer.latencies, total, (performance.now() - started) / 1000), post: { p50: percentile(posts, 50), p99: percentile(posts, 99) } };
    this.step(`agent → customer: ${Math.round(result.perSecond)}/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${result.lost} lost`);
    return result;
  }

  /** The customers end their sessions and every socket closes. */
  async close(): Promise<{ closed: number }> {
    if (this.heartbeats) clearInterval(this.heartbeats);
    let closed = 0;
    await Promise.all(this.customers.map(async ({ socket }) => {
      const state = socket.next((f) => f.t === 'state' && f.status === 'closed').then(() => closed++, () => undefined);
      socket.send({ t: 'close' } satisfies ClientFrame);
      await state;
      await socket.close();
    }));
    await Promise.all([...this.agents.map((a) => a.socket.close()), ...this.pairs.flatMap((p) => [p.a.close(), p.b.close()])]);
    this.step(`${closed} sessions closed by their customers; every socket closed`);
    return { closed };
  }

  run(command: Command): Promise<unknown> {
    switch (command.cmd) {
      case 'agents': return this.connectAgents();
      case 'open': return this.open();
      case 'burst': return this.burst(command.target);
      case 'paced': return this.paced(command.target, command.rate);
      case 'replies': return this.replies();
      case 'close': return this.close();
    }
  }
}

function clientThread(input: WorkerInput, port: NonNullable<typeof parentPort>): void {
  const side = new ClientSide(input, (text) => port.postMessage({ t: 'step', text }));
  port.on('message', (raw: unknown) => {
    side.run(Command.parse(raw)).then(
      (result) => port.postMessage({ t: 'done', result }),
      (error: unknown) => port.postMessage({ t: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  });
}

if (!isMainThread && parentPort) {
  const input = WorkerInput.safeParse(workerData);
  if (input.success) clientThread(input.data, parentPort);
}
