/** I1–I7: each session rule, table-driven (bot/src/domain/sessions/session-policies.ts). */
import { effectiveStatus, type AgentStatus, type ChatSession } from '../../bot/src/domain/sessions/session';
import { canHandle, canListen, canSend, canTransfer, decideTransfer, hasLeft, isManager, openNow, pickAgent, roleIn, type Candidate } from '../../bot/src/domain/sessions/session-policies';
import { AGENT, callerOf, EXPERT, LISTENER, MANAGER, READER, session, site, transfer } from '../fixtures/sessions-data';

describe('canHandle: a member of the site\'s team whose write reaches that team', () => {
  test.each([
    ['an agent of the team', callerOf('u', [AGENT]), true],
    ['an agent of another team', callerOf('u', [AGENT], ['team-b']), false],
    ['a tenant-wide writer outside the team', callerOf('u', [EXPERT], ['team-b']), false],
    ['a tenant-wide writer in the team', callerOf('u', [EXPERT]), true],
    ['a reader in the team', callerOf('u', [READER]), false],
    ['a listener without write in the team', callerOf('u', [LISTENER]), false],
    ['an agent of another tenant', callerOf('u', [AGENT], ['team-a'], 't2'), false],
  ])('%s', (_name, who, expected) => expect(canHandle(who, site())).toBe(expected));

  test('the site\'s record type counts, not case', () => {
    expect(canHandle(callerOf('u', [AGENT]), site({ recordType: 'workorder' }))).toBe(false);
  });
});

describe('isManager (I5): listen and assign reaching the session', () => {
  test.each([
    ['a manager', callerOf('m', [MANAGER], ['team-z']), true],
    ['an agent (assign, no listen)', callerOf('u', [AGENT]), false],
    ['a listener (listen, no assign)', callerOf('u', [LISTENER]), false],
    ['a manager of another tenant', callerOf('m', [MANAGER], ['team-a'], 't2'), false],
  ])('%s', (_name, who, expected) => expect(isManager(who, session(), 'case')).toBe(expected));
});

describe('canListen (I6)', () => {
  test.each([
    ['listen at tenant depth', callerOf('u', [LISTENER], ['team-z']), true],
    ['a manager', callerOf('m', [MANAGER]), true],
    ['an agent without listen', callerOf('u', [AGENT]), false],
    ['a reader', callerOf('u', [READER]), false],
  ])('%s', (_name, who, expected) => expect(canListen(who, session(), 'case')).toBe(expected));
});

describe('canSend: only the handling agent of an active session', () => {
  test.each<[string, string, Partial<ChatSession>, boolean]>([
    ['the handling agent', 'a1', {}, true],
    ['a listener', 'a0', { listenerIds: ['a0'] }, false],
    ['someone else', 'a9', {}, false],
    ['the agent of a closed session', 'a1', { status: 'closed' }, false],
    ['nobody on a queued session', 'a1', { status: 'queued', agentId: null }, false],
  ])('%s', (_name, id, overrides, expected) => expect(canSend(callerOf(id, [AGENT]), session(overrides))).toBe(expected));
});

describe('roleIn', () => {
  test.each<[string, string, Parameters<typeof callerOf>[1], Partial<ChatSession>, ReturnType<typeof roleIn>]>([
    ['the agent', 'a1', [AGENT], {}, 'agent'],
    ['the colleague offered the transfer', 'a2', [AGENT], { transfer: transfer() }, 'transferTarget'],
    ['a listener', 'a0', [AGENT], { listenerIds: ['a0'] }, 'listener'],
    ['someone with listen', 'x', [LISTENER], {}, 'viewer'],
    ['an agent with no part', 'x', [AGENT], {}, null],
    ['another tenant\'s manager', 'm', [MANAGER], { tenantId: 't2' }, null],
  ])('%s', (_name, id, roles, overrides, expected) => expect(roleIn(callerOf(id, roles), session(overrides), 'case')).toBe(expected));
});

describe('pickAgent (I2): fewest open below capacity, then least recently assigned, then id', () => {
  const c = (userId: string, openSessions: number, lastAssignedAt: string | null = null): Candidate => ({ userId, openSessions, lastAssignedAt });
  test.each<[string, Candidate[], number, string | null]>([
    ['nobody present', [], 3, null],
    ['the one with fewest open', [c('a', 2), c('b', 1)], 3, 'b'],
    ['everybody at capacity: queue', [c('a', 3), c('b', 3)], 3, null],
    ['one with room left', [c('a', 3), c('b', 2)], 3, 'b'],
    ['a tie goes to who got one least recently', [c('a', 1, '2026-03-02T10:05:00Z'), c('b', 1, '2026-03-02T10:01:00Z')], 3, 'b'],
    ['never assigned beats assigned', [c('a', 0, '2026-03-02T10:05:00Z'), c('b', 0, null)], 3, 'b'],
    ['a full tie goes by id', [c('b', 0), c('a', 0)], 3, 'a'],
    ['capacity 1', [c('a', 1), c('b', 0)], 1, 'b'],
  ])('%s', (_name, candidates, capacity, expected) => expect(pickAgent(candidates, capacity)).toBe(expected));
});

