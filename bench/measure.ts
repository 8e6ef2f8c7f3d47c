/** Measuring helpers shared by the bench stages. */
import autocannon from 'autocannon';

export const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
export const WARMUP_S = 2;
/** Requests in flight for the rate figures (autocannon connections; loops for the raw floors). */
export const CONNECTIONS = 10;

export interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** autocannon against one URL: a warm-up, then the measured run. */
export async function measureHttp(url: string, headers: Record<string, string> = {}): Promise<Figures> {
  await autocannon({ url, headers, connections: CONNECTIONS, duration: WARMUP_S });
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION_S });
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export const stats = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95) });

/** Runs `task(i)` for i < count with `concurrency` in flight; returns the rate per second. */
export async function rate(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await task(next++);
  }));
  return count / ((performance.now() - started) / 1000);
}

/**
 * Runs `operation` with `concurrency` in flight for `seconds` (after a warm-up as long as
 * autocannon's), like autocannon does for HTTP: the rate per second and latency percentiles.
 */
export async function measureLoop(operation: () => Promise<void>, concurrency = CONNECTIONS, seconds = DURATION_S): Promise<Figures> {
  const loop = async (forSeconds: number, latencies: number[]) => {
    const end = performance.now() + forSeconds * 1000;
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        await operation();
        latencies.push(performance.now() - started);
      }
    }));
  };
  await loop(WARMUP_S, []);
  const latencies: number[] = [];
  const started = performance.now();
  await loop(seconds, latencies);
  const took = (performance.now() - started) / 1000;
  return { requestsPerSecond: latencies.length / took, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors: 0, non2xx: 0 };
}
