/**
 * J1 over HTTP on the real server: every delegation route and every refusal with its status and
 * localized message, both 15/15 limits under concurrent HTTP additions, the admin policy with
 * If-Match and its audit, removal effective at once, and the delegate's Teams notice (the local
 * Teams sandbox's personal chat) in their language.
 */
import type { User } from '../../bot/src/domain/access/access';
import { CONTOSO, DEMO_USERS, FABRIKAM } from '../../bot/src/sandbox/demo-data';
import { call, field, tokenFor } from '../fixtures/api-client';
import { addDelegate, delegatorIds, OPEN_POLICY, removeDelegate, setDelegationPolicy } from '../fixtures/delegation';
import { startServer, type TestServer } from '../fixtures/server';
import { waitForCards } from '../fixtures/teams-notify';

let server: TestServer;
const tokens = new Map<string, string>();
const token = (name: string) => tokens.get(name) ?? '';
const api = (name: string, method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}) =>
  call(server.baseUrl, method, path, { token: token(name), ...options, headers: { 'accept-language': 'en', ...(options.headers ?? {}) } });

/** A user the test adds to the directory (the demo tenant has too few people for the limits). */
async function extraUser(id: string, tenantId = CONTOSO, roleIds = ['role-agent']): Promise<User> {
  const user: User = { id, tenantId, displayName: `Extra ${id}`, email: `${id}@contoso.example`, teamIds: tenantId === CONTOSO ? ['team-dk'] : [], roleIds, locale: 'da-DK' };
  await server.app.store.directory.putUser(user);
  const res = await call(server.baseUrl, 'POST', '/dev/token', { body: { userId: id } });
  tokens.set(id, field<string>(res.body, 'token'));
  return user;
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

beforeAll(async () => {
  server = await startServer({ env: { RATE_LIMIT_API_PER_MINUTE: '100000', RATE_LIMIT_DEV_TOKEN_PER_MINUTE: '1000' } });
  for (const name of ['Mads Nielsen', 'Sofie Kristensen', 'Astrid Holm', 'Erik Lindqvist', 'Oskar Svensson', 'Nora Hansen', 'Lars Andersen']) tokens.set(name, await tokenFor(server.baseUrl, name));
}, 120_000);
afterAll(() => server?.stop(), 60_000);

describe('delegates and delegators', () => {
  afterAll(() => removeDelegate(server.baseUrl, token('Mads Nielsen'), DEMO_USERS.sofie));

  test('Mads names Sofie (201, then 200), both lists show it, removal is effective at once', async () => {
    expect((await api('Mads Nielsen', 'GET', '/api/me/delegates')).body).toEqual({ items: [], limit: 15 });
    const added = await api('Mads Nielsen', 'POST', '/api/me/delegates', { body: { userId: DEMO_USERS.sofie } });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ userId: DEMO_USERS.sofie, displayName: 'Sofie Kristensen', email: expect.any(String), since: expect.any(String) });
    const again = await api('Mads Nielsen', 'POST', '/api/me/delegates', { body: { userId: DEMO_USERS.sofie } });
    expect(again.status).toBe(200);
    expect(field(again.body, 'since')).toBe(field(added.body, 'since'));
    expect(field<Array<{ userId: string }>>((await api('Mads Nielsen', 'GET', '/api/me/delegates')).body, 'items').map((p) => p.userId)).toEqual([DEMO_USERS.sofie]);
    const theirs = await api('Sofie Kristensen', 'GET', '/api/me/delegators');
    expect(theirs.body).toMatchObject({ items: [{ userId: DEMO_USERS.mads, displayName: 'Mads Nielsen' }], limit: 15 });

    expect((await api('Mads Nielsen', 'DELETE', `/api/me/delegates/${DEMO_USERS.sofie}`)).status).toBe(204);
    expect(await delegatorIds(server.baseUrl, token('Sofie Kristensen'))).toEqual([]);
    expect(field<unknown[]>((await api('Mads Nielsen', 'GET', '/api/me/delegates')).body, 'items')).toEqual([]);
  });

  test.each([
    ['yourself', () => DEMO_USERS.mads, 'You cannot be your own delegate.'],
    ['an unknown user', () => uuid(999), 'There is no such user in your organization.'],
    ['a user of another tenant (exactly like an unknown one)', () => DEMO_USERS.nora, 'There is no such user in your organization.'],
  ])('naming %s: 400 naming userId', async (_name, id, message) => {
    const res = await api('Mads Nielsen', 'POST', '/api/me/delegates', { body: { userId: id() } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(field<Array<{ path: string; message: string }>>(res.body, 'errors')).toEqual([{ path: 'userId', message }]);
  });

  test('a malformed body: 400 naming the field; Danish when asked in Danish', async () => {
    const missing = await api('Mads Nielsen', 'POST', '/api/me/delegates', { body: {} });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain('userId');
    expect((await api('Mads Nielsen', 'POST', '/api/me/delegates', { body: { userId: 5 } })).status).toBe(400);
    const danish = await api('Mads Nielsen', 'POST', '/api/me/delegates', { body: { userId: DEMO_USERS.mads }, headers: { 'accept-language': 'da' } });
    expect(field(danish.body, 'errors', 0, 'message')).toBe('Du kan ikke være din egen stedfortræder.');
  });

  test('removing someone who is not a delegate, or an id of another tenant: 404 alike', async () => {
    for (const id of [DEMO_USERS.erik, DEMO_USERS.nora, uuid(998)]) {
      const res = await api('Mads Nielsen', 'DELETE', `/api/me/delegates/${id}`);
      expect(res.status).toBe(404);
      expect(field(res.body, 'detail')).toBe('This person is not your delegate.');
    }
  });

  test('without a token: 401', async () => {
    expect((await call(server.baseUrl, 'GET', '/api/me/delegates')).status).toBe(401);
    expect((await call(server.baseUrl, 'POST', '/api/me/delegates', { body: { userId: DEMO_USERS.sofie } })).status).toBe(401);
  });

  test('an addition left half-done (stored on Cosmos): in effect on the delegate\'s side, the listing finishes and shows it; not in effect, the pending link goes', async () => {
    const store = server.app.store.delegations;
    const [a, b, c, d] = await Promise.all(['half-a', 'half-b', 'half-c', 'half-d'].map((id) => extraUser(id)));
    if (!a || !b || !c || !d) throw new Error('no users');
    const since = '2026-11-29T09:00:00.000Z';
    // Step 3 failed: the delegate's side is active, the delegator's still pending.
    await store.create({ id: a.id, tenantId: CONTOSO, userId: a.id, delegates: [{ userId: b.id, since, state: 'pending' }], delegators: [] });
    await store.create({ id: b.id, tenantId: CONTOSO, userId: b.id, delegates: [], delegators: [{ userId: a.id, since, state: 'active' }] });
    // A crash before step 2: pending on the delegator's side only.
    await store.create({ id: c.id, tenantId: CONTOSO, userId: c.id, delegates: [{ userId: d.id, since, state: 'pending' }], delegators: [] });

    const listed = await api(a.id, 'GET', '/api/me/delegates');
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ items: [{ userId: b.id, displayName: b.displayName, since }] });
    expect((await store.get(CONTOSO, a.id))?.value.delegates).toEqual([{ userId: b.id, since, state: 'active' }]);
    expect(field<unknown[]>((await api(c.id, 'GET', '/api/me/delegates')).body, 'items')).toEqual([]);
    expect((await store.get(CONTOSO, c.id))?.value.delegates).toEqual([]);
    expect(await delegatorIds(server.baseUrl, token(d.id))).toEqual([]);
    // Shown, it can be removed as usual.
    expect((await api(a.id, 'DELETE', `/api/me/delegates/${b.id}`)).status).toBe(204);
    expect(await delegatorIds(server.baseUrl, token(b.id))).toEqual([]);
  });
});

