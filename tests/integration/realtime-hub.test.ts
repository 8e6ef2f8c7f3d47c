/**
 * The embedded hub and HubClient over real sockets: the embedded hub checks client tokens as
 * Azure does (signed with the access key, `aud` the client URL, not expired, roles), and
 * HubClient — given a connection string, as a second instance is — connects with the token
 * @azure/web-pubsub signs, fans out to another instance, delivers its own messages to local
 * subscribers exactly once, and after the hub goes away and comes back rejoins its groups.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebPubSubServiceClient } from '@azure/web-pubsub';
import { SignJWT } from 'jose';
import pino from 'pino';
import { EmbeddedHub } from '../../bot/src/realtime/embedded-hub';
import { HubClient } from '../../bot/src/realtime/hub-client';
import { hubConnectionString } from '../../bot/src/realtime/hub-token';
import { JOIN_LEAVE_ROLE, PUBSUB_SUBPROTOCOL, SEND_TO_GROUP_ROLE } from '../../bot/src/realtime/pubsub-protocol';
import { FrameSocket, openSocket, RefusedUpgrade } from '../fixtures/chat-client';

const KEY = 'k'.repeat(43);
const HUB = 'casebridge';
const logger = pino({ level: 'silent' });

interface Running {
  server: Server;
  hub: EmbeddedHub;
  port: number;
}

async function startHub(port = 0): Promise<Running> {
  const hub = new EmbeddedHub({ hub: HUB, accessKey: KEY, logger, pingIntervalMs: 60_000 });
  const server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://x').pathname === hub.path) void hub.handleUpgrade(req, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return { server, hub, port: (server.address() as AddressInfo).port };
}

async function stopHub(running: Running): Promise<void> {
  // Stop taking connections first, then drop the open ones (the clients start retrying).
  const closed = new Promise<void>((resolve) => running.server.close(() => resolve()));
  await running.hub.close();
  running.server.closeAllConnections();
  await closed;
}

/** `gate`: each connection attempt waits for it (to order two clients' reconnects). */
function clientFor(port: number, gate: () => Promise<void> = async () => undefined): HubClient {
  const service = new WebPubSubServiceClient(hubConnectionString(`http://127.0.0.1:${port}`, KEY), HUB);
  return new HubClient({
    url: async () => {
      await gate();
      return (await service.getClientAccessToken({ roles: [JOIN_LEAVE_ROLE, SEND_TO_GROUP_ROLE] })).url;
    },
    logger, minDelayMs: 50, maxDelayMs: 300, pingIntervalMs: 60_000,
  });
}

async function sign(claims: Record<string, unknown>, options: { key?: string; aud?: string; expiresIn?: number } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setAudience(options.aud ?? `http://127.0.0.1:${running.port}/client/hubs/${HUB}`)
    .setExpirationTime(now + (options.expiresIn ?? 600))
    .sign(new TextEncoder().encode(options.key ?? KEY));
}

async function refusal(token: string | null): Promise<number> {
  const url = `ws://127.0.0.1:${running.port}/client/hubs/${HUB}${token ? `?access_token=${token}` : ''}`;
  try {
    const socket = await openSocket(url, {}, PUBSUB_SUBPROTOCOL);
    socket.close();
    return 101;
  } catch (error) {
    if (error instanceof RefusedUpgrade) return error.status;
    throw error;
  }
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let running: Running;
const clients: HubClient[] = [];

beforeEach(async () => {
  running = await startHub();
}, 120_000);

afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
  await stopHub(running);
}, 60_000);

