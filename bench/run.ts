/**
 * `npm run bench`: measures Casebridge against a bare restify endpoint in the same run, on this
 * machine, and writes the figures to docs/performance.md. Not a test: nothing here passes or fails.
 *
 * Record read: GET /api/records/{id} through the whole stack (token validation, caller, access
 * check, Cosmos point reads through the SDK to the local Cosmos-compatible server, presentation)
 * versus a bare restify route answering a record-sized JSON from memory.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import restify from 'restify';
import type { AddressInfo } from 'node:net';
import { startCasebridge } from '../bot/src/app';
import { loadConfig } from '../bot/src/config';
import { createLogger } from '../bot/src/logger';
import { startLocalCosmos } from '../bot/src/sandbox/local-cosmos';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = 10;

interface Figures { requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number }

async function measure(url: string, headers: Record<string, string> = {}): Promise<Figures> {
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 }); // warm-up
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION_S });
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const stats = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95) });

/** Creates chats one at a time, so Graph time and Cosmos requests can be attributed to each. */
async function measureChatCreation(app: Awaited<ReturnType<typeof startCasebridge>>, auth: Record<string, string>, cosmos: Awaited<ReturnType<typeof startLocalCosmos>>) {
  const count = Number(process.env.BENCH_CHATS ?? 60);
  const total: number[] = [];
  const graph: number[] = [];
  const cosmosRequests: number[] = [];
  const created: Array<{ recordId: string; chatId: string }> = [];
  let graphCalls = 0;
  const records = ['case-001', 'case-003', 'case-009', 'case-012', 'case-013', 'case-015'];
  for (let i = 0; i < count; i++) {
    const graphBefore = { ...app.graphMetrics };
    const cosmosBefore = cosmos.requestCount();
    const started = performance.now();
    const recordId = records[i % records.length] ?? 'case-001';
    const res = await fetch(`${app.url}/api/records/${recordId}/chats`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': `bench-chat-${i}-${Date.now()}` },
      body: JSON.stringify({ memberIds: ['a5e1d0c2-0000-4a00-8000-000000000003'] }),
    });
    const body = (await res.json()) as { chatId: string };
    if (res.status !== 201) throw new Error(`chat creation answered ${res.status}`);
    created.push({ recordId, chatId: body.chatId });
    total.push(performance.now() - started);
    graph.push(app.graphMetrics.milliseconds - graphBefore.milliseconds);
    graphCalls = app.graphMetrics.calls - graphBefore.calls;
    cosmosRequests.push(cosmos.requestCount() - cosmosBefore);
  }
  return {
    count,
    created,
    total: stats(total),
    graph: stats(graph),
    server: stats(total.map((t, i) => t - (graph[i] ?? 0))),
    graphCallsPerCreation: graphCalls,
    cosmosPerCreation: percentile(cosmosRequests, 50),
  };
}

const CONCURRENCY_MESSAGES = 32;