describe('the policy', () => {
  afterAll(() => setDelegationPolicy(server.baseUrl, token('Astrid Holm'), OPEN_POLICY));

  test('Contoso has delegation on for every role (seeded); Fabrikam never set it: off', async () => {
    const contoso = await api('Astrid Holm', 'GET', '/api/settings/delegation');
    expect(contoso.status).toBe(200);
    expect(contoso.body).toMatchObject({ ...OPEN_POLICY, etag: contoso.headers.get('etag') });
    expect((await api('Nora Hansen', 'GET', '/api/settings/delegation')).body).toMatchObject({ enabled: false, delegatorRoleIds: [], delegateRoleIds: [] });
    const colleague = await extraUser(uuid(500), FABRIKAM, ['role-fab-admin']);
    const refused = await api('Nora Hansen', 'POST', '/api/me/delegates', { body: { userId: colleague.id } });
    expect(refused.status).toBe(403);
    expect(field(refused.body, 'detail')).toBe('Your administrator has turned delegation off.');
  });

  test('admins only; If-Match required (428), a stale one 412; bad input 400 naming the field', async () => {
    expect((await api('Mads Nielsen', 'GET', '/api/settings/delegation')).status).toBe(403);
    expect((await api('Mads Nielsen', 'PUT', '/api/settings/delegation', { body: OPEN_POLICY, headers: { 'if-match': '"x"' } })).status).toBe(403);
    expect((await api('Astrid Holm', 'PUT', '/api/settings/delegation', { body: OPEN_POLICY })).status).toBe(428);
    const current = await api('Astrid Holm', 'GET', '/api/settings/delegation');
    const etag = current.headers.get('etag') ?? '';
    const off = await api('Astrid Holm', 'PUT', '/api/settings/delegation', { body: { ...OPEN_POLICY, enabled: false }, headers: { 'if-match': etag } });
    expect(off.status).toBe(200);
    expect((await api('Astrid Holm', 'PUT', '/api/settings/delegation', { body: OPEN_POLICY, headers: { 'if-match': etag } })).status).toBe(412);
    const unknownRole = await api('Astrid Holm', 'PUT', '/api/settings/delegation', { body: { ...OPEN_POLICY, delegateRoleIds: ['role-nope'] }, headers: { 'if-match': off.headers.get('etag') ?? '' } });
    expect(unknownRole.status).toBe(400);
    expect(field(unknownRole.body, 'errors')).toEqual([{ path: 'delegateRoleIds', message: 'There is no role role-nope in your organization.' }]);
    expect((await api('Astrid Holm', 'PUT', '/api/settings/delegation', { body: { enabled: 'yes' }, headers: { 'if-match': off.headers.get('etag') ?? '' } })).status).toBe(400);

    const refused = await api('Mads Nielsen', 'POST', '/api/me/delegates', { body: { userId: DEMO_USERS.erik } });
    expect(refused.status).toBe(403);
    expect(field(refused.body, 'detail')).toBe('Your administrator has turned delegation off.');
  });

  test('roles: who may name delegates and who may be one, each refusal naming its side', async () => {
    await setDelegationPolicy(server.baseUrl, token('Astrid Holm'), { enabled: true, delegatorRoleIds: ['role-agent'], delegateRoleIds: ['role-agent'] });
    const reader = await api('Oskar Svensson', 'POST', '/api/me/delegates', { body: { userId: DEMO_USERS.mads } });
    expect(reader.status).toBe(403);
    expect(field(reader.body, 'detail')).toBe('Your role may not name delegates.');
    const toReader = await api('Mads Nielsen', 'POST', '/api/me/delegates', { body: { userId: DEMO_USERS.oskar } });
    expect(toReader.status).toBe(403);
    expect(field(toReader.body, 'detail')).toBe("Oskar Svensson's role may not be a delegate.");
    expect(await delegatorIds(server.baseUrl, token('Oskar Svensson'))).toEqual([]);
  });

  test('every change is audited (B8): who, when, which setting, from what to what', async () => {
    const audit = await api('Astrid Holm', 'GET', '/api/settings/delegation/audit');
    expect(audit.status).toBe(200);
    const items = field<Array<{ path: string; actor: { displayName: string }; oldValue: unknown; newValue: unknown }>>(audit.body, 'items');
    expect(items).toEqual(expect.arrayContaining([
      expect.objectContaining({ path: 'enabled', oldValue: true, newValue: false, actor: expect.objectContaining({ displayName: 'Astrid Holm' }) }),
      expect.objectContaining({ path: 'delegatorRoleIds', oldValue: [], newValue: ['role-agent'] }),
    ]));
    expect((await api('Mads Nielsen', 'GET', '/api/settings/delegation/audit')).status).toBe(403);
  });
});

