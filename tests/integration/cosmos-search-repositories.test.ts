/** The H2 search and marks contract on the Cosmos repositories (real SDK, local server). */
import { randomUUID } from 'node:crypto';
import { createLogger } from '../../bot/src/logger';
import { startLocalCosmos, type LocalCosmos } from '../../bot/src/sandbox/local-cosmos';
import { openStore } from '../../bot/src/storage/cosmos/cosmos-store';
import { searchContract } from '../fixtures/search-contract';

let cosmos: LocalCosmos;
beforeAll(async () => {
  cosmos = await startLocalCosmos({ dataDir: '/nonexistent', intervalMs: 60_000, logger: createLogger('silent'), persist: false });
}, 120_000);
afterAll(() => cosmos.stop(), 60_000);

searchContract('Cosmos DB', async () => {
  const store = await openStore({ endpoint: cosmos.endpoint, key: 'k', database: `test-${randomUUID()}`, allowSelfSigned: true, createIfMissing: true });
  return { records: store.records, userMarks: store.userMarks, close: async () => { await store.database.delete(); store.close(); } };
});
