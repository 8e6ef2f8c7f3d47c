/** The Cosmos session storage, through the real @azure/cosmos SDK and the local server, passes the session storage contract. */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLogger } from '../../bot/src/logger';
import { startLocalCosmos, type LocalCosmos } from '../../bot/src/sandbox/local-cosmos';
import { containerRequest, INDEXED_PATHS } from '../../bot/src/storage/cosmos/containers';
import { openStore } from '../../bot/src/storage/cosmos/cosmos-store';
import { sessionContract } from '../fixtures/session-contract';

let cosmos: LocalCosmos;
beforeAll(async () => {
  cosmos = await startLocalCosmos({ dataDir: '/nonexistent', intervalMs: 60_000, logger: createLogger('silent'), persist: false });
}, 120_000);
afterAll(() => cosmos.stop(), 60_000);

sessionContract('Cosmos DB', async () => {
  // A fresh database per test keeps tests independent.
  const store = await openStore({ endpoint: cosmos.endpoint, key: 'k', database: `test-${randomUUID()}`, allowSelfSigned: true, createIfMissing: true });
  return { sessions: store.sessions, statuses: store.agentStatus, sites: store.chatSites, close: async () => { await store.database.delete(); store.close(); } };
});

test('P2-10: the chat containers index only the paths their queries use, and the Bicep template says the same', () => {
  const sessions = containerRequest('chatsessions').indexingPolicy;
  expect(sessions?.excludedPaths).toEqual([{ path: '/*' }]);
  expect(sessions?.includedPaths?.map((p) => p.path)).toEqual(expect.arrayContaining(['/tenantId/?', '/status/?', '/createdAt/?', '/transfer/expiresAt/?', '/listenerIds/[]/?']));
  expect(containerRequest('chatmessages').indexingPolicy?.includedPaths?.map((p) => p.path)).toContain('/seq/?');
  expect(containerRequest('records').indexingPolicy).toBeUndefined();
  const bicep = readFileSync(path.join(__dirname, '../../infra/modules/cosmos.bicep'), 'utf8');
  for (const name of ['chatsessions', 'chatmessages'] as const) {
    const line = bicep.split('\n').find((l) => l.includes(`name: '${name}'`)) ?? '';
    expect({ name, included: [...line.matchAll(/'(\/[^']*\?)'/g)].map((m) => m[1]) }).toEqual({ name, included: [...(INDEXED_PATHS[name] ?? [])] });
  }
});