describe('the limits under concurrent HTTP additions', () => {
  test('20 concurrent additions by one delegator: exactly 15, the others 409 naming the limit', async () => {
    const delegator = await extraUser(uuid(100));
    const delegates = await Promise.all(Array.from({ length: 20 }, (_, i) => extraUser(uuid(101 + i))));
    const results = await Promise.all(delegates.map((d) => api(delegator.id, 'POST', '/api/me/delegates', { body: { userId: d.id } })));
    expect(results.map((r) => r.status).sort()).toEqual([...Array(15).fill(201), ...Array(5).fill(409)]);
    for (const r of results.filter((x) => x.status === 409)) expect(field(r.body, 'detail')).toBe('You already have 15 delegates, the most allowed.');
    expect(field<unknown[]>((await api(delegator.id, 'GET', '/api/me/delegates')).body, 'items')).toHaveLength(15);
    const effective = await Promise.all(delegates.map((d) => delegatorIds(server.baseUrl, token(d.id))));
    expect(effective.filter((ids) => ids.includes(delegator.id))).toHaveLength(15);
  }, 120_000);

  test('20 delegators adding one delegate concurrently: exactly 15, the others 409 naming whose limit', async () => {
    const delegate = await extraUser(uuid(200));
    const delegators = await Promise.all(Array.from({ length: 20 }, (_, i) => extraUser(uuid(201 + i))));
    const results = await Promise.all(delegators.map((d) => api(d.id, 'POST', '/api/me/delegates', { body: { userId: delegate.id } })));
    expect(results.map((r) => r.status).sort()).toEqual([...Array(15).fill(201), ...Array(5).fill(409)]);
    for (const r of results.filter((x) => x.status === 409)) expect(field(r.body, 'detail')).toBe(`Extra ${delegate.id} already acts for 15 people, the most allowed.`);
    expect(await delegatorIds(server.baseUrl, token(delegate.id))).toHaveLength(15);
    // The refused delegators have nothing left over (their side was undone).
    const lists = await Promise.all(delegators.map((d) => api(d.id, 'GET', '/api/me/delegates')));
    expect(lists.filter((l) => field<unknown[]>(l.body, 'items').length === 1)).toHaveLength(15);
    const stored = await Promise.all(delegators.map((d) => server.app.store.delegations.get(CONTOSO, d.id)));
    expect(stored.flatMap((s) => s?.value.delegates ?? [])).toHaveLength(15);
  }, 120_000);
});

