/**
 * G1 over HTTP against the real local-mode server: each rule and its reason, each rule off per
 * type (B6), the exclusions (the caller, the chat's members, people who may not read the record),
 * evidence only from cases the caller may read, and tenant isolation.
 */
import { z } from 'zod';
import { call, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';

let server: TestServer;
let astrid: string; // admin, team DK
let mads: string; // agent DK, owner of case-001
let tove: string; // team DK, reads only her team's cases
let nora: string; // Fabrikam
const PIA = 'a11ce000-0000-4000-8000-00000000f001'; // team DK, reads only her own cases
const TOVE = 'a11ce000-0000-4000-8000-00000000f002';

const Reason = z.object({ kind: z.enum(['owner', 'team', 'activity', 'sameCustomer', 'similarCase']) }).passthrough();
const Page = z.object({ items: z.array(z.object({ userId: z.string(), displayName: z.string(), reasons: z.array(Reason).min(1) })) });

beforeAll(async () => {
  server = await startServer();
  const { directory } = server.app.store;
  await directory.putRole({ id: 'role-own', tenantId: CONTOSO, name: 'Own', isAdmin: false, privileges: { case: { read: 'own', write: 'own' } } });
  await directory.putRole({ id: 'role-team', tenantId: CONTOSO, name: 'Team', isAdmin: false, privileges: { case: { read: 'team', write: 'team' } } });
  await directory.putUser({ id: PIA, tenantId: CONTOSO, displayName: 'Pia Own', email: 'pia@contoso.example', teamIds: ['team-dk'], roleIds: ['role-own'] });
  await directory.putUser({ id: TOVE, tenantId: CONTOSO, displayName: 'Tove Team', email: 'tove@contoso.example', teamIds: ['team-dk'], roleIds: ['role-team'] });
  [astrid, mads, tove, nora] = await Promise.all(['Astrid Holm', 'Mads Nielsen', 'Tove Team', 'Nora Hansen'].map((n) => tokenFor(server.baseUrl, n))) as [string, string, string, string];
}, 120_000);
afterAll(() => server.stop(), 60_000);

async function suggestions(token: string, recordId: string, chatId?: string) {
  const res = await call(server.baseUrl, 'GET', `/api/records/${recordId}/suggestions${chatId ? `?chatId=${encodeURIComponent(chatId)}` : ''}`, { token });
  expect(res.status).toBe(200);
  return Page.parse(res.body).items;
}
const person = (items: Awaited<ReturnType<typeof suggestions>>, userId: string) => items.find((s) => s.userId === userId);
const kinds = (items: Awaited<ReturnType<typeof suggestions>>, userId: string) => person(items, userId)?.reasons.map((r) => r.kind) ?? [];

async function setRules(rules: Record<string, boolean>) {
  const current = await call(server.baseUrl, 'GET', '/api/settings/case', { token: astrid });
  const res = await call(server.baseUrl, 'PATCH', '/api/settings/case', { token: astrid, body: { suggestedContacts: rules }, headers: { 'if-match': field<string>(current.body, 'etag') } });
  expect(res.status).toBe(200);
}

test('G1: the owner first, the owning team with its name, the owners of the same customer\'s other cases, never the caller', async () => {
  const items = await suggestions(astrid, 'case-001');
  expect(items[0]).toMatchObject({ userId: DEMO_USERS.mads, displayName: 'Mads Nielsen' });
  // All of Mads's reasons, best first: owner, then (demo history) his changes, any similar cases, then the team.
  const madsKinds = items[0]?.reasons.map((r) => r.kind) ?? [];
  expect(madsKinds[0]).toBe('owner');
  expect(items[0]?.reasons).toContainEqual({ kind: 'team', teamId: 'team-dk', teamName: 'Kundeservice DK' });
  const order = ['owner', 'activity', 'similarCase', 'sameCustomer', 'team'];
  expect([...madsKinds].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(madsKinds);
  expect(person(items, DEMO_USERS.astrid)).toBeUndefined();
  expect(kinds(items, DEMO_USERS.lars)).toContain('team');
  // Sofie owns CAS-01013 and CAS-01028 of the same person (Jens Sørensen).
  const sofie = person(items, DEMO_USERS.sofie);
  expect(sofie?.reasons).toEqual(expect.arrayContaining([
    { kind: 'team', teamId: 'team-dk', teamName: 'Kundeservice DK' },
    { kind: 'sameCustomer', recordId: 'case-013', number: 'CAS-01013', via: 'person' },
    { kind: 'sameCustomer', recordId: 'case-028', number: 'CAS-01028', via: 'person' },
  ]));
  expect(items.length).toBeLessThanOrEqual(10);
});

test('G1: the company\'s other cases count too (via company)', async () => {
  // case-002 (Mette, Nordlys) has no owner; Sofie handled Jens\'s (Nordlys) cases.
  const items = await suggestions(mads, 'case-002');
  expect(person(items, DEMO_USERS.sofie)?.reasons).toEqual(expect.arrayContaining([{ kind: 'sameCustomer', recordId: 'case-013', number: 'CAS-01013', via: 'company' }]));
  expect(person(items, DEMO_USERS.mads)).toBeUndefined();
});

test('G1: timeline activity, newest first; a chat being filled leaves out its members; a chat not connected is 404', async () => {
  const ingrid = DEMO_USERS.ingrid;
  const created = await call(server.baseUrl, 'POST', '/api/records/case-003/chats', { token: mads, body: { memberIds: [ingrid] }, headers: { 'idempotency-key': 'g1-activity-chat' } });
  expect(created.status).toBe(201);
  const chatId = field<string>(created.body, 'chatId');
  const added = await call(server.baseUrl, 'POST', `/api/records/case-003/chats/${encodeURIComponent(chatId)}/members`, { token: mads, body: { memberIds: [DEMO_USERS.karin] } });
  expect(added.status).toBeLessThan(300);
  const items = await suggestions(astrid, 'case-003');
  expect(person(items, DEMO_USERS.mads)?.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'activity', what: 'joined' })]));
  expect(person(items, DEMO_USERS.karin)?.reasons).toEqual([expect.objectContaining({ kind: 'activity', what: 'joined' })]);
  // Activity ranks after the owner (Sofie) and before the team.
  expect(items[0]?.userId).toBe(DEMO_USERS.sofie);
  const karinAt = items.findIndex((s) => s.userId === DEMO_USERS.karin);
  const larsAt = items.findIndex((s) => s.userId === DEMO_USERS.lars);
  expect(karinAt).toBeGreaterThan(0);
  expect(karinAt).toBeLessThan(larsAt);

  // Filling the chat (Mads is in it): its members are not suggested.
  const filling = await suggestions(mads, 'case-003', chatId);
  expect(person(filling, DEMO_USERS.karin)).toBeUndefined();
  expect(person(filling, ingrid)).toBeUndefined();
  expect(person(filling, DEMO_USERS.sofie)).toBeDefined();
  const other = await call(server.baseUrl, 'GET', `/api/records/case-001/suggestions?chatId=${encodeURIComponent(chatId)}`, { token: mads });
  expect(other.status).toBe(404);
});

