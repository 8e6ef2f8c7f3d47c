/** The Cosmos park card repository, through the real @azure/cosmos SDK and the local server, passes the park card contract. */
import { randomUUID } from 'node:crypto';
import { createLogger } from '../../bot/src/logger';
import { startLocalCosmos, type LocalCosmos } from '../../bot/src/sandbox/local-cosmos';
import { openStore } from '../../bot/src/storage/cosmos/cosmos-store';
import { parkCardContract } from '../fixtures/park-card-contract';

let cosmos: LocalCosmos;
beforeAll(async () => {
  cosmos = await startLocalCosmos({ dataDir: '/nonexistent', intervalMs: 60_000, logger: createLogger('silent'), persist: false });
}, 120_000);
afterAll(() => cosmos.stop(), 60_000);

parkCardContract('Cosmos DB', async () => {
  // A fresh database per test keeps tests independent.
  const store = await openStore({ endpoint: cosmos.endpoint, key: 'k', database: `test-${randomUUID()}`, allowSelfSigned: true, createIfMissing: true });
  return Object.assign(store.parkCards, { close: async () => { await store.database.delete(); store.close(); } });
});
