/**
 * H3 record actions over HTTP on the real local server: accept (and two agents accepting at
 * once), assign, transfer, close, reopen, postpone and the action audit, each with its refusals —
 * 403 without the privilege, 404 for another tenant's record, 428/412 on a missing or stale ETag
 * with nothing written, 400 naming the field.
 */
import { call, field, tokenFor, demoUsers, type ApiResponse } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';

let server: TestServer;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startServer();
  const users = await demoUsers(server.baseUrl);
  for (const name of ['Mads Nielsen', 'Sofie Kristensen', 'Erik Lindqvist', 'Ingrid Johansson', 'Oskar Svensson', 'Lars Andersen', 'Nora Hansen']) {
    tokens[name] = await tokenFor(server.baseUrl, name);
    ids[name] = users.get(name)?.id ?? '';
  }
}, 120_000);
afterAll(() => server?.stop(), 60_000);

const as = (name: string) => tokens[name] ?? '';

async function read(id: string, who = 'Lars Andersen'): Promise<ApiResponse> {
  const res = await call(server.baseUrl, 'GET', `/api/records/${id}`, { token: as(who) });
  expect(res.status).toBe(200);
  return res;
}

function act(who: string, id: string, action: string, body: unknown, etag?: string | null): Promise<ApiResponse> {
  return call(server.baseUrl, 'POST', `/api/records/${id}/${action}`, { token: as(who), body, headers: etag ? { 'if-match': etag } : {} });
}

async function kinds(id: string): Promise<string[]> {
  const res = await call(server.baseUrl, 'GET', `/api/records/${id}/timeline`, { token: as('Lars Andersen') });
  // Without the demo data's own entries.
  return field<Array<{ kind: string }>>(res.body, 'items').map((e) => e.kind).filter((k) => k !== 'recordCreated');
}

async function audit(id: string, who = 'Lars Andersen'): Promise<ApiResponse> {
  return call(server.baseUrl, 'GET', `/api/records/${id}/audit`, { token: as(who) });
}

test('accept: of two agents accepting at once one wins, the other gets 409 naming the winner; refusals', async () => {
  // case-010: new, unowned, team-dk.
  expect((await act('Erik Lindqvist', 'case-010', 'accept', undefined)).status).toBe(403);
  expect((await act('Oskar Svensson', 'case-010', 'accept', undefined)).status).toBe(403);
  expect((await act('Nora Hansen', 'case-010', 'accept', undefined)).status).toBe(404);
  const [a, b] = await Promise.all([act('Mads Nielsen', 'case-010', 'accept', undefined), act('Sofie Kristensen', 'case-010', 'accept', undefined)]);
  expect([a.status, b.status].sort()).toEqual([200, 409]);
  const [won, lost] = a.status === 200 ? [a, b] : [b, a];
  const winner = field<{ id: string; displayName: string }>(won.body, 'owner');
  expect(field(won.body, 'status')).toBe('active');
  expect(won.headers.get('etag')).toBe(field(won.body, 'etag'));
  expect(field<string>(lost.body, 'detail')).toContain(winner.displayName);
  expect(await kinds('case-010')).toEqual(['recordAccepted']);
  // Someone else's case: 409 naming them, even with the current ETag.
  expect((await act('Lars Andersen', 'case-010', 'accept', undefined, won.headers.get('etag'))).status).toBe(409);
});

test('accept with a stale If-Match: 412 and nothing written', async () => {
  const before = await read('case-014');
  const etag = before.headers.get('etag');
  const renamed = await call(server.baseUrl, 'PATCH', '/api/records/case-014', { token: as('Lars Andersen'), body: { title: 'Ønsker opsigelse (omdøbt)' }, headers: { 'if-match': etag ?? '' } });
  expect(renamed.status).toBe(200);
  const res = await act('Mads Nielsen', 'case-014', 'accept', undefined, etag);
  expect(res.status).toBe(412);
  expect(field((await read('case-014')).body, 'owner')).toBeNull();
  expect(await kinds('case-014')).not.toContain('recordAccepted');
});

