/**
 * H3 postpone across a restart: a case postponed until a moment that passes while Casebridge is
 * down reopens at the next start (the sweep runs at start, then every POSTPONE_SWEEP_INTERVAL_MS),
 * with its timeline entry; a case postponed further ahead stays waiting.
 */
import { rm } from 'node:fs/promises';
import { call, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';

const SWEEP = { POSTPONE_SWEEP_INTERVAL_MS: '200' };
let first: TestServer | undefined;
let second: TestServer | undefined;
let dataDir: string | undefined;

afterAll(async () => {
  await first?.stop();
  await second?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}, 60_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function postpone(server: TestServer, token: string, id: string, until: string): Promise<void> {
  const read = await call(server.baseUrl, 'GET', `/api/records/${id}`, { token });
  const res = await call(server.baseUrl, 'POST', `/api/records/${id}/postpone`, { token, body: { until }, headers: { 'if-match': read.headers.get('etag') ?? '' } });
  expect([res.status, res.text]).toEqual([200, expect.any(String)]);
}

test('a postponed case whose date passed while down reopens at the next start', async () => {
  first = await startServer({ keepData: true, env: SWEEP });
  dataDir = first.dataDir;
  let token = await tokenFor(first.baseUrl, 'Lars Andersen');
  // Far enough ahead that a loaded machine still reads it before it is due.
  const soon = new Date(Date.now() + 8000).toISOString();
  const later = new Date(Date.now() + 3600_000).toISOString();
  await postpone(first, token, 'case-001', soon);
  await postpone(first, token, 'case-003', later);
  // Still waiting while the date has not come (the sweep has run several times by now); asserted
  // only when this read certainly happened well before the due time.
  await sleep(600);
  const stillWaiting = field((await call(first.baseUrl, 'GET', '/api/records/case-001', { token })).body, 'status');
  if (Date.now() < Date.parse(soon) - 2000) expect(stillWaiting).toBe('waiting');
  await first.stop();
  first = undefined;
  await sleep(Math.max(0, Date.parse(soon) - Date.now()) + 300);

  second = await startServer({ dataDir, env: SWEEP });
  token = await tokenFor(second.baseUrl, 'Lars Andersen');
  let record: unknown;
  for (let i = 0; i < 50; i++) {
    record = (await call(second.baseUrl, 'GET', '/api/records/case-001', { token })).body;
    if (field(record, 'status') === 'active') break;
    await sleep(100);
  }
  expect(record).toEqual(expect.objectContaining({ status: 'active', postponedUntil: null }));
  const timeline = await call(second.baseUrl, 'GET', '/api/records/case-001/timeline', { token });
  expect(field<unknown[]>(timeline.body, 'items')[0]).toEqual(expect.objectContaining({
    kind: 'recordReopened', fromStatus: 'waiting', toStatus: 'active', until: soon, actor: { id: 'casebridge', displayName: 'Casebridge' },
  }));
  const audit = await call(second.baseUrl, 'GET', '/api/records/case-001/audit', { token });
  expect(field<Array<{ action: string }>>(audit.body, 'items').map((e) => e.action)).toEqual(['postponeEnded', 'postpone']);
  expect((await call(second.baseUrl, 'GET', '/api/records/case-003', { token })).body).toEqual(expect.objectContaining({ status: 'waiting', postponedUntil: later }));
}, 120_000);
