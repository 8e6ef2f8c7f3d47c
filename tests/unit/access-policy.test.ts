/** A3: privileges at depth, across roles, and field-level security — table-driven. */
import { canReadField, hasPrivilege, isAdmin, privilegeDepth, readScopes, type Caller, type Depth, type Role } from '../../bot/src/domain/access/access';

const T = 'tenant';
const role = (id: string, privileges: Role['privileges'], admin = false): Role => ({ id, tenantId: T, name: id, isAdmin: admin, privileges });
const caller = (roles: Role[], teamIds = ['team-a']): Caller => ({ tenantId: T, user: { id: 'me', tenantId: T, displayName: 'Me', email: 'me@x', teamIds, roleIds: roles.map((r) => r.id) }, roles });
const record = (ownerId: string | null, owningTeamId: string | null, tenantId = T, type = 'case') => ({ tenantId, type, ownerId, owningTeamId });

describe('hasPrivilege reaches records by depth', () => {
  const cases: Array<[string, Depth, ReturnType<typeof record>, boolean]> = [
    ['own reaches my record', 'own', record('me', 'team-z'), true],
    ['own does not reach a team mate\'s', 'own', record('other', 'team-a'), false],
    ['team reaches my team\'s record', 'team', record('other', 'team-a'), true],
    ['team reaches my own record in another team', 'team', record('me', 'team-z'), true],
    ['team does not reach another team\'s', 'team', record('other', 'team-z'), false],
    ['team does not reach an unowned record of no team', 'team', record(null, null), false],
    ['tenant reaches anything in the tenant', 'tenant', record('other', 'team-z'), true],
    ['tenant never reaches another tenant', 'tenant', record('me', 'team-a', 'elsewhere'), false],
  ];
  test.each(cases)('%s', (_name, depth, item, expected) => {
    expect(hasPrivilege(caller([role('r', { case: { write: depth } })]), item, 'write')).toBe(expected);
  });
});

test('the deepest grant across roles and the * wildcard wins; other types are unaffected', () => {
  const c = caller([role('a', { case: { read: 'own' } }), role('b', { '*': { read: 'team' } }), role('c', { workorder: { read: 'tenant' } })]);
  expect(privilegeDepth(c, 'case', 'read')).toBe('team');
  expect(privilegeDepth(c, 'workorder', 'read')).toBe('tenant');
  expect(privilegeDepth(c, 'case', 'write')).toBeNull();
  expect(readScopes(c, ['case', 'workorder', 'account'])).toEqual([
    { type: 'case', depth: 'team' },
    { type: 'workorder', depth: 'tenant' },
    { type: 'account', depth: 'team' },
  ]);
});

test('no roles, no privileges; admin is a role flag', () => {
  expect(hasPrivilege(caller([]), record('me', 'team-a'), 'read')).toBe(false);
  expect(isAdmin(caller([role('x', {}, true)]))).toBe(true);
  expect(isAdmin(caller([role('x', {})]))).toBe(false);
});

describe('field-level security', () => {
  test.each([
    ['unrestricted field, any role', undefined, ['agent'], true],
    ['empty restriction list means unrestricted', [], ['agent'], true],
    ['restricted to managers, caller is agent', ['manager'], ['agent'], false],
    ['restricted to managers, caller is manager', ['manager'], ['agent', 'manager'], true],
  ])('%s', (_name, restrictedTo, roleIds, expected) => {
    expect(canReadField(caller(roleIds.map((id) => role(id, {})), []), restrictedTo)).toBe(expected);
  });
});
