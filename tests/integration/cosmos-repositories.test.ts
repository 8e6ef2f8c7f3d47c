/** The Cosmos repositories, through the real @azure/cosmos SDK and the local server, pass the same contract. */
import { randomUUID } from 'node:crypto';
import { createLogger } from '../../bot/src/logger';
import { startLocalCosmos, type LocalCosmos } from '../../bot/src/sandbox/local-cosmos';
import { openStore } from '../../bot/src/storage/cosmos/cosmos-store';
import { repositoryContract } from '../fixtures/repository-contract';
import { postponedContract } from '../fixtures/postponed-contract';
import { CosmosPostponedRecords } from '../../bot/src/storage/cosmos/cosmos-postponed-records';

let cosmos: LocalCosmos;
beforeAll(async () => {
  cosmos = await startLocalCosmos({ dataDir: '/nonexistent', intervalMs: 60_000, logger: createLogger('silent'), persist: false });
}, 120_000);
afterAll(() => cosmos.stop(), 60_000);

repositoryContract('Cosmos DB', async () => {
  // A fresh database per test keeps tests independent.
  const store = await openStore({ endpoint: cosmos.endpoint, key: 'k', database: `test-${randomUUID()}`, allowSelfSigned: true, createIfMissing: true });
  return { ...store, close: async () => { await store.database.delete(); store.close(); } };
});

postponedContract('Cosmos DB', async () => {
  const store = await openStore({ endpoint: cosmos.endpoint, key: 'k', database: `test-${randomUUID()}`, allowSelfSigned: true, createIfMissing: true });
  return { records: store.records, postponed: new CosmosPostponedRecords(store.database.container('records')), close: async () => { await store.database.delete(); store.close(); } };
});
