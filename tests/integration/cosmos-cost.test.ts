/** Cost-aware storage: the hot read paths make a bounded number of Cosmos requests. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startLocalCosmos, type LocalCosmos } from '../../bot/src/sandbox/local-cosmos';
import { createLogger } from '../../bot/src/logger';
import { call, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';

let cosmos: LocalCosmos;
let server: TestServer;
let dataDir: string;
let token: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'casebridge-cost-'));
  cosmos = await startLocalCosmos({ dataDir, intervalMs: 60_000, logger: createLogger('silent'), persist: false });
  server = await startServer({ env: { COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: 'k', COSMOS_ALLOW_SELF_SIGNED: 'true' } });
  token = await tokenFor(server.baseUrl, 'Mads Nielsen');
});
afterAll(async () => {
  await server.stop();
  await cosmos.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function cost(method: string, url: string): Promise<number> {
  const before = cosmos.requestCount();
  const res = await call(server.baseUrl, method, url, { token });
  expect(res.status).toBe(200);
  return cosmos.requestCount() - before;
}

test('a warm record read is three point reads: the record, its person, the person\'s company', async () => {
  await cost('GET', '/api/records/case-001');
  expect(await cost('GET', '/api/records/case-001')).toBe(3);
  // A case without a person, owned by someone already cached: one read.
  expect(await cost('GET', '/api/records/wo-001')).toBe(1);
});

test('a page of records costs a query and one batched lookup per kind, not one per record', async () => {
  await cost('GET', '/api/records?limit=25');
  expect(await cost('GET', '/api/records?limit=25')).toBeLessThanOrEqual(6);
});