/** Joins each created chat as an expert who is not in it, one at a time (D2). */
async function measureJoins(app: Awaited<ReturnType<typeof startCasebridge>>, chats: Array<{ recordId: string; chatId: string }>) {
  const users = (await (await fetch(`${app.url}/dev/users`)).json()) as { users: Array<{ id: string; displayName: string }> };
  const ingrid = users.users.find((u) => u.displayName === 'Ingrid Johansson');
  const { token } = (await (await fetch(`${app.url}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: ingrid?.id }) })).json()) as { token: string };
  const total: number[] = [];
  const graph: number[] = [];
  for (const { recordId, chatId } of chats) {
    const graphBefore = app.graphMetrics.milliseconds;
    const started = performance.now();
    const res = await fetch(`${app.url}/api/records/${recordId}/chats/${encodeURIComponent(chatId)}/join`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`join answered ${res.status}`);
    total.push(performance.now() - started);
    graph.push(app.graphMetrics.milliseconds - graphBefore);
  }
  return { count: chats.length, total: stats(total), graph: stats(graph), server: stats(total.map((t, i) => t - (graph[i] ?? 0))) };
}

/** Runs `task(i)` for i < count with `concurrency` in flight; returns the rate per second. */
async function rate(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await task(next++);
  }));
  return count / ((performance.now() - started) / 1000);
}

async function measureMessages(app: Awaited<ReturnType<typeof startCasebridge>>) {
  const tenantId = 'c0a1e5f0-7d3c-4c7e-9d1a-5b0c0e1f2a3b';
  const chats = 50;
  const count = Number(process.env.BENCH_MESSAGES ?? 4000);
  for (let c = 0; c < chats; c++) {
    for (const prefix of ['bench', 'raw']) {
      await app.store.chats.createChatState({ tenantId, chatId: `19:${prefix}-${c}@thread.v2`, serviceUrl: 'http://127.0.0.1:9/', appInstalled: true, expectingInstall: false, pendingIntros: [], updatedAt: new Date().toISOString() });
    }
  }
  const at = (i: number) => Date.UTC(2026, 10, 23) + i;
  const rawPerSecond = await rate(count, CONCURRENCY_MESSAGES, async (i) => {
    await app.store.chats.recordLastMessage(tenantId, `19:raw-${i % chats}@thread.v2`, { id: String(i), fromUserId: null, fromName: 'x', at: new Date(at(i)).toISOString(), atMs: at(i) });
  });
  const perSecond = await rate(count, CONCURRENCY_MESSAGES, async (i) => {
    const res = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: String(i), timestamp: new Date(at(i)).toISOString(), text: 'hi', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/',
        from: { id: '29:1bench', aadObjectId: 'a5e1d0c2-0000-4a00-8000-000000000003', name: 'Sofie Kristensen' },
        conversation: { id: `19:bench-${i % chats}@thread.v2`, conversationType: 'groupChat', tenantId, isGroup: true },
        recipient: { id: '28:casebridge-local-bot', name: 'Casebridge' }, channelData: { tenant: { id: tenantId } },
      }),
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`message activity answered ${res.status}`);
  });
  return { count, chats, rawPerSecond, perSecond };
}

async function measureTimeline(app: Awaited<ReturnType<typeof startCasebridge>>, auth: Record<string, string>) {
  const tenantId = 'c0a1e5f0-7d3c-4c7e-9d1a-5b0c0e1f2a3b';
  const entries = Number(process.env.BENCH_TIMELINE_ENTRIES ?? 10_000);
  const base = Date.UTC(2026, 0, 1);
  await rate(entries, 16, async (i) => {
    await app.store.timeline.append({ id: `bench-${i}`, tenantId, recordId: 'case-021', kind: 'chatConnected', at: new Date(base + i * 60_000).toISOString(), actorId: 'a5e1d0c2-0000-4a00-8000-000000000002', chatId: `19:t-${i}@thread.v2`, chatName: null });
  });
  const samples = 100;
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const res = await fetch(`${app.url}/api/records/case-021/timeline?limit=50`, { headers: auth });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`timeline answered ${res.status}`);
    times.push(performance.now() - started);
  }
  return { entries, samples, p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function measureUnfurl(app: Awaited<ReturnType<typeof startCasebridge>>, cosmos: Awaited<ReturnType<typeof startLocalCosmos>>) {
  const tenantId = 'c0a1e5f0-7d3c-4c7e-9d1a-5b0c0e1f2a3b';
  const records = Number(process.env.BENCH_UNFURL_RECORDS ?? 100_000);
  const now = new Date().toISOString();
  await rate(records, 32, async (i) => {
    const id = `bench-${i}`;
    await app.store.records.create({
      id, tenantId, type: 'case', number: `CAS-${String(100000 + i)}`, title: `Bench record ${i}`, description: '', status: 'active', priority: 'normal',
      ownerId: 'a5e1d0c2-0000-4a00-8000-000000000002', owningTeamId: 'team-dk', personId: null, customFields: {}, createdAt: now, updatedAt: now,
      createdBy: 'bench', updatedBy: 'bench', searchText: `bench record ${i}`,
    });
  });
  const samples = 500;
  const times: number[] = [];
  const requests: number[] = [];
  for (let i = 0; i < samples; i++) {
    const id = `bench-${Math.floor(Math.random() * records)}`;
    const before = cosmos.requestCount();
    const started = performance.now();
    const res = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'invoke', name: 'composeExtension/queryLink', id: `f:${i}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', locale: 'en-US',
        from: { id: '29:1bench', aadObjectId: 'a5e1d0c2-0000-4a00-8000-000000000002' },
        conversation: { id: '19:bench@thread.v2', conversationType: 'groupChat', tenantId }, recipient: { id: '28:casebridge-local-bot' },
        channelData: { tenant: { id: tenantId } }, value: { url: `${app.config.publicUrl}/records/case/${id}` },
      }),
    });
    const text = await res.text();
    times.push(performance.now() - started);
    requests.push(cosmos.requestCount() - before);
    if (res.status !== 200 || !text.includes('Bench record')) throw new Error(`unfurl answered ${res.status}`);
  }
  return { records, samples, p50: percentile(times, 50), p99: percentile(times, 99), cosmosPerUnfurl: percentile(requests, 50) };
}

