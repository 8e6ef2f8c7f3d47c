/** G2's term statistics build on the real @azure/cosmos SDK against the local server: the ETag claim, takeover and publication. */
import { randomUUID } from 'node:crypto';
import { TermStatsSweeper } from '../../bot/src/domain/contacts/term-stats-sweep';
import { ConflictError, PreconditionFailedError } from '../../bot/src/domain/shared/errors';
import { createLogger } from '../../bot/src/logger';
import { startLocalCosmos, type LocalCosmos } from '../../bot/src/sandbox/local-cosmos';
import { openStore, type Store } from '../../bot/src/storage/cosmos/cosmos-store';
import { corpusCase } from '../fixtures/similar-cases-quality';

const TENANT = 'tenant-stats';
let cosmos: LocalCosmos;
let store: Store;

beforeAll(async () => {
  cosmos = await startLocalCosmos({ dataDir: '/nonexistent', intervalMs: 60_000, logger: createLogger('silent'), persist: false });
  store = await openStore({ endpoint: cosmos.endpoint, key: 'k', database: `test-${randomUUID()}`, allowSelfSigned: true, createIfMissing: true });
  const records = store.database.container('records');
  const texts: Array<[string, string]> = [['Printer offline', 'printer offline after update'], ['Invoice wrong', 'invoice amount wrong'], ['VPN drops', 'vpn disconnects'],
    ['Printer jams', 'printer paper jam'], ['Password reset', 'forgot password'], ['Printer driver', 'printer driver missing']];
  for (const [k, [title, description]] of texts.entries()) await records.items.create(corpusCase(TENANT, `done-${k}`, ['en', title, description], k % 2 === 0 ? 'closed' : 'resolved', 'u1', k));
  await records.items.create(corpusCase(TENANT, 'open-1', ['en', 'Printer open', 'printer'], 'active', 'u1', 9));
}, 120_000);
afterAll(async () => {
  await store.database.delete();
  store.close();
  await cosmos.stop();
}, 60_000);

test('one instance claims the build; another is refused by the lease and the ETag, takes over once the lease lapsed, and publishes', async () => {
  let clock = Date.parse('2026-03-01T10:00:00Z');
  const now = () => clock;
  const a = new TermStatsSweeper(store.records, store.termStats, { owner: 'a', pageSize: 2, budgetMs: 0, leaseMs: 30_000, now });
  const b = new TermStatsSweeper(store.records, store.termStats, { owner: 'b', pageSize: 2, budgetMs: 0, leaseMs: 30_000, now });

  expect(await a.run(TENANT, 'case')).toBe('progress');
  const claimed = await store.termStats.getSweep(TENANT, 'case');
  expect(claimed?.value).toMatchObject({ owner: 'a', seen: 2 });
  expect(claimed?.value.continuation).not.toBeNull();

  // Held: the other instance stands back; the SDK's ETag and create guard the document itself.
  expect(await b.run(TENANT, 'case')).toBe('busy');
  await expect(store.termStats.createSweep({ ...claimed!.value, owner: 'b' })).rejects.toBeInstanceOf(ConflictError);
  const renewed = await store.termStats.replaceSweep({ ...claimed!.value, seen: claimed!.value.seen }, claimed!.etag);
  await expect(store.termStats.replaceSweep({ ...claimed!.value, owner: 'b' }, claimed!.etag)).rejects.toBeInstanceOf(PreconditionFailedError);
  await expect(store.termStats.deleteSweep(TENANT, 'case', claimed!.etag)).rejects.toBeInstanceOf(PreconditionFailedError);
  expect(renewed.etag).not.toBe(claimed!.etag);

  // The lease lapses (a crashed): b takes the build over from the stored continuation and finishes it.
  clock += 60_000;
  const stats = await b.build(TENANT, 'case');
  expect(stats).toMatchObject({ total: 6, complete: true });
  expect(stats?.terms['printer']).toBe(3);
  expect(stats?.terms['vpn']).toBe(1);
  expect(await store.termStats.getSweep(TENANT, 'case')).toBeNull();

  // a's stale claim is gone: its next run finds the statistics fresh.
  expect(await a.run(TENANT, 'case')).toBe('fresh');
});
