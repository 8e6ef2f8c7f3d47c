/** H3: each agent action's rule, table-driven (bot/src/domain/actions/action-policies.ts). */
import type { Caller, Role } from '../../bot/src/domain/access/access';
import type { ServiceRecord } from '../../bot/src/domain/records/record';
import {
  acceptDecision, assignmentOf, canTransfer, closeRefusal, isPostponementDue, postponeRefusal, postponeUntilIssue, reopenRefusal,
  splitRefusal, statusOnAccept, ownershipOnAccept,
} from '../../bot/src/domain/actions/action-policies';

const role = (id: string, privileges: Role['privileges']): Role => ({ id, tenantId: 't1', name: id, isAdmin: false, privileges });
const AGENT = role('agent', { case: { read: 'tenant', write: 'team', assign: 'team' } });
const OWN_WRITER = role('own', { case: { read: 'tenant', write: 'own' } });
const EXPERT = role('expert', { case: { read: 'tenant', write: 'tenant' } });
const READER = role('reader', { case: { read: 'tenant' } });
const MANAGER = role('manager', { case: { read: 'tenant', write: 'tenant', assign: 'tenant' } });

const caller = (id: string, roles: Role[], teamIds: string[] = ['team-a']): Caller => ({
  tenantId: 't1', user: { id, tenantId: 't1', displayName: id, email: `${id}@x.example`, teamIds, roleIds: roles.map((r) => r.id) }, roles,
});

const record = (overrides: Partial<ServiceRecord> = {}): ServiceRecord => ({
  id: 'r1', tenantId: 't1', type: 'case', number: 'CAS-1', title: 'T', description: '', status: 'new', priority: 'normal',
  ownerId: null, owningTeamId: 'team-a', personId: null, customFields: {}, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
  createdBy: 'x', updatedBy: 'x', searchText: '', ...overrides,
});

describe('acceptDecision', () => {
  test.each([
    ['an agent takes an unowned case of their team', caller('u1', [AGENT]), record(), 'take'],
    ['an agent may not take an unowned case of another team', caller('u1', [AGENT], ['team-b']), record(), 'forbidden'],
    ['an own-depth writer takes from their team queue', caller('u1', [OWN_WRITER]), record(), 'take'],
    ['an own-depth writer may not take from another team', caller('u1', [OWN_WRITER], ['team-b']), record(), 'forbidden'],
    ['a tenant-wide writer without assign takes any unowned case', caller('u1', [EXPERT], []), record({ owningTeamId: null }), 'take'],
    ['a reader may not take even in their team', caller('u1', [READER]), record(), 'forbidden'],
    ['taking one\'s own case again is a no-op', caller('u1', [AGENT]), record({ ownerId: 'u1' }), 'alreadyYours'],
    ['a case someone else owns is theirs, even for a manager', caller('u1', [MANAGER]), record({ ownerId: 'u2' }), 'taken'],
    ['another tenant\'s case is never taken', caller('u1', [EXPERT]), record({ tenantId: 't2' }), 'forbidden'],
    ['a team-depth agent takes a case of no team yet (new mail: the shared unassigned queue)', caller('u1', [AGENT]), record({ owningTeamId: null }), 'take'],
    ['an own-depth writer takes a case of no team yet', caller('u1', [OWN_WRITER], ['team-b']), record({ owningTeamId: null }), 'take'],
    ['a reader may not take a case of no team', caller('u1', [READER]), record({ owningTeamId: null }), 'forbidden'],
  ])('%s', (_name, who, what, expected) => {
    expect(acceptDecision(who, what).kind).toBe(expected);
  });

  test.each([
    ['a case of no team joins the taker\'s first team', record({ owningTeamId: null }), ['team-a', 'team-b'], { ownerId: 'u1', owningTeamId: 'team-a' }],
    ['a case of a team keeps it', record({ owningTeamId: 'team-b' }), ['team-a'], { ownerId: 'u1', owningTeamId: 'team-b' }],
    ['a taker of no team leaves it without one', record({ owningTeamId: null }), [], { ownerId: 'u1', owningTeamId: null }],
  ])('ownershipOnAccept: %s', (_name, what, teams, expected) => {
    expect(ownershipOnAccept(caller('u1', [AGENT], teams), what)).toEqual(expected);
  });

  test('a taken case names its owner', () => {
    expect(acceptDecision(caller('u1', [AGENT]), record({ ownerId: 'u2' }))).toEqual({ kind: 'taken', ownerId: 'u2' });
  });
});

test.each([
  ['new', 'active'], ['active', 'active'], ['waiting', 'waiting'], ['resolved', 'resolved'], ['closed', 'closed'],
] as const)('accepting a %s case leaves it %s', (from, to) => {
  expect(statusOnAccept(from)).toBe(to);
});

