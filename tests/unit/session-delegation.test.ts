/**
 * J2, J6 for customer chat sessions: the rules as tables, and the session service on the in-memory
 * repositories with the real acting resolver and delegation reader: a delegate takes a session for
 * their delegator, parks it for them, the delegator picks it up; refusals; races decided by the
 * session document's ETag; history with actor and person acted for.
 */
import type { Caller } from '../../bot/src/domain/access/access';
import { CallerService } from '../../bot/src/domain/access/caller-service';
import { DelegationActingResolver } from '../../bot/src/domain/delegation/acting';
import { emptyDelegations, type DelegationPolicy } from '../../bot/src/domain/delegation/delegation';
import { RepositoryDelegationReader } from '../../bot/src/domain/delegation/delegation-reader';
import type { ParkedEvent, ParkNotices } from '../../bot/src/domain/delegation/ports';
import type { SessionIntake, SessionTeams } from '../../bot/src/domain/sessions/ports';
import type { ChatSession } from '../../bot/src/domain/sessions/session';
import { isWorkOf, onBehalfOfIn, parkRefusal, pickedUp, pickUpRefusal, released, takenFor, takeForRefusal } from '../../bot/src/domain/sessions/session-delegation-policies';
import { SessionService } from '../../bot/src/domain/sessions/session-service';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../bot/src/domain/shared/errors';
import { MemoryAuditRepository, MemoryDirectoryRepository, MemoryTimelineRepository } from '../../bot/src/storage/memory/memory-repositories';
import { MemoryDelegationRepository } from '../../bot/src/storage/memory/memory-delegations';
import { MemoryAgentStatusRepository, MemoryChatSiteRepository, MemorySessionRepository } from '../../bot/src/storage/memory/memory-sessions';
import { AGENT, callerOf, MANAGER, session, site, transfer } from '../fixtures/sessions-data';

const OPEN: DelegationPolicy = { enabled: true, delegatorRoleIds: [], delegateRoleIds: [] };
const PARK = { forUserId: 'mads', byUserId: 'sofie', at: '2026-03-02T10:05:00.000Z' };

describe('rules (tables)', () => {
  test.each([
    ['active, handled by the delegator as seen', session({ agentId: 'mads' }), 'mads', null],
    ['closed', session({ agentId: 'mads', status: 'closed' }), 'mads', 'closed'],
    ['the delegate has it already', session({ agentId: 'sofie' }), 'mads', 'alreadyYours'],
    ['queued, as seen', session({ agentId: null, status: 'queued' }), null, 'queued'],
    ['requeued since it was seen', session({ agentId: null, status: 'queued' }), 'mads', 'requeued'],
    ['transferred to someone since', session({ agentId: 'erik' }), 'mads', 'agentChanged'],
    ['seen with someone else (not the delegator)', session({ agentId: 'erik' }), 'erik', 'agentChanged'],
  ])('takeForRefusal: %s', (_name, s, expected, refusal) => {
    expect(takeForRefusal(s, { delegatorId: 'mads', delegateId: 'sofie', expectedAgentId: expected })).toBe(refusal);
  });

  test.each([
    ['handled by the caller for that delegator', session({ agentId: 'sofie', actingFor: 'mads' }), null],
    ['closed', session({ agentId: 'sofie', actingFor: 'mads', status: 'closed' }), 'closed'],
    ['the caller does not handle it', session({ agentId: 'mads' }), 'notHandling'],
    ['the caller handles it for themself', session({ agentId: 'sofie' }), 'notTheirs'],
    ['the caller handles it for someone else', session({ agentId: 'sofie', actingFor: 'lars' }), 'notTheirs'],
    ['parked already', session({ agentId: 'sofie', actingFor: 'mads', parked: PARK }), 'parked'],
    ['a transfer is pending', session({ agentId: 'sofie', actingFor: 'mads', transfer: transfer({ fromUserId: 'sofie', toUserId: 'erik' }) }), 'transferPending'],
  ])('parkRefusal: %s', (_name, s, refusal) => {
    expect(parkRefusal(s, { callerId: 'sofie', forUserId: 'mads' })).toBe(refusal);
  });

  test.each([
    ['parked for the caller', session({ agentId: 'sofie', actingFor: 'mads', parked: PARK }), 'mads', null],
    ['parked for someone else', session({ agentId: 'sofie', actingFor: 'mads', parked: PARK }), 'sofie', 'notForYou'],
    ['nothing parked, handled for the caller: they take it back', session({ agentId: 'sofie', actingFor: 'mads' }), 'mads', null],
    ['nothing parked, handled for someone else', session({ agentId: 'sofie', actingFor: 'mads' }), 'lars', 'notParked'],
    ['nothing parked, handled by the delegate for themself', session({ agentId: 'sofie' }), 'mads', 'notParked'],
    ['picked up already (theirs now)', session({ agentId: 'mads' }), 'mads', 'alreadyYours'],
    ['closed while parked', session({ agentId: 'sofie', parked: PARK, status: 'closed' }), 'mads', 'closed'],
  ])('pickUpRefusal: %s', (_name, s, callerId, refusal) => {
    expect(pickUpRefusal(s, callerId)).toBe(refusal);
  });

  test.each([
    ['handled by them', session({ agentId: 'mads' }), true],
    ['handled for them', session({ agentId: 'sofie', actingFor: 'mads' }), true],
    ['parked for them', session({ agentId: 'sofie', actingFor: 'lars', parked: PARK }), true],
    ['someone else’s', session({ agentId: 'sofie', listenerIds: ['mads'] }), false],
  ])('isWorkOf: %s', (_name, s, expected) => {
    expect(isWorkOf(s, 'mads')).toBe(expected);
  });

  test.each([
    ['the handling agent, handling it for a delegator', session({ agentId: 'sofie', actingFor: 'mads' }), 'sofie', 'mads'],
    ['the handling agent, handling it for nobody', session({ agentId: 'sofie' }), 'sofie', null],
    ['the delegator, listening', session({ agentId: 'sofie', actingFor: 'mads', listenerIds: ['mads'] }), 'mads', null],
    ['someone else (a manager)', session({ agentId: 'sofie', actingFor: 'mads' }), 'lars', null],
  ])('onBehalfOfIn: %s', (_name, s, callerId, expected) => {
    expect(onBehalfOfIn(s, callerId)).toBe(expected);
  });

  test('takenFor: the delegate handles it for the delegator, who listens; a pending transfer is cancelled as a takeover', () => {
    const after = takenFor(session({ agentId: 'mads', listenerIds: ['sofie', 'lars'], transfer: transfer({ fromUserId: 'mads', toUserId: 'erik' }) }), 'sofie', 'mads', 'T');
    expect(after).toMatchObject({ agentId: 'sofie', actingFor: 'mads', listenerIds: ['lars', 'mads'], transfer: null });
    expect(after.transfers.at(-1)).toMatchObject({ status: 'cancelled', decidedBy: 'sofie', decidedAs: 'takeover', decidedAt: 'T' });
  });

  test('pickedUp: the delegator handles it, the delegate listens, nothing parked or acted for', () => {
    const after = pickedUp(session({ agentId: 'sofie', actingFor: 'mads', listenerIds: ['mads'], parked: PARK }), 'mads', 'T');
    expect(after).toMatchObject({ agentId: 'mads', listenerIds: ['sofie'], parked: null, actingFor: null, status: 'active' });
  });

  test('released: a session handled for someone is no longer, after another handler takes it; one that never was stays as it is', () => {
    expect(released(session({ actingFor: 'mads', parked: PARK }))).toMatchObject({ actingFor: null, parked: null });
    const plain = session();
    expect(released(plain)).toBe(plain);
  });
});

