/**
 * The session service (I1–I7) on the in-memory repositories, with recording fakes of the ports
 * (events, Teams, intake, presence): routing, numbering, resends, transfers and their races,
 * takeover, close, make a case, audit and timeline, tenant scoping.
 */
import type { Caller } from '../../bot/src/domain/access/access';
import type { SessionEvent, SessionIntake, SessionTeams, TeamsPresence } from '../../bot/src/domain/sessions/ports';
import { RECENT_ENTRIES, type AgentStatus, type ChatSession, type Transfer } from '../../bot/src/domain/sessions/session';
import { SessionService } from '../../bot/src/domain/sessions/session-service';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../bot/src/domain/shared/errors';
import { MemoryAuditRepository, MemoryDirectoryRepository, MemoryTimelineRepository } from '../../bot/src/storage/memory/memory-repositories';
import { MemoryAgentStatusRepository, MemoryChatSiteRepository, MemorySessionRepository } from '../../bot/src/storage/memory/memory-sessions';
import { AGENT, callerOf, LISTENER, MANAGER, site } from '../fixtures/sessions-data';

interface World {
  service: SessionService;
  /** A second instance on the same storage (another process: its own in-memory queues). */
  other: SessionService;
  events: SessionEvent[];
  teamsCalls: string[];
  failures: string[];
  audit: MemoryAuditRepository;
  timeline: MemoryTimelineRepository;
  sessions: MemorySessionRepository;
  /** What the intake was asked to copy to a case after it was made. */
  copied: Array<{ sessionId: string; seqs: number[] }>;
  advance(ms: number): void;
  who: Record<'a1' | 'a2' | 'a3' | 'm1' | 'm2' | 'l' | 'outsider' | 'foreign', Caller>;
  presence: Map<string, AgentStatus>;
  options: { failEvents: boolean };
}

async function world(options: { presence?: boolean } = {}): Promise<World> {
  let now = Date.parse('2026-03-02T10:00:00.000Z');
  const directory = new MemoryDirectoryRepository();
  for (const r of [AGENT, MANAGER, LISTENER]) await directory.putRole(r);
  const who = {
    a1: callerOf('a1', [AGENT]), a2: callerOf('a2', [AGENT]), a3: callerOf('a3', [AGENT]),
    m1: callerOf('m1', [MANAGER], ['team-z']), m2: callerOf('m2', [MANAGER], ['team-z']), l: callerOf('l', [LISTENER], ['team-z']),
    outsider: callerOf('outsider', [AGENT], ['team-b']), foreign: callerOf('a1', [MANAGER], ['team-a'], 't2'),
  };
  for (const c of Object.values(who)) if (c.tenantId === 't1') await directory.putUser(c.user);
  const sites = new MemoryChatSiteRepository();
  await sites.put(site());
  const events: SessionEvent[] = [];
  const teamsCalls: string[] = [];
  const failures: string[] = [];
  const flags = { failEvents: false };
  const teams: SessionTeams = {
    transferOffered: async (_s, t) => { teamsCalls.push(`offered:${t.toUserId}`); return [{ userId: t.toUserId, conversationId: 'c', activityId: `act-${t.id}`, serviceUrl: 'http://x' }]; },
    transferDecided: async (_s, t) => { teamsCalls.push(`decided:${t.status}:${t.cards.length}`); },
    takenOver: async (_s, managerId, previous) => { teamsCalls.push(`takenOver:${managerId}:${previous ?? '-'}`); },
  };
  const copied: Array<{ sessionId: string; seqs: number[] }> = [];
  const intake: SessionIntake = {
    leaveMessage: async () => ({ recordId: 'r-left', number: 'CAS-1' }),
    makeCase: async (_c, _site, session) => ({ recordId: `r-${session.id}`, number: 'CAS-2', personId: null }),
    appendToCase: async (session, entries) => { copied.push({ sessionId: session.id, seqs: entries.map((e) => e.seq) }); },
  };
  const presenceMap = new Map<string, AgentStatus>();
  const presence: TeamsPresence = { of: async (_t, ids) => new Map([...presenceMap].filter(([id]) => ids.includes(id))) };
  const audit = new MemoryAuditRepository();
  const timeline = new MemoryTimelineRepository();
  const sessions = new MemorySessionRepository();
  let id = 0;
  const deps = {
    sessions, statuses: new MemoryAgentStatusRepository(), sites, directory,
    events: { publish: async (e: SessionEvent) => { if (flags.failEvents) throw new Error('hub down'); events.push(e); } },
    teams, intake, presence: options.presence ? presence : undefined, audit, timeline,
    people: { findByEmail: async (tenantId: string, email: string) => (tenantId === 't1' && email === 'ann@customer.example' ? { id: 'p-ann', name: 'Ann' } : null) },
    clock: () => new Date(now), newId: () => `id${++id}`, transferTimeoutMs: 120_000,
    failed: (step: string) => { failures.push(step); },
  };
  const service = new SessionService(deps);
  return { service, other: new SessionService(deps), events, teamsCalls, failures, audit, timeline, sessions, copied, advance: (ms) => { now += ms; }, who, presence: presenceMap, options: flags };
}

