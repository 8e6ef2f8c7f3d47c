/** J1/J2 rules as tables: the policy (mayDelegate, mayBeDelegate), acting (actingRefusal), the service's addition rules and the policy's audit diff. */
import { actingRefusal, DEFAULT_DELEGATION_POLICY, mayBeDelegate, mayDelegate, onBehalfView, type DelegationPolicy } from '../../bot/src/domain/delegation/delegation';
import { additionRefusal, DELEGATION_ERROR_KEYS, fitsLimit } from '../../bot/src/domain/delegation/delegation-service';
import { policyChanges } from '../../bot/src/domain/delegation/delegation-policy';
import { isMessageKey, t } from '../../bot/src/i18n/catalog';

const open: DelegationPolicy = { enabled: true, delegatorRoleIds: [], delegateRoleIds: [] };
const agentsOnly: DelegationPolicy = { enabled: true, delegatorRoleIds: ['role-agent'], delegateRoleIds: ['role-agent', 'role-expert'] };
const off: DelegationPolicy = { ...open, enabled: false };

test.each([
  ['open policy, any role', open, ['role-reader'], true, true],
  ['open policy, no role at all', open, [], true, true],
  ['policy off', off, ['role-agent'], false, false],
  ['never set (default: off)', DEFAULT_DELEGATION_POLICY, ['role-agent'], false, false],
  ['listed role', agentsOnly, ['role-agent'], true, true],
  ['one of several roles is listed', agentsOnly, ['role-reader', 'role-agent'], true, true],
  ['expert: may be a delegate, may not delegate', agentsOnly, ['role-expert'], false, true],
  ['unlisted role', agentsOnly, ['role-reader'], false, false],
  ['no role with a list', agentsOnly, [], false, false],
] as const)('%s: mayDelegate %p / mayBeDelegate', (_name, policy, roles, delegate, beDelegate) => {
  expect(mayDelegate(policy, roles)).toBe(delegate);
  expect(mayBeDelegate(policy, roles)).toBe(beDelegate);
});

const acting = {
  policy: open, delegatorRoleIds: ['role-agent'], delegateRoleIds: ['role-agent'], inEffect: true,
  action: 'reply' as const, ownerId: 'anna', delegatorId: 'anna', delegatorAllowed: true,
};
test.each([
  ['in effect, their case, they may', {}, null],
  ['policy off', { policy: off }, 'onbehalf.refused.policyOff'],
  ["delegator's role no longer allowed", { policy: agentsOnly, delegatorRoleIds: ['role-reader'] }, 'onbehalf.refused.policyOff'],
  ["delegate's role not allowed", { policy: agentsOnly, delegateRoleIds: ['role-reader'] }, 'onbehalf.refused.policyOff'],
  ['removed delegation', { inEffect: false }, 'onbehalf.refused.notInEffect'],
  ["someone else's case", { ownerId: 'bob' }, 'onbehalf.refused.notTheirs'],
  ['nobody owns it, reply', { ownerId: null }, 'onbehalf.refused.notTheirs'],
  ['nobody owns it, accept', { ownerId: null, action: 'accept' as const }, null],
  ['accept on a case someone else owns', { ownerId: 'bob', action: 'accept' as const }, 'onbehalf.refused.notTheirs'],
  ['the delegator may not', { delegatorAllowed: false }, 'onbehalf.refused.theyMayNot'],
  ['close their case', { action: 'close' as const }, null],
  ['take their session', { action: 'takeSession' as const }, null],
  ['park their case', { action: 'park' as const }, null],
])('actingRefusal: %s', (_name, change, expected) => {
  expect(actingRefusal({ ...acting, ...change })).toBe(expected);
});