describe('the notice in Teams', () => {
  test("the delegate's personal chat gets the added and removed notices in their language (Sofie: Danish, Erik: Swedish)", async () => {
    await addDelegate(server.baseUrl, token('Lars Andersen'), DEMO_USERS.sofie);
    await addDelegate(server.baseUrl, token('Lars Andersen'), DEMO_USERS.erik);
    await removeDelegate(server.baseUrl, token('Lars Andersen'), DEMO_USERS.erik);
    const sofie = await waitForCards(server.baseUrl, DEMO_USERS.sofie, 1);
    const erik = await waitForCards(server.baseUrl, DEMO_USERS.erik, 2);
    const texts = (cards: Array<{ card: unknown }>) => cards.map((c) => JSON.stringify(c.card));
    const sofieCard = texts(sofie.cards).find((c) => c.includes('Lars Andersen')) ?? '';
    expect(sofieCard).toContain("Lars Andersen har gjort dig til sin stedfortræder: Du kan nu svare på, tage og lukke vedkommendes sager og overtage vedkommendes kundechats under 'Delegeret til mig' i Casebridge.");
    expect(sofieCard).toContain('Åbn Casebridge');
    const url = new URL(field<string>(JSON.parse(sofieCard) as unknown, 'actions', 0, 'url'));
    expect(url.searchParams.get('webUrl')).toMatch(/\/delegation$/);
    const erikCards = texts(erik.cards).filter((c) => c.includes('Lars Andersen'));
    expect(erikCards.some((c) => c.includes('Lars Andersen har gjort dig till sitt ombud'))).toBe(true);
    expect(erikCards.some((c) => c.includes('Lars Andersen har inte längre dig som ombud.'))).toBe(true);
  }, 120_000);
});
