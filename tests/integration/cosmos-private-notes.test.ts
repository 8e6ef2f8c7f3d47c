/**
 * J5 private notes and J4's lookups: the in-memory and the Cosmos repositories (real @azure/cosmos
 * against the local server) pass one contract; the Cosmos marks repository reads a document from
 * before J4 (no `hidden`) as none hidden.
 */
import { randomUUID } from 'node:crypto';
import { createLogger } from '../../bot/src/logger';
import { startLocalCosmos, type LocalCosmos } from '../../bot/src/sandbox/local-cosmos';
import { openStore } from '../../bot/src/storage/cosmos/cosmos-store';
import { MemoryPrivateNoteRepository } from '../../bot/src/storage/memory/memory-private-notes';
import { MemoryTimelineRepository } from '../../bot/src/storage/memory/memory-repositories';
import { hiddenEntryIds, withHidden } from '../../bot/src/domain/queues/user-marks';
import { privateNotesContract } from '../fixtures/private-notes-contract';

let cosmos: LocalCosmos;
beforeAll(async () => {
  cosmos = await startLocalCosmos({ dataDir: '/nonexistent', intervalMs: 60_000, logger: createLogger('silent'), persist: false });
}, 120_000);
afterAll(() => cosmos.stop(), 60_000);

const freshStore = () => openStore({ endpoint: cosmos.endpoint, key: 'k', database: `test-${randomUUID()}`, allowSelfSigned: true, createIfMissing: true });

privateNotesContract('in-memory', async () => ({ notes: new MemoryPrivateNoteRepository(), timeline: new MemoryTimelineRepository(), close: async () => undefined }));

privateNotesContract('Cosmos DB', async () => {
  // A fresh database per test keeps tests independent.
  const store = await freshStore();
  return { notes: store.privateNotes, timeline: store.timeline, close: async () => { await store.database.delete(); store.close(); } };
});

test('a marks document written before J4 (no hidden) reads as none hidden, and takes a hidden entry', async () => {
  const store = await freshStore();
  try {
    await store.database.container('usermarks').items.create({ id: 'mads', tenantId: 't1', userId: 'mads', favorites: [{ recordId: 'r1', at: '2026-01-01T00:00:00.000Z' }], flags: [] });
    const old = await store.userMarks.get('t1', 'mads');
    expect(old?.value.hidden).toEqual([]);
    expect(old?.value.favorites).toHaveLength(1);
    if (!old) throw new Error('no marks');
    await store.userMarks.replace(withHidden(old.value, 'r1', 'e1', true, '2026-01-02T00:00:00.000Z'), old.etag);
    expect([...hiddenEntryIds((await store.userMarks.get('t1', 'mads'))?.value ?? null, 'r1')]).toEqual(['e1']);
  } finally {
    await store.database.delete();
    store.close();
  }
}, 60_000);
