/** Queues, text search and per-user marks (H2) over real HTTP against the real server and local Cosmos. */
import { call, demoUsers, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';

let server: TestServer;
let mads: string; // agent, team DK
let sofie: string; // agent, team DK
let erik: string; // agent, team SE
let nora: string; // other tenant
let ids: Map<string, { id: string }>;

beforeAll(async () => {
  server = await startServer();
  const tokens = await Promise.all(['Mads Nielsen', 'Sofie Kristensen', 'Erik Lindqvist', 'Nora Hansen'].map((n) => tokenFor(server.baseUrl, n)));
  [mads, sofie, erik, nora] = tokens.map((t) => t ?? '') as [string, string, string, string];
  ids = await demoUsers(server.baseUrl);
}, 120_000);
afterAll(() => server.stop(), 60_000);

type Item = { id: string; number: string; title: string; status: string; owner?: { id: string } | null; owningTeam?: { id: string } | null; priority?: string; person?: { id: string } | null };
const get = (path: string, token: string) => call(server.baseUrl, 'GET', path, { token });
const items = async (path: string, token: string) => {
  const res = await get(path, token);
  expect(res.status).toBe(200);
  return field<Item[]>(res.body, 'items');
};
const search = (q: string, token = mads, extra = '') => items(`/api/records?limit=100&q=${encodeURIComponent(q)}${extra}`, token);
const create = async (token: string, body: Record<string, unknown>) => {
  const res = await call(server.baseUrl, 'POST', '/api/records', { token, body: { type: 'case', ...body } });
  expect(res.status).toBe(201);
  return res.body as Item;
};
const madsId = () => ids.get('Mads Nielsen')?.id ?? '';

describe('text search', () => {
  test('inflected forms match, substrings do not, every word must match in any order', async () => {
    const refund = await create(mads, { title: 'Refund for the broken kettle' });
    const kunde = await create(mads, { title: 'Ny kunde ringer om levering' });
    const faktura = await create(erik, { title: 'Fakturan saknas', ownerId: null });
    expect((await search('refunds')).map((r) => r.id)).toContain(refund.id);
    expect((await search('kunderne')).map((r) => r.id)).toContain(kunde.id);
    expect((await search('fakturorna')).map((r) => r.id)).toContain(faktura.id);
    expect((await search('kettle refunds')).map((r) => r.id)).toEqual([refund.id]);
    expect((await search('refunds printer')).map((r) => r.id)).not.toContain(refund.id);
    expect(await search('refu')).toEqual([]);
    expect(await search('ket')).toEqual([]);
  });

  test('finds by description, person and company names; the title ranks first', async () => {
    const inDescription = await create(mads, { title: 'Something else', description: 'The giraffe printer jams', personId: 'p-10' });
    const inTitle = await create(mads, { title: 'Giraffe printer jams again' });
    expect((await search('giraffe')).map((r) => r.id)).toEqual([inTitle.id, inDescription.id]);
    expect((await search('freja giraffe')).map((r) => r.id)).toEqual([inDescription.id]);
    const nordlys = await search('nordlys');
    expect(nordlys.length).toBeGreaterThan(0);
    expect(nordlys.every((r) => r.person?.id === 'p-01' || r.person?.id === 'p-02')).toBe(true);
  });

  test('the exact number ranks first, also as bare digits', async () => {
    const first = await search('CAS-01001');
    expect(first[0]?.number).toBe('CAS-01001');
    expect((await search('1001', mads, '&type=case'))[0]?.number).toBe('CAS-01001');
  });

  test('words of a received message are searchable on its case', async () => {
    const res = await call(server.baseUrl, 'POST', '/api/intake/phone', { token: mads, body: { caller: { name: 'Vera Quist', phone: '+45 11 22 33 44' }, subject: 'Call about the meter', notes: 'The hummingbird display flickers' } });
    expect(res.status).toBe(201);
    const id = (res.body as Item).id;
    expect((await search('hummingbird flickering')).map((r) => r.id)).toEqual([id]);
    expect((await search('vera quist')).map((r) => r.id)).toEqual([id]);
  });

  test('filters: person, company (through its people), team, priority, status, owner, number', async () => {
    expect((await items('/api/records?personId=p-01&limit=100', mads)).every((r) => r.person?.id === 'p-01')).toBe(true);
    const company = await items('/api/records?companyId=co-nordlys&type=case&limit=100', mads);
    expect(new Set(company.map((r) => r.person?.id))).toEqual(new Set(['p-01', 'p-02']));
    const team = await items('/api/records?teamId=team-se&priority=high&limit=100', mads);
    expect(team.length).toBeGreaterThan(0);
    expect(team.every((r) => r.owningTeam?.id === 'team-se' && r.priority === 'high')).toBe(true);
    const mine = await items(`/api/records?ownerId=${madsId()}&status=active&limit=100`, mads);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => r.owner?.id === madsId() && r.status === 'active')).toBe(true);
    expect((await items('/api/records?number=CAS-01002', mads)).map((r) => r.number)).toEqual(['CAS-01002']);
    expect(await items('/api/records?companyId=co-nope', mads)).toEqual([]);
  });

  test('ranked pages follow the continuation without repeats; a forged one is a 400', async () => {
    const all = await search('printer');
    expect(all.length).toBeGreaterThan(2);
    const seen: string[] = [];
    let continuation: string | null = null;
    do {
      const res = await get(`/api/records?q=printer&limit=2${continuation ? `&continuation=${encodeURIComponent(continuation)}` : ''}`, mads);
      seen.push(...field<Item[]>(res.body, 'items').map((r) => r.id));
      continuation = field<string | null>(res.body, 'continuation');
    } while (continuation);
    expect(seen).toEqual(all.map((r) => r.id));
    expect((await get('/api/records?q=printer&continuation=bm9wZQ', mads)).status).toBe(400);
  });

  test('a query with no word or too many words is a 400 on q, in the caller\'s language; stopwords are indexed', async () => {
    const errorsOf = async (q: string) => {
      const res = await call(server.baseUrl, 'GET', `/api/records?q=${encodeURIComponent(q)}`, { token: mads, headers: { 'accept-language': 'da' } });
      expect(res.status).toBe(400);
      return field<Array<{ path: string; message: string }>>(res.body, 'errors');
    };
    expect(await errorsOf('!!!')).toEqual([{ path: 'q', message: 'skriv mindst ét ord eller nummer' }]);
    expect(await errorsOf('printer offline floor kettle refund giraffe invoice order meter display vpn scaffold address')).toEqual([{ path: 'q', message: 'brug højst 12 ord' }]);
    const kunde = await create(mads, { title: 'Opkald', description: 'Kunde ringede om faktura' });
    expect((await search('kunderne')).map((r) => r.id)).toContain(kunde.id);
    expect((await items('/api/records?number=cas-01002', mads)).map((r) => r.number)).toEqual(['CAS-01002']);
  });

  test('another tenant never sees these cases', async () => {
    expect(await search('printer', nora)).toEqual([]);
    expect(await search('giraffe', nora)).toEqual([]);
    expect((await search('CAS-01001', nora)).map((r) => r.id)).toEqual(['fab-case-001']);
  });
});