interface World {
  service: SessionService;
  other: SessionService;
  who: Record<'mads' | 'sofie' | 'erik' | 'lars' | 'foreign', Caller>;
  delegations: MemoryDelegationRepository;
  audit: MemoryAuditRepository;
  timeline: MemoryTimelineRepository;
  parked: ParkedEvent[];
  pickedUp: Array<ParkedEvent & { pickedUpAt: string }>;
  advance(ms: number): void;
}

async function world(): Promise<World> {
  let now = Date.parse('2026-03-02T10:00:00.000Z');
  const directory = new MemoryDirectoryRepository();
  for (const r of [AGENT, MANAGER]) await directory.putRole(r);
  const named = (c: Caller, displayName: string): Caller => ({ ...c, user: { ...c.user, displayName } });
  const who = {
    mads: named(callerOf('mads', [AGENT]), 'Mads Nielsen'), sofie: named(callerOf('sofie', [AGENT]), 'Sofie Kristensen'),
    erik: named(callerOf('erik', [AGENT], ['team-b']), 'Erik Lindqvist'), lars: named(callerOf('lars', [MANAGER]), 'Lars Andersen'),
    foreign: callerOf('sofie', [MANAGER], ['team-a'], 't2'),
  };
  for (const c of Object.values(who)) if (c.tenantId === 't1') await directory.putUser(c.user);
  const sites = new MemoryChatSiteRepository();
  await sites.put(site());
  const delegations = new MemoryDelegationRepository();
  await delegations.putPolicy('t1', OPEN, null);
  const reader = new RepositoryDelegationReader(delegations);
  const parked: ParkedEvent[] = [];
  const picked: Array<ParkedEvent & { pickedUpAt: string }> = [];
  const parkNotices: ParkNotices = { parked: async (e) => { parked.push(e); }, pickedUp: async (e) => { picked.push(e); } };
  const teams: SessionTeams = { transferOffered: async () => [], transferDecided: async () => undefined, takenOver: async () => undefined };
  const intake: SessionIntake = {
    leaveMessage: async () => ({ recordId: 'r-left', number: 'CAS-1' }),
    makeCase: async (_c, _site, s) => ({ recordId: `r-${s.id}`, number: 'CAS-2', personId: null }),
  };
  const audit = new MemoryAuditRepository();
  const timeline = new MemoryTimelineRepository();
  let id = 0;
  const deps = {
    sessions: new MemorySessionRepository(), statuses: new MemoryAgentStatusRepository(), sites, directory,
    events: { publish: async () => undefined }, teams, intake, audit, timeline,
    acting: new DelegationActingResolver(reader, new CallerService(directory)), delegations: reader, parkNotices,
    clock: () => new Date(now), newId: () => `id${++id}`, transferTimeoutMs: 120_000,
    failed: (step: string, error: unknown) => { throw new Error(`${step} failed: ${String(error)}`); },
  };
  return { service: new SessionService(deps), other: new SessionService(deps), who, delegations, audit, timeline, parked, pickedUp: picked, advance: (ms) => { now += ms; } };
}

