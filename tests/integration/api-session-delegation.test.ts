/**
 * J2, J6 for customer chat sessions over HTTP on the real server, with a real customer on the chat
 * WebSocket: Mads handles a chat; Sofie, his delegate, takes it for him (the customer reads a
 * Danish note); she parks it for him; he picks it up. The audit (real Cosmos) and the case's
 * timeline carry actor and person acted for. Refusals: not a delegate, after removal, pick-up by
 * someone else, nothing parked, racing pick-ups, another tenant, someone who may not open the chat.
 * A delegate removed while handling a chat for Mads can no longer write in it; Mads takes it back.
 */
import { CONTOSO } from '../../bot/src/sandbox/demo-data';
import { ChatClient, isEntry } from '../fixtures/chat-client';
import { demoUsers, field, type DemoUser } from '../fixtures/api-client';
import { addDelegate, OPEN_POLICY, removeDelegate, setDelegationPolicy } from '../fixtures/delegation';
import { agentsOf, type Agents } from '../fixtures/sessions-api';
import { startServer, type TestServer } from '../fixtures/server';

let server: TestServer;
let agents: Agents;
let users: Map<string, DemoUser>;
const clients: ChatClient[] = [];
const idOf = (name: string) => users.get(name)?.id ?? `missing ${name}`;

beforeAll(async () => {
  server = await startServer();
  agents = await agentsOf(server);
  users = await demoUsers(server.baseUrl);
  await setDelegationPolicy(server.baseUrl, agents.token('astrid'), OPEN_POLICY);
  await agents.status('mads', 'present');
  for (const name of ['sofie', 'erik', 'astrid'] as const) await agents.status(name, 'away');
}, 120_000);
afterAll(async () => {
  for (const c of clients) c.socket.close();
  await server.stop();
}, 60_000);

interface SessionBody {
  id: string;
  agent: { id: string; displayName: string } | null;
  listeners: Array<{ id: string }>;
  actingFor: { id: string; displayName: string } | null;
  parked: { forUser: { id: string }; byUser: { id: string }; at: string } | null;
}

/** A Danish customer starts a chat on the demo site; Mads (the only one present) gets it. */
async function customerChat(): Promise<{ client: ChatClient; sessionId: string }> {
  const client = await ChatClient.connect(server.baseUrl, { tenant: CONTOSO, site: 'web', origin: server.baseUrl });
  clients.push(client);
  await client.hello({ lang: 'da' });
  const { sessionId } = await client.start('Hej, min printer virker ikke', { name: 'Anna Kunde' });
  const view = await agents.call('mads', 'GET', `/api/sessions/${sessionId}`);
  expect(field(view.body, 'session', 'agent', 'id')).toBe(idOf('Mads Nielsen'));
  return { client, sessionId };
}

/** Mads closes the chats he handles (the site's capacity is 3 a head: a new chat would queue). */
async function freeMads(): Promise<void> {
  const mine = field<SessionBody[]>((await agents.call('mads', 'GET', '/api/sessions?view=mine')).body, 'items');
  for (const s of mine.filter((x) => x.agent?.id === idOf('Mads Nielsen'))) expect((await agents.call('mads', 'POST', `/api/sessions/${s.id}/close`)).status).toBe(200);
}

/** The customer's next system note with this key. */
const noteOf = (client: ChatClient, key: string, from: number) =>
  client.waitFor((f) => isEntry(f) && f.entry.note?.key === key, { from, timeoutMs: 10_000 }).then((f) => (isEntry(f) ? f.entry : null));

