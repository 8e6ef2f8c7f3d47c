/** Creating connected chats and joining them, one request at a time, with Graph time attributed. */
import type { RunningApp } from '../bot/src/app';
import type { LocalCosmos } from '../bot/src/sandbox/local-cosmos';
import { percentile, stats } from './measure';
import type { Step } from './progress';

export interface CreatedChat {
  recordId: string;
  chatId: string;
}

/** Creates chats one at a time, so Graph time and Cosmos requests can be attributed to each. */
export async function measureChatCreation(app: RunningApp, auth: Record<string, string>, cosmos: LocalCosmos, step: Step) {
  const count = Number(process.env.BENCH_CHATS ?? 60);
  const total: number[] = [];
  const graph: number[] = [];
  const cosmosRequests: number[] = [];
  const created: CreatedChat[] = [];
  let graphCalls = 0;
  const records = ['case-001', 'case-003', 'case-009', 'case-012', 'case-013', 'case-015'];
  step(`${count} chats, one after another`);
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

export type ChatCreationResult = Awaited<ReturnType<typeof measureChatCreation>>;

/** Joins each created chat as an expert who is not in it, one at a time (D2). */
export async function measureJoins(app: RunningApp, chats: CreatedChat[], step: Step) {
  const users = (await (await fetch(`${app.url}/dev/users`)).json()) as { users: Array<{ id: string; displayName: string }> };
  const ingrid = users.users.find((u) => u.displayName === 'Ingrid Johansson');
  const { token } = (await (await fetch(`${app.url}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: ingrid?.id }) })).json()) as { token: string };
  const total: number[] = [];
  const graph: number[] = [];
  step(`${chats.length} joins, one after another`);
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

export type JoinResult = Awaited<ReturnType<typeof measureJoins>>;
