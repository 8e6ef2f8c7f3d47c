/**
 * J2/J3 where a delegate's own rights do not reach, over real HTTP on the local server. Every demo
 * role reads cases tenant-wide, so this file's server narrows two things in its own store before
 * anything is cached: the Reader role (Oskar) reads only his own cases, and a case's owner field is
 * readable by managers and administrators only. Then: the read-through (Oskar reads Mads's case
 * only while he is Mads's delegate, and his delegated queue lists it — read as Mads may), only cases
 * are delegated (a work order is neither read through nor acted on for someone), and field security
 * is both people's when acting for someone (Sofie may not accept for Lars a change to a field she
 * may not read).
 */
import { t } from '../../bot/src/i18n/catalog';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { call, field, tokenFor } from '../fixtures/api-client';
import { addDelegate, removeDelegate } from '../fixtures/delegation';
import { startServer, type TestServer } from '../fixtures/server';

let server: TestServer;
let mads: string;
let sofie: string;
let erik: string;
let lars: string;
let oskar: string;
let astrid: string;

beforeAll(async () => {
  server = await startServer();
  const store = server.app.store;
  const reader = (await store.directory.listRoles(CONTOSO)).find((r) => r.id === 'role-reader');
  if (!reader) throw new Error('no reader role');
  await store.directory.putRole({ ...reader, privileges: { ...reader.privileges, case: { read: 'own' } } });
  const caseType = await store.recordTypes.get(CONTOSO, 'case');
  if (!caseType) throw new Error('no case type');
  const restricted = { ...caseType.value, fieldRestrictions: { ...caseType.value.fieldRestrictions, owner: ['role-manager', 'role-admin'] } };
  await store.database.container('directory').items.upsert({ ...restricted, kind: 'recordType' });
  const tokens = await Promise.all(['Mads Nielsen', 'Sofie Kristensen', 'Erik Lindqvist', 'Lars Andersen', 'Oskar Svensson', 'Astrid Holm'].map((n) => tokenFor(server.baseUrl, n)));
  [mads, sofie, erik, lars, oskar, astrid] = tokens as [string, string, string, string, string, string];
  // A new record type drops this instance's cached types, so the changed case type is read again.
  const names = { singular: 'Probe', plural: 'Probes' };
  const probe = await call(server.baseUrl, 'POST', '/api/record-types', { token: astrid, body: { id: 'reachprobe', prefix: 'RPX', names: { en: names, da: names, sv: names } } });
  expect(probe.status).toBe(201);
}, 120_000);
afterAll(() => server?.stop(), 60_000);

const get = (path: string, token: string) => call(server.baseUrl, 'GET', path, { token });
const post = (path: string, token: string, body?: unknown, headers: Record<string, string> = {}) => call(server.baseUrl, 'POST', path, { token, body, headers });
async function create(token: string, body: Record<string, unknown>): Promise<{ id: string; etag: string }> {
  const res = await post('/api/records', token, body);
  expect([res.status, res.text]).toEqual([201, expect.any(String)]);
  return { id: field<string>(res.body, 'id'), etag: res.headers.get('etag') ?? '' };
}

test('read-through: Oskar reads Mads\'s case only while he is Mads\'s delegate, and his delegated queue lists it', async () => {
  const c = await create(mads, { type: 'case', title: 'Only through Mads' });
  // His own read (own cases only, here) does not reach it.
  expect((await get(`/api/records/${c.id}`, oskar)).status).toBe(404);
  await addDelegate(server.baseUrl, mads, DEMO_USERS.oskar);
  try {
    const read = await get(`/api/records/${c.id}`, oskar);
    expect([read.status, field(read.body, 'id')]).toEqual([200, c.id]);
    // The queue is read as the delegators may, not as far as Oskar's own read reaches.
    const queue = await get('/api/queues/delegated?limit=100', oskar);
    expect(queue.status).toBe(200);
    expect(field<Array<{ id: string }>>(queue.body, 'items').map((i) => i.id)).toContain(c.id);
    const counts = field<Array<{ userId: string; count: number }>>(queue.body, 'counts');
    expect(counts.find((x) => x.userId === DEMO_USERS.mads)?.count).toBeGreaterThan(0);
  } finally {
    await removeDelegate(server.baseUrl, mads, DEMO_USERS.oskar);
  }
  expect((await get(`/api/records/${c.id}`, oskar)).status).toBe(404);
  expect(field<unknown[]>((await get('/api/queues/delegated', oskar)).body, 'items')).toEqual([]);
});

test('only cases: Oskar as Lars\'s delegate neither reads nor closes Lars\'s work order; Erik may not close Mads\'s for him', async () => {
  const order = await create(lars, { type: 'workorder', title: 'Lars\'s work order' });
  await addDelegate(server.baseUrl, lars, DEMO_USERS.oskar);
  try {
    expect((await get(`/api/records/${order.id}`, oskar)).status).toBe(404);
    expect((await post(`/api/records/${order.id}/close`, oskar, { onBehalfOf: DEMO_USERS.lars }, { 'if-match': order.etag })).status).toBe(404);
  } finally {
    await removeDelegate(server.baseUrl, lars, DEMO_USERS.oskar);
  }
  // Erik reads work orders himself, but his write does not reach team-dk's: for Mads he may not either.
  await addDelegate(server.baseUrl, mads, DEMO_USERS.erik);
  const wo = await get('/api/records/wo-001', erik);
  expect(wo.status).toBe(200);
  const named = await post('/api/records/wo-001/close', erik, { onBehalfOf: DEMO_USERS.mads }, { 'if-match': wo.headers.get('etag') ?? '' });
  expect([named.status, field(named.body, 'detail')]).toEqual([403, t('en', 'onbehalf.refused.notACase')]);
  const implicit = await post('/api/records/wo-001/close', erik, undefined, { 'if-match': wo.headers.get('etag') ?? '' });
  expect(implicit.status).toBe(403);
  expect(field((await get('/api/records/wo-001', mads)).body, 'status')).toBe('active');
});

test('field security is both people\'s: Sofie may not accept for Lars when that sets an owner she may not read', async () => {
  await addDelegate(server.baseUrl, lars, DEMO_USERS.sofie);
  const c = await create(lars, { type: 'case', title: 'Nobody\'s yet', ownerId: null, owningTeamId: 'team-dk' });
  const res = await post(`/api/records/${c.id}/accept`, sofie, { onBehalfOf: DEMO_USERS.lars });
  expect(res.status).toBe(403);
  expect(field<string>(res.body, 'detail')).toBe(t('en', 'error.forbidden.restrictedField', { field: 'owner' }));
  // Nothing was written; Lars himself may.
  const seen = await get(`/api/records/${c.id}`, lars);
  expect(field(seen.body, 'owner')).toBeNull();
  const own = await post(`/api/records/${c.id}/accept`, lars, {});
  expect([own.status, field(own.body, 'owner', 'id')]).toEqual([200, DEMO_USERS.lars]);
});

test('whom a case is parked for and by is hidden with the owner field', async () => {
  await addDelegate(server.baseUrl, mads, DEMO_USERS.sofie);
  const c = await create(mads, { type: 'case', title: 'Parked, owner hidden' });
  const parked = await post(`/api/records/${c.id}/park`, sofie, { forUserId: DEMO_USERS.mads });
  expect(parked.status).toBe(200);
  expect(field(parked.body, 'parked')).toBeNull();
  expect(field((await get(`/api/records/${c.id}`, mads)).body, 'parked')).toBeNull();
  expect(field((await get(`/api/records/${c.id}`, lars)).body, 'parked', 'for', 'id')).toBe(DEMO_USERS.mads);
});