describe('take, park and pick up a chat for a delegator', () => {
  let chat: { client: ChatClient; sessionId: string };
  let recordId: string;

  beforeAll(async () => {
    chat = await customerChat();
    const made = await agents.call('mads', 'POST', `/api/sessions/${chat.sessionId}/case`, {});
    expect(made.status).toBe(201);
    recordId = field<string>(made.body, 'recordId');
  }, 60_000);

  test('not a delegate: 403 naming the reason, in the caller’s language, to one who may open the chat (Lars, a manager); 404 to one who may not; nothing changed', async () => {
    const refused = await agents.call('lars', 'POST', `/api/sessions/${chat.sessionId}/takeover`, { onBehalfOf: idOf('Mads Nielsen') }, { 'accept-language': 'da' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.text).toContain('stedfortræder');
    expect(field(refused.body, 'detail')).toBe('Du er ikke (længere) stedfortræder for denne person.');
    // Sofie may not open his chat: she learns nothing of it, not even a reason.
    for (const [path, body] of [['takeover', { onBehalfOf: idOf('Mads Nielsen') }], ['park', { forUserId: idOf('Mads Nielsen') }]] as const) {
      const unseen = await agents.call('sofie', 'POST', `/api/sessions/${chat.sessionId}/${path}`, body, { 'accept-language': 'da' });
      expect(unseen.status).toBe(404);
      expect(unseen.text).not.toContain('stedfortræder');
    }
    // Not his delegate, she does not see his chats either.
    expect(field<unknown[]>((await agents.call('sofie', 'GET', '/api/sessions?view=delegated')).body, 'items')).toEqual([]);
    expect(field(((await agents.call('mads', 'GET', `/api/sessions/${chat.sessionId}`)).body), 'session', 'agent', 'id')).toBe(idOf('Mads Nielsen'));
  });

  test('Sofie takes it for Mads: she handles it, he listens; the customer reads it in Danish; the audit and the case timeline name both', async () => {
    await addDelegate(server.baseUrl, agents.token('mads'), idOf('Sofie Kristensen'));
    const delegated = field<SessionBody[]>((await agents.call('sofie', 'GET', '/api/sessions?view=delegated')).body, 'items');
    expect(delegated.map((s) => s.id)).toEqual([chat.sessionId]);
    expect((await agents.call('sofie', 'GET', `/api/sessions/${chat.sessionId}`)).body).toMatchObject({ role: 'viewer' });

    const from = chat.client.mark();
    const taken = await agents.call('sofie', 'POST', `/api/sessions/${chat.sessionId}/takeover`, { onBehalfOf: idOf('Mads Nielsen'), expectedAgentId: idOf('Mads Nielsen') });
    expect(taken.status).toBe(200);
    expect(taken.body).toMatchObject({ agent: { id: idOf('Sofie Kristensen') }, actingFor: { id: idOf('Mads Nielsen'), displayName: 'Mads Nielsen' }, parked: null });
    expect(field<Array<{ id: string }>>(taken.body, 'listeners').map((l) => l.id)).toContain(idOf('Mads Nielsen'));
    // Still his work (handled for him): listed for her, with whom she handles it for (the Cosmos projection carries it).
    const still = field<SessionBody[]>((await agents.call('sofie', 'GET', '/api/sessions?view=delegated')).body, 'items');
    expect(still.map((s) => [s.id, s.actingFor?.id])).toEqual([[chat.sessionId, idOf('Mads Nielsen')]]);
    const note = await noteOf(chat.client, 'takenFor', from);
    expect(note?.text).toBe('Sofie Kristensen hjælper dig nu i stedet for Mads Nielsen.');

    // She writes to the customer; he only listens.
    const said = await agents.call('sofie', 'POST', `/api/sessions/${chat.sessionId}/messages`, { text: 'Jeg hjælper dig, mens Mads er væk.' });
    expect(said.status).toBe(201);
    await chat.client.waitFor((f) => isEntry(f) && f.entry.text === 'Jeg hjælper dig, mens Mads er væk.', { from, timeoutMs: 10_000 });
    expect((await agents.call('mads', 'POST', `/api/sessions/${chat.sessionId}/messages`, { text: 'Hej' })).status).toBe(403);

    const audit = (await server.app.store.audit.list(CONTOSO, `session:${chat.sessionId}`, { limit: 50 })).items;
    expect(audit.find((a) => a.path === 'takenFor')).toMatchObject({ actorId: idOf('Sofie Kristensen'), newValue: { onBehalfOfId: idOf('Mads Nielsen') } });
    const timeline = (await server.app.store.timeline.list(CONTOSO, recordId, { limit: 50 })).items;
    expect(timeline.find((e) => e.kind === 'chatSession' && e.note === 'takenFor')).toMatchObject({ actorId: idOf('Sofie Kristensen'), onBehalfOfId: idOf('Mads Nielsen') });
    const api = await agents.call('mads', 'GET', `/api/records/${recordId}/timeline?kinds=chatSession`);
    expect(api.status).toBe(200);
    expect(field<Array<{ note: string | null }>>(api.body, 'items').map((e) => e.note)).toContain('takenFor');
  });

  test('nothing parked: pick-up 409; Sofie parks it for Mads: the customer is told he will be with them', async () => {
    const nothing = await agents.call('lars', 'POST', `/api/sessions/${chat.sessionId}/pickup`);
    expect(nothing.status).toBe(409);
    expect(nothing.headers.get('content-type')).toContain('application/problem+json');

    expect((await agents.call('sofie', 'POST', `/api/sessions/${chat.sessionId}/park`, {})).status).toBe(400);
    const from = chat.client.mark();
    const parked = await agents.call('sofie', 'POST', `/api/sessions/${chat.sessionId}/park`, { forUserId: idOf('Mads Nielsen') });
    expect(parked.status).toBe(200);
    expect(parked.body).toMatchObject({ agent: { id: idOf('Sofie Kristensen') }, parked: { forUser: { id: idOf('Mads Nielsen') }, byUser: { id: idOf('Sofie Kristensen') } } });
    expect((await noteOf(chat.client, 'parked', from))?.text).toBe('Et øjeblik – Mads Nielsen er hos dig om lidt.');
    const audit = (await server.app.store.audit.list(CONTOSO, `session:${chat.sessionId}`, { limit: 50 })).items;
    expect(audit.find((a) => a.path === 'parked')).toMatchObject({ actorId: idOf('Sofie Kristensen'), newValue: { forUserId: idOf('Mads Nielsen'), onBehalfOfId: idOf('Mads Nielsen') } });
    expect((await agents.call('sofie', 'POST', `/api/sessions/${chat.sessionId}/park`, { forUserId: idOf('Mads Nielsen') })).status).toBe(409);
  });

  test('pick-up by anyone else: 403; another tenant: 404; two pick-ups by Mads at once: one wins, the other 409', async () => {
    for (const name of ['sofie', 'lars'] as const) {
      const refused = await agents.call(name, 'POST', `/api/sessions/${chat.sessionId}/pickup`, undefined, { 'accept-language': 'sv' });
      expect(refused.status).toBe(403);
      expect(field(refused.body, 'detail')).toBe('Chatten är parkerad åt Mads Nielsen. Bara den personen kan ta över den.');
    }
    for (const path of ['pickup', 'park', 'takeover']) {
      expect((await agents.call('nora', 'POST', `/api/sessions/${chat.sessionId}/${path}`, path === 'park' ? { forUserId: idOf('Mads Nielsen') } : undefined)).status).toBe(404);
    }
    const from = chat.client.mark();
    const both = await Promise.all([1, 2].map(() => agents.call('mads', 'POST', `/api/sessions/${chat.sessionId}/pickup`)));
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const won = both.find((r) => r.status === 200);
    expect(won?.body).toMatchObject({ agent: { id: idOf('Mads Nielsen') }, parked: null, actingFor: null });
    expect(field<Array<{ id: string }>>(won?.body, 'listeners').map((l) => l.id)).toContain(idOf('Sofie Kristensen'));
    expect((await noteOf(chat.client, 'pickedUp', from))?.text).toBe('Mads Nielsen er nu med i chatten.');
    const audit = (await server.app.store.audit.list(CONTOSO, `session:${chat.sessionId}`, { limit: 50 })).items;
    expect(audit.filter((a) => a.path === 'pickedUp').map((a) => a.actorId)).toEqual([idOf('Mads Nielsen')]);
    // His again: he writes.
    expect((await agents.call('mads', 'POST', `/api/sessions/${chat.sessionId}/messages`, { text: 'Så er jeg tilbage.' })).status).toBe(201);
  });

  test('after the delegation is removed: a take for Mads is 403 with the reason in a chat she still listens to, 404 in one she may no longer open', async () => {
    const next = await customerChat();
    await removeDelegate(server.baseUrl, agents.token('mads'), idOf('Sofie Kristensen'));
    const refused = await agents.call('sofie', 'POST', `/api/sessions/${chat.sessionId}/takeover`, { onBehalfOf: idOf('Mads Nielsen') }, { 'accept-language': 'en' });
    expect(refused.status).toBe(403);
    expect(field(refused.body, 'detail')).toBe('You are not a delegate of this person (any more).');
    expect((await agents.call('sofie', 'POST', `/api/sessions/${next.sessionId}/takeover`, { onBehalfOf: idOf('Mads Nielsen') })).status).toBe(404);
    expect(field(((await agents.call('mads', 'GET', `/api/sessions/${next.sessionId}`)).body), 'session', 'agent', 'id')).toBe(idOf('Mads Nielsen'));
  });
});

describe('a delegate removed while handling a chat for Mads', () => {
  test('take for Mads → remove Sofie → her message 403 with the reason → Mads takes it back (200) → her park 403', async () => {
    await addDelegate(server.baseUrl, agents.token('mads'), idOf('Sofie Kristensen'));
    const { client, sessionId } = await customerChat();
    const taken = await agents.call('sofie', 'POST', `/api/sessions/${sessionId}/takeover`, { onBehalfOf: idOf('Mads Nielsen'), expectedAgentId: idOf('Mads Nielsen') });
    expect(taken.status).toBe(200);
    expect((await agents.call('sofie', 'POST', `/api/sessions/${sessionId}/messages`, { text: 'Jeg kigger på det.' })).status).toBe(201);

    await removeDelegate(server.baseUrl, agents.token('mads'), idOf('Sofie Kristensen'));
    const refused = await agents.call('sofie', 'POST', `/api/sessions/${sessionId}/messages`, { text: 'Er du der stadig?' }, { 'accept-language': 'da' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(field(refused.body, 'detail')).toBe('Du er ikke længere stedfortræder for Mads Nielsen, så du kan ikke længere skrive i denne chat for vedkommende. Mads Nielsen kan overtage den.');
    // Every other action of hers in his chat is refused too, with the reason; nothing changes.
    const ended = 'Du er ikke længere stedfortræder for Mads Nielsen';
    for (const [path, body] of [['close', undefined], ['transfers', { toUserId: idOf('Mads Nielsen') }], ['case', {}]] as const) {
      const no = await agents.call('sofie', 'POST', `/api/sessions/${sessionId}/${path}`, body, { 'accept-language': 'da' });
      expect([path, no.status]).toEqual([path, 403]);
      expect(String(field(no.body, 'detail'))).toContain(ended);
    }
    const view = await agents.call('mads', 'GET', `/api/sessions/${sessionId}`);
    expect(field(view.body, 'session', 'agent', 'id')).toBe(idOf('Sofie Kristensen'));
    expect(view.body).toMatchObject({ session: { status: 'active', transfer: null, recordId: null } });
    expect(field<Array<{ text: string }>>(view.body, 'entries').map((e) => e.text)).not.toContain('Er du der stadig?');

    const from = client.mark();
    const back = await agents.call('mads', 'POST', `/api/sessions/${sessionId}/pickup`);
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ agent: { id: idOf('Mads Nielsen') }, actingFor: null, parked: null });
    expect(field<Array<{ id: string }>>(back.body, 'listeners').map((l) => l.id)).toContain(idOf('Sofie Kristensen'));
    expect((await noteOf(client, 'pickedUp', from))?.text).toBe('Mads Nielsen er nu med i chatten.');
    expect((await agents.call('mads', 'POST', `/api/sessions/${sessionId}/messages`, { text: 'Nu hjælper jeg dig igen.' })).status).toBe(201);

    const park = await agents.call('sofie', 'POST', `/api/sessions/${sessionId}/park`, { forUserId: idOf('Mads Nielsen') }, { 'accept-language': 'en' });
    expect(park.status).toBe(403);
    expect(field(park.body, 'detail')).toBe('You are not a delegate of this person (any more).');
  });
});

describe('what Sofie does in a chat she handles for Mads names him', () => {
  test('her message (agents see for whom, the customer does not), her close: the audit and the case timeline carry actor Sofie, onBehalfOf Mads', async () => {
    await addDelegate(server.baseUrl, agents.token('mads'), idOf('Sofie Kristensen'));
    await freeMads();
    const { client, sessionId } = await customerChat();
    const made = await agents.call('mads', 'POST', `/api/sessions/${sessionId}/case`, {});
    expect(made.status).toBe(201);
    const recordId = field<string>(made.body, 'recordId');
    expect((await agents.call('sofie', 'POST', `/api/sessions/${sessionId}/takeover`, { onBehalfOf: idOf('Mads Nielsen'), expectedAgentId: idOf('Mads Nielsen') })).status).toBe(200);

    const from = client.mark();
    const said = await agents.call('sofie', 'POST', `/api/sessions/${sessionId}/messages`, { text: 'Jeg kigger på din printer.' });
    expect(said.status).toBe(201);
    expect(said.body).toMatchObject({ authorId: idOf('Sofie Kristensen'), onBehalfOfId: idOf('Mads Nielsen') });
    const seen = await client.waitFor((f) => isEntry(f) && f.entry.text === 'Jeg kigger på din printer.', { from, timeoutMs: 10_000 });
    expect(isEntry(seen) ? Object.keys(seen.entry) : []).not.toContain('onBehalfOfId');
    expect(JSON.stringify(seen)).not.toContain(idOf('Mads Nielsen'));

    const closed = await agents.call('sofie', 'POST', `/api/sessions/${sessionId}/close`);
    expect(closed.status).toBe(200);
    const audit = (await server.app.store.audit.list(CONTOSO, `session:${sessionId}`, { limit: 50 })).items;
    expect(audit.find((a) => a.path === 'closed')).toMatchObject({ actorId: idOf('Sofie Kristensen'), newValue: { by: 'agent', onBehalfOfId: idOf('Mads Nielsen') } });
    const timeline = (await server.app.store.timeline.list(CONTOSO, recordId, { limit: 50 })).items;
    expect(timeline.find((e) => e.kind === 'chatSession' && e.note === 'closed')).toMatchObject({ actorId: idOf('Sofie Kristensen'), onBehalfOfId: idOf('Mads Nielsen') });
    const entries = field<Array<{ note: { key: string } | null; authorId: string | null; onBehalfOfId?: string }>>((await agents.call('mads', 'GET', `/api/sessions/${sessionId}`)).body, 'entries');
    expect(entries.find((e) => e.note?.key === 'closedByAgent')).toMatchObject({ authorId: idOf('Sofie Kristensen'), onBehalfOfId: idOf('Mads Nielsen') });
  });
});

describe('"Delegated to me" by delegator', () => {
  test('`delegator` = Mads: his chats; Lars (not my delegator) or a FABRIKAM id: 403 with the reason; with view=mine: 400', async () => {
    await addDelegate(server.baseUrl, agents.token('mads'), idOf('Sofie Kristensen'));
    await freeMads();
    const { sessionId } = await customerChat();
    const mine = await agents.call('sofie', 'GET', `/api/sessions?view=delegated&delegator=${encodeURIComponent(idOf('Mads Nielsen'))}`);
    expect(mine.status).toBe(200);
    const items = field<SessionBody[]>(mine.body, 'items');
    expect(items.map((s) => s.id)).toContain(sessionId);
    expect(items.every((s) => [s.agent?.id, s.actingFor?.id, s.parked?.forUser.id].includes(idOf('Mads Nielsen')))).toBe(true);
    for (const other of [idOf('Lars Andersen'), idOf('Nora Hansen')]) {
      const no = await agents.call('sofie', 'GET', `/api/sessions?view=delegated&delegator=${encodeURIComponent(other)}`, undefined, { 'accept-language': 'sv' });
      expect(no.status).toBe(403);
      expect(no.headers.get('content-type')).toContain('application/problem+json');
      expect(field(no.body, 'detail')).toBe('Du är inte ombud för den här personen, så personens chattar finns inte i din lista.');
    }
    const bad = await agents.call('sofie', 'GET', `/api/sessions?view=mine&delegator=${encodeURIComponent(idOf('Mads Nielsen'))}`);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('delegator');
  });
});
