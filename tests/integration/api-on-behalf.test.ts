/**
 * J2 over real HTTP on the local server: a delegate replies, accepts and closes on a delegator's
 * cases — implicitly (Erik of team-se, whose own write does not reach team-dk's cases) or by
 * naming them (Sofie, whose own rights would do) — and every entry names both the actor and the
 * person acted for (timeline, audit); the reply's mail is From the delegator with the delegate as
 * Sender (RFC 5322 §3.6.2); and the refusals: a delegation removed, someone not my delegator, a
 * case not theirs, the policy off, another tenant, field security.
 */
import { randomUUID } from 'node:crypto';
import { DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { t } from '../../bot/src/i18n/catalog';
import { call, field, tokenFor } from '../fixtures/api-client';
import { addDelegate, OPEN_POLICY, removeDelegate, setDelegationPolicy } from '../fixtures/delegation';
import { headerOf, outboxTo, parseRaw, sendMail, SUPPORT, timelineOf, type TimelineEntry } from '../fixtures/mail-client';
import { startServer, type TestServer } from '../fixtures/server';

let server: TestServer;
let mads: string;
let sofie: string;
let erik: string;
let lars: string;
let astrid: string;
let nora: string;

beforeAll(async () => {
  server = await startServer();
  const tokens = await Promise.all(['Mads Nielsen', 'Sofie Kristensen', 'Erik Lindqvist', 'Lars Andersen', 'Astrid Holm', 'Nora Hansen'].map((name) => tokenFor(server.baseUrl, name)));
  const [m, so, e, l, a, n] = tokens;
  if (!m || !so || !e || !l || !a || !n) throw new Error('no tokens');
  [mads, sofie, erik, lars, astrid, nora] = [m, so, e, l, a, n];
  await addDelegate(server.baseUrl, mads, DEMO_USERS.sofie);
}, 120_000);
afterAll(() => server?.stop(), 60_000);

const word = () => `w${randomUUID().replace(/-/g, '').slice(0, 10)}`;
const post = (path: string, token: string, body?: unknown, headers: Record<string, string> = {}) => call(server.baseUrl, 'POST', path, { token, body, headers });
const refusal = (key: 'onbehalf.refused.policyOff' | 'onbehalf.refused.notInEffect' | 'onbehalf.refused.notTheirs') => t('en', key);

async function etagOf(id: string, token = lars): Promise<string> {
  const res = await call(server.baseUrl, 'GET', `/api/records/${id}`, { token });
  expect(res.status).toBe(200);
  return res.headers.get('etag') ?? '';
}

/** A customer's mail becomes a case of team-dk, given to `ownerId` (null: nobody's yet). */
async function mailCase(ownerId: string | null): Promise<{ id: string; tag: string; customer: string }> {
  const tag = word();
  const customer = `kunde-${tag}@kunde.example`;
  await sendMail(server, { from: `Kim Kunde <${customer}>`, to: SUPPORT, subject: `Printer jammed ${tag}`, text: `Hello, it jams ${tag}.` });
  const list = await call(server.baseUrl, 'GET', '/api/records?limit=20', { token: lars });
  const item = field<Array<{ id: string; title: string }>>(list.body, 'items').find((r) => r.title.includes(tag));
  if (!item) throw new Error(`no case for ${tag}`);
  const assigned = await post(`/api/records/${item.id}/assign`, lars, { userId: ownerId, teamId: 'team-dk' }, { 'if-match': await etagOf(item.id) });
  expect([assigned.status, assigned.text]).toEqual([200, expect.any(String)]);
  return { id: item.id, tag, customer };
}

async function reply(id: string, token: string, text: string, onBehalfOf?: string) {
  return post(`/api/records/${id}/reply`, token, { text, ...(onBehalfOf ? { onBehalfOf } : {}) }, { 'if-match': await etagOf(id) });
}

/** Entries a person wrote (the acknowledgement Casebridge sends is a replySent too). */
const byPeople = (items: TimelineEntry[]) => items.filter((e) => e.actor !== null && field(e, 'actor', 'id') !== 'casebridge');

async function entryOf(id: string, token: string, kind: string): Promise<TimelineEntry> {
  const entry = byPeople(await timelineOf(server, token, id)).find((e) => e.kind === kind);
  if (!entry) throw new Error(`no ${kind} on ${id}`);
  return entry;
}

async function sentTo(customer: string) {
  await server.app.mailIdle();
  const sent = (await outboxTo(server, customer)).filter((m) => m.subject.startsWith('Re:'));
  expect(sent).toHaveLength(1);
  return parseRaw(sent[0]?.raw ?? '');
}

const MADS = { id: DEMO_USERS.mads, displayName: 'Mads Nielsen' };

test('Erik (team-se) replies on Mads\'s case without saying so once Mads names him: on behalf of Mads, From Mads, Sender Erik', async () => {
  const c = await mailCase(DEMO_USERS.mads);
  // His own write (team depth, team-se) does not reach a team-dk case.
  expect((await reply(c.id, erik, 'Before the delegation')).status).toBe(403);

  await addDelegate(server.baseUrl, mads, DEMO_USERS.erik);
  const res = await reply(c.id, erik, `Hej Kim, vi ser på det ${c.tag}`);
  expect([res.status, res.text]).toEqual([201, expect.any(String)]);
  expect(field(res.body, 'message', 'author')).toMatchObject({ kind: 'user', id: DEMO_USERS.erik });

  const entry = await entryOf(c.id, mads, 'replySent');
  expect(entry.actor).toEqual({ id: DEMO_USERS.erik, displayName: 'Erik Lindqvist' });
  expect(entry.onBehalfOf).toEqual(MADS);

  const audit = await call(server.baseUrl, 'GET', `/api/records/${c.id}/audit`, { token: mads });
  const replied = field<Array<{ action: string; actor: { id: string }; newValue: { onBehalfOfId?: string } }>>(audit.body, 'items').find((e) => e.action === 'reply');
  expect(replied?.actor.id).toBe(DEMO_USERS.erik);
  expect(replied?.newValue.onBehalfOfId).toBe(DEMO_USERS.mads);

  const mime = await sentTo(c.customer);
  expect(mime.from).toMatchObject({ name: 'Mads Nielsen (Contoso Service)', address: SUPPORT });
  expect(mime.sender).toMatchObject({ name: 'Erik Lindqvist (Contoso Service)', address: SUPPORT });
  expect(mime.text).toContain(c.tag);
});

test('Sofie (own rights suffice) replies for Mads when she says so, and as herself when she does not', async () => {
  const forMads = await mailCase(DEMO_USERS.mads);
  const res = await reply(forMads.id, sofie, `For Mads ${forMads.tag}`, DEMO_USERS.mads);
  expect([res.status, res.text]).toEqual([201, expect.any(String)]);
  const entry = await entryOf(forMads.id, sofie, 'replySent');
  expect([entry.actor, entry.onBehalfOf]).toEqual([{ id: DEMO_USERS.sofie, displayName: 'Sofie Kristensen' }, MADS]);
  const mime = await sentTo(forMads.customer);
  expect(mime.from?.name).toBe('Mads Nielsen (Contoso Service)');
  expect(mime.sender?.name).toBe('Sofie Kristensen (Contoso Service)');

  const herself = await mailCase(DEMO_USERS.mads);
  expect((await reply(herself.id, sofie, `As me ${herself.tag}`)).status).toBe(201);
  const own = await entryOf(herself.id, sofie, 'replySent');
  expect([own.actor, own.onBehalfOf]).toEqual([{ id: DEMO_USERS.sofie, displayName: 'Sofie Kristensen' }, null]);
  const plain = await sentTo(herself.customer);
  expect(plain.from?.name).toBe('Sofie Kristensen (Contoso Service)');
  expect(plain.sender).toBeUndefined();
  expect(headerOf(plain, 'sender')).toBeUndefined();
});

test('accept on behalf makes Mads the owner; close on behalf closes his case; every reader is told who acted for whom', async () => {
  await addDelegate(server.baseUrl, mads, DEMO_USERS.erik);
  const c = await mailCase(null);
  const accepted = await post(`/api/records/${c.id}/accept`, sofie, { onBehalfOf: DEMO_USERS.mads });
  expect([accepted.status, accepted.text]).toEqual([200, expect.any(String)]);
  expect(field(accepted.body, 'owner', 'id')).toBe(DEMO_USERS.mads);
  expect(field(accepted.body, 'status')).toBe('active');

  const closed = await post(`/api/records/${c.id}/close`, erik, undefined, { 'if-match': await etagOf(c.id) });
  expect([closed.status, closed.text]).toEqual([200, expect.any(String)]);
  expect(field(closed.body, 'status')).toBe('closed');

  for (const reader of [mads, sofie, lars]) {
    const items = await timelineOf(server, reader, c.id);
    expect(items.find((e) => e.kind === 'recordAccepted')).toMatchObject({ actor: { id: DEMO_USERS.sofie }, onBehalfOf: MADS });
    expect(items.find((e) => e.kind === 'recordClosed')).toMatchObject({ actor: { id: DEMO_USERS.erik }, onBehalfOf: MADS });
    expect(items.find((e) => e.kind === 'recordAssigned')?.onBehalfOf).toBeNull();
  }
  const audit = await call(server.baseUrl, 'GET', `/api/records/${c.id}/audit`, { token: lars });
  const items = field<Array<{ action: string; actor: { id: string }; newValue: Record<string, unknown> }>>(audit.body, 'items');
  expect(items.find((e) => e.action === 'accept')).toMatchObject({ actor: { id: DEMO_USERS.sofie }, newValue: { ownerId: DEMO_USERS.mads, onBehalfOfId: DEMO_USERS.mads } });
  expect(items.find((e) => e.action === 'close')).toMatchObject({ actor: { id: DEMO_USERS.erik }, newValue: { status: 'closed', onBehalfOfId: DEMO_USERS.mads } });
});

test('refused with the reason: someone who is not my delegator, a case that is not theirs, the policy off, a removed delegation', async () => {
  const c = await mailCase(DEMO_USERS.mads);
  const notMine = await reply(c.id, sofie, 'for Lars', DEMO_USERS.lars);
  expect([notMine.status, field(notMine.body, 'detail')]).toEqual([403, refusal('onbehalf.refused.notInEffect')]);

  const larsCase = await mailCase(DEMO_USERS.lars);
  const notTheirs = await post(`/api/records/${larsCase.id}/close`, sofie, { onBehalfOf: DEMO_USERS.mads }, { 'if-match': await etagOf(larsCase.id) });
  expect([notTheirs.status, field(notTheirs.body, 'detail')]).toEqual([403, refusal('onbehalf.refused.notTheirs')]);

  await setDelegationPolicy(server.baseUrl, astrid, { ...OPEN_POLICY, enabled: false });
  try {
    const off = await reply(c.id, sofie, 'policy off', DEMO_USERS.mads);
    expect([off.status, field(off.body, 'detail')]).toEqual([403, refusal('onbehalf.refused.policyOff')]);
  } finally {
    await setDelegationPolicy(server.baseUrl, astrid, OPEN_POLICY);
  }

  await addDelegate(server.baseUrl, mads, DEMO_USERS.erik);
  await removeDelegate(server.baseUrl, mads, DEMO_USERS.erik);
  const named = await reply(c.id, erik, 'after removal', DEMO_USERS.mads);
  expect([named.status, field(named.body, 'detail')]).toEqual([403, refusal('onbehalf.refused.notInEffect')]);
  expect((await reply(c.id, erik, 'after removal, implicitly')).status).toBe(403);
  expect((await post(`/api/records/${c.id}/close`, erik, undefined, { 'if-match': await etagOf(c.id) })).status).toBe(403);
  // Nothing was written by any refusal.
  expect(byPeople(await timelineOf(server, lars, c.id)).filter((e) => e.kind === 'replySent' || e.kind === 'recordClosed')).toEqual([]);
});

test('another tenant: naming a Contoso user is like naming nobody, and a Contoso case is not there', async () => {
  const created = await post('/api/records', nora, { type: 'case', title: `Fabrikam ${word()}` });
  expect(created.status).toBe(201);
  const id = field<string>(created.body, 'id');
  const naming = (who: string) => post(`/api/records/${id}/close`, nora, { onBehalfOf: who }, { 'if-match': created.headers.get('etag') ?? '' });
  const contoso = await naming(DEMO_USERS.mads);
  const nobody = await naming('no-such-user');
  expect([contoso.status, field(contoso.body, 'detail')]).toEqual([nobody.status, field(nobody.body, 'detail')]);
  expect(contoso.status).toBe(403);

  const c = await mailCase(DEMO_USERS.mads);
  const foreign = await post(`/api/records/${c.id}/accept`, nora, { onBehalfOf: DEMO_USERS.mads });
  const missing = await post('/api/records/no-such-case/accept', nora, { onBehalfOf: DEMO_USERS.mads });
  expect([foreign.status, foreign.body]).toEqual([404, missing.body]);
});

test('bad input: onBehalfOf must be a user id, and nothing else may come with accept or close', async () => {
  const c = await mailCase(DEMO_USERS.mads);
  const bad = await post(`/api/records/${c.id}/close`, sofie, { onBehalfOf: 42 }, { 'if-match': await etagOf(c.id) });
  expect(bad.status).toBe(400);
  expect(JSON.stringify(bad.body)).toContain('onBehalfOf');
  const extra = await post(`/api/records/${c.id}/close`, sofie, { onBehalfOf: DEMO_USERS.mads, force: true }, { 'if-match': await etagOf(c.id) });
  expect(extra.status).toBe(400);
  const empty = await post(`/api/records/${c.id}/close`, sofie, {}, { 'if-match': await etagOf(c.id) });
  expect(empty.status).toBe(200);
});

test('field security: a field the delegate may not read stays hidden from them when they act for someone who may', async () => {
  await addDelegate(server.baseUrl, lars, DEMO_USERS.sofie);
  const created = await post('/api/records', lars, { type: 'case', title: `Costly ${word()}`, customFields: { costEstimate: 1234 } });
  expect([created.status, created.text]).toEqual([201, expect.any(String)]);
  const id = field<string>(created.body, 'id');
  const closed = await post(`/api/records/${id}/close`, sofie, { onBehalfOf: DEMO_USERS.lars }, { 'if-match': created.headers.get('etag') ?? '' });
  expect([closed.status, closed.text]).toEqual([200, expect.any(String)]);
  expect(field<Record<string, unknown>>(closed.body, 'customFields')).not.toHaveProperty('costEstimate');
  const seenByLars = await call(server.baseUrl, 'GET', `/api/records/${id}`, { token: lars });
  expect(field(seenByLars.body, 'customFields', 'costEstimate')).toBe(1234);
  expect((await entryOf(id, lars, 'recordClosed')).onBehalfOf).toEqual({ id: DEMO_USERS.lars, displayName: 'Lars Andersen' });
});