test('assign: If-Match required, stale writes nothing, 403 without assign, 400 naming the field, team alone unassigns', async () => {
  const current = await read('case-001');
  const etag = current.headers.get('etag');
  const timelineBefore = await kinds('case-001');
  expect((await act('Mads Nielsen', 'case-001', 'assign', { userId: ids['Sofie Kristensen'] })).status).toBe(428);
  expect((await act('Mads Nielsen', 'case-001', 'assign', { userId: ids['Sofie Kristensen'] }, '"c3RhbGU"')).status).toBe(412);
  expect((await act('Ingrid Johansson', 'case-001', 'assign', { userId: ids['Sofie Kristensen'] }, etag)).status).toBe(403);
  expect((await act('Nora Hansen', 'case-001', 'assign', { userId: ids['Nora Hansen'] }, etag)).status).toBe(404);
  const unknown = await act('Mads Nielsen', 'case-001', 'assign', { userId: 'no-such-user' }, etag);
  expect(unknown.status).toBe(400);
  expect(field(unknown.body, 'errors')).toEqual([expect.objectContaining({ path: 'userId' })]);
  const badTeam = await act('Mads Nielsen', 'case-001', 'assign', { teamId: 'team-fab' }, etag);
  expect(field(badTeam.body, 'errors')).toEqual([expect.objectContaining({ path: 'teamId' })]);
  const extra = await act('Mads Nielsen', 'case-001', 'assign', { userId: ids['Sofie Kristensen'], owner: 'x' }, etag);
  expect(extra.status).toBe(400);
  expect((await read('case-001')).headers.get('etag')).toBe(etag);
  expect(await kinds('case-001')).toEqual(timelineBefore);
  expect(field(await audit('case-001').then((r) => r.body), 'items')).toEqual([]);

  const toSofie = await act('Mads Nielsen', 'case-001', 'assign', { userId: ids['Sofie Kristensen'] }, etag);
  expect(toSofie.status).toBe(200);
  expect(field(toSofie.body, 'owner')).toEqual({ id: ids['Sofie Kristensen'], displayName: 'Sofie Kristensen' });
  // The stale ETag now: 412, nothing written.
  expect((await act('Mads Nielsen', 'case-001', 'assign', { userId: ids['Mads Nielsen'] }, etag)).status).toBe(412);
  const toTeam = await act('Lars Andersen', 'case-001', 'assign', { teamId: 'team-se' }, toSofie.headers.get('etag'));
  expect(toTeam.status).toBe(200);
  expect(field(toTeam.body, 'owner')).toBeNull();
  expect(field(toTeam.body, 'owningTeam')).toEqual({ id: 'team-se', name: 'Kundtjänst SE' });
  const timeline = await call(server.baseUrl, 'GET', '/api/records/case-001/timeline?kinds=recordAssigned', { token: as('Lars Andersen') });
  expect(field(timeline.body, 'items')).toEqual([
    expect.objectContaining({ kind: 'recordAssigned', team: { id: 'team-se', name: 'Kundtjänst SE' }, actor: { id: ids['Lars Andersen'], displayName: 'Lars Andersen' } }),
    expect.objectContaining({ kind: 'recordAssigned', userIds: [ids['Sofie Kristensen']], team: null }),
  ]);
  const trail = await audit('case-001', 'Oskar Svensson');
  expect(trail.status).toBe(200);
  expect(field(trail.body, 'items')).toEqual([
    expect.objectContaining({ action: 'assign', actor: { id: ids['Lars Andersen'], displayName: 'Lars Andersen' }, newValue: { ownerId: null, owningTeamId: 'team-se' } }),
    expect.objectContaining({ action: 'assign', oldValue: expect.objectContaining({ ownerId: ids['Mads Nielsen'] }), newValue: expect.objectContaining({ ownerId: ids['Sofie Kristensen'] }) }),
  ]);
  expect((await audit('case-001', 'Nora Hansen')).status).toBe(404);
});

test('transfer: the owner passes the case with a note; 400 without a note; 403 for someone who may not', async () => {
  // case-003: active, owned by Sofie, team-dk.
  const etag = (await read('case-003')).headers.get('etag');
  const noNote = await act('Sofie Kristensen', 'case-003', 'transfer', { userId: ids['Mads Nielsen'] }, etag);
  expect(noNote.status).toBe(400);
  expect(field(noNote.body, 'errors')).toEqual([expect.objectContaining({ path: 'note' })]);
  expect((await act('Ingrid Johansson', 'case-003', 'transfer', { userId: ids['Mads Nielsen'], note: 'over to you' }, etag)).status).toBe(403);
  expect((await act('Erik Lindqvist', 'case-003', 'transfer', { userId: ids['Mads Nielsen'], note: 'over to you' }, etag)).status).toBe(403);
  const done = await act('Sofie Kristensen', 'case-003', 'transfer', { userId: ids['Mads Nielsen'], note: 'VPN logs attached, call him after 14' }, etag);
  expect(done.status).toBe(200);
  expect(field(done.body, 'owner')).toEqual({ id: ids['Mads Nielsen'], displayName: 'Mads Nielsen' });
  const timeline = await call(server.baseUrl, 'GET', '/api/records/case-003/timeline', { token: as('Mads Nielsen') });
  expect(field<unknown[]>(timeline.body, 'items')[0]).toEqual(expect.objectContaining({ kind: 'recordTransferred', userIds: [ids['Mads Nielsen']], note: 'VPN logs attached, call him after 14' }));
  expect(field(await audit('case-003').then((r) => r.body), 'items')).toEqual([expect.objectContaining({ action: 'transfer', newValue: { ownerId: ids['Mads Nielsen'], note: 'VPN logs attached, call him after 14' } })]);
});