/** F5: card actions as Teams sends them (adaptiveCard/action to /api/messages) on a connected chat's intro card. */
async function measureCardActions(app: Awaited<ReturnType<typeof startCasebridge>>, cosmos: Awaited<ReturnType<typeof startLocalCosmos>>, chat: { recordId: string; chatId: string }) {
  const tenantId = 'c0a1e5f0-7d3c-4c7e-9d1a-5b0c0e1f2a3b';
  const mads = 'a5e1d0c2-0000-4a00-8000-000000000002';
  const view = (await (await fetch(`${app.url}/sandbox/api/chats/${encodeURIComponent(chat.chatId)}`)).json()) as { messages: Array<{ id: string; kind: string; attachments: Array<{ content: { refresh?: { action: { data: Record<string, unknown> } } } }> }> };
  const intro = view.messages.find((m) => m.kind === 'bot' && m.attachments[0]?.content.refresh);
  if (!intro) throw new Error('no intro card to act on');
  let data = intro.attachments[0]?.content.refresh?.action.data ?? {};
  const send = async (verb: string, extra: Record<string, unknown>) => {
    const res = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'invoke', name: 'adaptiveCard/action', id: `f:${Math.random()}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: `${app.url}/sandbox/connector/`, locale: 'da-DK',
        from: { id: `29:${mads}`, aadObjectId: mads }, conversation: { id: chat.chatId, conversationType: 'groupChat', tenantId, isGroup: true }, recipient: { id: '28:casebridge-local-bot' },
        channelData: { tenant: { id: tenantId }, source: { name: 'message' } }, replyToId: intro.id,
        value: { action: { type: 'Action.Execute', verb, data: { ...data, ...extra } }, trigger: verb === 'refresh' ? 'automatic' : 'manual' },
      }),
    });
    const body = (await res.json()) as { statusCode: number; value: { refresh?: { action: { data: Record<string, unknown> } } } };
    if (res.status !== 200 || body.statusCode !== 200) throw new Error(`card action answered ${res.status}`);
    data = body.value.refresh?.action.data ?? data;
  };
  const samples = 200;
  const refresh: number[] = [];
  const refreshRequests: number[] = [];
  for (let i = 0; i < samples; i++) {
    const before = cosmos.requestCount();
    const started = performance.now();
    await send('refresh', {});
    refresh.push(performance.now() - started);
    refreshRequests.push(cosmos.requestCount() - before);
  }
  const changes = 50;
  const change: number[] = [];
  const changeRequests: number[] = [];
  const redraw: number[] = [];
  for (let i = 0; i < changes; i++) {
    const before = cosmos.requestCount();
    const started = performance.now();
    await send('setStatus', { status: i % 2 === 0 ? 'waiting' : 'active' });
    change.push(performance.now() - started);
    changeRequests.push(cosmos.requestCount() - before);
    await app.cardUpdates();
    redraw.push(performance.now() - started);
  }
  return {
    samples, changes,
    refresh: { p50: percentile(refresh, 50), p99: percentile(refresh, 99), cosmos: percentile(refreshRequests, 50) },
    change: { p50: percentile(change, 50), p99: percentile(change, 99), cosmos: percentile(changeRequests, 50) },
    redraw: { p50: percentile(redraw, 50), p99: percentile(redraw, 99) },
  };
}

async function main(): Promise<void> {
  const logger = createLogger('silent');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'casebridge-bench-'));
  const cosmos = await startLocalCosmos({ dataDir, intervalMs: 60_000, logger, persist: false });
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', CASEBRIDGE_DATA_DIR: dataDir, COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: 'bench', COSMOS_ALLOW_SELF_SIGNED: 'true', LOG_LEVEL: 'silent' });
  const app = await startCasebridge(config, logger);
  const users = (await (await fetch(`${app.url}/dev/users`)).json()) as { users: Array<{ id: string; displayName: string }> };
  const mads = users.users.find((u) => u.displayName === 'Mads Nielsen');
  const { token } = (await (await fetch(`${app.url}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: mads?.id }) })).json()) as { token: string };
  const auth = { authorization: `Bearer ${token}` };
  const recordUrl = `${app.url}/api/records/case-001`;
  const sample = await (await fetch(recordUrl, { headers: auth })).text();

  const before = cosmos.requestCount();
  await fetch(recordUrl, { headers: auth });
  const cosmosPerRead = cosmos.requestCount() - before;

  const bare = restify.createServer();
  bare.get('/record', async (_req: restify.Request, res: restify.Response) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(sample);
  });
  await new Promise<void>((r) => bare.listen(0, '127.0.0.1', () => r()));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/record`;

  const baseline = await measure(bareUrl);
  const casebridge = await measure(recordUrl, auth);
  bare.close();
  const chats = await measureChatCreation(app, auth, cosmos);
  const joins = await measureJoins(app, chats.created);
  const cards = await measureCardActions(app, cosmos, chats.created[0] ?? { recordId: 'case-001', chatId: '' });
  const messages = await measureMessages(app);
  const timeline = await measureTimeline(app, auth);
  const unfurls = await measureUnfurl(app, cosmos);
  await app.stop();
  await cosmos.stop();
  await rm(dataDir, { recursive: true, force: true });

  const ratio = casebridge.requestsPerSecond / baseline.requestsPerSecond;
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const row = (name: string, f: Figures) => `| ${name} | ${Math.round(f.requestsPerSecond)} | ${f.p50} | ${f.p99} | ${f.errors + f.non2xx} |`;
  const doc = `# Performance

Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}. Latencies are percentiles (p50 is the
median); request rates are the mean of the run (autocannon, ${CONNECTIONS} connections, ${DURATION_S} s after a 2 s warm-up).
Client, server and the local Cosmos-compatible server share one machine, so absolute numbers are
lower than in Azure; the ratios and the request counts are the figures to watch.