describe('canTransfer (I3, I5)', () => {
  const base = { callerId: 'a1', manager: false, session: session(), targetId: 'a2', targetStatus: 'present' as AgentStatus, targetCanHandle: true };
  test.each<[string, Partial<typeof base>, ReturnType<typeof canTransfer>]>([
    ['the agent to a present colleague', {}, null],
    ['a manager for the agent', { callerId: 'm', manager: true }, null],
    ['someone else', { callerId: 'x' }, 'forbidden'],
    ['a closed session', { session: session({ status: 'closed' }) }, 'closed'],
    ['a queued session (manager)', { callerId: 'm', manager: true, session: session({ status: 'queued', agentId: null }) }, 'notActive'],
    ['one transfer pending already', { session: session({ transfer: transfer({ toUserId: 'a3' }) }) }, 'pending'],
    ['to oneself', { targetId: 'a1' }, 'self'],
    ['to the current agent (manager asking)', { callerId: 'm', manager: true, targetId: 'a1' }, 'currentAgent'],
    ['to a colleague who is away', { targetStatus: 'away' }, 'notPresent'],
    ['to a colleague who is offline', { targetStatus: 'offline' }, 'notPresent'],
    ['to someone who does not answer this site', { targetCanHandle: false }, 'cannotHandle'],
  ])('%s', (_name, overrides, expected) => expect(canTransfer({ ...base, ...overrides })).toBe(expected));
});

describe('decideTransfer (I3, I7)', () => {
  const now = new Date('2026-03-02T10:01:00.000Z');
  const pending = session({ transfer: transfer(), listenerIds: [] });

  test('accept: the colleague handles it, the first agent listens', () => {
    const result = decideTransfer(pending, 'tr1', 'accept', { userId: 'a2', manager: false }, now);
    expect(result.ok && result.session).toMatchObject({ agentId: 'a2', listenerIds: ['a1'], transfer: null });
    expect(result.ok && result.session.transfers[0]).toMatchObject({ id: 'tr1', status: 'accepted', decidedBy: 'a2', decidedAt: now.toISOString() });
  });

  test.each<[string, 'decline' | 'cancel', string, boolean, string]>([
    ['decline by the colleague', 'decline', 'a2', false, 'declined'],
    ['cancel by the first agent', 'cancel', 'a1', false, 'cancelled'],
    ['cancel by a manager', 'cancel', 'm', true, 'cancelled'],
  ])('%s: the first agent keeps it', (_name, decision, userId, manager, status) => {
    const result = decideTransfer(pending, 'tr1', decision, { userId, manager }, now);
    expect(result.ok && result.session).toMatchObject({ agentId: 'a1', listenerIds: [], transfer: null });
    expect(result.ok && result.transfer).toMatchObject({ status, decidedBy: userId });
  });

  test.each<[string, 'accept' | 'decline' | 'cancel', string, boolean]>([
    ['accept by the first agent', 'accept', 'a1', false],
    ['accept by a manager', 'accept', 'm', true],
    ['decline by someone else', 'decline', 'x', false],
    ['cancel by the colleague', 'cancel', 'a2', false],
  ])('%s is refused', (_name, decision, userId, manager) => {
    expect(decideTransfer(pending, 'tr1', decision, { userId, manager }, now)).toEqual({ ok: false, reason: 'forbidden' });
  });

  test('expire: only once due, then back to the first agent with nobody as the decider', () => {
    expect(decideTransfer(pending, 'tr1', 'expire', { userId: null, manager: false }, now)).toEqual({ ok: false, reason: 'notDue' });
    const due = decideTransfer(pending, 'tr1', 'expire', { userId: null, manager: false }, new Date('2026-03-02T10:02:00.000Z'));
    expect(due.ok && due.transfer).toMatchObject({ status: 'expired', decidedBy: null });
    expect(due.ok && due.session.agentId).toBe('a1');
  });

  test.each<[string, 'accept' | 'decline' | 'cancel' | 'expire', string | null]>([
    ['accept after a decline', 'accept', 'a2'],
    ['decline after an accept', 'decline', 'a2'],
    ['cancel after an accept', 'cancel', 'a1'],
    ['expire after an accept', 'expire', null],
  ])('the loser of %s is told what happened and who did it', (_name, decision, userId) => {
    const decided = session({ transfer: null, transfers: [transfer({ status: 'accepted', decidedBy: 'a2', decidedAt: now.toISOString() })] });
    expect(decideTransfer(decided, 'tr1', decision, { userId, manager: false }, now)).toEqual({ ok: false, reason: 'notPending', status: 'accepted', by: 'a2' });
  });

  test('an unknown transfer id', () => {
    expect(decideTransfer(pending, 'nope', 'accept', { userId: 'a2', manager: false }, now)).toEqual({ ok: false, reason: 'notFound' });
  });

  test('accept by someone who was listening: they stop listening, they handle it', () => {
    const result = decideTransfer(session({ transfer: transfer(), listenerIds: ['a2'] }), 'tr1', 'accept', { userId: 'a2', manager: false }, now);
    expect(result.ok && result.session.listenerIds).toEqual(['a1']);
  });
});

