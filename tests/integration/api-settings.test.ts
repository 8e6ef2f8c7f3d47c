/** Admin settings per record type (B1–B7) with optimistic concurrency and their audit trail (B8). */
import { call, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { cardProblems } from '../fixtures/adaptive-cards';

let server: TestServer;
let astrid: string; // admin
let mads: string; // agent

beforeAll(async () => {
  server = await startServer();
  astrid = await tokenFor(server.baseUrl, 'Astrid Holm');
  mads = await tokenFor(server.baseUrl, 'Mads Nielsen');
}, 120_000);
afterAll(() => server.stop(), 60_000);

const settingsOf = (token: string, type = 'case') => call(server.baseUrl, 'GET', `/api/settings/${type}`, { token });
const patch = (token: string, etag: string, body: unknown, type = 'case') =>
  call(server.baseUrl, 'PATCH', `/api/settings/${type}`, { token, body, headers: { 'if-match': etag } });

test('defaults: join chat on for cases, off for work orders (B2); every B1–B7 setting present', async () => {
  const cases = await settingsOf(astrid);
  expect(cases.status).toBe(200);
  expect(field(cases.body, 'settings')).toMatchObject({
    teamsChat: true, joinChat: true, autoNameChats: true, introMessage: { enabled: true }, disconnect: { lastConnectorMay: true },
    suggestedContacts: { owner: true, owningTeam: true, timelineActivity: true, sameCustomer: true, similarCases: true }, timelineChatEntries: true,
  });
  expect(field((await settingsOf(astrid, 'workorder')).body, 'settings', 'joinChat')).toBe(false);
  // B4 defaults: what the heading does not show, and the customer on cases (only cases have one).
  expect(field(cases.body, 'settings', 'introMessage', 'fields')).toEqual(['status', 'priority', 'owner', 'person']);
  expect(field((await settingsOf(astrid, 'workorder')).body, 'settings', 'introMessage', 'fields')).toEqual(['status', 'priority', 'owner']);
});

test('an agent is refused settings, its audit, and changes (403), in their language', async () => {
  const read = await call(server.baseUrl, 'GET', '/api/settings/case', { token: mads, headers: { 'accept-language': 'da' } });
  expect(read.status).toBe(403);
  expect(field(read.body, 'detail')).toBe('Kun administratorer kan ændre indstillinger.');
  expect((await call(server.baseUrl, 'GET', '/api/settings/case/audit', { token: mads })).status).toBe(403);
  const etag = (await settingsOf(astrid)).headers.get('etag') ?? '';
  expect((await patch(mads, etag, { joinChat: false })).status).toBe(403);
  expect(field((await settingsOf(astrid)).body, 'settings', 'joinChat')).toBe(true);
});

test('a change is merged, needs the current ETag, and is audited with who, old and new', async () => {
  const before = await settingsOf(astrid);
  const etag = before.headers.get('etag') ?? '';
  const changed = await patch(astrid, etag, { joinChat: false, introMessage: { fields: ['number', 'title', 'customFields.contractLevel'] } });
  expect(changed.status).toBe(200);
  expect(field(changed.body, 'settings', 'introMessage')).toEqual({ enabled: true, fields: ['number', 'title', 'customFields.contractLevel'] });
  expect(field(changed.body, 'settings', 'teamsChat')).toBe(true);
  const stale = await patch(astrid, etag, { teamsChat: false });
  expect(stale.status).toBe(412);
  expect((await call(server.baseUrl, 'PATCH', '/api/settings/case', { token: astrid, body: { teamsChat: false } })).status).toBe(428);

  const audit = await call(server.baseUrl, 'GET', '/api/settings/case/audit', { token: astrid });
  const entries = field<Array<{ path: string; oldValue: unknown; newValue: unknown; actor: { displayName: string }; at: string }>>(audit.body, 'items');
  expect(entries.map((e) => e.path).sort()).toEqual(['introMessage.fields', 'joinChat']);
  const join = entries.find((e) => e.path === 'joinChat');
  expect(join).toMatchObject({ oldValue: true, newValue: false, actor: { displayName: 'Astrid Holm' } });
  expect(Number.isNaN(Date.parse(join?.at ?? ''))).toBe(false);
});

test('invalid settings are refused with the failing fields and change nothing', async () => {
  const current = await settingsOf(astrid);
  const etag = current.headers.get('etag') ?? '';
  const six = await patch(astrid, etag, { introMessage: { fields: ['number', 'title', 'status', 'priority', 'owner', 'description'] } });
  expect(six.status).toBe(400);
  expect(field<Array<{ path: string }>>(six.body, 'errors')[0]?.path).toBe('introMessage.fields');
  const unknownField = await patch(astrid, etag, { introMessage: { fields: ['shoeSize'] } });
  expect(unknownField.status).toBe(400);
  const wrongType = await patch(astrid, etag, { teamsChat: 'yes' });
  expect(wrongType.status).toBe(400);
  const unknownSetting = await patch(astrid, etag, { colour: 'blue' });
  expect(unknownSetting.status).toBe(400);
  expect((await call(server.baseUrl, 'GET', '/api/settings/nosuchtype', { token: astrid })).status).toBe(404);
  const after = await settingsOf(astrid);
  expect(after.headers.get('etag')).toBe(etag);
});

test('the record types list localized names and hides restricted fields from those who may not read them', async () => {
  const da = await call(server.baseUrl, 'GET', '/api/record-types', { token: mads, headers: { 'accept-language': 'da-DK' } });
  const types = field<Array<{ id: string; name: string; fields: Array<{ name: string; label: string }> }>>(da.body, 'items');
  expect(types.map((t) => t.id)).toEqual(['case', 'workorder', 'account', 'contact', 'knowledgearticle']);
  const caseType = types.find((t) => t.id === 'case');
  expect(caseType?.name).toBe('Sag');
  expect(caseType?.fields.find((f) => f.name === 'customFields.contractLevel')?.label).toBe('Aftaleniveau');
  expect(caseType?.fields.some((f) => f.name === 'customFields.costEstimate')).toBe(false);
});

test('an admin adds a custom record type; duplicates and non-admins are refused', async () => {
  const body = {
    id: 'complaint', prefix: 'CMP',
    names: { en: { singular: 'Complaint', plural: 'Complaints' }, da: { singular: 'Klage', plural: 'Klager' }, sv: { singular: 'Klagomål', plural: 'Klagomål' } },
    customFields: [{ name: 'severity', kind: 'choice', choices: ['minor', 'major'], labels: { en: 'Severity', da: 'Alvor', sv: 'Allvar' } }],
  };
  expect((await call(server.baseUrl, 'POST', '/api/record-types', { token: mads, body })).status).toBe(403);
  const created = await call(server.baseUrl, 'POST', '/api/record-types', { token: astrid, body, headers: { 'accept-language': 'sv' } });
  expect(created.status).toBe(201);
  expect(field(created.body, 'name')).toBe('Klagomål');
  expect((await call(server.baseUrl, 'POST', '/api/record-types', { token: astrid, body })).status).toBe(409);
  expect(field((await settingsOf(astrid, 'complaint')).body, 'settings', 'joinChat')).toBe(false);
  const record = await call(server.baseUrl, 'POST', '/api/records', { token: astrid, body: { type: 'complaint', title: 'Rude driver', customFields: { severity: 'major' } } });
  expect(field(record.body, 'number')).toBe('CMP-01001');
});

test('B4 preview: the intro card with the chosen fields, restricted ones left out, valid Adaptive Card', async () => {
  const fields = 'number,status,owner,customFields.costEstimate,customFields.contractLevel';
  const res = await call(server.baseUrl, 'GET', `/api/settings/case/intro-preview?fields=${encodeURIComponent(fields)}`, { token: astrid, headers: { 'accept-language': 'da' } });
  expect(res.status).toBe(200);
  const card = field<{ version: string; body: Array<{ type: string; facts?: Array<{ title: string; value: string }> }> }>(res.body, 'card');
  expect(cardProblems(card)).toEqual([]);
  const facts = card.body.find((b) => b.type === 'FactSet')?.facts ?? [];
  expect(facts.map((f) => f.title)).toEqual(['Status', 'Ejer', 'Aftaleniveau']); // the number is in the heading
  expect((await call(server.baseUrl, 'GET', '/api/settings/case/intro-preview', { token: mads })).status).toBe(403);
  const empty = await call(server.baseUrl, 'GET', '/api/settings/account/intro-preview', { token: astrid });
  expect(field(empty.body, 'recordNumber')).toBeNull();
});

test('B4 intro card: never repeats the number and title of its heading; the customer shows with their company', async () => {
  const created = await call(server.baseUrl, 'POST', '/api/records', { token: mads, body: { type: 'case', title: 'Intro card customer check', personId: 'p-01' } });
  expect(created.status).toBe(201);
  const fields = 'number,title,status,person';
  const res = await call(server.baseUrl, 'GET', `/api/settings/case/intro-preview?fields=${encodeURIComponent(fields)}`, { token: astrid });
  expect(res.status).toBe(200);
  expect(field(res.body, 'recordNumber')).toBe(field(created.body, 'number'));
  const card = field<{ version: string; body: Array<{ type: string; text?: string; facts?: Array<{ title: string; value: string }> }> }>(res.body, 'card');
  expect(cardProblems(card)).toEqual([]);
  expect(card.body.map((b) => b.text)).toContain(`${field<string>(created.body, 'number')} · Intro card customer check`);
  const facts = card.body.find((b) => b.type === 'FactSet')?.facts ?? [];
  expect(facts).toEqual([
    { title: 'Status', value: 'New' },
    { title: 'Customer', value: 'Jens Sørensen · Nordlys A/S' },
  ]);
  // A work order has no customer: the field is skipped, not shown empty.
  const workorder = await call(server.baseUrl, 'GET', `/api/settings/workorder/intro-preview?fields=${encodeURIComponent(fields)}`, { token: astrid });
  const woFacts = field<{ body: Array<{ type: string; facts?: Array<{ title: string }> }> }>(workorder.body, 'card').body.find((b) => b.type === 'FactSet')?.facts ?? [];
  expect(woFacts.map((f) => f.title)).toEqual(['Status']);
});