describe('canTransfer', () => {
  test.each([
    ['the owner with team write and no assign', caller('u1', [OWN_WRITER]), record({ ownerId: 'u1' }), true],
    ['a team agent with assign, not the owner', caller('u1', [AGENT]), record({ ownerId: 'u2' }), true],
    ['a tenant writer without assign, not the owner', caller('u1', [EXPERT]), record({ ownerId: 'u2' }), false],
    ['an agent of another team', caller('u1', [AGENT], ['team-b']), record({ ownerId: 'u2' }), false],
    ['a reader who owns it (no write)', caller('u1', [READER]), record({ ownerId: 'u1' }), false],
    ['a manager', caller('u1', [MANAGER], []), record({ ownerId: 'u2', owningTeamId: 'team-z' }), true],
  ])('%s: %s', (_name, who, what, expected) => {
    expect(canTransfer(who, what)).toBe(expected);
  });
});

describe('assignmentOf', () => {
  const before = { ownerId: 'u1', owningTeamId: 'team-a' };
  test.each([
    ['a user keeps the team', { userId: 'u2' }, { ownerId: 'u2', owningTeamId: 'team-a' }],
    ['another team alone clears the owner (the team\'s unassigned queue)', { teamId: 'team-b' }, { ownerId: null, owningTeamId: 'team-b' }],
    ['the same team alone keeps the owner', { teamId: 'team-a' }, { ownerId: 'u1', owningTeamId: 'team-a' }],
    ['a user and a team set both', { userId: 'u2', teamId: 'team-b' }, { ownerId: 'u2', owningTeamId: 'team-b' }],
    ['a null user unassigns and keeps the team', { userId: null }, { ownerId: null, owningTeamId: 'team-a' }],
    ['a null team clears the team and keeps the owner', { teamId: null }, { ownerId: 'u1', owningTeamId: null }],
  ])('%s', (_name, input, expected) => {
    expect(assignmentOf(before, input)).toEqual(expected);
  });
});

describe('status rules', () => {
  test.each([
    ['new', null], ['active', null], ['waiting', null], ['resolved', null], ['closed', 'alreadyClosed'],
  ] as const)('close a %s case: %s', (status, refusal) => expect(closeRefusal(status)).toBe(refusal));

  test.each([
    [{ status: 'closed', postponedUntil: null }, null],
    [{ status: 'waiting', postponedUntil: '2030-01-01T00:00:00.000Z' }, null],
    [{ status: 'waiting', postponedUntil: null }, 'notClosed'],
    [{ status: 'active', postponedUntil: null }, 'notClosed'],
    [{ status: 'new' }, 'notClosed'],
  ] as const)('reopen %o: %s', (r, refusal) => expect(reopenRefusal(r)).toBe(refusal));

  test.each([
    ['new', null], ['active', null], ['waiting', null], ['closed', 'closed'],
  ] as const)('postpone a %s case: %s', (status, refusal) => expect(postponeRefusal(status)).toBe(refusal));
});

describe('postponeUntilIssue', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  test.each([
    ['2026-06-02T08:00:00Z', null],
    ['2026-06-01T12:00:01+00:00', null],
    ['2026-06-01T12:00:00Z', 'issue.postponeInPast'],
    ['2026-05-01', 'issue.postponeInPast'],
    ['tomorrow', 'issue.postponeInvalid'],
    ['2040-01-01T00:00:00Z', 'issue.postponeTooFar'],
  ])('%s → %s', (until, issue) => expect(postponeUntilIssue(until, now)).toBe(issue));
});

describe('isPostponementDue', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  test.each([
    [{ status: 'waiting', postponedUntil: '2026-06-01T11:59:59Z' }, true],
    [{ status: 'waiting', postponedUntil: '2026-06-01T12:00:00Z' }, true],
    [{ status: 'waiting', postponedUntil: '2026-06-01T12:00:01Z' }, false],
    [{ status: 'active', postponedUntil: '2026-06-01T11:00:00Z' }, false],
    [{ status: 'waiting', postponedUntil: null }, false],
    [{ status: 'waiting' }, false],
  ] as const)('%o → %s', (r, due) => expect(isPostponementDue(r, now)).toBe(due));
});

describe('splitRefusal', () => {
  const onCase = ['m1', 'm2', 'm3'];
  test.each([
    [['m1'], null],
    [['m1', 'm2'], null],
    [['m1', 'm1'], null],
    [[], 'noMessages'],
    [['m1', 'other'], 'notOnThisCase'],
    [['m1', 'm2', 'm3'], 'allMessages'],
    [['m3', 'm1', 'm2', 'm2'], 'allMessages'],
  ] as const)('%o → %s', (chosen, refusal) => expect(splitRefusal(chosen, onCase)).toBe(refusal));
});
