/** The first timeline page of a record with many entries. */
import type { RunningApp } from '../bot/src/app';
import { TENANT_ID } from './activities';
import { percentile, rate } from './measure';
import type { Step } from './progress';

export async function measureTimeline(app: RunningApp, auth: Record<string, string>, step: Step) {
  const entries = Number(process.env.BENCH_TIMELINE_ENTRIES ?? 10_000);
  const base = Date.UTC(2026, 0, 1);
  step(`storing ${entries.toLocaleString('en')} timeline entries`);
  await rate(entries, 16, async (i) => {
    await app.store.timeline.append({ id: `bench-${i}`, tenantId: TENANT_ID, recordId: 'case-021', kind: 'chatConnected', at: new Date(base + i * 60_000).toISOString(), actorId: 'a5e1d0c2-0000-4a00-8000-000000000002', chatId: `19:t-${i}@thread.v2`, chatName: null });
  });
  const samples = 100;
  const times: number[] = [];
  step(`${samples} first pages, one after another`);
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const res = await fetch(`${app.url}/api/records/case-021/timeline?limit=50`, { headers: auth });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`timeline answered ${res.status}`);
    times.push(performance.now() - started);
  }
  return { entries, samples, p50: percentile(times, 50), p99: percentile(times, 99) };
}

export type TimelineResult = Awaited<ReturnType<typeof measureTimeline>>;
