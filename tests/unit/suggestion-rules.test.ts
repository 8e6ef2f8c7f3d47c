/** G1, table-driven: each rule, the exclusions, merging with every reason kept, the order and the cap. */
import {
  activityRule, compareReasons, MAX_SUGGESTIONS, ownerRule, rankSuggestions, sameCustomerRule, similarCaseRule, teamRule,
  type Candidate, type Exclusions,
} from '../../bot/src/domain/contacts/suggestion-rules';
import type { SuggestionReason } from '../../bot/src/domain/contacts/suggestion';
import type { TimelineEntry, TimelineKind } from '../../bot/src/domain/timeline/timeline';

const entry = (kind: TimelineKind, actorId: string, at: string, userIds?: string[]): TimelineEntry =>
  ({ id: `${kind}-${at}`, tenantId: 't', recordId: 'r1', kind, at, actorId, chatId: null, chatName: null, userIds });

describe('the rules', () => {
  test.each([
    ['an owner', 'u1', [{ userId: 'u1', reason: { kind: 'owner' } }]],
    ['no owner', null, []],
  ] as const)('owner: %s', (_n, ownerId, expected) => {
    expect(ownerRule(ownerId)).toEqual(expected);
  });

  test.each([
    ['members of the team', { id: 'tm', name: 'Support DK' }, ['a', 'b'], ['a', 'b']],
    ['no owning team', null, ['a'], []],
    ['an empty team', { id: 'tm', name: 'Support DK' }, [], []],
  ] as const)('team: %s', (_n, team, members, expected) => {
    const out = teamRule(team, members);
    expect(out.map((c) => c.userId)).toEqual(expected);
    for (const c of out) expect(c.reason).toEqual({ kind: 'team', teamId: 'tm', teamName: 'Support DK' });
  });

  test.each<[string, TimelineEntry[], Array<{ fromUserId: string | null; at: string }>, Array<[string, string, string]>]>([
    ['joined', [entry('memberJoined', 'a', '2026-01-02')], [], [['a', 'joined', '2026-01-02']]],
    ['added to a chat: the people added, not the adder', [entry('participantsAdded', 'x', '2026-01-02', ['b', 'c'])], [], [['b', 'joined', '2026-01-02'], ['c', 'joined', '2026-01-02']]],
    ['connected a chat', [entry('chatConnected', 'a', '2026-01-03')], [], [['a', 'joined', '2026-01-03']]],
    ['changed the record', [entry('statusChanged', 'a', '2026-01-01'), entry('recordAssigned', 'b', '2026-01-02')], [], [['a', 'changedRecord', '2026-01-01'], ['b', 'changedRecord', '2026-01-02']]],
    ['wrote in a chat', [], [{ fromUserId: 'a', at: '2026-01-05' }], [['a', 'wroteInChat', '2026-01-05']]],
    ['a message from someone unknown', [], [{ fromUserId: null, at: '2026-01-05' }], []],
    ['customer messages are no one\'s activity', [entry('messageReceived', 'system', '2026-01-05')], [], []],
    ['the newest of each kind per person', [entry('statusChanged', 'a', '2026-01-01'), entry('recordClosed', 'a', '2026-01-04'), entry('memberJoined', 'a', '2026-01-02')], [], [['a', 'changedRecord', '2026-01-04'], ['a', 'joined', '2026-01-02']]],
  ])('activity: %s', (_n, entries, messages, expected) => {
    const out = activityRule(entries, messages).map((c) => c.reason.kind === 'activity' ? [c.userId, c.reason.what, c.reason.at] : null);
    expect(out).toEqual(expect.arrayContaining(expected));
    expect(out).toHaveLength(expected.length);
  });

  test.each([
    ['owners of other cases', [{ recordId: 'r2', number: 'CAS-2', ownerId: 'a', via: 'person' as const }], [['a', 'CAS-2', 'person']]],
    ['not the case itself', [{ recordId: 'r1', number: 'CAS-1', ownerId: 'a', via: 'person' as const }], []],
    ['an unowned case suggests no one', [{ recordId: 'r2', number: 'CAS-2', ownerId: null, via: 'company' as const }], []],
    ['the company\'s cases', [{ recordId: 'r3', number: 'CAS-3', ownerId: 'b', via: 'company' as const }], [['b', 'CAS-3', 'company']]],
  ])('same customer: %s', (_n, cases, expected) => {
    expect(sameCustomerRule('r1', cases).map((c) => c.reason.kind === 'sameCustomer' ? [c.userId, c.reason.number, c.reason.via] : null)).toEqual(expected);
  });

  test.each([
    ['every resolver of each case', [{ recordId: 'r9', number: 'CAS-9', title: 'Printer', score: 0.8, closedAt: '', resolverIds: ['a', 'b'] }], ['a', 'b']],
    ['not the case itself', [{ recordId: 'r1', number: 'CAS-1', title: 'x', score: 1, closedAt: '', resolverIds: ['a'] }], []],
    ['no hits', [], []],
  ])('similar case: %s', (_n, hits, expected) => {
    const out = similarCaseRule('r1', hits);
    expect(out.map((c) => c.userId)).toEqual(expected);
    for (const c of out) expect(c.reason).toMatchObject({ kind: 'similarCase', recordId: 'r9', number: 'CAS-9', title: 'Printer', score: 0.8 });
  });
});