Machine: ${machine}.

## Record read (GET /api/records/{id})

| endpoint | requests/s | p50 ms | p99 ms | errors |
|---|---|---|---|---|
${row('bare restify, same JSON from memory', baseline)}
${row('Casebridge, full stack', casebridge)}

Casebridge serves **${(ratio * 100).toFixed(1)} %** of the bare endpoint's rate (ratio ${ratio.toFixed(3)}).
Cosmos DB requests per record read: **${cosmosPerRead}**.

## Creating a connected chat (POST /api/records/{id}/chats)

${chats.count} chats created one after another against the local Teams sandbox. Server time excludes the
time spent waiting for Microsoft Graph (the sandbox here; Teams in production), measured around every
Graph call.

| figure | p50 ms | p95 ms |
|---|---|---|
| whole request | ${chats.total.p50.toFixed(1)} | ${chats.total.p95.toFixed(1)} |
| Graph calls (${chats.graphCallsPerCreation} per creation) | ${chats.graph.p50.toFixed(1)} | ${chats.graph.p95.toFixed(1)} |
| **server time without Graph** | **${chats.server.p50.toFixed(1)}** | **${chats.server.p95.toFixed(1)}** |

Cosmos DB requests per creation: **${chats.cosmosPerCreation}** (median).

## Joining a chat (POST /api/records/{id}/chats/{chatId}/join)