test('B7: with the timeline\'s chat entries off, joining or writing in a chat is no activity; changing the record still is', async () => {
  const current = await call(server.baseUrl, 'GET', '/api/settings/case', { token: astrid });
  const off = await call(server.baseUrl, 'PATCH', '/api/settings/case', { token: astrid, body: { timelineChatEntries: false }, headers: { 'if-match': field<string>(current.body, 'etag') } });
  expect(off.status).toBe(200);
  try {
    const items = await suggestions(astrid, 'case-003');
    const whats = items.flatMap((s) => s.reasons.flatMap((r) => (r.kind === 'activity' ? [r['what']] : [])));
    expect(whats).not.toContain('joined');
    expect(whats).not.toContain('wroteInChat');
    expect(whats).toContain('changedRecord');
    // Karin was only added to the chat (the test before): she is not suggested now.
    expect(person(items, DEMO_USERS.karin)).toBeUndefined();
  } finally {
    const now = await call(server.baseUrl, 'GET', '/api/settings/case', { token: astrid });
    const on = await call(server.baseUrl, 'PATCH', '/api/settings/case', { token: astrid, body: { timelineChatEntries: true }, headers: { 'if-match': field<string>(now.body, 'etag') } });
    expect(on.status).toBe(200);
  }
});

test('G1: never someone who may not read the record (Pia reads only her own cases)', async () => {
  const items = await suggestions(astrid, 'case-001');
  expect(person(items, TOVE)).toBeDefined(); // team DK, reads the team's cases
  expect(person(items, PIA)).toBeUndefined(); // team DK, but case-001 is not hers
});

