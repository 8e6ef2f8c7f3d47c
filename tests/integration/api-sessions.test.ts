/**
 * The sessions API over HTTP on the real server (I1–I7): status and agents, the views, writing,
 * transfer and its answers, takeover, close, make a case, chat sites; the errors of bad input.
 */
import { CONTOSO } from '../../bot/src/sandbox/demo-data';
import { demoUsers, field } from '../fixtures/api-client';
import { agentsOf, startSession, type Agents } from '../fixtures/sessions-api';
import { startServer, type TestServer } from '../fixtures/server';

let server: TestServer;
let agents: Agents;
beforeAll(async () => {
  server = await startServer();
  agents = await agentsOf(server);
}, 120_000);
afterAll(() => server.stop(), 60_000);

interface SessionBody { id: string; status: string; agent: { id: string; displayName: string } | null; listeners: Array<{ displayName: string }>; transfer: { id: string } | null; recordId: string | null }

describe('status and agents (I1)', () => {
  test('set, heartbeat, list present agents; a bad status is a localized 400', async () => {
    expect((await agents.call('mads', 'PUT', '/api/me/status', { status: 'present' })).body).toEqual({ status: 'present' });
    expect((await agents.call('sofie', 'POST', '/api/me/heartbeat')).body).toEqual({ status: 'away' });
    const present = await agents.call('sofie', 'GET', '/api/agents?status=present');
    expect(present.status).toBe(200);
    expect(field<Array<{ displayName: string }>>(present.body, 'items').map((a) => a.displayName)).toEqual(['Mads Nielsen']);
    const all = field<Array<{ displayName: string; status: string }>>((await agents.call('sofie', 'GET', '/api/agents')).body, 'items');
    expect(all.map((a) => a.displayName)).toEqual(expect.arrayContaining(['Astrid Holm', 'Mads Nielsen', 'Sofie Kristensen']));
    expect(all.find((a) => a.displayName === 'Sofie Kristensen')?.status).toBe('away');
    // Oskar reads, never writes: no agent.
    expect(all.map((a) => a.displayName)).not.toContain('Oskar Svensson');
    const bad = await agents.call('mads', 'PUT', '/api/me/status', { status: 'sleeping' }, { 'accept-language': 'da' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(field<Array<{ path: string }>>(bad.body, 'errors')[0]?.path).toBe('status');
    expect((await agents.call('mads', 'GET', '/api/agents?status=sleeping')).status).toBe(400);
    // Nor has he a status: neither setting one nor a heartbeat makes him one.
    expect((await agents.call('oskar', 'PUT', '/api/me/status', { status: 'present' })).status).toBe(403);
    expect((await agents.call('oskar', 'POST', '/api/me/heartbeat')).status).toBe(403);
  });
});

describe('a session (I2, I3, I6)', () => {
  let id: string;
  beforeAll(async () => {
    await agents.status('mads', 'present');
    await agents.status('sofie', 'away');
    id = (await startSession(server)).id;
  }, 30_000);

  test('routed to the present agent: mine, live for listen, read with every entry; a reader and another tenant see nothing', async () => {
    const mine = field<SessionBody[]>((await agents.call('mads', 'GET', '/api/sessions?view=mine')).body, 'items');
    expect(mine.find((s) => s.id === id)).toMatchObject({ status: 'active', agent: { displayName: 'Mads Nielsen' } });
    expect(field<SessionBody[]>((await agents.call('lars', 'GET', '/api/sessions?view=live')).body, 'items').map((s) => s.id)).toContain(id);
    const view = await agents.call('mads', 'GET', `/api/sessions/${id}`);
    expect(view.status).toBe(200);
    expect(field(view.body, 'role')).toBe('agent');
    expect(field<Array<{ seq: number; kind: string; text: string }>>(view.body, 'entries').map((e) => `${e.seq}:${e.kind}`)).toEqual(['1:customer', '2:system']);
    expect((await agents.call('lars', 'GET', `/api/sessions/${id}`)).body).toMatchObject({ role: 'viewer' });
    expect((await agents.call('oskar', 'GET', '/api/sessions?view=live')).status).toBe(403);
    expect((await agents.call('oskar', 'GET', `/api/sessions/${id}`)).status).toBe(404);
    expect((await agents.call('nora', 'GET', `/api/sessions/${id}`)).status).toBe(404);
    expect((await agents.call('nora', 'POST', `/api/sessions/${id}/messages`, { text: 'hi' })).status).toBe(404);
    expect((await agents.call('mads', 'GET', '/api/sessions?view=everything')).status).toBe(400);
  });

  test('the agent writes; a resend with the same clientId is the same entry; reading after a seq', async () => {
    const first = await agents.call('mads', 'POST', `/api/sessions/${id}/messages`, { text: 'Hej Anna, jeg kigger på det.', clientId: 'mads-1' });
    expect(first.status).toBe(201);
    const again = await agents.call('mads', 'POST', `/api/sessions/${id}/messages`, { text: 'Hej Anna, jeg kigger på det.', clientId: 'mads-1' });
    expect(again.body).toEqual(first.body);
    const seq = field<number>(first.body, 'seq');
    expect(field<Array<{ seq: number }>>((await agents.call('mads', 'GET', `/api/sessions/${id}/entries?after=${seq - 1}`)).body, 'items').map((e) => e.seq)).toEqual([seq]);
    const tooLong = await agents.call('mads', 'POST', `/api/sessions/${id}/messages`, { text: 'x'.repeat(2001) }, { 'accept-language': 'sv' });
    expect(tooLong.status).toBe(400);
    expect(tooLong.text).toContain('2000');
    expect((await agents.call('mads', 'POST', `/api/sessions/${id}/messages`, { text: '   ' })).status).toBe(400);
    expect((await agents.call('lars', 'POST', `/api/sessions/${id}/messages`, { text: 'a viewer writes' })).status).toBe(403);
  });

  test('transfer: to someone not present is a 409 naming them; accepted, the first agent listens and gets 403 writing; a second answer is a 409 saying what happened', async () => {
    const away = await agents.call('mads', 'POST', `/api/sessions/${id}/transfers`, { toUserId: await userId('Sofie Kristensen') }, { 'accept-language': 'da' });
    expect(away.status).toBe(409);
    expect(field<string>(away.body, 'detail')).toContain('Sofie Kristensen');
    expect(field<string>(away.body, 'detail')).toContain('ikke til stede');
    expect((await agents.call('mads', 'POST', `/api/sessions/${id}/transfers`, { toUserId: await userId('Mads Nielsen') })).status).toBe(400);
    expect((await agents.call('mads', 'POST', `/api/sessions/${id}/transfers`, { toUserId: 'nobody' })).status).toBe(400);
    // Refused, the session is unharmed: same agent, no transfer, no new entry.
    const unharmed = await agents.call('mads', 'GET', `/api/sessions/${id}`);
    expect(unharmed.body).toMatchObject({ session: { agent: { displayName: 'Mads Nielsen' }, transfer: null, lastSeq: 3 } });
    await agents.status('sofie', 'present');
    const offered = await agents.call('mads', 'POST', `/api/sessions/${id}/transfers`, { toUserId: await userId('Sofie Kristensen') });
    expect(offered.status).toBe(201);
    const transferId = field<string>(offered.body, 'id');
    expect(offered.body).toMatchObject({ status: 'pending', toUserId: await userId('Sofie Kristensen') });
    expect(field<SessionBody[]>((await agents.call('sofie', 'GET', '/api/sessions?view=mine')).body, 'items').map((s) => s.id)).toContain(id);
    expect((await agents.call('sofie', 'GET', `/api/sessions/${id}`)).body).toMatchObject({ role: 'transferTarget' });
    expect((await agents.call('mads', 'POST', `/api/sessions/${id}/transfers/${transferId}/accept`)).status).toBe(403);
    const accepted = await agents.call('sofie', 'POST', `/api/sessions/${id}/transfers/${transferId}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ agent: { displayName: 'Sofie Kristensen' }, listeners: [{ displayName: 'Mads Nielsen' }], transfer: null });
    expect((await agents.call('mads', 'GET', `/api/sessions/${id}`)).body).toMatchObject({ role: 'listener' });
    const listening = await agents.call('mads', 'POST', `/api/sessions/${id}/messages`, { text: 'me again' });
    expect(listening.status).toBe(403);
    const late = await agents.call('sofie', 'POST', `/api/sessions/${id}/transfers/${transferId}/decline`, undefined, { 'accept-language': 'en' });
    expect(late.status).toBe(409);
    expect(field<string>(late.body, 'detail')).toBe('Too late: Sofie Kristensen has already accepted this transfer.');
    const lateCancel = await agents.call('mads', 'POST', `/api/sessions/${id}/transfers/${transferId}/cancel`, undefined, { 'accept-language': 'da' });
    expect(field<string>(lateCancel.body, 'detail')).toBe('For sent: Sofie Kristensen har allerede accepteret overførslen.');
    expect((await agents.call('sofie', 'POST', `/api/sessions/${id}/transfers/no-such-transfer/accept`)).status).toBe(404);
  });

  test('make a case: 201 with the number; the case is the agent\'s, with a chat conversation and the session on its timeline', async () => {
    const made = await agents.call('sofie', 'POST', `/api/sessions/${id}/case`, { title: 'Printer virker ikke' });
    expect(made.status).toBe(201);
    const recordId = field<string>(made.body, 'recordId');
    expect(field<string>(made.body, 'number')).toMatch(/^CAS-/);
    const record = await agents.call('sofie', 'GET', `/api/records/${recordId}`);
    expect(record.body).toMatchObject({ title: 'Printer virker ikke', owner: { displayName: 'Sofie Kristensen' } });
    const conversations = await agents.call('sofie', 'GET', `/api/records/${recordId}/conversations`);
    expect(JSON.stringify(conversations.body)).toContain('"channel":"chat"');
    expect((await agents.call('sofie', 'POST', `/api/sessions/${id}/case`, {})).status).toBe(409);
    // The visitor typed their address (not signed by the site): no person is made or linked.
    const view = await agents.call('sofie', 'GET', `/api/sessions/${id}`);
    expect(view.body).toMatchObject({ more: false, session: { personId: null } });
    const typed = field<string>(view.body, 'session', 'visitor', 'email');
    expect(JSON.stringify((await agents.call('sofie', 'GET', `/api/people?q=${encodeURIComponent(typed)}`)).body)).not.toContain(typed);
    expect((await agents.call('sofie', 'POST', `/api/sessions/${id}/close`)).status).toBe(200);
    const timeline = field<Array<{ kind: string; note: string | null }>>((await agents.call('sofie', 'GET', `/api/records/${recordId}/timeline?kinds=chatSession`)).body, 'items');
    // The transfer before the case is backfilled on its timeline.
    expect(timeline.map((e) => e.note).sort()).toEqual(['accepted', 'caseMade', 'closed', 'started', 'transferred']);
    const closed = await agents.call('sofie', 'POST', `/api/sessions/${id}/messages`, { text: 'after the end' });
    expect(closed.status).toBe(409);
  });
});

describe('takeover (I5)', () => {
  test('a manager takes over; the agent listens; an agent may not take over', async () => {
    await agents.status('mads', 'present');
    await agents.status('sofie', 'away');
    const session = await startSession(server, 'Hjælp med faktura');
    expect(session.agentId).toBe(await userId('Mads Nielsen'));
    expect((await agents.call('sofie', 'POST', `/api/sessions/${session.id}/takeover`)).status).toBe(404);
    const taken = await agents.call('lars', 'POST', `/api/sessions/${session.id}/takeover`);
    expect(taken.status).toBe(200);
    expect(taken.body).toMatchObject({ agent: { displayName: 'Lars Andersen' }, listeners: [{ displayName: 'Mads Nielsen' }] });
    expect((await agents.call('lars', 'POST', `/api/sessions/${session.id}/takeover`)).status).toBe(409);
    // Astrid saw Mads handling it: Lars has it now, and she is told so (not given it).
    const stale = await agents.call('astrid', 'POST', `/api/sessions/${session.id}/takeover`, { expectedAgentId: await userId('Mads Nielsen') }, { 'accept-language': 'en' });
    expect(stale.status).toBe(409);
    expect(field<string>(stale.body, 'detail')).toBe('Lars Andersen took this chat over just before you.');
    expect((await agents.call('astrid', 'POST', `/api/sessions/${session.id}/takeover`, { expectedAgentId: 42 })).status).toBe(400);
    // A listener does not end the chat for everyone: close is refused, pointing to leave.
    const closeByListener = await agents.call('mads', 'POST', `/api/sessions/${session.id}/close`, undefined, { 'accept-language': 'en' });
    expect(closeByListener.status).toBe(409);
    expect(field<string>(closeByListener.body, 'detail')).toContain('stop listening');
    expect((await agents.call('mads', 'POST', `/api/sessions/${session.id}/leave`)).body).toMatchObject({ status: 'active', listeners: [] });
    expect((await agents.call('lars', 'POST', `/api/sessions/${session.id}/close`)).body).toMatchObject({ status: 'closed' });
  });
});

describe('a transfer whose chat the customer ended (P1-6)', () => {
  test('answering it says the chat ended (no blank name)', async () => {
    await agents.status('mads', 'present');
    await agents.status('sofie', 'away');
    const session = await startSession(server, 'Kort spørgsmål');
    await agents.status('sofie', 'present');
    const offered = await agents.call('mads', 'POST', `/api/sessions/${session.id}/transfers`, { toUserId: await userId('Sofie Kristensen') });
    expect(offered.status).toBe(201);
    await server.app.sessions.closeByVisitor({ tenantId: CONTOSO, siteId: 'web', sessionId: session.id, visitorId: session.visitor.id });
    const late = await agents.call('sofie', 'POST', `/api/sessions/${session.id}/transfers/${field<string>(offered.body, 'id')}/accept`, undefined, { 'accept-language': 'en' });
    expect(late.status).toBe(409);
    expect(field<string>(late.body, 'detail')).toBe('Too late: the chat ended before anyone answered this transfer.');
  });
});

describe('leave a message (H1 chat channel)', () => {
  test('becomes a new case for the sender\'s person', async () => {
    const left = await server.app.sessions.leaveMessage(CONTOSO, 'web', { name: 'Bo Kunde', email: 'Bo@Kunde.example', text: 'Ring venligst tilbage om min ordre', locale: 'da' });
    expect(left.number).toMatch(/^CAS-/);
    const found = await agents.call('mads', 'GET', `/api/records?q=${encodeURIComponent(left.number)}`);
    expect(JSON.stringify(found.body)).toContain(left.number);
    const people = await agents.call('mads', 'GET', '/api/people?q=bo%40kunde.example');
    expect(JSON.stringify(people.body)).toContain('bo@kunde.example');
    await expect(server.app.sessions.leaveMessage(CONTOSO, 'web', { name: '', email: 'not-an-address', text: 'x', locale: 'en' })).rejects.toMatchObject({ issues: [{ path: 'name' }, { path: 'email' }] });
  });
});

describe('chat sites (administrators)', () => {
  test('the demo site; the identity secret is write-only; only administrators; bad input is a 400 per field; audited', async () => {
    const list = await agents.call('astrid', 'GET', '/api/chat-sites');
    expect(list.status).toBe(200);
    const web = field<Array<Record<string, unknown>>>(list.body, 'items').find((s) => s.id === 'web');
    expect(web).toMatchObject({ teamId: 'team-dk', language: 'da', hasIdentitySecret: false, allowedOrigins: expect.arrayContaining([server.baseUrl]) });
    expect(web).not.toHaveProperty('identitySecret');
    expect((await agents.call('mads', 'GET', '/api/chat-sites')).status).toBe(403);
    const body = { name: 'Shop', teamId: 'team-se', recordType: 'case', allowedOrigins: ['https://shop.contoso.example'], language: 'sv', openingHours: { timeZone: 'Europe/Stockholm', days: [{ day: 1, from: '08:00', to: '17:00' }] }, agentCapacity: 2, identitySecret: 's'.repeat(40) };
    const put = await agents.call('astrid', 'PUT', '/api/chat-sites/shop', body);
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ id: 'shop', hasIdentitySecret: true });
    expect(put.text).not.toContain('s'.repeat(40));
    const { identitySecret: _kept, ...withoutSecret } = body;
    expect((await agents.call('astrid', 'PUT', '/api/chat-sites/shop', { ...withoutSecret, name: 'Shop 2' })).body).toMatchObject({ name: 'Shop 2', hasIdentitySecret: true });
    expect((await agents.call('mads', 'PUT', '/api/chat-sites/shop', body)).status).toBe(403);
    const bad = await agents.call('astrid', 'PUT', '/api/chat-sites/shop', { ...body, teamId: 'nope', allowedOrigins: ['https://x.example/path'], openingHours: { timeZone: 'Mars/Base', days: [{ day: 1, from: '17:00', to: '08:00' }] } });
    expect(bad.status).toBe(400);
    expect(field<Array<{ path: string }>>(bad.body, 'errors').map((e) => e.path).sort()).toEqual(['allowedOrigins.0', 'openingHours.days.0', 'openingHours.timeZone', 'teamId']);
    expect((await agents.call('astrid', 'PUT', '/api/chat-sites/Bad%20Id', body)).status).toBe(404);
    const audit = await server.app.store.audit.list(CONTOSO, 'chatsite:shop', { limit: 10 });
    expect(audit.items).toHaveLength(2);
    expect(JSON.stringify(audit.items)).not.toContain('s'.repeat(40));
  });
});

async function userId(name: string): Promise<string> {
  const user = (await demoUsers(server.baseUrl)).get(name);
  if (!user) throw new Error(`no ${name}`);
  return user.id;
}