${joins.count} joins, one after another, each into a chat the expert is not in. Server time excludes the
Graph calls (list members and add the member, as the app); it includes posting the "joined"
message through the Bot Framework connector (the sandbox here).

| figure | p50 ms | p95 ms |
|---|---|---|
| whole request | ${joins.total.p50.toFixed(1)} | ${joins.total.p95.toFixed(1)} |
| Graph calls | ${joins.graph.p50.toFixed(1)} | ${joins.graph.p95.toFixed(1)} |
| **server time without Graph** | **${joins.server.p50.toFixed(1)}** | **${joins.server.p95.toFixed(1)}** |

## Chat messages reaching the bot (POST /api/messages)

${messages.count} message activities from ${messages.chats} connected chats, ${CONCURRENCY_MESSAGES} at a time. Each updates its chat's
last message with one conditional Cosmos patch and no read. The raw rate is the same patch sent
straight through the SDK, at the same concurrency, in the same run.

| path | activities/s |
|---|---|
| raw Cosmos conditional patch | ${Math.round(messages.rawPerSecond)} |
| through /api/messages (Bot Framework + Casebridge) | ${Math.round(messages.perSecond)} |

Casebridge reaches **${((messages.perSecond / messages.rawPerSecond) * 100).toFixed(0)} %** of the raw patch rate (goal: at least 50 %).

## Timeline page (GET /api/records/{id}/timeline?limit=50)

A record with ${timeline.entries.toLocaleString('en')} timeline entries: p50 **${timeline.p50.toFixed(1)} ms**, p99 **${timeline.p99.toFixed(1)} ms** over ${timeline.samples} first pages.

## Record card actions (adaptiveCard/action)

Invokes as Teams sends them, to /api/messages, on the intro card of a connected chat, one after
another: ${cards.samples} automatic refreshes (a member's own view) and ${cards.changes} status changes from the card.

| figure | p50 ms | p99 ms | Cosmos requests (median) |
|---|---|---|---|
| refresh: the member's view | ${cards.refresh.p50.toFixed(1)} | ${cards.refresh.p99.toFixed(1)} | ${cards.refresh.cosmos} |
| change status: the answer | ${cards.change.p50.toFixed(1)} | ${cards.change.p99.toFixed(1)} | ${cards.change.cosmos} |
| change status: until every copy in the chat is redrawn | ${cards.redraw.p50.toFixed(1)} | ${cards.redraw.p99.toFixed(1)} | |

The redraw goes out after the answer, through the per-conversation send limit (sends to one chat
at least 510 ms apart), so Teams never answers 429 however fast people press buttons. Here the
changes come back to back in one chat, so each redraw waits for its slot after the one before:
the limit, not the work, sets that figure.

## Unfurling a record link (composeExtension/queryLink)

${unfurls.records.toLocaleString('en')} records stored; ${unfurls.samples} unfurls of random records, one after another, as real invoke
activities through /api/messages: server time p50 **${unfurls.p50.toFixed(1)} ms**, p99 **${unfurls.p99.toFixed(1)} ms** (goal: p99 under
50 ms). Cosmos DB requests per unfurl: **${unfurls.cosmosPerUnfurl}** (median; goal: at most 2).

The embedded Cosmos-compatible server has no indexes: every query, and every conditional patch,
scans the container. Point reads are hash lookups there as in Azure, so the record read and the
creation figures carry over; the query-bound figures (timeline pages, conditional patches) are
upper bounds that Azure Cosmos DB's indexes answer from the index.
`;
  await writeFile(path.join(__dirname, '..', 'docs', 'performance.md'), doc);
  process.stdout.write(doc);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
