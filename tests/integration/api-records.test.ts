/** The records API over real HTTP against the real server and the local Cosmos-compatible server. */
import { call, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';

let server: TestServer;
let mads: string; // agent, team DK
let oskar: string; // reader
let lars: string; // manager
let nora: string; // other tenant

beforeAll(async () => {
  server = await startServer();
  mads = await tokenFor(server.baseUrl, 'Mads Nielsen');
  oskar = await tokenFor(server.baseUrl, 'Oskar Svensson');
  lars = await tokenFor(server.baseUrl, 'Lars Andersen');
  nora = await tokenFor(server.baseUrl, 'Nora Hansen');
}, 120_000);
afterAll(() => server.stop(), 60_000);

const get = (path: string, token?: string, headers?: Record<string, string>) => call(server.baseUrl, 'GET', path, { token, headers });

describe('reading and searching', () => {
  test('search by number finds exactly that record', async () => {
    const res = await get('/api/records?q=CAS-01001', mads);
    expect(res.status).toBe(200);
    expect(field<Array<{ number: string }>>(res.body, 'items').map((r) => r.number)).toEqual(['CAS-01001']);
  });

  test('search by words, status and type; pages follow the continuation without repeats', async () => {
    const first = await get('/api/records?type=case&status=active&limit=5', mads);
    const items = field<Array<{ id: string; status: string; type: string }>>(first.body, 'items');
    expect(items).toHaveLength(5);
    expect(items.every((r) => r.status === 'active' && r.type === 'case')).toBe(true);
    const continuation = field<string>(first.body, 'continuation');
    const second = await get(`/api/records?type=case&status=active&limit=5&continuation=${encodeURIComponent(continuation)}`, mads);
    const secondIds = field<Array<{ id: string }>>(second.body, 'items').map((r) => r.id);
    expect(secondIds.length).toBeGreaterThan(0);
    expect(secondIds.some((id) => items.some((r) => r.id === id))).toBe(false);
    const words = await get('/api/records?q=' + encodeURIComponent('printer offline'), mads);
    expect(field<Array<{ title: string }>>(words.body, 'items').map((r) => r.title)).toEqual(['Printer offline on 3rd floor']);
  });

  test('a forged continuation is a 400 problem', async () => {
    const res = await get('/api/records?continuation=bm90LWpzb24', mads);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  test('one record with its ETag, person and company; the canonical URL', async () => {
    const res = await get('/api/records/case-001', mads);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(field(res.body, 'etag'));
    expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(field(res.body, 'person', 'company', 'name')).toBe('Nordlys A/S');
    expect(field(res.body, 'url')).toBe(`${server.app.config.publicUrl}/records/case/case-001`);
  });

  test('field-level security: the cost estimate is hidden from agents, shown to managers', async () => {
    const agentView = await get('/api/records/case-001', mads);
    expect(field<Record<string, unknown>>(agentView.body, 'customFields')).toEqual({ contractLevel: 'Basic' });
    const managerView = await get('/api/records/case-001', lars);
    expect(field(managerView.body, 'customFields', 'costEstimate')).toBe(500);
  });

  test('unknown id, malformed id and another tenant\'s id answer exactly alike', async () => {
    const unknown = await get('/api/records/case-999', nora);
    const foreign = await get('/api/records/case-001', nora);
    const malformed = await get('/api/records/' + encodeURIComponent('x/../../etc'), nora);
    expect(unknown.status).toBe(404);
    expect(foreign.status).toBe(404);
    expect(malformed.status).toBe(404);
    expect(foreign.text).toBe(unknown.text);
    expect(malformed.text).toBe(unknown.text);
  });

  test('each tenant lists only its own records', async () => {
    const res = await get('/api/records?limit=100', nora);
    expect(field<Array<{ number: string }>>(res.body, 'items').map((r) => r.number)).toEqual(['CAS-01001']);
    const contoso = await get('/api/records?limit=100', mads);
    expect(field<Array<{ id: string }>>(contoso.body, 'items').some((r) => r.id === 'fab-case-001')).toBe(false);
  });

  test('problems are localized by Accept-Language', async () => {
    const res = await get('/api/records/nope', mads, { 'accept-language': 'sv-SE,sv;q=0.9' });
    expect(field(res.body, 'title')).toBe('Hittades inte');
  });
});

describe('changing', () => {
  test('PATCH needs If-Match (428), refuses a stale ETag (412) and returns a new ETag', async () => {
    const read = await get('/api/records/case-003', mads);
    const etag = read.headers.get('etag') ?? '';
    const missing = await call(server.baseUrl, 'PATCH', '/api/records/case-003', { token: mads, body: { priority: 'high' } });
    expect(missing.status).toBe(428);
    const ok = await call(server.baseUrl, 'PATCH', '/api/records/case-003', { token: mads, body: { priority: 'high' }, headers: { 'if-match': etag } });
    expect(ok.status).toBe(200);
    expect(field(ok.body, 'priority')).toBe('high');
    expect(ok.headers.get('etag')).not.toBe(etag);
    const stale = await call(server.baseUrl, 'PATCH', '/api/records/case-003', { token: mads, body: { priority: 'low' }, headers: { 'if-match': etag } });
    expect(stale.status).toBe(412);
    expect((await get('/api/records/case-003', mads)).body).toMatchObject({ priority: 'high' });
  });

  test('a reader may read but not write; the record says canWrite=false', async () => {
    const read = await get('/api/records/case-001', oskar);
    expect(field(read.body, 'canWrite')).toBe(false);
    const res = await call(server.baseUrl, 'PATCH', '/api/records/case-001', { token: oskar, body: { title: 'hacked' }, headers: { 'if-match': read.headers.get('etag') ?? '' } });
    expect(res.status).toBe(403);
    expect((await get('/api/records/case-001', oskar)).body).toMatchObject({ title: 'Printer offline on 3rd floor' });
  });

  test('an agent may not write a Swedish-team case (team depth), nor touch a restricted field', async () => {
    const se = await get('/api/records/case-005', mads);
    expect(field(se.body, 'canWrite')).toBe(false);
    const refused = await call(server.baseUrl, 'PATCH', '/api/records/case-005', { token: mads, body: { status: 'closed' }, headers: { 'if-match': se.headers.get('etag') ?? '' } });
    expect(refused.status).toBe(403);
    const own = await get('/api/records/case-001', mads);
    const restricted = await call(server.baseUrl, 'PATCH', '/api/records/case-001', { token: mads, body: { customFields: { costEstimate: 1 } }, headers: { 'if-match': own.headers.get('etag') ?? '' } });
    expect(restricted.status).toBe(403);
  });

  test('create: 201 with the next number and Location; bad input is refused and writes nothing', async () => {
    const before = field<unknown[]>((await get('/api/records?type=case&limit=100', mads)).body, 'items').length;
    const bad = [
      await call(server.baseUrl, 'POST', '/api/records', { token: mads, body: { type: 'case', title: 42 } }),
      await call(server.baseUrl, 'POST', '/api/records', { token: mads, body: { type: 'case' } }),
      await call(server.baseUrl, 'POST', '/api/records', { token: mads, body: { type: 'case', title: 'x', priority: 'extreme' } }),
      await call(server.baseUrl, 'POST', '/api/records', { token: mads, body: { type: 'case', title: 'x', personId: 'p-404' } }),
      await call(server.baseUrl, 'POST', '/api/records', { token: mads, body: { type: 'workorder', title: 'x', personId: 'p-01' } }),
      await call(server.baseUrl, 'POST', '/api/records', { token: mads, body: { type: 'case', title: 'x', customFields: { nope: 1 } } }),
      await call(server.baseUrl, 'POST', '/api/records', { token: mads, rawBody: '{"type": "case", "title": ', headers: { 'content-type': 'application/json' } }),
    ];
    expect(bad.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400, 400]);
    expect(field<unknown[]>(bad[0]?.body, 'errors').length).toBeGreaterThan(0);
    // Field messages are in the caller's language too, from zod and from the domain alike.
    const danish = await call(server.baseUrl, 'POST', '/api/records', { token: mads, headers: { 'accept-language': 'da-DK' }, body: { type: 'case', title: 42 } });
    const swedish = await call(server.baseUrl, 'POST', '/api/records', { token: mads, headers: { 'accept-language': 'sv' }, body: { type: 'case', title: 'x', personId: 'p-404' } });
    const english = await call(server.baseUrl, 'POST', '/api/records', { token: mads, body: { type: 'case', title: 'x', personId: 'p-404' } });
    const messages = (res: { body: unknown }) => field<Array<{ path: string; message: string }>>(res.body, 'errors');
    expect(messages(danish)[0]?.path).toBe('title');
    expect(messages(danish)[0]?.message).not.toBe(messages(bad[0] ?? { body: {} })[0]?.message);
    expect(messages(danish)[0]?.message).toMatch(/Ugyldig/i);
    expect(messages(swedish)).toEqual([{ path: 'personId', message: 'okänd person' }]);
    expect(messages(english)).toEqual([{ path: 'personId', message: 'unknown person' }]);
    const wrongType = await call(server.baseUrl, 'POST', '/api/records', { token: mads, rawBody: 'type=case', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(wrongType.status).toBe(415);
    const huge = await call(server.baseUrl, 'POST', '/api/records', { token: mads, body: { type: 'case', title: 'x', description: 'y'.repeat(300_000) } });
    expect(huge.status).toBe(413);
    const readerCreate = await call(server.baseUrl, 'POST', '/api/records', { token: oskar, body: { type: 'case', title: 'x' } });
    expect(readerCreate.status).toBe(403);
    expect(field<unknown[]>((await get('/api/records?type=case&limit=100', mads)).body, 'items').length).toBe(before);

    const created = await call(server.baseUrl, 'POST', '/api/records', { token: mads, body: { type: 'case', title: 'Kaffemaskinen lækker', personId: 'p-10', customFields: { contractLevel: 'Plus' } } });
    expect(created.status).toBe(201);
    expect(field(created.body, 'number')).toBe('CAS-01031');
    expect(created.headers.get('location')).toBe(`/api/records/${field<string>(created.body, 'id')}`);
    expect(field(created.body, 'owner', 'displayName')).toBe('Mads Nielsen');
    const again = await call(server.baseUrl, 'POST', '/api/records', { token: mads, body: { type: 'case', title: 'Second' } });
    expect(field(again.body, 'number')).toBe('CAS-01032');

    // With an Idempotency-Key a retry (a lost answer, a double click) never makes a second record.
    const keyed = () => call(server.baseUrl, 'POST', '/api/records', { token: mads, headers: { 'idempotency-key': 'new-case-from-form-7' }, body: { type: 'case', title: 'Only once' } });
    const [first, second] = await Promise.all([keyed(), keyed()]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(field(second.body, 'id')).toBe(field(first.body, 'id'));
    expect(field((await keyed()).body, 'number')).toBe(field(first.body, 'number'));
    expect(field<Array<{ title: string }>>((await get('/api/records?q=only+once&limit=10', mads)).body, 'items')).toHaveLength(1);
    const badKey = await call(server.baseUrl, 'POST', '/api/records', { token: mads, headers: { 'idempotency-key': 'short' }, body: { type: 'case', title: 'x' } });
    expect(badKey.status).toBe(400);
  });
});

describe('directory', () => {
  test('users of the caller\'s tenant by name or e-mail; teams of the tenant', async () => {
    const users = await get('/api/users?q=sen', mads);
    expect(field<Array<{ displayName: string }>>(users.body, 'items').map((u) => u.displayName)).toEqual(['Lars Andersen', 'Mads Nielsen', 'Sofie Kristensen']);
    const foreign = await get('/api/users?q=nora', mads);
    expect(field<unknown[]>(foreign.body, 'items')).toEqual([]);
    const teams = await get('/api/teams', nora);
    expect(field<Array<{ name: string }>>(teams.body, 'items').map((t) => t.name)).toEqual(['Fabrikam Support']);
  });
});

test('an If-Match we never issued is a 412, not a crash', async () => {
  const res = await call(server.baseUrl, 'PATCH', '/api/records/case-001', { token: mads, body: { priority: 'low' }, headers: { 'if-match': '"nope"' } });
  expect(res.status).toBe(412);
  const weird = await call(server.baseUrl, 'PATCH', '/api/records/case-001', { token: mads, body: { priority: 'low' }, headers: { 'if-match': `"${Buffer.from('a"b\\c').toString('base64url')}"` } });
  expect(weird.status).toBe(412);
});

test('E1 record events: created, assigned, status changed, closed and reopened are on the timeline', async () => {
  const created = await call(server.baseUrl, 'POST', '/api/records', { token: lars, body: { type: 'case', title: 'Timeline events' } });
  const id = field<string>(created.body, 'id');
  let etag = created.headers.get('etag') ?? '';
  const patch = async (body: unknown) => {
    const res = await call(server.baseUrl, 'PATCH', `/api/records/${id}`, { token: lars, body, headers: { 'if-match': etag } });
    expect(res.status).toBe(200);
    etag = res.headers.get('etag') ?? '';
    await new Promise((r) => setTimeout(r, 5)); // distinct timestamps
  };
  await patch({ status: 'active' });
  const sofie = field<string>((await call(server.baseUrl, 'GET', '/api/users?q=sofie', { token: lars })).body, 'items', 0, 'id');
  await patch({ ownerId: sofie });
  await patch({ status: 'closed' });
  await patch({ status: 'waiting' });
  const timeline = await call(server.baseUrl, 'GET', `/api/records/${id}/timeline`, { token: mads });
  const items = field<Array<{ kind: string; fromStatus: string | null; toStatus: string | null; actor: { displayName: string } }>>(timeline.body, 'items');
  expect(items.map((e) => e.kind)).toEqual(['recordReopened', 'recordClosed', 'recordAssigned', 'statusChanged', 'recordCreated']);
  expect(items[0]).toMatchObject({ fromStatus: 'closed', toStatus: 'waiting', actor: { displayName: 'Lars Andersen' } });
});

test('a made-up continuation that is JSON never gives a 500 (400, or the store reads it as a start)', async () => {
  for (const forged of ['{}', '1', '{"token":"x","range":{}}', '[{"compositeToken":"x"}]']) {
    const res = await get(`/api/records?continuation=${encodeURIComponent(Buffer.from(forged).toString('base64url'))}`, mads);
    expect([200, 400]).toContain(res.status);
  }
});

test('E1: a demo record has its "created" entry on the timeline from the start, like one created in the tab', async () => {
  const timeline = await call(server.baseUrl, 'GET', '/api/records/case-003/timeline?kinds=recordCreated', { token: mads });
  expect(timeline.status).toBe(200);
  const items = field<Array<{ kind: string; at: string }>>(timeline.body, 'items');
  expect(items.map((i) => i.kind)).toEqual(['recordCreated']);
  const record = await call(server.baseUrl, 'GET', '/api/records/case-003', { token: mads });
  expect(items[0]?.at).toBe(field<string>(record.body, 'createdAt'));
});
