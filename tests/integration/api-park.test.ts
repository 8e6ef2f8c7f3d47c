/**
 * J3 and J6 over real HTTP against the real server and local Cosmos: park a case for a delegator
 * and pick it up (every refusal, a stale ETag, racing pick-ups), the delegated queue with its
 * counts and delegator filter, "parked for me", and tenant isolation.
 */
import { call, demoUsers, field, tokenFor } from '../fixtures/api-client';
import { addDelegate } from '../fixtures/delegation';
import { startServer, type TestServer } from '../fixtures/server';

let server: TestServer;
let mads: string; // agent, team DK: the delegator
let sofie: string; // agent, team DK: Mads's and Astrid's delegate
let astrid: string; // admin + agent, team DK: a second delegator of Sofie
let lars: string; // manager, team DK: nobody's delegate
let nora: string; // another tenant
let erik: string; // agent, team SE: Mads's second delegate
const id = { mads: '', sofie: '', astrid: '', lars: '', erik: '' };

type Item = { id: string; number: string; status: string; etag: string; owner?: { id: string } | null; parked?: { for: { id: string; displayName: string }; by: { id: string; displayName: string }; at: string } | null };
type Queue = { items: Item[]; continuation: string | null; counts: Array<{ userId: string; displayName: string; count: number }>; parkedByMe: Item[] };

beforeAll(async () => {
  server = await startServer();
  const tokens = await Promise.all(['Mads Nielsen', 'Sofie Kristensen', 'Astrid Holm', 'Lars Andersen', 'Nora Hansen', 'Erik Lindqvist'].map((n) => tokenFor(server.baseUrl, n)));
  [mads, sofie, astrid, lars, nora, erik] = tokens.map((t) => t ?? '') as [string, string, string, string, string, string];
  const users = await demoUsers(server.baseUrl);
  id.mads = users.get('Mads Nielsen')?.id ?? '';
  id.sofie = users.get('Sofie Kristensen')?.id ?? '';
  id.astrid = users.get('Astrid Holm')?.id ?? '';
  id.lars = users.get('Lars Andersen')?.id ?? '';
  id.erik = users.get('Erik Lindqvist')?.id ?? '';
  await addDelegate(server.baseUrl, mads, id.sofie);
  await addDelegate(server.baseUrl, astrid, id.sofie);
  await addDelegate(server.baseUrl, mads, id.erik);
}, 120_000);
afterAll(() => server.stop(), 60_000);

const post = (path: string, token: string, body?: unknown, headers: Record<string, string> = {}) => call(server.baseUrl, 'POST', path, { token, body, headers });
const get = (path: string, token: string) => call(server.baseUrl, 'GET', path, { token });
const create = async (token: string, title: string, extra: Record<string, unknown> = {}): Promise<Item> => {
  const res = await post('/api/records', token, { type: 'case', title, ...extra });
  expect(res.status).toBe(201);
  return res.body as Item;
};
const park = (recordId: string, token: string, forUserId: string, headers: Record<string, string> = {}) => post(`/api/records/${recordId}/park`, token, { forUserId }, headers);
const pickUp = (recordId: string, token: string) => post(`/api/records/${recordId}/pickup`, token);
const problem = (res: { body: unknown }) => field<string>(res.body, 'detail');