describe('queues', () => {
  const counts = async (token: string) => {
    const res = await get('/api/queues', token);
    expect(res.status).toBe(200);
    return res.body as { views: Array<{ view: string; count: number }>; teams: Array<{ id: string; name: string; count: number }> };
  };
  const countOf = (c: Awaited<ReturnType<typeof counts>>, view: string) => c.views.find((v) => v.view === view)?.count;

  test('mine, unassigned and team hold the right cases, and the counts agree', async () => {
    const mine = await items('/api/queues/mine?limit=100', mads);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => r.owner?.id === madsId() && ['new', 'active', 'waiting'].includes(r.status))).toBe(true);
    const unassigned = await items('/api/queues/unassigned?limit=100', mads);
    expect(unassigned.length).toBeGreaterThan(0);
    expect(unassigned.every((r) => !r.owner && (!r.owningTeam || r.owningTeam.id === 'team-dk'))).toBe(true);
    const team = await items('/api/queues/team?limit=100', mads);
    expect(team.every((r) => r.owningTeam?.id === 'team-dk' && r.status !== 'closed' && r.status !== 'resolved')).toBe(true);
    const c = await counts(mads);
    expect(countOf(c, 'mine')).toBe(mine.length);
    expect(countOf(c, 'unassigned')).toBe(unassigned.length);
    expect(countOf(c, 'team')).toBe(team.length);
    expect(c.teams).toEqual([{ id: 'team-dk', name: 'Kundeservice DK', count: team.length }]);
    expect((await get('/api/queues/team?teamId=team-se', mads)).status).toBe(403);
    expect((await get('/api/queues/nope', mads)).status).toBe(404);
  });

  test('favorites: per user, on the record view, in the view and the counts', async () => {
    const [record] = await items('/api/queues/mine?limit=1', mads);
    if (!record) throw new Error('no case');
    expect(field(( await get(`/api/records/${record.id}`, mads)).body, 'favorite')).toBe(false);
    expect((await call(server.baseUrl, 'PUT', `/api/records/${record.id}/favorite`, { token: mads })).status).toBe(204);
    expect(field((await get(`/api/records/${record.id}`, mads)).body, 'favorite')).toBe(true);
    expect(field((await get(`/api/records/${record.id}`, sofie)).body, 'favorite')).toBe(false);
    expect((await items('/api/queues/favorites', mads)).map((r) => r.id)).toEqual([record.id]);
    expect(countOf(await counts(mads), 'favorites')).toBe(1);
    expect((await call(server.baseUrl, 'DELETE', `/api/records/${record.id}/favorite`, { token: mads })).status).toBe(204);
    expect(await items('/api/queues/favorites', mads)).toEqual([]);
    expect((await call(server.baseUrl, 'PUT', `/api/records/${record.id}/favorite`, { token: nora })).status).toBe(404);
  });

  test('flags: per user, on the message view and in the flagged view', async () => {
    const res = await call(server.baseUrl, 'POST', '/api/intake/phone', { token: mads, body: { caller: { name: 'Flag Caller', phone: '+45 11 22 33 55' }, subject: 'Flag me', notes: 'Please flag' } });
    const recordId = (res.body as Item).id;
    const messageId = `m-${recordId}`;
    expect((await call(server.baseUrl, 'PUT', `/api/records/${recordId}/messages/${messageId}/flag`, { token: mads })).status).toBe(204);
    const flaggedOf = async (token: string) => {
      const threads = field<Array<{ messages: Array<{ id: string; flagged: boolean }> }>>((await get(`/api/records/${recordId}/conversations`, token)).body, 'items');
      return threads.flatMap((t) => t.messages).find((m) => m.id === messageId)?.flagged;
    };
    expect(await flaggedOf(mads)).toBe(true);
    expect(await flaggedOf(sofie)).toBe(false);
    expect((await items('/api/queues/flagged', mads)).map((r) => r.id)).toEqual([recordId]);
    expect(countOf(await counts(mads), 'flagged')).toBe(1);
    expect((await call(server.baseUrl, 'DELETE', `/api/records/${recordId}/messages/${messageId}/flag`, { token: mads })).status).toBe(204);
    expect(await flaggedOf(mads)).toBe(false);
    expect(await items('/api/queues/flagged', mads)).toEqual([]);
  });

  test('get next: two agents at once get two different cases, oldest first; an empty queue is a 404', async () => {
    const before = await items('/api/queues/unassigned?limit=100', mads);
    const teamDk = before.filter((r) => r.owningTeam?.id === 'team-dk');
    expect(teamDk.length).toBeGreaterThanOrEqual(2);
    const [a, b] = await Promise.all([
      call(server.baseUrl, 'POST', '/api/queues/next', { token: mads, body: {} }),
      call(server.baseUrl, 'POST', '/api/queues/next', { token: sofie, body: {} }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const ra = a.body as Item;
    const rb = b.body as Item;
    expect(ra.id).not.toBe(rb.id);
    expect(new Set([ra.id, rb.id])).toEqual(new Set(teamDk.slice(0, 2).map((r) => r.id)));
    expect(ra.owner?.id).toBe(madsId());
    expect(a.headers.get('etag')).toBeTruthy();
    const timeline = await get(`/api/records/${ra.id}/timeline`, mads);
    expect(JSON.stringify(timeline.body)).toContain('recordAccepted');
    let last = 200;
    for (let i = 0; i < 50 && last === 200; i++) last = (await call(server.baseUrl, 'POST', '/api/queues/next', { token: mads })).status;
    expect(last).toBe(404);
    const empty = await call(server.baseUrl, 'POST', '/api/queues/next', { token: mads, body: {} });
    expect(empty.status).toBe(404);
    expect(empty.headers.get('content-type')).toContain('application/problem+json');
    expect(await items('/api/queues/unassigned?teamId=team-dk', mads)).toEqual([]);
    expect((await call(server.baseUrl, 'POST', '/api/queues/next', { token: mads, body: { teamId: 'team-se' } })).status).toBe(403);
  });
});