const owner = (userId: string): Candidate => ({ userId, reason: { kind: 'owner' } });
const team = (userId: string): Candidate => ({ userId, reason: { kind: 'team', teamId: 'tm', teamName: 'Support' } });
const act = (userId: string, at: string): Candidate => ({ userId, reason: { kind: 'activity', what: 'changedRecord', at } });
const same = (userId: string, number: string): Candidate => ({ userId, reason: { kind: 'sameCustomer', recordId: number, number, via: 'person' } });
const similar = (userId: string, score: number): Candidate => ({ userId, reason: { kind: 'similarCase', recordId: `s${score}`, number: `CAS-${score}`, title: 't', score } });
const names = new Map([['me', 'Me'], ['a', 'Anna'], ['b', 'Bo'], ['c', 'Cai'], ['d', 'Dag'], ['e', 'Eva']]);
const all = async () => true;
const none: Exclusions = { selfIds: [], chatMemberIds: [] };
const ids = async (candidates: Candidate[], exclusions: Exclusions = none, mayRead: (id: string) => Promise<boolean> = all) =>
  (await rankSuggestions(candidates, exclusions, mayRead, names)).map((s) => s.userId);

describe('exclusions', () => {
  test.each([
    ['never the caller', [owner('me'), team('a')], { selfIds: ['me'], chatMemberIds: [] }, all, ['a']],
    ['never the delegate acting', [team('d'), team('a')], { selfIds: ['me', 'd'], chatMemberIds: [] }, all, ['a']],
    ['never a member of the chat being filled', [owner('a'), team('b'), team('c')], { selfIds: [], chatMemberIds: ['a', 'c'] }, all, ['b']],
    ['never someone who may not read the record', [owner('a'), team('b')], none, async (id: string) => id !== 'a', ['b']],
  ] as const)('%s', async (_n, candidates, exclusions, mayRead, expected) => {
    expect(await ids([...candidates], exclusions, mayRead)).toEqual(expected);
  });

  test('the read check is asked only until the cap is reached', async () => {
    const asked: string[] = [];
    const many = Array.from({ length: 30 }, (_, i) => team(`u${i}`));
    const out = await rankSuggestions(many, none, async (id) => { asked.push(id); return id !== 'u0'; }, names);
    expect(out).toHaveLength(MAX_SUGGESTIONS);
    expect(asked).toHaveLength(MAX_SUGGESTIONS + 1);
  });
});

describe('merging and order', () => {
  test('one person with all their reasons, best first, no duplicate reasons', async () => {
    const out = await rankSuggestions([similar('a', 0.5), team('a'), owner('a'), same('a', 'CAS-2'), same('a', 'CAS-2'), act('a', '2026-01-01')], none, all, names);
    expect(out).toHaveLength(1);
    expect(out[0]?.displayName).toBe('Anna');
    expect(out[0]?.reasons.map((r) => r.kind)).toEqual(['owner', 'activity', 'similarCase', 'sameCustomer', 'team']);
  });

  test.each([
    ['owner, activity, similar case, same customer, team', [team('e'), same('d', 'CAS-2'), similar('c', 0.1), act('b', '2026-01-01'), owner('a')], ['a', 'b', 'c', 'd', 'e']],
    ['a big team never crowds out a similar case or the same customer', [...Array.from({ length: 12 }, (_, i) => team(`t${i}`)), similar('s', 0.2), same('c', 'CAS-3')], ['s', 'c', 't0', 't1', 't2', 't3', 't4', 't5', 't6', 't7']],
    ['activity newest first', [act('a', '2026-01-01'), act('b', '2026-03-01'), act('c', '2026-02-01')], ['b', 'c', 'a']],
    ['similar cases by score', [similar('a', 0.3), similar('b', 0.9), similar('c', 0.6)], ['b', 'c', 'a']],
    ['a person ranks by their best reason', [team('a'), similar('b', 0.9), act('b', '2026-01-01')], ['b', 'a']],
    ['ties keep the order they were found in', [team('c'), team('a'), team('b')], ['c', 'a', 'b']],
  ])('%s', async (_n, candidates, expected) => {
    expect(await ids(candidates)).toEqual(expected);
  });

  test('capped at 10', async () => {
    expect(await ids(Array.from({ length: 25 }, (_, i) => team(`u${i}`)))).toHaveLength(10);
  });

  test.each<[SuggestionReason, SuggestionReason, number]>([
    [{ kind: 'owner' }, { kind: 'team', teamId: 't', teamName: 'T' }, -1],
    [{ kind: 'team', teamId: 't', teamName: 'T' }, { kind: 'similarCase', recordId: 'r', number: 'n', title: 't', score: 0.1 }, 1],
    [{ kind: 'similarCase', recordId: 'r', number: 'n', title: 't', score: 0.2 }, { kind: 'similarCase', recordId: 'r', number: 'n', title: 't', score: 0.7 }, 1],
  ])('compareReasons(%o, %o) has the sign %d', (a, b, sign) => {
    expect(Math.sign(compareReasons(a, b))).toBe(sign);
  });
});