describe('the embedded hub checks tokens as Azure does', () => {
  const roles = { role: [JOIN_LEAVE_ROLE, SEND_TO_GROUP_ROLE] };

  it('takes a token signed with the key for this hub, and refuses a wrong key, a wrong aud, an expired token or none', async () => {
    expect(await refusal(await sign(roles))).toBe(101);
    expect(await refusal(await sign(roles, { key: 'x'.repeat(43) }))).toBe(401);
    expect(await refusal(await sign(roles, { aud: `http://127.0.0.1:${running.port}/client/hubs/otherhub` }))).toBe(401);
    expect(await refusal(await sign(roles, { aud: `http://evil.example:${running.port}/client/hubs/${HUB}` }))).toBe(401);
    expect(await refusal(await sign(roles, { expiresIn: -60 }))).toBe(401);
    expect(await refusal(null)).toBe(401);
  });

  it('refuses a client that does not speak the json.webpubsub.azure.v1 subprotocol', async () => {
    const url = `ws://127.0.0.1:${running.port}/client/hubs/${HUB}?access_token=${await sign(roles)}`;
    let status = 0;
    try {
      (await openSocket(url)).close();
      status = 101;
    } catch (error) {
      if (error instanceof RefusedUpgrade) status = error.status;
    }
    expect(status).toBe(400);
    expect(running.hub.connectionCount).toBe(0);
  });

  it('answers a join without the role with a Forbidden ack, and a reused ackId with Duplicate', async () => {
    const socket = new FrameSocket<{ t: string; type?: string; ackId?: number; success?: boolean; error?: { name: string } }, unknown>(
      await openSocket(`ws://127.0.0.1:${running.port}/client/hubs/${HUB}?access_token=${await sign({ role: [SEND_TO_GROUP_ROLE] })}`, {}, PUBSUB_SUBPROTOCOL),
    );
    socket.send({ type: 'joinGroup', group: 'g', ackId: 1 });
    socket.send({ type: 'sendToGroup', group: 'g', ackId: 2, dataType: 'json', data: { x: 1 } });
    socket.send({ type: 'sendToGroup', group: 'g', ackId: 2, dataType: 'json', data: { x: 2 } });
    const acks = await socket.waitForCount((f) => f.type === 'ack', 3);
    expect(acks.map((a) => [a.ackId, a.success, a.error?.name ?? null])).toEqual([[1, false, 'Forbidden'], [2, true, null], [2, false, 'Duplicate']]);
    socket.close();
  });
});

describe('HubClient', () => {
  it('fans out between two instances and gives each local subscriber its own messages exactly once', async () => {
    const a = clientFor(running.port);
    const b = clientFor(running.port);
    clients.push(a, b);
    a.start();
    b.start();
    const gotA: unknown[] = [];
    const gotB: unknown[] = [];
    a.subscribe('s.T.1', (d) => gotA.push(d));
    b.subscribe('s.T.1', (d) => gotB.push(d));
    await until(() => a.connected && b.connected);
    await Promise.all([a.joined('s.T.1'), b.joined('s.T.1')]);
    await a.publish('s.T.1', { n: 1 });
    await b.publish('s.T.1', { n: 2 });
    await until(() => gotA.length >= 2 && gotB.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(gotA).toEqual([{ n: 1 }, { n: 2 }]);
    expect([...gotB].map((d) => JSON.stringify(d)).sort()).toEqual(['{"n":1}', '{"n":2}']);
  });

  it('never blocks while the hub is away, buffers what it publishes, and rejoins its groups when the hub comes back', async () => {
    const port = running.port;
    // While the hub is away nobody is in any group: what `a` buffers reaches those who rejoined
    // before it reconnects (a reader that was away too repairs the gap from the store). So `a`
    // reconnects only after `b` has rejoined.
    let gate: Promise<void> = Promise.resolve();
    let open: () => void = () => undefined;
    const a = clientFor(port, () => gate);
    const b = clientFor(port);
    clients.push(a, b);
    a.start();
    b.start();
    const gotB: unknown[] = [];
    b.subscribe('s.T.2', (d) => gotB.push(d));
    await until(() => a.connected && b.connected);
    await b.joined('s.T.2');
    await a.publish('s.T.2', { n: 1 });
    await until(() => gotB.length === 1);

    gate = new Promise<void>((resolve) => (open = resolve));
    await stopHub(running);
    await until(() => !a.connected && !b.connected);
    const started = Date.now();
    await a.publish('s.T.2', { n: 2 }); // buffered, answers at once
    expect(Date.now() - started).toBeLessThan(1000);

    running = await startHub(port);
    await until(() => b.connected, 15_000);
    await b.joined('s.T.2');
    expect(a.connected).toBe(false);
    open();
    await until(() => a.connected, 15_000);
    await until(() => gotB.length === 2, 10_000);
    await a.publish('s.T.2', { n: 3 });
    await until(() => gotB.length === 3);
    expect(gotB).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });
});

describe('HubClient given a URL that is not one', () => {
  it('reports an invalid hub URL and never logs the URL (it carries the token)', async () => {
    const lines: string[] = [];
    const recording = pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) });
    const client = new HubClient({ url: async () => 'not a url?access_token=SECRET-TOKEN', logger: recording, minDelayMs: 50, maxDelayMs: 100, pingIntervalMs: 60_000 });
    clients.push(client);
    client.start();
    await until(() => lines.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.connected).toBe(false);
    expect(lines.join('\n')).toContain('invalid hub URL');
    expect(lines.join('\n')).not.toContain('SECRET-TOKEN');
  });
});
