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
  let graphCalls = 0;
  const records = ['case-001', 'case-003', 'case-009', 'case-012', 'case-013', 'case-015'];
  for (let i = 0; i < count; i++) {
    const graphBefore = { ...app.graphMetrics };
    const cosmosBefore = cosmos.requestCount();
    const started = performance.now();
    const res = await fetch(`${app.url}/api/records/${records[i % records.length]}/chats`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': `bench-chat-${i}-${Date.now()}` },
      body: JSON.stringify({ memberIds: ['a5e1d0c2-0000-4a00-8000-000000000003'] }),
    });
    await res.text();
    if (res.status !== 201) throw new Error(`chat creation answered ${res.status}`);
    total.push(performance.now() - started);
    graph.push(app.graphMetrics.milliseconds - graphBefore.milliseconds);
    graphCalls = app.graphMetrics.calls - graphBefore.calls;
    cosmosRequests.push(cosmos.requestCount() - cosmosBefore);
  }
  return {
    count,
    total: stats(total),
    graph: stats(graph),
    server: stats(total.map((t, i) => t - (graph[i] ?? 0))),
    graphCallsPerCreation: graphCalls,
    cosmosPerCreation: percentile(cosmosRequests, 50),
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
  await app.stop();
  await cosmos.stop();
  await rm(dataDir, { recursive: true, force: true });

  const ratio = casebridge.requestsPerSecond / baseline.requestsPerSecond;
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const row = (name: string, f: Figures) => `| ${name} | ${Math.round(f.requestsPerSecond)} | ${f.p50} | ${f.p99} | ${f.errors + f.non2xx} |`;
  const doc = `# Performance

Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}. Figures are medians of the
run (autocannon, ${CONNECTIONS} connections, ${DURATION_S} s after a 2 s warm-up); client, server and the local
Cosmos-compatible server share one machine, so absolute numbers are lower than in Azure; the ratio is the
figure to watch.

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
`;
  await writeFile(path.join(__dirname, '..', 'docs', 'performance.md'), doc);
  process.stdout.write(doc);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
