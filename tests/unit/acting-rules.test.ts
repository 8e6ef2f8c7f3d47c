/**
 * J2's rules as tables: which refusal wins when several apply (actingRefusal), how a reader sees an
 * act for someone (onBehalfView), what an entry written by an acting caller names (actedBy,
 * auditedFor), and field security as both people's (canReadField, hiddenFieldsOf).
 */
import { actorOf, canReadField, onBehalfOfIdOf, type Caller, type Role } from '../../bot/src/domain/access/access';
import { actedBy, auditedFor } from '../../bot/src/domain/delegation/acting';
import { actingRefusal, onBehalfView, type DelegationPolicy } from '../../bot/src/domain/delegation/delegation';
import { hiddenFieldsOf } from '../../bot/src/domain/records/record-rules';
import type { RecordType } from '../../bot/src/domain/records/record-type';

const role = (id: string): Role => ({ id, tenantId: 't1', name: id, isAdmin: false, privileges: { case: { read: 'tenant', write: 'team' } } });
const person = (id: string, roleIds: string[]): Caller => ({
  tenantId: 't1', user: { id, tenantId: 't1', displayName: id.toUpperCase(), email: `${id}@x.example`, teamIds: ['team-a'], roleIds }, roles: roleIds.map(role),
});
const anna = person('anna', ['role-manager']);
const ola = person('ola', ['role-agent']);
/** Ola acting for Anna, as the resolver builds it. */
const olaForAnna: Caller = { ...anna, delegate: ola };

const open: DelegationPolicy = { enabled: true, delegatorRoleIds: [], delegateRoleIds: [] };
const base = { policy: open, delegatorRoleIds: ['role-manager'], delegateRoleIds: ['role-agent'], inEffect: true, action: 'close' as const, ownerId: 'anna', delegatorId: 'anna', delegatorAllowed: true };

test.each([
  ['everything wrong: the policy is named first', { policy: { ...open, enabled: false }, inEffect: false, ownerId: 'bob', delegatorAllowed: false }, 'onbehalf.refused.policyOff'],
  ['removed and not theirs: the removal is named', { inEffect: false, ownerId: 'bob' }, 'onbehalf.refused.notInEffect'],
  ['not theirs and they may not: not theirs', { ownerId: 'bob', delegatorAllowed: false }, 'onbehalf.refused.notTheirs'],
  ['theirs, but they may not', { delegatorAllowed: false }, 'onbehalf.refused.theyMayNot'],
  ['close on a case nobody owns is not theirs', { ownerId: null }, 'onbehalf.refused.notTheirs'],
  ['take a session of theirs', { action: 'takeSession' as const }, null],
  ['park a case of theirs', { action: 'park' as const }, null],
] as const)('actingRefusal: %s', (_name, change, expected) => {
  expect(actingRefusal({ ...base, ...change })).toBe(expected);
});

test.each([
  ['the reader acted', 'ola', 'youFor'],
  ['the reader was acted for', 'anna', 'forYou'],
  ['anyone else', 'lars', 'byFor'],
] as const)('onBehalfView: %s', (_name, reader, view) => {
  expect(onBehalfView(reader, 'ola', 'anna')).toBe(view);
});

test.each([
  ['acting for themself', ola, { actorId: 'ola' }, null],
  ['a delegate acting for a delegator', olaForAnna, { actorId: 'ola', onBehalfOfId: 'anna' }, 'anna'],
] as const)('actedBy and the audit value: %s', (_name, caller, entry, onBehalfOfId) => {
  expect(actedBy(caller)).toEqual(entry);
  expect(actorOf(caller).id).toBe('ola');
  expect(onBehalfOfIdOf(caller)).toBe(onBehalfOfId);
  const audited = auditedFor(caller, { status: 'closed' });
  expect(audited).toEqual(onBehalfOfId === null ? { status: 'closed' } : { status: 'closed', onBehalfOfId });
});

test.each([
  ['a list is kept as it is', ['a', 'b']],
  ['null is kept as it is', null],
  ['a string is kept as it is', 'closed'],
] as const)('auditedFor: %s (only a plain object gets the person acted for)', (_name, value) => {
  expect(auditedFor(olaForAnna, value)).toEqual(value);
});

const type: RecordType = {
  id: 'case', tenantId: 't1', prefix: 'CAS', builtIn: true, customFields: [],
  fieldRestrictions: { 'customFields.cost': ['role-manager'], priority: ['role-manager', 'role-agent'], description: ['role-agent'] },
};

test.each([
  ['Anna herself', anna, ['description']],
  ['Ola himself', ola, ['customFields.cost']],
  // Both people's field security: what either may not read stays hidden.
  ['Ola acting for Anna', olaForAnna, ['customFields.cost', 'description']],
] as const)('field security: %s', (_name, caller, hidden) => {
  expect(hiddenFieldsOf(caller, type).sort()).toEqual([...hidden].sort());
  expect(canReadField(caller, type.fieldRestrictions.priority)).toBe(true);
});