test('G1: a user never sees a suggestion drawn from a case they may not read', async () => {
  // A case of the same person (Jens Sørensen) in Sweden, owned by Erik.
  const created = await call(server.baseUrl, 'POST', '/api/records', { token: astrid, body: { type: 'case', title: 'Printer driver for Jens', ownerId: DEMO_USERS.erik, owningTeamId: 'team-se', personId: 'p-01' } });
  expect(created.status).toBe(201);
  const id = field<string>(created.body, 'id');
  const byMads = await suggestions(mads, 'case-001');
  expect(person(byMads, DEMO_USERS.erik)?.reasons).toEqual([expect.objectContaining({ kind: 'sameCustomer', recordId: id, via: 'person' })]);
  // Tove reads team DK's cases only: the Swedish case is no evidence for her.
  const byTove = await suggestions(tove, 'case-001');
  expect(person(byTove, DEMO_USERS.erik)).toBeUndefined();
  expect(JSON.stringify(byTove)).not.toContain(id);
  expect(person(byTove, DEMO_USERS.sofie)).toBeDefined();
});

test('G2: the people who resolved the most similar closed cases, with the case; never a case the caller may not read', async () => {
  // Astrid resolves a Swedish team's case much like case-001 "Printer offline on 3rd floor"; Erik owns it.
  const created = await call(server.baseUrl, 'POST', '/api/records', {
    token: astrid,
    body: { type: 'case', title: 'Printer offline after the firmware update', description: 'Third floor printer offline.', ownerId: DEMO_USERS.erik, owningTeamId: 'team-se', status: 'resolved' },
  });
  expect(created.status).toBe(201);
  const id = field<string>(created.body, 'id');
  const number = field<string>(created.body, 'number');
  const byMads = await suggestions(mads, 'case-001');
  const reason = { kind: 'similarCase', recordId: id, number, title: 'Printer offline after the firmware update', score: expect.any(Number) };
  // Both who resolved it (Astrid) and its owner (Erik), each with the case and its score.
  expect(person(byMads, DEMO_USERS.erik)?.reasons).toContainEqual(reason);
  expect(person(byMads, DEMO_USERS.astrid)?.reasons).toContainEqual(reason);
  const score = person(byMads, DEMO_USERS.erik)?.reasons.find((r) => r.kind === 'similarCase' && r['recordId'] === id)?.['score'];
  expect(typeof score === 'number' && score > 0 && score <= 1).toBe(true);
  // Tove reads team DK's cases only: the Swedish case, its number and its title never reach her.
  const byTove = await suggestions(tove, 'case-001');
  const shown = JSON.stringify(byTove);
  for (const secret of [id, number, 'firmware']) expect(shown).not.toContain(secret);
  expect(person(byTove, DEMO_USERS.erik)).toBeUndefined();
});

test('B6: each rule can be turned off per type', async () => {
  const all = { owner: true, owningTeam: true, timelineActivity: true, sameCustomer: true, similarCases: true };
  const cases: Array<[keyof typeof all, string]> = [['owner', 'owner'], ['owningTeam', 'team'], ['timelineActivity', 'activity'], ['sameCustomer', 'sameCustomer'], ['similarCases', 'similarCase']];
  try {
    // With every rule on, case-001 has a reason of every kind (the similar case is the test's before).
    const every = (await suggestions(astrid, 'case-001')).flatMap((s) => s.reasons.map((r) => r.kind));
    for (const [, kind] of cases) expect(every).toContain(kind);
    for (const [rule, kind] of cases) {
      await setRules({ ...all, [rule]: false });
      const items = await suggestions(astrid, 'case-001');
      expect(items.flatMap((s) => s.reasons.map((r) => r.kind))).not.toContain(kind);
      expect(items.length).toBeGreaterThan(0);
    }
    await setRules({ owner: false, owningTeam: false, timelineActivity: false, sameCustomer: false, similarCases: false });
    expect(await suggestions(astrid, 'case-001')).toEqual([]);
  } finally {
    await setRules(all);
  }
});

test('tenant isolation: another tenant\'s record is 404; a tenant\'s suggestions name only its own people', async () => {
  expect((await call(server.baseUrl, 'GET', '/api/records/case-001/suggestions', { token: nora })).status).toBe(404);
  expect((await call(server.baseUrl, 'GET', '/api/records/fab-case-001/suggestions', { token: mads })).status).toBe(404);
  const contoso = new Set(Object.values(DEMO_USERS));
  const fab = await suggestions(nora, 'fab-case-001');
  expect(fab.filter((s) => contoso.has(s.userId))).toEqual([]);
  expect(person(fab, DEMO_USERS.nora)).toBeUndefined();
});

test('no token: 401; a bad chat id: 400', async () => {
  expect((await call(server.baseUrl, 'GET', '/api/records/case-001/suggestions')).status).toBe(401);
  expect((await call(server.baseUrl, 'GET', '/api/records/case-001/suggestions?chatId=%3Cscript%3E', { token: mads })).status).toBe(400);
});
