/** The G2 similar-case contract on the memory repository and on Cosmos (real SDK, local server). */
import { randomUUID } from 'node:crypto';
import { createLogger } from '../../bot/src/logger';
import { startLocalCosmos, type LocalCosmos } from '../../bot/src/sandbox/local-cosmos';
import { openStore } from '../../bot/src/storage/cosmos/cosmos-store';
import { MemoryRecordRepository } from '../../bot/src/storage/memory/memory-repositories';
import { similarCasesContract } from '../fixtures/similar-cases-contract';

let cosmos: LocalCosmos;
beforeAll(async () => {
  cosmos = await startLocalCosmos({ dataDir: '/nonexistent', intervalMs: 60_000, logger: createLogger('silent'), persist: false });
}, 120_000);
afterAll(() => cosmos.stop(), 60_000);

similarCasesContract('memory', async () => ({ records: new MemoryRecordRepository(), requests: () => null, close: async () => undefined }));

similarCasesContract('Cosmos DB', async () => {
  const store = await openStore({ endpoint: cosmos.endpoint, key: 'k', database: `test-${randomUUID()}`, allowSelfSigned: true, createIfMissing: true });
  return { records: store.records, requests: () => cosmos.requestCount(), close: async () => { await store.database.delete(); store.close(); } };
});