/** Names `delegateId` a delegate of `delegatorId` (both documents, as the delegation service writes them). */
async function delegate(w: World, delegatorId: string, delegateId: string): Promise<void> {
  const since = '2026-03-01T00:00:00.000Z';
  await w.delegations.create({ ...emptyDelegations('t1', delegatorId), delegates: [{ userId: delegateId, since, state: 'active' }] });
  await w.delegations.create({ ...emptyDelegations('t1', delegateId), delegators: [{ userId: delegatorId, since, state: 'active' }] });
}

/** Ends it on the delegate's side (where it takes effect). */
async function undelegate(w: World, delegateId: string): Promise<void> {
  const doc = await w.delegations.get('t1', delegateId);
  if (!doc) throw new Error('no document');
  await w.delegations.replace({ ...doc.value, delegators: [] }, doc.etag);
}

let starts = 0;
/** A chat Mads handles (the only present agent), the customer speaking Danish. */
async function madsChat(w: World): Promise<ChatSession> {
  await w.service.setStatus(w.who.mads, 'present');
  const started = await w.service.start('t1', 'web', { visitorId: 'v1', name: 'Ann', email: null, verified: false, locale: 'da', clientId: `start-client-id-${++starts}`, text: 'Hej, min printer virker ikke' });
  expect(started.session.agentId).toBe('mads');
  return started.session;
}

async function takenForMads(w: World): Promise<ChatSession> {
  await delegate(w, 'mads', 'sofie');
  const s = await madsChat(w);
  return w.service.takeover(w.who.sofie, s.id, { onBehalfOf: 'mads' });
}

