/**
 * I7 over HTTP on the real server: two decisions on one transfer fired at once (accept vs
 * decline, accept vs cancel, accept vs expiry) and two managers' takeovers. Exactly one wins and
 * the other gets a 409 saying what happened and who did it. Each race runs several rounds, so both
 * orders of arrival occur. (On one instance the writes of a session queue; across instances one
 * conditional write decides: tests/unit/sessions-service.test.ts races two instances.)
 */
import { demoUsers, field, type ApiResponse } from '../fixtures/api-client';
import { agentsOf, startSession, type Agents } from '../fixtures/sessions-api';
import { startServer, type TestServer } from '../fixtures/server';

const ROUNDS = 6;
let server: TestServer;
let agents: Agents;
let ids: Map<string, string>;
beforeAll(async () => {
  // The shortest transfer timeout, and no sweep of its own in the way: the test fires the sweep itself.
  server = await startServer({ env: { CHAT_TRANSFER_TIMEOUT_SECONDS: '5', CHAT_SWEEP_INTERVAL_MS: '600000' } });
  agents = await agentsOf(server);
  ids = new Map([...(await demoUsers(server.baseUrl))].map(([name, u]) => [name, u.id]));
}, 120_000);
afterAll(() => server.stop(), 60_000);

const id = (name: string) => ids.get(name) ?? '';

/** A session Mads handles, offered to Sofie; answers the session and transfer ids. */
async function offered(): Promise<{ sessionId: string; transferId: string }> {
  await agents.status('mads', 'present');
  await agents.status('sofie', 'away');
  const session = await startSession(server);
  expect(session.agentId).toBe(id('Mads Nielsen'));
  await agents.status('sofie', 'present');
  const res = await agents.call('mads', 'POST', `/api/sessions/${session.id}/transfers`, { toUserId: id('Sofie Kristensen') });
  expect(res.status).toBe(201);
  return { sessionId: session.id, transferId: field<string>(res.body, 'id') };
}

async function close(sessionId: string): Promise<void> {
  await agents.call('lars', 'POST', `/api/sessions/${sessionId}/close`);
}

/** Exactly one 200; the other a 409 whose detail names the outcome and who decided. */
function oneWins(results: ApiResponse[], words: Record<string, string>): string {
  const statuses = results.map((r) => r.status).sort();
  expect(statuses).toEqual([200, 409]);
  const loser = results.find((r) => r.status === 409);
  const detail = field<string>(loser?.body, 'detail');
  const outcome = Object.keys(words).find((k) => detail.includes(words[k] ?? '\u0000'));
  expect({ detail, outcome: outcome ?? null }).toEqual({ detail, outcome: expect.any(String) });
  return outcome ?? '';
}

test('accept vs decline: one wins; the loser is told', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const { sessionId, transferId } = await offered();
    const path = (verb: string) => `/api/sessions/${sessionId}/transfers/${transferId}/${verb}`;
    const results = await Promise.all([agents.call('sofie', 'POST', path('accept')), agents.call('sofie', 'POST', path('decline'))]);
    oneWins(results, { accepted: 'Sofie Kristensen has already accepted', declined: 'Sofie Kristensen has already declined' });
    const view = await agents.call('lars', 'GET', `/api/sessions/${sessionId}`);
    const winner = results[0]?.status === 200 ? 'accept' : 'decline';
    expect(field(view.body, 'session', 'agent', 'displayName')).toBe(winner === 'accept' ? 'Sofie Kristensen' : 'Mads Nielsen');
    // One note of the outcome: no trace of the losing decision.
    const notes = field<Array<{ note: { key: string } | null }>>(view.body, 'entries').flatMap((e) => (e.note ? [e.note.key] : []));
    expect(notes.filter((k) => k === 'transferAccepted' || k === 'transferDeclined')).toHaveLength(1);
    await close(sessionId);
  }
}, 120_000);

test('accept vs cancel: one wins; the loser is told who did what', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const { sessionId, transferId } = await offered();
    const path = (verb: string) => `/api/sessions/${sessionId}/transfers/${transferId}/${verb}`;
    const results = await Promise.all([agents.call('sofie', 'POST', path('accept')), agents.call('mads', 'POST', path('cancel'))]);
    const outcome = oneWins(results, { accepted: 'Sofie Kristensen has already accepted', cancelled: 'Mads Nielsen has already cancelled' });
    const agent = field(( await agents.call('lars', 'GET', `/api/sessions/${sessionId}`)).body, 'session', 'agent', 'displayName');
    expect(agent).toBe(outcome === 'accepted' ? 'Sofie Kristensen' : 'Mads Nielsen');
    await close(sessionId);
  }
}, 120_000);

test('two managers take over at once: one wins, the other is told who has it', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    await agents.status('mads', 'present');
    await agents.status('sofie', 'away');
    const session = await startSession(server);
    const results = await Promise.all([
      // Each manager says whom they saw handling it (the tab does): the later one is refused even if it reads after the first wrote.
      agents.call('lars', 'POST', `/api/sessions/${session.id}/takeover`, { expectedAgentId: id('Mads Nielsen') }),
      agents.call('astrid', 'POST', `/api/sessions/${session.id}/takeover`, { expectedAgentId: id('Mads Nielsen') }),
    ]);
    const outcome = oneWins(results, { lars: 'Lars Andersen took this chat over just before you', astrid: 'Astrid Holm took this chat over just before you' });
    const view = await agents.call('lars', 'GET', `/api/sessions/${session.id}`);
    expect(field(view.body, 'session', 'agent', 'displayName')).toBe(outcome === 'lars' ? 'Lars Andersen' : 'Astrid Holm');
    expect(field<Array<{ displayName: string }>>(view.body, 'session', 'listeners').map((l) => l.displayName)).toEqual(['Mads Nielsen']);
    await close(session.id);
  }
}, 120_000);

test('accept vs expiry: the sweep and a late accept race; exactly one expiry is written, the colleague is told', async () => {
  const offers = [];
  for (let round = 0; round < 3; round++) offers.push(await offered());
  // Past the 5 s timeout: accept and the sweep meet on every offer at once.
  await new Promise((resolve) => setTimeout(resolve, 5_200));
  const accepts = Promise.all(offers.map((o) => agents.call('sofie', 'POST', `/api/sessions/${o.sessionId}/transfers/${o.transferId}/accept`)));
  const [results, swept] = await Promise.all([accepts, server.app.sessionSweep()]);
  // An answer past the offer's time is no acceptance: whichever came first wrote the expiry, and every colleague is told.
  expect(swept.expired).toBeLessThanOrEqual(offers.length);
  for (const r of results) {
    expect(r.status).toBe(409);
    expect(field<string>(r.body, 'detail')).toBe('Too late: this transfer expired before anyone answered it.');
  }
  for (const o of offers) {
    const view = await agents.call('lars', 'GET', `/api/sessions/${o.sessionId}`);
    expect(field(view.body, 'session', 'agent', 'displayName')).toBe('Mads Nielsen');
    expect(field(view.body, 'session', 'transfer')).toBeNull();
    // Exactly one outcome was written.
    const notes = field<Array<{ note: { key: string } | null }>>(view.body, 'entries').flatMap((e) => (e.note ? [e.note.key] : []));
    expect(notes.filter((k) => k === 'transferExpired' || k === 'transferAccepted')).toEqual(['transferExpired']);
    await close(o.sessionId);
  }
}, 120_000);
