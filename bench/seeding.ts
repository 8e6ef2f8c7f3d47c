/** Seeding a bench tenant: a deterministic pseudo-random sequence and bulk upserts of many records. */
import type { Container } from '@azure/cosmos';
import type { ServiceRecord } from '../bot/src/domain/records/record';
import type { Step } from './progress';

const BULK_SIZE = 100;
const BULK_IN_FLIGHT = 4;

/** A deterministic pseudo-random sequence in [0, 1), so every run seeds the same tenant. */
export function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/**
 * Writes `count` records made by `make(i)` straight into the container (bulk upserts of 100, four in
 * flight), telling progress every 20,000; returns the seconds it took.
 */
export async function bulkUpsertRecords(container: Container, count: number, make: (i: number) => ServiceRecord, step: Step): Promise<number> {
  step(`seeding ${count} cases (bulk upserts of ${BULK_SIZE}, ${BULK_IN_FLIGHT} in flight)`);
  const started = performance.now();
  let written = 0;
  let i = 0;
  await Promise.all(Array.from({ length: BULK_IN_FLIGHT }, async () => {
    while (i < count) {
      const batch: ServiceRecord[] = [];
      while (batch.length < BULK_SIZE && i < count) batch.push(make(i++));
      const results = await container.items.bulk(batch.map((resourceBody) => ({ operationType: 'Upsert' as const, resourceBody: { ...resourceBody } })));
      const failed = results.filter((r) => r.statusCode >= 300);
      if (failed.length > 0) throw new Error(`bulk upsert: ${failed.length} failed (status ${failed[0]?.statusCode})`);
      const before = written;
      written += batch.length;
      if (Math.floor(before / 20_000) !== Math.floor(written / 20_000)) step(`${written} cases written (${Math.round(written / ((performance.now() - started) / 1000))}/s)`);
    }
  }));
  return (performance.now() - started) / 1000;
}
