/** The queue views' rules (H2), table-driven on the memory repository through RecordService. */
import type { Caller } from '../../bot/src/domain/access/access';
import { canTake, nextFilter, queueFilter, teamsOf } from '../../bot/src/domain/queues/queue-rules';
import { matchesRecordFilter } from '../../bot/src/storage/memory/memory-record-search';
import type { ServiceRecord } from '../../bot/src/domain/records/record';
import { ForbiddenError } from '../../bot/src/domain/shared/errors';

const caller: Caller = { tenantId: 't', user: { id: 'me', tenantId: 't', displayName: 'Me', email: '', teamIds: ['dk', 'se'], roleIds: [] }, roles: [] };
const record = (o: Partial<ServiceRecord>): ServiceRecord => ({
  id: 'r', tenantId: 't', type: 'case', number: 'CAS-1', title: '', description: '', status: 'new', priority: 'normal', ownerId: null, owningTeamId: null,
  personId: null, customFields: {}, createdAt: '', updatedAt: '', createdBy: '', updatedBy: '', searchText: '', ...o,
});
const inView = (view: 'mine' | 'unassigned' | 'team', r: ServiceRecord, teamId?: string) => {
  const f = queueFilter(caller, view, teamId);
  return (f.type === undefined || f.type === r.type) && matchesRecordFilter(r, f);
};

test.each([
  ['mine', { ownerId: 'me', status: 'active' }, undefined, true],
  ['mine', { ownerId: 'me', status: 'closed' }, undefined, false],
  ['mine', { ownerId: 'me', status: 'resolved' }, undefined, false],
  ['mine', { ownerId: 'other' }, undefined, false],
  ['mine', { ownerId: 'me', type: 'workorder' }, undefined, false],
  ['unassigned', { owningTeamId: 'dk' }, undefined, true],
  ['unassigned', { owningTeamId: null }, undefined, true],
  ['unassigned', { owningTeamId: 'other' }, undefined, false],
  ['unassigned', { owningTeamId: 'dk', ownerId: 'me' }, undefined, false],
  ['unassigned', { owningTeamId: 'dk', status: 'closed' }, undefined, false],
  ['unassigned', { owningTeamId: null }, 'dk', false],
  ['team', { owningTeamId: 'se', ownerId: 'other' }, undefined, true],
  ['team', { owningTeamId: 'se' }, 'dk', false],
  ['team', { owningTeamId: null }, undefined, false],
  ['team', { owningTeamId: 'dk', status: 'waiting' }, 'dk', true],
] as const)('%s holds %j (team %s): %s', (view, fields, teamId, expected) => {
  expect(inView(view, record(fields), teamId)).toBe(expected);
});

test('a team not mine is refused; no team means all of mine', () => {
  expect(() => teamsOf(caller, 'other')).toThrow(ForbiddenError);
  expect(teamsOf(caller, undefined)).toEqual(['dk', 'se']);
  expect(nextFilter(caller, 'se')).toMatchObject({ unowned: true, teamIds: ['se'], order: 'oldest' });
});

test('get next without a team takes from the whole unassigned queue, cases of no team included (new mail has none)', () => {
  expect(nextFilter(caller)).toMatchObject({ unowned: true, teamIds: ['dk', 'se', null], order: 'oldest' });
  expect(nextFilter(caller).teamIds).toEqual(queueFilter(caller, 'unassigned').teamIds);
});

test.each([
  [{}, true],
  [{ ownerId: 'x' }, false],
  [{ status: 'closed' }, false],
  [{ postponedUntil: '2026-12-01T00:00:00.000Z' }, false],
  [{ postponedUntil: '2026-01-01T00:00:00.000Z' }, true],
] as const)('get next may take %j: %s', (fields, expected) => {
  expect(canTake(record(fields), new Date('2026-06-01T00:00:00.000Z'))).toBe(expected);
});