describe('J2: a delegate takes a session for the delegator', () => {
  test('Sofie takes Mads’s chat for him: she handles it, he listens, the customer reads a Danish note, the audit and the case timeline name both', async () => {
    const w = await world();
    await delegate(w, 'mads', 'sofie');
    const s = await madsChat(w);
    await w.service.makeCase(w.who.mads, s.id, { title: null });
    const taken = await w.service.takeover(w.who.sofie, s.id, { onBehalfOf: 'mads', expectedAgentId: 'mads' });
    expect(taken).toMatchObject({ agentId: 'sofie', actingFor: 'mads', listenerIds: ['mads'], status: 'active' });
    const note = taken.recent.at(-1);
    expect(note).toMatchObject({ kind: 'system', authorId: 'sofie', note: { key: 'takenFor', params: { name: 'Sofie Kristensen', for: 'Mads Nielsen' } } });
    expect(note?.text).toBe('Sofie Kristensen hjælper dig nu i stedet for Mads Nielsen.');
    const [row] = (await w.audit.list('t1', `session:${s.id}`, { limit: 50 })).items.filter((a) => a.path === 'takenFor');
    expect(row).toMatchObject({ actorId: 'sofie', newValue: { agentId: 'sofie', actingFor: 'mads', onBehalfOfId: 'mads' } });
    const entries = (await w.timeline.list('t1', `r-${s.id}`, { limit: 50 })).items;
    expect(entries.find((e) => e.note === 'takenFor')).toMatchObject({ kind: 'chatSession', actorId: 'sofie', onBehalfOfId: 'mads' });
    // She types now; he only listens.
    await expect(w.service.post(w.who.sofie, s.id, { clientId: 'c-sofie-1', text: 'Jeg hjælper dig' })).resolves.toMatchObject({ authorId: 'sofie' });
    await expect(w.service.post(w.who.mads, s.id, { clientId: 'c-mads-1', text: 'Hej' })).rejects.toBeInstanceOf(ForbiddenError);
  });

  test('without naming Mads, her rights decide: the chat is his and she is his delegate, so she takes it for him', async () => {
    const w = await world();
    await delegate(w, 'mads', 'sofie');
    const s = await madsChat(w);
    await expect(w.service.takeover(w.who.sofie, s.id)).resolves.toMatchObject({ agentId: 'sofie', actingFor: 'mads' });
  });

  test('a delegate sees the delegator’s chats (read only) and lists them under "delegated"; someone else neither', async () => {
    const w = await world();
    await delegate(w, 'mads', 'sofie');
    const s = await madsChat(w);
    expect((await w.service.get(w.who.sofie, s.id)).role).toBe('viewer');
    expect((await w.service.list(w.who.sofie, 'delegated')).map((x) => x.id)).toEqual([s.id]);
    await expect(w.service.get(w.who.erik, s.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await w.service.list(w.who.erik, 'delegated')).toEqual([]);
    // Taken for him, it is still his work (and still listed); transferred away, it is not.
    await w.service.takeover(w.who.sofie, s.id, { onBehalfOf: 'mads' });
    expect((await w.service.list(w.who.sofie, 'delegated')).map((x) => x.actingFor)).toEqual(['mads']);
  });

  // Lars, a manager, may open the chat: he is told why; Sofie, who may not open it without the delegation, learns nothing (404).
  test.each([
    ['not a delegate at all', async (_w: World) => undefined, 'onbehalf.refused.notInEffect'],
    ['after the delegation was removed', async (w: World) => { await delegate(w, 'mads', 'lars'); await undelegate(w, 'lars'); }, 'onbehalf.refused.notInEffect'],
    ['with the policy turned off', async (w: World) => {
      await delegate(w, 'mads', 'lars');
      const p = await w.delegations.getPolicy('t1');
      await w.delegations.putPolicy('t1', { ...OPEN, enabled: false }, p?.etag ?? null);
    }, 'onbehalf.refused.policyOff'],
  ])('refused with the reason (403): %s', async (_name, arrange, key) => {
    const w = await world();
    await arrange(w);
    const s = await madsChat(w);
    await expect(w.service.takeover(w.who.lars, s.id, { onBehalfOf: 'mads' })).rejects.toMatchObject({ constructor: ForbiddenError, messageKey: key });
    await expect(w.service.takeover(w.who.sofie, s.id, { onBehalfOf: 'mads' })).rejects.toBeInstanceOf(NotFoundError);
    const after = (await w.service.get(w.who.mads, s.id)).session;
    expect(after.agentId).toBe('mads');
    expect(after.actingFor ?? null).toBeNull();
  });

  test('a chat someone else handles is not the delegator’s: refused (not theirs); a chat of another tenant does not exist', async () => {
    const w = await world();
    await delegate(w, 'mads', 'sofie');
    const s = await madsChat(w);
    // Lars (a manager: he may open it) acts for Erik, whose work it is not.
    await delegate(w, 'erik', 'lars');
    await expect(w.service.takeover(w.who.lars, s.id, { onBehalfOf: 'erik' })).rejects.toMatchObject({ constructor: ForbiddenError, messageKey: 'onbehalf.refused.notTheirs' });
    await expect(w.service.takeover(w.who.foreign, s.id, { onBehalfOf: 'mads' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(w.service.park(w.who.foreign, s.id, { forUserId: 'mads' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(w.service.pickUp(w.who.foreign, s.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  test('someone of the tenant who may not open the chat learns nothing of it: 404 for a take for Mads and a park, not a reason', async () => {
    const w = await world();
    await delegate(w, 'mads', 'sofie');
    const s = await madsChat(w);
    // Erik (another team, no delegate of Mads) cannot open it.
    await expect(w.service.get(w.who.erik, s.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(w.service.takeover(w.who.erik, s.id, { onBehalfOf: 'mads' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(w.service.park(w.who.erik, s.id, { forUserId: 'mads' })).rejects.toBeInstanceOf(NotFoundError);
    // A delegate of Lars, whose work it is not, does not see it either.
    await delegate(w, 'lars', 'erik');
    await expect(w.service.takeover(w.who.erik, s.id, { onBehalfOf: 'lars' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(w.service.takeover(w.who.erik, s.id, { onBehalfOf: 'lars', expectedAgentId: 'lars' })).rejects.toBeInstanceOf(NotFoundError);
  });

  test.each([
    ['taken over by a manager', async (w: World, id: string) => { await w.service.takeover(w.who.lars, id); }],
    ['transferred to a colleague who accepted', async (w: World, id: string) => {
      await w.service.setStatus(w.who.lars, 'present');
      const offered = await w.service.transfer(w.who.mads, id, 'lars');
      await w.service.accept(w.who.lars, id, offered.id);
    }],
  ])('%s after she saw it with Mads: her take loses the race, 409 naming who has it now', async (_name, meanwhile) => {
    for (const named of [true, false]) {
      const w = await world();
      await delegate(w, 'mads', 'sofie');
      const s = await madsChat(w);
      await meanwhile(w, s.id);
      const take = w.service.takeover(w.who.sofie, s.id, { expectedAgentId: 'mads', ...(named ? { onBehalfOf: 'mads' } : {}) });
      await expect(take).rejects.toMatchObject({ constructor: ConflictError, messageKey: 'error.sessions.agentChanged', params: { name: 'Lars Andersen' } });
      expect((await w.service.get(w.who.lars, s.id)).session).toMatchObject({ agentId: 'lars' });
    }
  });
});

describe('J6: park and pick up', () => {
  test('Sofie parks Mads’s chat for him: the customer is told, Mads gets the card; Mads picks it up: he handles it, she listens, the card is redrawn', async () => {
    const w = await world();
    const s = await takenForMads(w);
    w.advance(5_000);
    const parked = await w.service.park(w.who.sofie, s.id, { forUserId: 'mads' });
    expect(parked).toMatchObject({ agentId: 'sofie', actingFor: 'mads', parked: { forUserId: 'mads', byUserId: 'sofie', at: '2026-03-02T10:00:05.000Z' } });
    expect(parked.recent.at(-1)).toMatchObject({ note: { key: 'parked' }, text: 'Et øjeblik – Mads Nielsen er hos dig om lidt.' });
    expect(w.parked).toEqual([{ tenantId: 't1', forUserId: 'mads', byUserId: 'sofie', item: { kind: 'session', id: s.id }, at: '2026-03-02T10:00:05.000Z' }]);
    expect((await w.audit.list('t1', `session:${s.id}`, { limit: 50 })).items.find((a) => a.path === 'parked')).toMatchObject({ actorId: 'sofie', newValue: { onBehalfOfId: 'mads' } });

    await expect(w.service.pickUp(w.who.sofie, s.id)).rejects.toMatchObject({ constructor: ForbiddenError, messageKey: 'sessiondelegation.error.notForYou' });
    w.advance(5_000);
    const picked = await w.service.pickUp(w.who.mads, s.id);
    expect(picked).toMatchObject({ agentId: 'mads', listenerIds: ['sofie'], parked: null, actingFor: null });
    expect(picked.recent.at(-1)).toMatchObject({ note: { key: 'pickedUp' }, authorId: 'mads', text: 'Mads Nielsen er nu med i chatten.' });
    expect(w.pickedUp).toEqual([{ tenantId: 't1', forUserId: 'mads', byUserId: 'sofie', item: { kind: 'session', id: s.id }, at: '2026-03-02T10:00:05.000Z', pickedUpAt: '2026-03-02T10:00:10.000Z' }]);
    await expect(w.service.pickUp(w.who.mads, s.id)).rejects.toMatchObject({ constructor: ConflictError, messageKey: 'sessiondelegation.error.alreadyPickedUp' });
  });

  test.each([
    ['for herself', 'sofie', ValidationError],
    ['for someone she is no delegate of', 'lars', ForbiddenError],
  ])('park refused: %s', async (_name, forUserId, kind) => {
    const w = await world();
    const s = await takenForMads(w);
    await expect(w.service.park(w.who.sofie, s.id, { forUserId })).rejects.toBeInstanceOf(kind);
  });

  test('park refused once the delegation is removed, and for a chat she does not handle for him; nothing parked: pick-up 409', async () => {
    const w = await world();
    const s = await takenForMads(w);
    await expect(w.service.pickUp(w.who.lars, s.id)).rejects.toMatchObject({ constructor: ConflictError, messageKey: 'sessiondelegation.error.notParked' });
    await undelegate(w, 'sofie');
    await expect(w.service.park(w.who.sofie, s.id, { forUserId: 'mads' })).rejects.toMatchObject({ constructor: ForbiddenError, messageKey: 'onbehalf.refused.notInEffect' });
    const w2 = await world();
    await delegate(w2, 'mads', 'sofie');
    const own = await madsChat(w2);
    // Mads handles it himself: Sofie does not handle it.
    await expect(w2.service.park(w2.who.sofie, own.id, { forUserId: 'mads' })).rejects.toMatchObject({ constructor: ForbiddenError, messageKey: 'sessiondelegation.error.notHandling' });
  });

  test('parked twice: 409 naming whom it waits for', async () => {
    const w = await world();
    const s = await takenForMads(w);
    await w.service.park(w.who.sofie, s.id, { forUserId: 'mads' });
    await expect(w.service.park(w.who.sofie, s.id, { forUserId: 'mads' })).rejects.toMatchObject({ constructor: ConflictError, messageKey: 'sessiondelegation.error.parked', params: { name: 'Mads Nielsen' } });
  });

  test('two pick-ups at once (two instances): exactly one wins, the other is told it was picked up', async () => {
    const w = await world();
    const s = await takenForMads(w);
    await w.service.park(w.who.sofie, s.id, { forUserId: 'mads' });
    const results = await Promise.allSettled([w.service.pickUp(w.who.mads, s.id), w.other.pickUp(w.who.mads, s.id)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected');
    expect(lost?.status === 'rejected' && lost.reason).toMatchObject({ constructor: ConflictError, messageKey: 'sessiondelegation.error.alreadyPickedUp' });
    expect(w.pickedUp).toHaveLength(1);
  });

  test('a pick-up and an accepted transfer race: one wins; accept first: nothing parked any more; pick-up first: the transfer was cancelled', async () => {
    for (const first of ['accept', 'pickUp'] as const) {
      const w = await world();
      const s = await takenForMads(w);
      await w.service.park(w.who.sofie, s.id, { forUserId: 'mads' });
      await w.service.setStatus(w.who.lars, 'present');
      const offered = await w.service.transfer(w.who.sofie, s.id, 'lars');
      const accept = () => w.service.accept(w.who.lars, s.id, offered.id);
      const pick = () => w.other.pickUp(w.who.mads, s.id);
      if (first === 'accept') {
        await expect(accept()).resolves.toMatchObject({ agentId: 'lars', parked: null, actingFor: null });
        await expect(pick()).rejects.toMatchObject({ constructor: ConflictError, messageKey: 'sessiondelegation.error.notParked' });
      } else {
        await expect(pick()).resolves.toMatchObject({ agentId: 'mads', parked: null, transfer: null });
        await expect(accept()).rejects.toMatchObject({ constructor: ConflictError, messageKey: 'error.sessions.transferNotPending', params: { status: 'cancelled' } });
      }
    }
  });

  test('a parked chat waits for its delegator: not requeued when the delegate goes offline', async () => {
    const w = await world();
    const s = await takenForMads(w);
    await w.service.park(w.who.sofie, s.id, { forUserId: 'mads' });
    w.advance(10 * 60_000);
    await w.service.routeQueued();
    expect((await w.service.get(w.who.mads, s.id)).session).toMatchObject({ status: 'active', agentId: 'sofie', parked: { forUserId: 'mads' } });
    await expect(w.service.pickUp(w.who.mads, s.id)).resolves.toMatchObject({ agentId: 'mads' });
  });
});

describe('J2: a delegation that ends while the delegate handles a chat for the delegator', () => {
  test.each([
    ['removed', async (w: World) => { await undelegate(w, 'sofie'); }, 'sessiondelegation.error.delegationEnded'],
    ['the policy turned off', async (w: World) => {
      const p = await w.delegations.getPolicy('t1');
      await w.delegations.putPolicy('t1', { ...OPEN, enabled: false }, p?.etag ?? null);
    }, 'sessiondelegation.error.delegationOff'],
    ['the policy no longer allows Mads’s role', async (w: World) => {
      const p = await w.delegations.getPolicy('t1');
      await w.delegations.putPolicy('t1', { ...OPEN, delegatorRoleIds: [MANAGER.id] }, p?.etag ?? null);
    }, 'sessiondelegation.error.delegationOff'],
  ])('%s: she can no longer write in it (403 with the reason); Mads takes it back; she cannot park it', async (_name, end, key) => {
    const w = await world();
    const s = await takenForMads(w);
    await expect(w.service.post(w.who.sofie, s.id, { clientId: 'c-sofie-1', text: 'Hej' })).resolves.toMatchObject({ authorId: 'sofie' });
    await end(w);
    await expect(w.service.post(w.who.sofie, s.id, { clientId: 'c-sofie-2', text: 'Er du der?' })).rejects.toMatchObject({ constructor: ForbiddenError, messageKey: key, params: { name: 'Mads Nielsen' } });
    await expect(w.service.typing(w.who.sofie, s.id)).rejects.toMatchObject({ constructor: ForbiddenError, messageKey: key });
    expect((await w.service.get(w.who.mads, s.id)).session.lastSeq).toBe(s.lastSeq + 1);

    w.advance(1_000);
    const back = await w.service.pickUp(w.who.mads, s.id);
    expect(back).toMatchObject({ agentId: 'mads', actingFor: null, parked: null, listenerIds: ['sofie'], status: 'active' });
    expect(back.recent.at(-1)).toMatchObject({ note: { key: 'pickedUp' }, authorId: 'mads' });
    expect((await w.audit.list('t1', `session:${s.id}`, { limit: 50 })).items.find((a) => a.path === 'pickedUp')).toMatchObject({ actorId: 'mads', oldValue: { agentId: 'sofie', parked: null, actingFor: 'mads' } });
    expect(w.pickedUp).toEqual([]); // nothing was parked: no card to redraw
    await expect(w.service.post(w.who.mads, s.id, { clientId: 'c-mads-1', text: 'Så er jeg her' })).resolves.toMatchObject({ authorId: 'mads' });
    await expect(w.service.park(w.who.sofie, s.id, { forUserId: 'mads' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(w.service.pickUp(w.who.mads, s.id)).rejects.toMatchObject({ constructor: ConflictError, messageKey: 'sessiondelegation.error.alreadyPickedUp' });
  });

  test('removed: every action of hers in the chat is refused with the reason — make a case, transfer, withdraw her offer, close — and nothing changes; Mads takes it back', async () => {
    const w = await world();
    const s = await takenForMads(w);
    // Before the removal she offers it back to Mads (present, listening): a pending offer of hers.
    const offer = await w.service.transfer(w.who.sofie, s.id, 'mads');
    await undelegate(w, 'sofie');
    const ended = { constructor: ForbiddenError, messageKey: 'sessiondelegation.error.delegationEnded', params: { name: 'Mads Nielsen' } };
    const before = (await w.service.get(w.who.mads, s.id)).session;
    await expect(w.service.makeCase(w.who.sofie, s.id, { title: null })).rejects.toMatchObject(ended);
    await expect(w.service.transfer(w.who.sofie, s.id, 'lars')).rejects.toMatchObject(ended);
    await expect(w.service.cancel(w.who.sofie, s.id, offer.id)).rejects.toMatchObject(ended);
    await expect(w.service.close(w.who.sofie, s.id)).rejects.toMatchObject(ended);
    const after = (await w.service.get(w.who.mads, s.id)).session;
    expect(after).toMatchObject({ status: 'active', agentId: 'sofie', recordId: null, lastSeq: before.lastSeq, transfer: { id: offer.id, status: 'pending' } });
    // Reading and leaving stay hers; Mads takes it back.
    await expect(w.service.get(w.who.sofie, s.id)).resolves.toMatchObject({ role: 'agent' });
    await expect(w.service.pickUp(w.who.mads, s.id)).resolves.toMatchObject({ agentId: 'mads', actingFor: null });
    await expect(w.service.close(w.who.mads, s.id)).resolves.toMatchObject({ status: 'closed' });
  });

  test('in effect, the check reads nothing for chats handled for nobody, and lets the delegate write', async () => {
    const w = await world();
    const s = await takenForMads(w);
    let reads = 0;
    const get = w.delegations.get.bind(w.delegations);
    w.delegations.get = async (tenantId, userId) => { reads++; return get(tenantId, userId); };
    await expect(w.service.post(w.who.sofie, s.id, { clientId: 'c-1', text: 'Hej' })).resolves.toMatchObject({ authorId: 'sofie' });
    expect(reads).toBe(1);
    const own = await w.service.pickUp(w.who.mads, s.id);
    reads = 0;
    await w.service.post(w.who.mads, own.id, { clientId: 'c-2', text: 'Hej igen' });
    expect(reads).toBe(0);
  });
});

describe('J2: what a delegate does in a chat she handles for Mads names him (entries, audit, case timeline)', () => {
  test('her message, her offer, the case she makes and her close carry onBehalfOfId Mads; his own do not', async () => {
    const w = await world();
    const s = await takenForMads(w);
    const said = await w.service.post(w.who.sofie, s.id, { clientId: 'c-1', text: 'Jeg hjælper dig' });
    expect(said).toMatchObject({ kind: 'agent', authorId: 'sofie', onBehalfOfId: 'mads' });
    const offer = await w.service.transfer(w.who.sofie, s.id, 'mads');
    await w.service.cancel(w.who.sofie, s.id, offer.id);
    const made = await w.service.makeCase(w.who.sofie, s.id, { title: null });
    const closed = await w.service.close(w.who.sofie, s.id);
    const notes = (await w.service.get(w.who.mads, s.id)).entries.filter((e) => e.authorId === 'sofie' && e.kind === 'system').map((e) => [e.note?.key, e.onBehalfOfId]);
    expect(notes).toEqual([['takenFor', undefined], ['transferPending', 'mads'], ['transferCancelled', 'mads'], ['caseMade', 'mads'], ['closedByAgent', 'mads']]);
    expect(closed.recent.at(-1)).toMatchObject({ note: { key: 'closedByAgent' }, authorId: 'sofie', onBehalfOfId: 'mads' });
    const audit = (await w.audit.list('t1', `session:${s.id}`, { limit: 50 })).items;
    for (const path of ['transferred', 'cancelled', 'caseMade', 'closed']) {
      expect(audit.find((a) => a.path === path)).toMatchObject({ actorId: 'sofie', newValue: { onBehalfOfId: 'mads' } });
    }
    const timeline = (await w.timeline.list('t1', made.recordId, { limit: 50 })).items;
    expect(timeline.find((e) => e.note === 'caseMade')).toMatchObject({ actorId: 'sofie', onBehalfOfId: 'mads' });
    expect(timeline.find((e) => e.note === 'closed')).toMatchObject({ kind: 'chatSession', actorId: 'sofie', onBehalfOfId: 'mads' });
  });

  test('Mads in his own chat, and a manager closing hers: nobody is named as acted for', async () => {
    const w = await world();
    const own = await madsChat(w);
    expect(await w.service.post(w.who.mads, own.id, { clientId: 'c-1', text: 'Hej' })).not.toHaveProperty('onBehalfOfId');
    const s = await takenForMads(w);
    const closed = await w.service.close(w.who.lars, s.id);
    expect(closed.recent.at(-1)).toMatchObject({ note: { key: 'closedByAgent' }, authorId: 'lars' });
    expect(closed.recent.at(-1)).not.toHaveProperty('onBehalfOfId');
    expect((await w.audit.list('t1', `session:${s.id}`, { limit: 50 })).items.find((a) => a.path === 'closed')?.newValue).toEqual({ by: 'agent' });
  });
});

describe('J2: "Delegated to me" by delegator', () => {
  test('only the named delegator’s chats; someone I am not a delegate for: 403; with another view: 400', async () => {
    const w = await world();
    await delegate(w, 'mads', 'sofie');
    const s = await madsChat(w);
    expect((await w.service.list(w.who.sofie, 'delegated', { delegator: 'mads' })).map((x) => x.id)).toEqual([s.id]);
    for (const other of ['lars', 'erik', 'nobody', 'sofie']) {
      await expect(w.service.list(w.who.sofie, 'delegated', { delegator: other })).rejects.toMatchObject({ constructor: ForbiddenError, messageKey: 'sessiondelegation.error.notYourDelegator' });
    }
    await expect(w.service.list(w.who.sofie, 'mine', { delegator: 'mads' })).rejects.toBeInstanceOf(ValidationError);
    await undelegate(w, 'sofie');
    await expect(w.service.list(w.who.sofie, 'delegated', { delegator: 'mads' })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('J6: a park that ends otherwise redraws the delegator’s "Pick up" card', () => {
  test.each([
    ['a manager takes the chat over', async (w: World, id: string) => { await w.service.takeover(w.who.lars, id); }],
    ['a colleague accepts a transfer', async (w: World, id: string) => {
      await w.service.setStatus(w.who.lars, 'present');
      const offered = await w.service.transfer(w.who.sofie, id, 'lars');
      expect(w.pickedUp).toEqual([]); // offered only: still parked
      await w.service.accept(w.who.lars, id, offered.id);
    }],
    ['the delegate closes it', async (w: World, id: string) => { await w.service.close(w.who.sofie, id); }],
  ])('%s: ParkNotices.pickedUp for that park; nothing parked any more', async (_name, end) => {
    const w = await world();
    const s = await takenForMads(w);
    await w.service.park(w.who.sofie, s.id, { forUserId: 'mads' });
    w.advance(2_000);
    await end(w, s.id);
    expect(w.pickedUp).toEqual([{ tenantId: 't1', forUserId: 'mads', byUserId: 'sofie', item: { kind: 'session', id: s.id }, at: '2026-03-02T10:00:00.000Z', pickedUpAt: '2026-03-02T10:00:02.000Z' }]);
    expect((await w.service.get(w.who.lars, s.id)).session.parked ?? null).toBeNull();
  });

  test('a change that ends no park tells nothing', async () => {
    const w = await world();
    const s = await takenForMads(w);
    await w.service.takeover(w.who.lars, s.id);
    await w.service.close(w.who.lars, s.id);
    expect(w.pickedUp).toEqual([]);
  });

  test('a pick-up and an accepted transfer at once (two instances): exactly one wins, the other is told; one card redraw', async () => {
    const winners = new Set<string>();
    for (let round = 0; round < 6; round++) {
      const w = await world();
      const s = await takenForMads(w);
      await w.service.park(w.who.sofie, s.id, { forUserId: 'mads' });
      await w.service.setStatus(w.who.lars, 'present');
      const offered = await w.service.transfer(w.who.sofie, s.id, 'lars');
      // Each starts after a few turns of the event loop (0–3, by round), so either may read first.
      const after = (turns: number) => new Promise<void>((resolve) => { let n = turns; const tick = () => (n-- <= 0 ? resolve() : setImmediate(tick)); tick(); });
      const [accepted, picked] = await Promise.allSettled([
        after(round % 3).then(() => w.service.accept(w.who.lars, s.id, offered.id)),
        after(3 - (round % 4)).then(() => w.other.pickUp(w.who.mads, s.id)),
      ]);
      const won = [accepted, picked].filter((r) => r.status === 'fulfilled');
      winners.add(accepted.status === 'fulfilled' ? 'accept' : 'pickUp');
      expect(won).toHaveLength(1);
      const now = (await w.service.get(w.who.lars, s.id)).session;
      if (accepted.status === 'fulfilled') {
        expect(now).toMatchObject({ agentId: 'lars', parked: null, actingFor: null });
        expect(picked.status === 'rejected' && picked.reason).toMatchObject({ constructor: ConflictError, messageKey: 'sessiondelegation.error.notParked' });
      } else {
        expect(now).toMatchObject({ agentId: 'mads', parked: null, transfer: null });
        expect(accepted.status === 'rejected' && accepted.reason).toMatchObject({ constructor: ConflictError, messageKey: 'error.sessions.transferNotPending', params: { status: 'cancelled' } });
      }
      expect(w.pickedUp).toHaveLength(1);
    }
    // The staggered starts let each side win some rounds.
    expect([...winners].sort()).toEqual(['accept', 'pickUp']);
  });
});