let starts = 0;
const start = (w: World, text = 'Hello, my printer is broken', clientId = `start-client-id-${++starts}`) =>
  w.service.start('t1', 'web', { visitorId: 'v1', name: 'Ann', email: 'ann@customer.example', verified: false, locale: 'da', clientId, text });
const visitor = (s: ChatSession) => ({ tenantId: 't1', siteId: 'web', sessionId: s.id, visitorId: 'v1' });
const seqs = (items: Array<{ seq: number }>) => items.map((e) => e.seq);

describe('routing (I2)', () => {
  test('a new session goes to the present agent with the fewest open sessions; with nobody present it queues, and is routed when someone becomes present', async () => {
    const w = await world();
    const queued = await start(w);
    expect(queued.session).toMatchObject({ status: 'queued', agentId: null, waitingSince: '2026-03-02T10:00:00.000Z', lastSeq: 2 });
    expect(queued.session.recent.map((e) => e.note?.key ?? e.kind)).toEqual(['customer', 'queued']);
    await w.service.setStatus(w.who.a2, 'present');
    const routed = (await w.service.get(w.who.a2, queued.session.id));
    expect(routed.session).toMatchObject({ status: 'active', agentId: 'a2', waitingSince: null });
    expect(routed.entries.at(-1)?.note).toEqual({ key: 'agentJoined', params: { name: 'Name a2' } });
    w.advance(1000);
    await w.service.setStatus(w.who.a1, 'present');
    const second = await start(w);
    expect(second.session.agentId).toBe('a1');
    w.advance(1000);
    const third = await start(w);
    // Both have one; a2 got theirs least recently.
    expect(third.session.agentId).toBe('a2');
    expect(w.events.filter((e) => e.type === 'agent').map((e) => e.type === 'agent' && e.userId)).toEqual(expect.arrayContaining(['a1', 'a2']));
  });

  test('capacity: a full agent gets no more; the queue sweep routes when room frees up', async () => {
    const w = await world();
    await w.service.setStatus(w.who.a1, 'present');
    const sessions = [];
    for (let i = 0; i < 4; i++) sessions.push((await start(w)).session);
    expect(sessions.map((s) => s.status)).toEqual(['active', 'active', 'active', 'queued']);
    await w.service.close(w.who.a1, sessions[0]?.id ?? '');
    // Closing freed a place: the queued one is routed at once (and the sweep finds nothing left).
    expect((await w.service.get(w.who.a1, sessions[3]?.id ?? '')).session.agentId).toBe('a1');
    expect(await w.service.routeQueued()).toBe(0);
  });

  test('an agent whose heartbeat stopped a minute ago is offline and gets nothing', async () => {
    const w = await world();
    await w.service.setStatus(w.who.a1, 'present');
    w.advance(61_000);
    expect((await start(w)).session.status).toBe('queued');
    await w.service.heartbeat(w.who.a1);
    expect(await w.service.routeQueued()).toBe(1);
  });

  test('availability: nobody present, then open; closed outside opening hours', async () => {
    const w = await world();
    expect(await w.service.availability('t1', 'web')).toEqual({ open: false, reason: 'nobodyPresent', site: { name: 'Web', language: 'en' } });
    await w.service.setStatus(w.who.a3, 'present');
    // Answered from this instance's memory for a few seconds (advisory: start decides).
    expect((await w.service.availability('t1', 'web')).reason).toBe('nobodyPresent');
    w.advance(3_001);
    await w.service.heartbeat(w.who.a3);
    expect((await w.service.availability('t1', 'web')).reason).toBe('open');
    await expect(w.service.availability('t1', 'nope')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('entries', () => {
  test('concurrent messages from both sides are numbered without a gap; evicted entries are archived and read back in order', async () => {
    const w = await world();
    await w.service.setStatus(w.who.a1, 'present');
    const { session } = await start(w);
    const writes = [];
    for (let i = 0; i < 40; i++) {
      writes.push(w.service.postAsVisitor(visitor(session), { clientId: `v-${i + 2}`, text: `customer ${i}` }));
      writes.push(w.service.post(w.who.a1, session.id, { clientId: `a-${i}`, text: `agent ${i}` }));
    }
    const written = await Promise.all(writes);
    expect(new Set(written.map((e) => e.seq)).size).toBe(80);
    const view = await w.service.get(w.who.a1, session.id);
    expect(seqs(view.entries)).toEqual(Array.from({ length: 82 }, (_, i) => i + 1));
    expect(view.session.recent).toHaveLength(RECENT_ENTRIES);
    expect(seqs(await w.service.entriesForAgent(w.who.a1, session.id, 10))).toEqual(Array.from({ length: 72 }, (_, i) => i + 11));
    expect(seqs((await w.service.entriesForVisitor(visitor(session), 80)).entries)).toEqual([81, 82]);
  });

  test('a resent client id answers the entry it became, also once it is archived', async () => {
    const w = await world();
    await w.service.setStatus(w.who.a1, 'present');
    const { session, entry } = await start(w, 'first', 'first-client-id-0001');
    const again = await w.service.postAsVisitor(visitor(session), { clientId: 'first-client-id-0001', text: 'first' });
    expect(again).toEqual(entry);
    for (let i = 0; i < RECENT_ENTRIES + 5; i++) await w.service.post(w.who.a1, session.id, { clientId: `a-${i}`, text: `agent ${i}` });
    expect(await w.service.postAsVisitor(visitor(session), { clientId: 'first-client-id-0001', text: 'first' })).toEqual(entry);
    expect((await w.service.get(w.who.a1, session.id)).session.lastSeq).toBe(2 + RECENT_ENTRIES + 5);
  });

  test('bad input: empty or too long text; a visitor of another session; a closed session', async () => {
    const w = await world();
    await w.service.setStatus(w.who.a1, 'present');
    const { session } = await start(w);
    await expect(w.service.post(w.who.a1, session.id, { clientId: 'x', text: '   ' })).rejects.toBeInstanceOf(ValidationError);
    await expect(w.service.postAsVisitor(visitor(session), { clientId: 'x', text: 'x'.repeat(2001) })).rejects.toBeInstanceOf(ValidationError);
    await expect(w.service.postAsVisitor({ ...visitor(session), visitorId: 'v2' }, { clientId: 'x', text: 'hi' })).rejects.toBeInstanceOf(NotFoundError);
    await w.service.closeByVisitor(visitor(session));
    await expect(w.service.post(w.who.a1, session.id, { clientId: 'y', text: 'hi' })).rejects.toMatchObject({ messageKey: 'error.sessions.closed' });
  });

  test('events are best effort: a failing hub is logged, the message is stored', async () => {
    const w = await world();
    await w.service.setStatus(w.who.a1, 'present');
    const { session } = await start(w);
    w.options.failEvents = true;
    const entry = await w.service.post(w.who.a1, session.id, { clientId: 'x', text: 'still stored' });
    expect((await w.service.get(w.who.a1, session.id)).entries.at(-1)).toEqual(entry);
    expect(w.failures).toContain('publish');
  });
});

describe('transfer (I3, I4, I7)', () => {
  async function active(w: World) {
    for (const c of [w.who.a1, w.who.a2, w.who.a3]) await w.service.setStatus(c, 'present');
    await w.service.setStatus(w.who.a2, 'away');
    await w.service.setStatus(w.who.a3, 'away');
    const { session } = await start(w);
    expect(session.agentId).toBe('a1');
    await w.service.setStatus(w.who.a2, 'present');
    return session;
  }

  test('offer, accept: the colleague handles it, the first agent listens and cannot write; every card is redrawn', async () => {
    const w = await world();
    const session = await active(w);
    const transfer = await w.service.transfer(w.who.a1, session.id, 'a2');
    expect(transfer).toMatchObject({ fromUserId: 'a1', toUserId: 'a2', byUserId: 'a1', status: 'pending', expiresAt: '2026-03-02T10:02:00.000Z' });
    expect(transfer.cards).toHaveLength(1);
    expect((await w.service.get(w.who.a2, session.id)).role).toBe('transferTarget');
    expect((await w.service.list(w.who.a2, 'mine')).map((s) => s.id)).toEqual([session.id]);
    await expect(w.service.post(w.who.a2, session.id, { clientId: 'x', text: 'not yet' })).rejects.toBeInstanceOf(ForbiddenError);
    const accepted = await w.service.accept(w.who.a2, session.id, transfer.id);
    expect(accepted).toMatchObject({ agentId: 'a2', listenerIds: ['a1'], transfer: null });
    expect(w.teamsCalls).toEqual(['offered:a2', 'decided:accepted:1']);
    expect((await w.service.get(w.who.a1, session.id)).role).toBe('listener');
    await expect(w.service.post(w.who.a1, session.id, { clientId: 'y', text: 'me again' })).rejects.toMatchObject({ messageKey: 'error.sessions.listenOnly' });
    const notes = (await w.service.get(w.who.a2, session.id)).entries.flatMap((e) => (e.note ? [e.note.key] : []));
    expect(notes).toEqual(['agentJoined', 'transferPending', 'transferAccepted']);
    const audit = await w.audit.list('t1', `session:${session.id}`, { limit: 10 });
    expect(audit.items.map((e) => e.path).sort()).toEqual(['accepted', 'started', 'transferred']);
  });

  test('decline and cancel return the session to the first agent; a second transfer needs the first decided', async () => {
    const w = await world();
    const session = await active(w);
    const first = await w.service.transfer(w.who.a1, session.id, 'a2');
    await expect(w.service.transfer(w.who.a1, session.id, 'a2')).rejects.toMatchObject({ messageKey: 'error.sessions.transferPending', params: { name: 'Name a2' } });
    expect(await w.service.decline(w.who.a2, session.id, first.id)).toMatchObject({ agentId: 'a1', transfer: null, listenerIds: [] });
    const second = await w.service.transfer(w.who.a1, session.id, 'a2');
    await expect(w.service.cancel(w.who.a2, session.id, second.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await w.service.cancel(w.who.a1, session.id, second.id)).toMatchObject({ agentId: 'a1', transfer: null });
    expect((await w.service.get(w.who.a1, session.id)).session.transfers.map((t) => t.status)).toEqual(['declined', 'cancelled']);
  });

  test('refused: to someone not present (named), to oneself, to someone outside the site\'s team, by someone not handling it', async () => {
    const w = await world();
    const session = await active(w);
    await expect(w.service.transfer(w.who.a1, session.id, 'a3')).rejects.toMatchObject({ messageKey: 'error.sessions.targetNotPresent', params: { name: 'Name a3' } });
    await expect(w.service.transfer(w.who.a1, session.id, 'a1')).rejects.toBeInstanceOf(ValidationError);
    await expect(w.service.transfer(w.who.a1, session.id, 'nobody')).rejects.toBeInstanceOf(ValidationError);
    await w.service.setStatus(w.who.outsider, 'present');
    await expect(w.service.transfer(w.who.a1, session.id, 'outsider')).rejects.toMatchObject({ messageKey: 'error.sessions.targetCannotHandle' });
    await expect(w.service.transfer(w.who.a2, session.id, 'a3')).rejects.toBeInstanceOf(NotFoundError);
    await expect(w.service.transfer(w.who.l, session.id, 'a2')).rejects.toBeInstanceOf(ForbiddenError);
    expect((await w.service.get(w.who.a1, session.id)).session).toMatchObject({ agentId: 'a1', transfer: null, lastSeq: 2 });
  });

  test.each<[string, (w: World, s: string, t: string) => Promise<unknown>, (w: World, s: string, t: string) => Promise<unknown>]>([
    ['accept vs decline', (w, s, t) => w.service.accept(w.who.a2, s, t), (w, s, t) => w.service.decline(w.who.a2, s, t)],
    ['accept vs cancel', (w, s, t) => w.service.accept(w.who.a2, s, t), (w, s, t) => w.service.cancel(w.who.a1, s, t)],
    ['cancel by the agent vs cancel by a manager', (w, s, t) => w.service.cancel(w.who.a1, s, t), (w, s, t) => w.service.cancel(w.who.m1, s, t)],
  ])('I7 %s at once: exactly one wins, the other is told what happened and who did it', async (_name, one, other) => {
    const w = await world();
    const session = await active(w);
    const transfer = await w.service.transfer(w.who.a1, session.id, 'a2');
    const results = await Promise.allSettled([one(w, session.id, transfer.id), other(w, session.id, transfer.id)]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const decided = (await w.service.get(w.who.a1, session.id)).session.transfers[0] as Transfer;
    expect(lost[0]).toBeInstanceOf(ConflictError);
    expect(lost[0]).toMatchObject({ messageKey: 'error.sessions.transferNotPending', params: { status: decided.status, by: `Name ${decided.decidedBy ?? ''}` } });
    expect((await w.service.get(w.who.a1, session.id)).entries.filter((e) => e.note?.key.startsWith('transfer') && e.note.key !== 'transferPending')).toHaveLength(1);
  });

  test.each<[string, 'accept' | 'decline' | 'cancel', 'accept' | 'decline' | 'cancel']>([
    ['accept vs decline', 'accept', 'decline'],
    ['accept vs cancel', 'accept', 'cancel'],
  ])('I7 %s on two instances: the ETag decides, the stale writer re-reads and is told', async (_name, first, second) => {
    let stale = 0;
    for (let round = 0; round < 5; round++) {
      const w = await world();
      const session = await active(w);
      const transfer = await w.service.transfer(w.who.a1, session.id, 'a2');
      const by = (d: 'accept' | 'decline' | 'cancel') => (d === 'cancel' ? w.who.a1 : w.who.a2);
      let replaces = 0;
      const replace = w.sessions.replace.bind(w.sessions);
      w.sessions.replace = async (s, etag) => {
        replaces++;
        try {
          return await replace(s, etag);
        } catch (error) {
          stale++;
          throw error;
        }
      };
      const results = await Promise.allSettled([w.service[first](by(first), session.id, transfer.id), w.other[second](by(second), session.id, transfer.id)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
      expect(lost[0]).toMatchObject({ messageKey: 'error.sessions.transferNotPending' });
      // Both wrote or tried to write at most once each: one write decided, the loser did not write over it.
      expect(replaces).toBeLessThanOrEqual(2);
      expect((await w.service.get(w.who.a1, session.id)).session.transfers).toHaveLength(1);
    }
    // The two instances did meet on one version: the conditional write turned the later one away.
    expect(stale).toBeGreaterThan(0);
  });

  test('a burst on two instances at once: every message numbered once, no gap', async () => {
    const w = await world();
    const session = await active(w);
    const posts = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? w.service : w.other).postAsVisitor(visitor(session), { clientId: `b${i}`, text: `burst ${i}` }));
    const entries = await Promise.all(posts);
    expect(new Set(entries.map((e) => e.seq)).size).toBe(30);
    expect(seqs((await w.service.get(w.who.a1, session.id)).entries)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
  });

  test('an unanswered transfer expires after the timeout and returns to the first agent; a late accept is told', async () => {
    const w = await world();
    const session = await active(w);
    const transfer = await w.service.transfer(w.who.a1, session.id, 'a2');
    expect(await w.service.expireTransfers()).toBe(0);
    w.advance(120_000);
    expect(await w.service.expireTransfers()).toBe(1);
    await expect(w.service.accept(w.who.a2, session.id, transfer.id)).rejects.toMatchObject({ params: { status: 'expired', by: '' } });
    expect((await w.service.get(w.who.a1, session.id)).session).toMatchObject({ agentId: 'a1', transfer: null });
    expect(w.teamsCalls).toContain('decided:expired:1');
  });
});

describe('takeover (I5), close, make a case', () => {
  async function active(w: World) {
    await w.service.setStatus(w.who.a1, 'present');
    return (await start(w)).session;
  }

  test('a manager takes over: the agent listens, both are told; an agent may not', async () => {
    const w = await world();
    const session = await active(w);
    await expect(w.service.takeover(w.who.a2, session.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(w.service.takeover(w.who.l, session.id)).rejects.toBeInstanceOf(ForbiddenError);
    const taken = await w.service.takeover(w.who.m1, session.id);
    expect(taken).toMatchObject({ agentId: 'm1', listenerIds: ['a1'] });
    expect(w.teamsCalls).toEqual(['takenOver:m1:a1']);
    await expect(w.service.takeover(w.who.m1, session.id)).rejects.toMatchObject({ messageKey: 'error.sessions.alreadyYours' });
  });

  test('two managers at once: the first wins, the other is told who has it', async () => {
    const w = await world();
    const session = await active(w);
    const results = await Promise.allSettled([w.service.takeover(w.who.m1, session.id), w.service.takeover(w.who.m2, session.id)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    const agentId = (await w.service.get(w.who.m1, session.id)).session.agentId;
    expect(lost[0]).toMatchObject({ messageKey: 'error.sessions.takenOverBy', params: { name: `Name ${agentId ?? ''}` } });
  });

  test('make a case: the session gets the case; later events go on its timeline; a second case is refused', async () => {
    const w = await world();
    const session = await active(w);
    await expect(w.service.makeCase(w.who.l, session.id, { title: null })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await w.service.makeCase(w.who.a1, session.id, { title: 'Printer' })).toEqual({ recordId: `r-${session.id}`, number: 'CAS-2' });
    await expect(w.service.makeCase(w.who.a1, session.id, { title: null })).rejects.toMatchObject({ messageKey: 'error.sessions.caseExists' });
    await w.service.close(w.who.a1, session.id);
    const timeline = await w.timeline.list('t1', `r-${session.id}`, { limit: 10 });
    expect(timeline.items.map((e) => `${e.kind}:${e.note ?? ''}`).sort()).toEqual(['chatSession:caseMade', 'chatSession:closed', 'chatSession:started']);
    expect((await w.service.get(w.who.a1, session.id)).session).toMatchObject({ status: 'closed', recordId: `r-${session.id}` });
  });

  test('a listener leaves (stops listening); close by a listener is refused, pointing to leave', async () => {
    const w = await world();
    const session = await active(w);
    await w.service.takeover(w.who.m1, session.id);
    await expect(w.service.close(w.who.a1, session.id)).rejects.toMatchObject({ messageKey: 'error.sessions.useLeave' });
    expect((await w.service.get(w.who.a1, session.id)).session.status).toBe('active');
    const after = await w.service.leave(w.who.a1, session.id);
    expect(after).toMatchObject({ status: 'active', listenerIds: [] });
    await expect(w.service.get(w.who.a1, session.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('views and scoping (I6)', () => {
  test('live needs listen; another tenant sees nothing', async () => {
    const w = await world();
    await w.service.setStatus(w.who.a1, 'present');
    const { session } = await start(w);
    expect((await w.service.list(w.who.l, 'live')).map((s) => s.id)).toEqual([session.id]);
    expect((await w.service.get(w.who.l, session.id)).role).toBe('viewer');
    await expect(w.service.list(w.who.a2, 'live')).rejects.toBeInstanceOf(ForbiddenError);
    await expect(w.service.get(w.who.foreign, session.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await w.service.list(w.who.foreign, 'mine')).toEqual([]);
  });

  test('agents with status and open sessions; filtered by status', async () => {
    const w = await world();
    await w.service.setStatus(w.who.a1, 'present');
    await start(w);
    await w.service.setStatus(w.who.a2, 'busy');
    expect(await w.service.agents(w.who.a3, { status: 'present' })).toEqual([{ userId: 'a1', displayName: 'Name a1', status: 'present', openSessions: 1 }]);
    expect((await w.service.agents(w.who.a3, {})).map((a) => `${a.userId}:${a.status}`)).toEqual(['a1:present', 'a2:busy', 'a3:offline']);
  });

  test('Teams presence stands in for agents who never set a status (the heartbeat rule still applies)', async () => {
    const w = await world({ presence: true });
    w.presence.set('a2', 'present');
    w.presence.set('a3', 'present');
    await w.service.heartbeat(w.who.a2);
    await w.service.setStatus(w.who.a1, 'busy');
    w.presence.set('a1', 'present');
    const status = new Map((await w.service.agents(w.who.a1, {})).map((a) => [a.userId, a.status]));
    expect(Object.fromEntries(status)).toEqual({ a1: 'busy', a2: 'present', a3: 'offline' });
  });
});

describe('review fixes: races re-checked inside the write, start idempotency, agents who left', () => {
  async function active(w: World) {
    await w.service.setStatus(w.who.a1, 'present');
    return (await start(w)).session;
  }

  /** The next `get` of this session answers `stale` (what a caller read before someone changed it). */
  function staleOnce(w: World, stale: Awaited<ReturnType<MemorySessionRepository['get']>>) {
    const get = w.sessions.get.bind(w.sessions);
    let used = false;
    w.sessions.get = async (tenantId, id) => {
      if (!used && stale && id === stale.value.id) {
        used = true;
        return structuredClone(stale);
      }
      return get(tenantId, id);
    };
  }

  test('a resent start (same client id) on two instances at once makes one session and one audit row; a short client id is refused', async () => {
    const w = await world();
    await w.service.setStatus(w.who.a1, 'present');
    const input = { visitorId: 'v1', name: 'Ann', email: 'ann@customer.example', verified: false, locale: 'da' as const, clientId: 'a3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d', text: 'Hello' };
    const [one, two] = await Promise.all([w.service.start('t1', 'web', input), w.other.start('t1', 'web', { ...input, visitorId: 'v1-again' })]);
    expect(two.session.id).toBe(one.session.id);
    expect(two.entry).toEqual(one.entry);
    expect(one.session.id).toMatch(/^s_[A-Za-z0-9_-]{32}$/);
    expect((await w.sessions.listOpen('t1', 10)).map((s) => s.id)).toEqual([one.session.id]);
    const audit = await w.audit.list('t1', `session:${one.session.id}`, { limit: 10 });
    expect(audit.items.filter((e) => e.path === 'started')).toHaveLength(1);
    // A later resend answers the same session too, its first entry included.
    expect((await w.service.start('t1', 'web', input)).entry.seq).toBe(1);
    await expect(w.service.start('t1', 'web', { ...input, clientId: 'short-id' })).rejects.toBeInstanceOf(ValidationError);
  });

  test('personId: set at start only for a verified e-mail that matches a person', async () => {
    const w = await world();
    const base = { visitorId: 'v1', name: 'Ann', email: 'ann@customer.example', locale: 'en' as const, text: 'Hi' };
    const typed = await w.service.start('t1', 'web', { ...base, verified: false, clientId: 'typed-address-client-1' });
    const signed = await w.service.start('t1', 'web', { ...base, verified: true, clientId: 'signed-address-client-1' });
    const unknown = await w.service.start('t1', 'web', { ...base, email: 'who@else.example', verified: true, clientId: 'signed-address-client-2' });
    expect([typed.session.personId, signed.session.personId, unknown.session.personId]).toEqual([null, 'p-ann', null]);
  });

  test('takeover with expectedAgentId: a manager who saw the old agent is told who has it now (takeover or accepted transfer)', async () => {
    const w = await world();
    const session = await active(w);
    await w.service.takeover(w.who.m1, session.id, { expectedAgentId: 'a1' });
    // m2 saw a1 handling it: m1 took it over meanwhile.
    await expect(w.service.takeover(w.who.m2, session.id, { expectedAgentId: 'a1' })).rejects.toMatchObject({ messageKey: 'error.sessions.takenOverBy', params: { name: 'Name m1' } });
    expect((await w.service.get(w.who.m1, session.id)).session.agentId).toBe('m1');
    // Transferred on: a manager who saw m1 is told it changed hands.
    await w.service.setStatus(w.who.a2, 'present');
    const offer = await w.service.transfer(w.who.m1, session.id, 'a2');
    await w.service.accept(w.who.a2, session.id, offer.id);
    await expect(w.service.takeover(w.who.m2, session.id, { expectedAgentId: 'm1' })).rejects.toMatchObject({ messageKey: 'error.sessions.agentChanged', params: { name: 'Name a2' } });
    expect((await w.service.takeover(w.who.m2, session.id, { expectedAgentId: 'a2' })).agentId).toBe('m2');
  });

  test('close is re-checked inside the write: the first agent who lost the session meanwhile is refused', async () => {
    const w = await world();
    const session = await active(w);
    const before = await w.sessions.get('t1', session.id);
    await w.service.setStatus(w.who.a2, 'present');
    const offer = await w.service.transfer(w.who.a1, session.id, 'a2');
    await w.service.accept(w.who.a2, session.id, offer.id);
    // a1's read still says they handle it.
    staleOnce(w, before);
    await expect(w.service.close(w.who.a1, session.id)).rejects.toMatchObject({ messageKey: 'error.sessions.agentChanged', params: { name: 'Name a2' } });
    expect((await w.service.get(w.who.a2, session.id)).session).toMatchObject({ status: 'active', agentId: 'a2' });
  });

  test('make a case is re-checked inside the write; entries after it are copied to the case on close and on a later make-a-case', async () => {
    const w = await world();
    const session = await active(w);
    const before = await w.sessions.get('t1', session.id);
    await w.service.takeover(w.who.m1, session.id);
    staleOnce(w, before);
    await expect(w.service.makeCase(w.who.a1, session.id, { title: null })).rejects.toMatchObject({ messageKey: 'error.sessions.agentChanged', params: { name: 'Name m1' } });
    expect((await w.service.get(w.who.m1, session.id)).session.recordId).toBeNull();
    await w.service.makeCase(w.who.m1, session.id, { title: 'Printer' });
    const made = (await w.service.get(w.who.m1, session.id)).session;
    expect(made.caseSeq).toBe(3);
    await w.service.postAsVisitor(visitor(session), { clientId: 'after-case-1', text: 'one more thing' });
    await expect(w.service.makeCase(w.who.m1, session.id, { title: null })).rejects.toMatchObject({ messageKey: 'error.sessions.caseExists' });
    expect(w.copied).toEqual([{ sessionId: session.id, seqs: [5] }]);
    await w.service.post(w.who.m1, session.id, { clientId: 'agent-after-case', text: 'noted' });
    const closed = await w.service.close(w.who.m1, session.id);
    expect(w.copied).toEqual([{ sessionId: session.id, seqs: [5] }, { sessionId: session.id, seqs: [6] }]);
    expect(closed.caseSeq).toBe(closed.lastSeq);
  });

  test('make a case backfills the case timeline with the transfers before it', async () => {
    const w = await world();
    const session = await active(w);
    await w.service.setStatus(w.who.a2, 'present');
    const offer = await w.service.transfer(w.who.a1, session.id, 'a2');
    await w.service.decline(w.who.a2, session.id, offer.id);
    await w.service.makeCase(w.who.a1, session.id, { title: null });
    const timeline = await w.timeline.list('t1', `r-${session.id}`, { limit: 20 });
    expect(timeline.items.map((e) => e.note ?? '').sort()).toEqual(['caseMade', 'declined', 'started', 'transferred']);
  });

  test('an agent offline for longer than 2 × the heartbeat timeout: the session goes back to the queue (they listen) and is routed on', async () => {
    const w = await world();
    const session = await active(w);
    await w.service.setStatus(w.who.a2, 'present');
    // Offline after 60 s without a heartbeat; not yet "left" 2 minutes after that.
    w.advance(170_000);
    await w.service.heartbeat(w.who.a2);
    await w.service.routeQueued();
    expect((await w.service.get(w.who.a1, session.id)).session.agentId).toBe('a1');
    w.advance(15_000);
    await w.service.heartbeat(w.who.a2);
    expect(await w.service.routeQueued()).toBe(1);
    const after = (await w.service.get(w.who.a2, session.id));
    expect(after.session).toMatchObject({ status: 'active', agentId: 'a2', listenerIds: ['a1'] });
    expect(after.entries.flatMap((e) => (e.note ? [e.note.key] : []))).toEqual(['agentJoined', 'agentLeft', 'agentJoined']);
  });

  test('an agent who left with a transfer pending keeps the session until the transfer is decided', async () => {
    const w = await world();
    const session = await active(w);
    await w.service.setStatus(w.who.a2, 'present');
    await w.service.transfer(w.who.a1, session.id, 'a2');
    w.advance(100_000);
    await w.service.heartbeat(w.who.a2);
    w.advance(100_000);
    await w.service.heartbeat(w.who.a2);
    await w.service.routeQueued();
    expect((await w.service.get(w.who.a2, session.id)).session).toMatchObject({ status: 'active', agentId: 'a1' });
  });

  test('an accept after the transfer\'s time counts as expired: the expiry is written and the colleague is told', async () => {
    const w = await world();
    const session = await active(w);
    await w.service.setStatus(w.who.a2, 'present');
    const offer = await w.service.transfer(w.who.a1, session.id, 'a2');
    w.advance(120_000);
    await expect(w.service.accept(w.who.a2, session.id, offer.id)).rejects.toMatchObject({ messageKey: 'error.sessions.transferNotPending', params: { status: 'expired', by: '' } });
    const after = (await w.service.get(w.who.a1, session.id)).session;
    expect(after).toMatchObject({ agentId: 'a1', transfer: null });
    expect(after.transfers.map((t) => t.status)).toEqual(['expired']);
  });

  test('client ids are per kind of writer; visitor typing goes to the token\'s session; a viewer writing to a queued session is forbidden', async () => {
    const w = await world();
    const session = await active(w);
    const mine = await w.service.postAsVisitor(visitor(session), { clientId: 'shared-client-id', text: 'from the customer' });
    const theirs = await w.service.post(w.who.a1, session.id, { clientId: 'shared-client-id', text: 'from the agent' });
    expect(theirs.seq).toBe(mine.seq + 1);
    await w.service.typing(visitor(session), 'someone-elses-session');
    expect(w.events.filter((e) => e.type === 'typing').map((e) => e.sessionId)).toEqual([session.id]);
    await w.service.setStatus(w.who.a1, 'away');
    const queued = (await start(w)).session;
    expect(queued.status).toBe('queued');
    await expect(w.service.post(w.who.l, queued.id, { clientId: 'viewer-write', text: 'hi' })).rejects.toBeInstanceOf(ForbiddenError);
  });

  test('a session view gives the newest 200 entries; older ones page with before', async () => {
    const w = await world();
    const session = await active(w);
    for (let i = 0; i < 208; i++) await w.service.postAsVisitor(visitor(session), { clientId: `page-${i}`, text: `m${i}` });
    const newest = await w.service.get(w.who.a1, session.id);
    expect(newest.entries).toHaveLength(200);
    expect(newest.more).toBe(true);
    expect(newest.entries.at(-1)?.seq).toBe(210);
    const older = await w.service.get(w.who.a1, session.id, { before: newest.entries[0]?.seq });
    expect(seqs(older.entries)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(older.more).toBe(false);
  });
});