const mads = { callerId: 'mads', callerRoleIds: ['role-agent'] };
test.each([
  ['a colleague, open policy', { userId: 'sofie', delegate: { roleIds: ['role-agent'] }, policy: open }, null],
  ['oneself', { userId: 'mads', delegate: { roleIds: ['role-agent'] }, policy: open }, { kind: 'validation', key: 'error.delegation.self' }],
  ['oneself while the policy is off (the input is wrong first)', { userId: 'mads', delegate: { roleIds: ['role-agent'] }, policy: off }, { kind: 'validation', key: 'error.delegation.self' }],
  ['unknown or other tenant', { userId: 'nora', delegate: null, policy: open }, { kind: 'validation', key: 'error.delegation.unknownUser' }],
  ['policy off', { userId: 'sofie', delegate: { roleIds: ['role-agent'] }, policy: off }, { kind: 'forbidden', key: 'error.delegation.policyOff' }],
  ['never set', { userId: 'sofie', delegate: { roleIds: ['role-agent'] }, policy: DEFAULT_DELEGATION_POLICY }, { kind: 'forbidden', key: 'error.delegation.policyOff' }],
  ["caller's role may not delegate", { userId: 'sofie', delegate: { roleIds: ['role-agent'] }, policy: agentsOnly, callerRoleIds: ['role-expert'] }, { kind: 'forbidden', key: 'error.delegation.roleMayNotDelegate' }],
  ["delegate's role may not be one", { userId: 'oskar', delegate: { roleIds: ['role-reader'] }, policy: agentsOnly }, { kind: 'forbidden', key: 'error.delegation.roleMayNotBeDelegate' }],
  ['an expert may be a delegate', { userId: 'ingrid', delegate: { roleIds: ['role-expert'] }, policy: agentsOnly }, null],
] as const)('additionRefusal: %s', (_name, input, expected) => {
  expect(additionRefusal({ ...mads, ...input })).toEqual(expected);
});

const links = (n: number, state: 'active' | 'pending' = 'active') => Array.from({ length: n }, (_, i) => ({ userId: `u${i}`, since: '2026-11-01T00:00:00Z', state }));
test.each([
  ['none yet', 0, 'new', true],
  ['14: one more fits', 14, 'new', true],
  ['15: the 16th does not', 15, 'new', false],
  ['15: one already there is idempotent', 15, 'u3', true],
  ['pending links count too', 15, 'new', false, 'pending'],
] as const)('fitsLimit: %s', (_name, count, userId, fits, state: 'active' | 'pending' = 'active') => {
  expect(fitsLimit(links(count, state), userId)).toBe(fits);
});

test.each([
  ['nothing changed', open, { ...open }, []],
  ['role lists compared as sets', { ...agentsOnly }, { ...agentsOnly, delegateRoleIds: ['role-expert', 'role-agent'] }, []],
  ['turned off', open, off, [{ path: 'enabled', oldValue: true, newValue: false }]],
  ['roles narrowed', open, { ...open, delegatorRoleIds: ['role-agent'] }, [{ path: 'delegatorRoleIds', oldValue: [], newValue: ['role-agent'] }]],
  ['everything', DEFAULT_DELEGATION_POLICY, agentsOnly, [
    { path: 'enabled', oldValue: false, newValue: true },
    { path: 'delegatorRoleIds', oldValue: [], newValue: ['role-agent'] },
    { path: 'delegateRoleIds', oldValue: [], newValue: ['role-agent', 'role-expert'] },
  ]],
])('policyChanges: %s', (_name, before, after, expected) => {
  expect(policyChanges(before, after)).toEqual(expected);
});

test.each([
  ['the reader acted', 'sofie', 'youFor'],
  ['the reader was acted for', 'mads', 'forYou'],
  ['anyone else', 'lars', 'byFor'],
])('onBehalfView: %s', (_name, reader, view) => {
  expect(onBehalfView(reader, 'sofie', 'mads')).toBe(view);
});

test('every refusal of the service has its words in every language, naming the limit and whose it is', () => {
  for (const key of DELEGATION_ERROR_KEYS) expect(isMessageKey(key)).toBe(true);
  expect(t('en', 'error.delegation.limit.delegates', { limit: 15 })).toBe('You already have 15 delegates, the most allowed.');
  expect(t('en', 'error.delegation.limit.delegators', { limit: 15, name: 'Sofie Kristensen' })).toBe('Sofie Kristensen already acts for 15 people, the most allowed.');
  expect(t('da', 'error.delegation.limit.delegates', { limit: 15 })).toBe('Du har allerede 15 stedfortrædere, som er det højeste antal.');
  expect(t('sv', 'error.delegation.policyOff')).toBe('Din administratör har stängt av delegering.');
});
