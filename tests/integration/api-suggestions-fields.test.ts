/**
 * G1–G2 and field security (A3): a reason never tells a caller a field they may not read. With the
 * case's owner, owning team and person readable only by managers and admins, an agent is suggested
 * no owner, no team, no same-customer and no similar-case people (each reveals who owns or handled
 * a case, or whose case it is); a manager still is.
 */
import { z } from 'zod';
import { call, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';

let server: TestServer;
let sofie: string;
let lars: string;
let astrid: string;

const Page = z.object({ items: z.array(z.object({ userId: z.string(), reasons: z.array(z.object({ kind: z.string() }).passthrough()).min(1) })) });

beforeAll(async () => {
  server = await startServer();
  const store = server.app.store;
  const caseType = await store.recordTypes.get(CONTOSO, 'case');
  if (!caseType) throw new Error('no case type');
  const managers = ['role-manager', 'role-admin'];
  const restricted = { ...caseType.value, fieldRestrictions: { ...caseType.value.fieldRestrictions, owner: managers, owningTeam: managers, person: managers } };
  await store.database.container('directory').items.upsert({ ...restricted, kind: 'recordType' });
  [sofie, lars, astrid] = (await Promise.all(['Sofie Kristensen', 'Lars Andersen', 'Astrid Holm'].map((n) => tokenFor(server.baseUrl, n)))) as [string, string, string];
  // A new record type drops this instance's cached types, so the changed case type is read again.
  const names = { singular: 'Probe', plural: 'Probes' };
  const probe = await call(server.baseUrl, 'POST', '/api/record-types', { token: astrid, body: { id: 'fieldprobe', prefix: 'FPX', names: { en: names, da: names, sv: names } } });
  expect(probe.status).toBe(201);
  // A resolved case like case-001, so that the similar-case rule has someone to suggest.
  const similar = await call(server.baseUrl, 'POST', '/api/records', {
    token: astrid, body: { type: 'case', title: 'Printer offline on the 2nd floor', ownerId: DEMO_USERS.erik, owningTeamId: 'team-se', status: 'resolved' },
  });
  expect(similar.status).toBe(201);
  // Another case of Jens Sørensen (p-01, the person of case-001), owned by Erik: the same-customer rule has someone to suggest.
  const sameCustomer = await call(server.baseUrl, 'POST', '/api/records', {
    token: astrid, body: { type: 'case', title: 'Invoice question from Jens', ownerId: DEMO_USERS.erik, owningTeamId: 'team-se', personId: 'p-01' },
  });
  expect(sameCustomer.status).toBe(201);
}, 120_000);
afterAll(() => server?.stop(), 60_000);

async function kindsFor(token: string): Promise<string[]> {
  const res = await call(server.baseUrl, 'GET', '/api/records/case-001/suggestions', { token });
  expect(res.status).toBe(200);
  return Page.parse(res.body).items.flatMap((s) => s.reasons.map((r) => r.kind));
}

test('an agent who may not read the owner, the team or the person gets none of the reasons that would tell them', async () => {
  const kinds = await kindsFor(sofie);
  for (const hidden of ['owner', 'team', 'sameCustomer', 'similarCase']) expect(kinds).not.toContain(hidden);
  // The timeline (who joined, wrote, changed the case) is the agent's to read: still suggested.
  expect(new Set(kinds)).toEqual(new Set(['activity']));
});

test('a manager who may read them gets every kind', async () => {
  const kinds = await kindsFor(lars);
  for (const shown of ['owner', 'team', 'sameCustomer', 'similarCase']) expect(kinds).toContain(shown);
});

test('with only the person hidden, the agent gets the owner, team and similar cases but no same-customer reason', async () => {
  const store = server.app.store;
  const caseType = await store.recordTypes.get(CONTOSO, 'case');
  if (!caseType) throw new Error('no case type');
  await store.database.container('directory').items.upsert({ ...caseType.value, fieldRestrictions: { person: ['role-manager', 'role-admin'] }, kind: 'recordType' });
  const names = { singular: 'Probe', plural: 'Probes' };
  const probe = await call(server.baseUrl, 'POST', '/api/record-types', { token: astrid, body: { id: 'fieldprobe2', prefix: 'FPY', names: { en: names, da: names, sv: names } } });
  expect(probe.status).toBe(201);
  const kinds = await kindsFor(sofie);
  for (const shown of ['owner', 'team', 'similarCase']) expect(kinds).toContain(shown);
  expect(kinds).not.toContain('sameCustomer');
});