test('close, reopen and postpone: state refusals are 409, a past date is 400 naming until, the view carries postponedUntil', async () => {
  // case-005: active, Erik's, team-se.
  let etag = (await read('case-005')).headers.get('etag');
  expect((await act('Oskar Svensson', 'case-005', 'close', undefined, etag)).status).toBe(403);
  expect((await act('Erik Lindqvist', 'case-005', 'reopen', undefined, etag)).status).toBe(409);
  const past = await act('Erik Lindqvist', 'case-005', 'postpone', { until: '2020-01-01T00:00:00Z' }, etag);
  expect(past.status).toBe(400);
  expect(field(past.body, 'errors')).toEqual([expect.objectContaining({ path: 'until' })]);
  // A time without an offset would mean the server's time zone: refused, naming until.
  for (const local of ['2030-01-01T08:00', '2030-01-01T08:00:00', '2030-01-01']) {
    const noOffset = await act('Erik Lindqvist', 'case-005', 'postpone', { until: local }, etag);
    expect([noOffset.status, field(noOffset.body, 'errors')]).toEqual([400, [expect.objectContaining({ path: 'until' })]]);
  }
  const until = new Date(Date.now() + 7 * 24 * 3600_000).toISOString();
  const postponed = await act('Erik Lindqvist', 'case-005', 'postpone', { until }, etag);
  expect(postponed.status).toBe(200);
  expect(field(postponed.body, 'status')).toBe('waiting');
  expect(field(postponed.body, 'postponedUntil')).toBe(until);
  etag = postponed.headers.get('etag');
  const closed = await act('Erik Lindqvist', 'case-005', 'close', undefined, etag);
  expect(closed.status).toBe(200);
  expect(field(closed.body, 'status')).toBe('closed');
  expect(field(closed.body, 'postponedUntil')).toBeNull();
  // Closing a closed case again (a retry) writes nothing and answers it as it is.
  const again = await act('Erik Lindqvist', 'case-005', 'close', undefined, closed.headers.get('etag'));
  expect([again.status, again.headers.get('etag'), field(again.body, 'status')]).toEqual([200, closed.headers.get('etag'), 'closed']);
  expect((await act('Erik Lindqvist', 'case-005', 'postpone', { until }, closed.headers.get('etag'))).status).toBe(409);
  const reopened = await act('Erik Lindqvist', 'case-005', 'reopen', undefined, closed.headers.get('etag'));
  expect(reopened.status).toBe(200);
  expect(field(reopened.body, 'status')).toBe('active');
  expect(await kinds('case-005')).toEqual(['recordReopened', 'recordClosed', 'recordPostponed']);
  const trail = field<Array<{ action: string }>>(await audit('case-005').then((r) => r.body), 'items');
  expect(trail.map((e) => e.action)).toEqual(['reopen', 'close', 'postpone']);
});

test('every action is in the OpenAPI document', async () => {
  const doc = await call(server.baseUrl, 'GET', '/api/openapi.json');
  const paths = Object.keys(field<Record<string, unknown>>(doc.body, 'paths'));
  for (const action of ['assign', 'accept', 'transfer', 'close', 'reopen', 'postpone', 'split', 'audit']) {
    expect(paths).toContain(`/api/records/{id}/${action}`);
  }
  const split = field<Record<string, { responses: Record<string, unknown> }>>(field<Record<string, unknown>>(doc.body, 'paths'), '/api/records/{id}/split');
  expect(Object.keys(split.post?.responses ?? {})).toEqual(expect.arrayContaining(['201', '400', '403', '404', '409', '412', '428']));
});