describe('openNow: the site\'s hours in its own time zone', () => {
  const hours = { timeZone: 'Europe/Copenhagen', days: [1, 2, 3, 4, 5].map((day) => ({ day, from: '08:00', to: '16:00' })) };
  test.each<[string, ReturnType<typeof site>['openingHours'], string, boolean]>([
    ['no hours: always open', null, '2026-03-01T03:00:00Z', true],
    ['Monday 08:00 in Copenhagen (07:00 UTC in winter)', hours, '2026-03-02T07:00:00Z', true],
    ['Monday 07:59 in Copenhagen', hours, '2026-03-02T06:59:00Z', false],
    ['Monday 16:00 in Copenhagen: closed', hours, '2026-03-02T15:00:00Z', false],
    ['Monday 15:59 in Copenhagen', hours, '2026-03-02T14:59:00Z', true],
    ['summer time: Monday 08:00 is 06:00 UTC', hours, '2026-06-01T06:00:00Z', true],
    ['Sunday', hours, '2026-03-01T10:00:00Z', false],
    ['the date line: Tuesday in Copenhagen, Monday 23:30 UTC', { timeZone: 'Europe/Copenhagen', days: [{ day: 2, from: '00:00', to: '01:00' }] }, '2026-03-02T23:30:00Z', true],
    ['an unknown time zone counts as closed', { timeZone: 'Mars/Olympus', days: [{ day: 1, from: '00:00', to: '24:00' }] }, '2026-03-02T10:00:00Z', false],
  ])('%s', (_name, openingHours, at, expected) => expect(openNow(site({ openingHours }), new Date(at))).toBe(expected));
});

describe('effectiveStatus (I1): offline without a heartbeat for a minute', () => {
  const doc = { tenantId: 't1', userId: 'u', status: 'present' as AgentStatus, setAt: '2026-03-02T10:00:00.000Z', heartbeatAt: '2026-03-02T10:00:00.000Z' };
  test.each<[string, typeof doc | null, string, AgentStatus]>([
    ['no document', null, '2026-03-02T10:00:00Z', 'offline'],
    ['a fresh heartbeat', doc, '2026-03-02T10:00:59Z', 'present'],
    ['exactly a minute', doc, '2026-03-02T10:01:00Z', 'present'],
    ['past a minute', doc, '2026-03-02T10:01:01Z', 'offline'],
    ['busy stays busy', { ...doc, status: 'busy' }, '2026-03-02T10:00:30Z', 'busy'],
  ])('%s', (_name, d, at, expected) => expect(effectiveStatus(d, new Date(at))).toBe(expected));
});

describe('hasLeft (P1-5): offline for longer than 2 × the heartbeat timeout', () => {
  const now = new Date('2026-03-02T10:10:00.000Z');
  const doc = (heartbeatAt: string, status: AgentStatus = 'present', setAt = '2026-03-02T09:00:00.000Z') => ({ tenantId: 't1', userId: 'a1', status, setAt, heartbeatAt });
  test.each<[string, Parameters<typeof hasLeft>[0], boolean]>([
    ['no status document', null, true],
    ['a fresh heartbeat', doc('2026-03-02T10:09:50.000Z'), false],
    ['silent 2 min (offline 1 min)', doc('2026-03-02T10:08:00.000Z'), false],
    ['silent exactly 3 min (offline exactly 2 min)', doc('2026-03-02T10:07:00.000Z'), false],
    ['silent 3 min 1 s', doc('2026-03-02T10:06:59.000Z'), true],
    ['set offline 2 min 1 s ago, app still open', doc('2026-03-02T10:09:50.000Z', 'offline', '2026-03-02T10:07:59.000Z'), true],
    ['set offline 1 min ago', doc('2026-03-02T10:09:50.000Z', 'offline', '2026-03-02T10:09:00.000Z'), false],
    ['away but the app is open', doc('2026-03-02T10:09:50.000Z', 'away'), false],
  ])('%s → %s', (_name, d, left) => {
    expect(hasLeft(d, now)).toBe(left);
  });
});

describe('decideTransfer after expiresAt (P3): an answer past its time expires the transfer', () => {
  const pending = session({ transfer: transfer() });
  test.each<['accept' | 'decline', string, boolean]>([
    ['accept', '2026-03-02T10:01:59.999Z', false],
    ['accept', '2026-03-02T10:02:00.000Z', true],
    ['decline', '2026-03-02T10:05:00.000Z', true],
  ])('%s at %s → late %s', (decision, at, late) => {
    const result = decideTransfer(pending, 'tr1', decision, { userId: 'a2', manager: false }, new Date(at));
    expect(result).toMatchObject({ ok: true, late, transfer: { status: late ? 'expired' : decision === 'accept' ? 'accepted' : 'declined', decidedBy: late ? null : 'a2' } });
    if (result.ok && late) expect(result.session).toMatchObject({ agentId: 'a1', transfer: null });
  });
});