describe('park', () => {
  test('a delegate parks the delegator\'s case: marked, on the timeline for whom, audited', async () => {
    const item = await create(mads, 'Printer offline on 3rd floor');
    const res = await park(item.id, sofie, id.mads);
    expect(res.status).toBe(200);
    const parked = res.body as Item;
    expect(parked.parked).toEqual({ for: { id: id.mads, displayName: 'Mads Nielsen' }, by: { id: id.sofie, displayName: 'Sofie Kristensen' }, at: expect.any(String) });
    expect(parked.owner?.id).toBe(id.mads);
    expect(res.headers.get('etag')).toBe(parked.etag);
    const timeline = field<Array<{ kind: string; actor: { id: string } | null; userIds: string[] }>>((await get(`/api/records/${item.id}/timeline`, mads)).body, 'items');
    const entry = timeline.find((e) => e.kind === 'recordParked');
    expect(entry?.actor?.id).toBe(id.sofie);
    expect(entry?.userIds).toEqual([id.mads]);
    const audit = field<Array<{ action: string; actor: { id: string }; newValue: { onBehalfOfId?: string } }>>((await get(`/api/records/${item.id}/audit`, mads)).body, 'items');
    expect(audit.find((e) => e.action === 'park')).toMatchObject({ actor: { id: id.sofie }, newValue: { onBehalfOfId: id.mads } });
    // Parked once: the same park again (a retry) answers the case and writes nothing new...
    const again = await park(item.id, sofie, id.mads);
    expect(again.status).toBe(200);
    const audited = field<Array<{ action: string }>>((await get(`/api/records/${item.id}/audit`, mads)).body, 'items');
    expect(audited.filter((e) => e.action === 'park')).toHaveLength(1);
    // ...and anyone else's park is refused until it is picked up.
    const other = await park(item.id, erik, id.mads);
    expect(other.status).toBe(409);
    expect(problem(other)).toMatch(/already parked/i);
  });

  test('the delegate parks their own case for the delegator to take over', async () => {
    const own = await create(sofie, 'Sofie took this one herself');
    const res = await park(own.id, sofie, id.mads);
    expect(res.status).toBe(200);
    expect((res.body as Item).parked?.for.id).toBe(id.mads);
    const picked = await pickUp(own.id, mads);
    expect(picked.status).toBe(200);
    expect((picked.body as Item).owner?.id).toBe(id.mads);
  });

  test('refusals: not a delegate, not the delegator\'s case, for oneself, closed, unknown id', async () => {
    const item = await create(mads, 'Refusals case');
    const notDelegate = await park(item.id, lars, id.mads);
    expect(notDelegate.status).toBe(403);
    const larsCase = await create(lars, 'Lars owns this', { ownerId: id.lars });
    const notTheirs = await park(larsCase.id, sofie, id.mads);
    expect(notTheirs.status).toBe(403);
    const self = await park(item.id, sofie, id.sofie);
    expect(self.status).toBe(400);
    const own = await create(sofie, 'Parked for herself?');
    const selfOwn = await park(own.id, sofie, id.sofie);
    expect(selfOwn.status).toBe(400);
    expect(field<Array<{ path: string; message: string }>>(selfOwn.body, 'errors')).toEqual([expect.objectContaining({ path: 'forUserId', message: expect.stringMatching(/for yourself/) })]);
    const notMine = await park(own.id, sofie, id.lars);
    expect(notMine.status).toBe(403);
    const closed = await create(mads, 'Closed already', { status: 'closed' });
    expect((await park(closed.id, sofie, id.mads)).status).toBe(409);
    expect((await park('r-does-not-exist', sofie, id.mads)).status).toBe(404);
    const badBody = await post(`/api/records/${item.id}/park`, sofie, { forUser: id.mads });
    expect(badBody.status).toBe(400);
    // Nothing was written by any refusal.
    expect(((await get(`/api/records/${item.id}`, mads)).body as Item).parked).toBeNull();
  });

  test('a stale ETag is 412 and writes nothing', async () => {
    const item = await create(mads, 'Stale etag case');
    const edited = await call(server.baseUrl, 'PATCH', `/api/records/${item.id}`, { token: mads, body: { title: 'Edited meanwhile' }, headers: { 'if-match': item.etag } });
    expect(edited.status).toBe(200);
    const stale = await park(item.id, sofie, id.mads, { 'if-match': item.etag });
    expect(stale.status).toBe(412);
    expect(((await get(`/api/records/${item.id}`, mads)).body as Item).parked).toBeNull();
    const current = await park(item.id, sofie, id.mads, { 'if-match': (edited.body as Item).etag });
    expect(current.status).toBe(200);
  });

  test('two parks at once without If-Match: one is parked, the other is told it is parked already', async () => {
    const item = await create(mads, 'Racing parks');
    const results = await Promise.all([park(item.id, sofie, id.mads), park(item.id, erik, id.mads)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(problem(results.find((r) => r.status === 409) ?? { body: null })).toMatch(/already parked/i);
    const winner = results.find((r) => r.status === 200)?.body as Item;
    expect(((await get(`/api/records/${item.id}`, mads)).body as Item).parked?.by.id).toBe(winner.parked?.by.id);
    const audit = field<Array<{ action: string }>>((await get(`/api/records/${item.id}/audit`, mads)).body, 'items');
    expect(audit.filter((e) => e.action === 'park')).toHaveLength(1);
  });
});

describe('a parked case that moves on', () => {
  const parkedFor = async (title: string) => {
    const item = await create(mads, title);
    const res = await park(item.id, sofie, id.mads);
    expect(res.status).toBe(200);
    return res.body as Item;
  };
  const parkedForMads = async () => field<Item[]>((await get('/api/queues/parked?limit=100', mads)).body, 'items').map((i) => i.id);

  test('given to someone else: parked no more; Mads\'s pick-up is 409 with the reason; his list no longer has it', async () => {
    const item = await parkedFor('Moves on: reassigned');
    expect(await parkedForMads()).toContain(item.id);
    const assigned = await post(`/api/records/${item.id}/assign`, lars, { userId: id.lars, teamId: 'team-dk' }, { 'if-match': item.etag });
    expect(assigned.status).toBe(200);
    expect((assigned.body as Item).parked).toBeNull();
    const res = await pickUp(item.id, mads);
    expect(res.status).toBe(409);
    expect(problem(res)).toMatch(/not parked/i);
    expect(await parkedForMads()).not.toContain(item.id);
    expect(((await get(`/api/records/${item.id}`, lars)).body as Item).owner?.id).toBe(id.lars);
  });

  test('closed: parked no more; the pick-up is 409 and the case stays closed and Mads\'s', async () => {
    const item = await parkedFor('Moves on: closed');
    const closed = await post(`/api/records/${item.id}/close`, lars, undefined, { 'if-match': item.etag });
    expect(closed.status).toBe(200);
    const res = await pickUp(item.id, mads);
    expect(res.status).toBe(409);
    expect(problem(res)).toMatch(/not parked/i);
    expect(await parkedForMads()).not.toContain(item.id);
    expect(((await get(`/api/records/${item.id}`, mads)).body as Item).status).toBe('closed');
    expect(((await get('/api/queues/delegated?limit=100', sofie)).body as Queue).parkedByMe.map((i) => i.id)).not.toContain(item.id);
  });
});

describe('pick up', () => {
  test('only the person it is parked for; then they own it and it is active; nothing left to pick up', async () => {
    const item = await create(mads, 'Pick me up', { status: 'new' });
    await post(`/api/records/${item.id}/transfer`, mads, { userId: id.sofie, note: 'While I am away' }, { 'if-match': item.etag }).then((r) => expect(r.status).toBe(200));
    // Sofie owns it now (her own case): she parks it back for Mads.
    expect((await park(item.id, sofie, id.mads)).status).toBe(200);
    const bySofie = await pickUp(item.id, sofie);
    expect(bySofie.status).toBe(403);
    expect(problem(bySofie)).toMatch(/someone else/i);
    expect((await pickUp(item.id, lars)).status).toBe(403);
    const res = await pickUp(item.id, mads);
    expect(res.status).toBe(200);
    const picked = res.body as Item;
    expect(picked.owner?.id).toBe(id.mads);
    expect(picked.parked).toBeNull();
    expect(picked.status).toBe('active');
    const again = await pickUp(item.id, mads);
    expect(again.status).toBe(409);
    const timeline = field<Array<{ kind: string; actor: { id: string } | null }>>((await get(`/api/records/${item.id}/timeline`, mads)).body, 'items');
    expect(timeline.find((e) => e.kind === 'recordPickedUp')?.actor?.id).toBe(id.mads);
  });

  test('two pick-ups at once: exactly one pick-up is written, the others are told (or, still finishing it, answer the same)', async () => {
    const item = await create(mads, 'Racing pick-ups');
    expect((await park(item.id, sofie, id.mads)).status).toBe(200);
    const results = await Promise.all([pickUp(item.id, mads), pickUp(item.id, mads), pickUp(item.id, mads)]);
    // Only the person it was parked for may pick it up, so a race is that person pressing twice (the
    // card and the tab): a press that lands while the winner is still writing its history finishes
    // the same writes and answers 200; what matters is that the pick-up is written once.
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    for (const loser of results.filter((r) => r.status === 409)) expect(problem(loser)).toMatch(/already been picked up|not parked/i);
    const timeline = field<Array<{ kind: string }>>((await get(`/api/records/${item.id}/timeline`, mads)).body, 'items');
    expect(timeline.filter((e) => e.kind === 'recordPickedUp')).toHaveLength(1);
    const audit = field<Array<{ action: string }>>((await get(`/api/records/${item.id}/audit`, mads)).body, 'items');
    expect(audit.filter((e) => e.action === 'pickUp')).toHaveLength(1);
  });
});

describe('the delegated queue (J3) and parked for me (J6)', () => {
  test('my delegators\' open cases, with counts per delegator, the filter, and the cases I parked', async () => {
    const madsCase = await create(mads, 'Queue: Mads case');
    const astridCase = await create(astrid, 'Queue: Astrid case');
    const closedCase = await create(mads, 'Queue: closed', { status: 'closed' });
    const larsCase = await create(lars, 'Queue: Lars case', { ownerId: id.lars });
    const all = (await get('/api/queues/delegated?limit=100', sofie));
    expect(all.status).toBe(200);
    const queue = all.body as Queue;
    const ids = queue.items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining([madsCase.id, astridCase.id]));
    expect(ids).not.toContain(closedCase.id);
    expect(ids).not.toContain(larsCase.id);
    expect(queue.items.every((i) => i.owner?.id === id.mads || i.owner?.id === id.astrid)).toBe(true);
    expect(queue.counts.map((c) => c.userId).sort()).toEqual([id.astrid, id.mads].sort());
    const madsCount = queue.counts.find((c) => c.userId === id.mads);
    expect(madsCount?.displayName).toBe('Mads Nielsen');
    expect(madsCount?.count).toBe(queue.items.filter((i) => i.owner?.id === id.mads).length);
    // Newest activity first.
    const updated = await call(server.baseUrl, 'PATCH', `/api/records/${madsCase.id}`, { token: mads, body: { title: 'Queue: Mads case, updated' }, headers: { 'if-match': madsCase.etag } });
    expect(updated.status).toBe(200);
    expect(((await get('/api/queues/delegated?limit=100', sofie)).body as Queue).items[0]?.id).toBe(madsCase.id);
    const onlyMads = (await get(`/api/queues/delegated?limit=100&delegator=${id.mads}`, sofie)).body as Queue;
    expect(onlyMads.items.length).toBeGreaterThan(0);
    expect(onlyMads.items.every((i) => i.owner?.id === id.mads)).toBe(true);
    expect(onlyMads.counts).toEqual(queue.counts);
    // Paged like the other queues.
    const first = (await get('/api/queues/delegated?limit=1', sofie)).body as Queue;
    expect(first.items).toHaveLength(1);
    expect(first.continuation).not.toBeNull();
    const second = (await get(`/api/queues/delegated?limit=1&continuation=${encodeURIComponent(first.continuation ?? '')}`, sofie)).body as Queue;
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    // Parked by me: beside the queue; parked for Mads: his own list.
    expect((await park(madsCase.id, sofie, id.mads)).status).toBe(200);
    expect(((await get('/api/queues/delegated', sofie)).body as Queue).parkedByMe.map((i) => i.id)).toContain(madsCase.id);
    const forMads = await get('/api/queues/parked', mads);
    expect(forMads.status).toBe(200);
    expect(field<Item[]>(forMads.body, 'items').map((i) => i.id)).toContain(madsCase.id);
    expect(field<Item[]>(forMads.body, 'items').every((i) => i.parked?.for.id === id.mads)).toBe(true);
    expect(field<Item[]>((await get('/api/queues/parked', astrid)).body, 'items').map((i) => i.id)).not.toContain(madsCase.id);
  });

  test('a delegator filter that is not my delegator is 403; someone without delegators has an empty queue', async () => {
    const res = await get(`/api/queues/delegated?delegator=${id.lars}`, sofie);
    expect(res.status).toBe(403);
    expect(problem(res)).toMatch(/do not act for/i);
    const empty = (await get('/api/queues/delegated', lars)).body as Queue;
    expect(empty).toMatchObject({ items: [], counts: [], continuation: null });
  });
});

describe('tenant isolation', () => {
  test('another tenant\'s case does not exist for park or pick-up; their queue shows none of ours', async () => {
    const item = await create(mads, 'Contoso only');
    expect((await park(item.id, sofie, id.mads)).status).toBe(200);
    expect((await park(item.id, nora, id.mads)).status).toBe(404);
    expect((await pickUp(item.id, nora)).status).toBe(404);
    expect((await get(`/api/queues/delegated?delegator=${id.mads}`, nora)).status).toBe(403);
    const noraQueue = (await get('/api/queues/delegated', nora)).body as Queue;
    expect(noraQueue.items).toEqual([]);
    expect(field<Item[]>((await get('/api/queues/parked', nora)).body, 'items')).toEqual([]);
  });
});
