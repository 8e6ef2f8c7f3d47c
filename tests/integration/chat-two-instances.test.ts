/**
 * The customer chat across two Casebridge processes (the real entry point each): the first runs
 * the embedded database and the embedded realtime hub; the second is given the first's database
 * (COSMOS_ENDPOINT) and hub (WEB_PUBSUB_CONNECTION_STRING, its key read from the shared data
 * directory), as instances behind a load balancer are given Cosmos DB and Azure Web PubSub. The
 * customer's socket is on the first, the agent (REST and the agent socket) on the second: messages
 * both ways and typing both ways arrive; the customer→agent latency is measured and printed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CONTOSO } from '../../bot/src/sandbox/demo-data';
import { call, field, tokenFor } from '../fixtures/api-client';
import type { ServerFrame } from '../../bot/src/realtime/chat-protocol';
import { AgentSocketClient, ChatClient, isEntry, newClientId } from '../fixtures/chat-client';
import { Instances, secondInstanceEnv, type Instance } from '../fixtures/instances';

let dataDir: string;
let instances: Instances;
let first: Instance;
let second: Instance;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'casebridge-chat2-'));
  instances = new Instances(dataDir);
  first = await instances.start({ CASEBRIDGE_SNAPSHOT_INTERVAL_MS: '60000' }, /Realtime hub: +Endpoint=(http:\/\/127\.0\.0\.1:\d+);/);
  second = await instances.start(await secondInstanceEnv(first, dataDir), /connected to the realtime hub/);
}, 120_000);

afterAll(async () => {
  await instances?.stopAll();
  await rm(dataDir, { recursive: true, force: true });
}, 60_000);

it('a customer on the first instance and their agent on the second reach each other, typing included', async () => {
  // Mads is the one present agent of the demo site's team: the session is routed to him.
  const mads = await tokenFor(second.url, 'Mads Nielsen');
  expect((await call(second.url, 'PUT', '/api/me/status', { token: mads, body: { status: 'present' } })).status).toBe(200);

  const customer = await ChatClient.connect(first.url, { tenant: CONTOSO, site: 'web', origin: first.url });
  const ready = await customer.hello({ lang: 'da' });
  expect(ready.open).toBe(true);
  const { sessionId } = await customer.start('Hej, min printer virker ikke', { name: 'Kunde' });

  const ticket = await call(second.url, 'POST', '/api/realtime/ticket', { token: mads });
  expect(ticket.status).toBe(200);
  const agent = await AgentSocketClient.connect(second.url, field<string>(ticket.body, 'ticket'));
  await agent.watch(sessionId);
  expect(agent.entries(sessionId).map((e) => e.text)).toContain('Hej, min printer virker ikke');

  // customer → agent, measured from send to arrival on the other instance's socket
  const latencies: number[] = [];
  for (let i = 0; i < 20; i++) {
    const from = agent.mark();
    const sentAt = performance.now();
    customer.send({ t: 'send', clientId: newClientId(), text: `besked ${i}` });
    await agent.waitFor((f) => f.t === 'entry' && f.sessionId === sessionId && f.entry.text === `besked ${i}`, { from });
    latencies.push(performance.now() - sentAt);
  }
  latencies.sort((a, b) => a - b);
  const p50 = latencies[Math.floor(latencies.length / 2)] ?? 0;
  const max = latencies[latencies.length - 1] ?? 0;
  process.stdout.write(`customer→agent across two instances: p50 ${p50.toFixed(1)} ms, max ${max.toFixed(1)} ms (20 messages)\n`);
  expect(p50).toBeLessThan(1000);

  // agent → customer over REST on the second instance
  const fromCustomer = customer.mark();
  const posted = await call(second.url, 'POST', `/api/sessions/${encodeURIComponent(sessionId)}/messages`, { token: mads, body: { text: 'Jeg kigger på det', clientId: newClientId() } });
  expect(posted.status).toBeLessThan(300);
  const reply = await customer.waitFor((f): f is Extract<ServerFrame, { t: 'entry' }> => isEntry(f) && f.entry.kind === 'agent', { from: fromCustomer });
  expect(reply.entry).toMatchObject({ kind: 'agent', text: 'Jeg kigger på det', authorName: 'Mads Nielsen' });

  // typing both ways
  const typingFrom = customer.mark();
  agent.send({ t: 'typing', sessionId });
  await customer.waitFor((f) => f.t === 'typing', { from: typingFrom });
  const agentFrom = agent.mark();
  customer.send({ t: 'typing' });
  await agent.waitFor((f) => f.t === 'typing' && f.sessionId === sessionId && f.who === 'customer', { from: agentFrom });

  // Every entry reached both, in order, once.
  const total = customer.lastSeq();
  expect(customer.entries().map((e) => e.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  expect(agent.entries(sessionId).map((e) => e.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  customer.close();
  agent.close();
}, 120_000);
