/**
 * J2's resolver and read-through on the in-memory delegation repository, with the demo people:
 * who acts (implicitly by rights, explicitly by name), each refusal with its reason, the resolver
 * where delegation is not wired, and a delegate reading a delegator's case their own read misses.
 */
import { hasPrivilege, type Caller, type Role } from '../../bot/src/domain/access/access';
import { CallerService } from '../../bot/src/domain/access/caller-service';
import { DelegationActingResolver, DelegationReadThrough, NO_DELEGATION } from '../../bot/src/domain/delegation/acting';
import { RepositoryDelegationReader } from '../../bot/src/domain/delegation/delegation-reader';
import { emptyDelegations, type DelegationPolicy } from '../../bot/src/domain/delegation/delegation';
import type { ActingRequest } from '../../bot/src/domain/delegation/ports';
import type { ServiceRecord } from '../../bot/src/domain/records/record';
import { RecordService } from '../../bot/src/domain/records/record-service';
import { RecordTypeService } from '../../bot/src/domain/records/record-type-service';
import { ForbiddenError, NotFoundError } from '../../bot/src/domain/shared/errors';
import { CONTOSO, DEMO_USERS, FABRIKAM } from '../../bot/src/sandbox/demo-data';
import { seedDemoData } from '../../bot/src/sandbox/seed';
import { MemoryDelegationRepository } from '../../bot/src/storage/memory/memory-delegations';
import {
  MemoryCounterRepository, MemoryDirectoryRepository, MemoryPeopleRepository, MemoryRecordRepository, MemoryRecordTypeRepository,
} from '../../bot/src/storage/memory/memory-repositories';

const OPEN: DelegationPolicy = { enabled: true, delegatorRoleIds: [], delegateRoleIds: [] };

async function setup(policy: DelegationPolicy | null = OPEN) {
  const directory = new MemoryDirectoryRepository();
  await seedDemoData({ directory, records: new MemoryRecordRepository(), counters: new MemoryCounterRepository(), recordTypes: new MemoryRecordTypeRepository(), people: new MemoryPeopleRepository() });
  const repository = new MemoryDelegationRepository();
  if (policy) await repository.putPolicy(CONTOSO, policy, null);
  const callers = new CallerService(directory);
  const reader = new RepositoryDelegationReader(repository);
  /** Writes an active delegation delegator → delegate on the delegate's side (what makes it effective). */
  const delegate = async (delegatorId: string, delegateId: string, state: 'active' | 'pending' = 'active') => {
    const existing = await repository.get(CONTOSO, delegateId);
    const doc = existing?.value ?? emptyDelegations(CONTOSO, delegateId);
    const next = { ...doc, delegators: [...doc.delegators, { userId: delegatorId, since: '2026-11-01T00:00:00Z', state }] };
    if (existing) await repository.replace(next, existing.etag);
    else await repository.create(next);
  };
  const who = async (id: string) => callers.resolve(CONTOSO, id);
  return { repository, callers, reader, delegate, who, resolver: new DelegationActingResolver(reader, callers) };
}

/** A team-dk case owned by `ownerId`. */
const caseOf = (ownerId: string | null): ServiceRecord => ({
  id: 'c1', tenantId: CONTOSO, type: 'case', number: 'CAS-1', title: 'T', description: '', status: 'active', priority: 'normal',
  ownerId, owningTeamId: 'team-dk', personId: null, customFields: {}, createdAt: '', updatedAt: '', createdBy: '', updatedBy: '', searchText: '',
});

const writeOn = (record: ServiceRecord) => (c: Caller) => hasPrivilege(c, record, 'write');
const request = (record: ServiceRecord, explicitFor: string | null = null): ActingRequest => ({ action: 'reply', explicitFor, ownerId: record.ownerId, allows: writeOn(record) });

test('implicit: Erik (team-se) acts for Mads on Mads\'s case only while the delegation is in effect', async () => {
  const { resolver, delegate, who } = await setup();
  const erik = await who(DEMO_USERS.erik);
  const record = caseOf(DEMO_USERS.mads);
  expect(await resolver.resolve(erik, request(record))).toBe(erik);
  await delegate(DEMO_USERS.mads, DEMO_USERS.erik, 'pending');
  expect(await resolver.resolve(erik, request(record))).toBe(erik);
  await delegate(DEMO_USERS.mads, DEMO_USERS.erik);
  const acting = await resolver.resolve(erik, request(record));
  expect(acting.user.id).toBe(DEMO_USERS.mads);
  expect(acting.delegate?.user.id).toBe(DEMO_USERS.erik);
  // The privileges are Mads's: a team-dk case is within them.
  expect(writeOn(record)(acting)).toBe(true);
});

test('implicit: own rights first — Sofie (same team) acts as herself unless she names Mads', async () => {
  const { resolver, delegate, who } = await setup();
  await delegate(DEMO_USERS.mads, DEMO_USERS.sofie);
  const sofie = await who(DEMO_USERS.sofie);
  const record = caseOf(DEMO_USERS.mads);
  expect(await resolver.resolve(sofie, request(record))).toBe(sofie);
  const named = await resolver.resolve(sofie, request(record, DEMO_USERS.mads));
  expect([named.user.id, named.delegate?.user.id]).toEqual([DEMO_USERS.mads, DEMO_USERS.sofie]);
  // Naming oneself is acting as oneself.
  expect(await resolver.resolve(sofie, request(record, DEMO_USERS.sofie))).toBe(sofie);
});

test.each([
  ['not my delegator', async (s: Awaited<ReturnType<typeof setup>>) => s.delegate(DEMO_USERS.lars, DEMO_USERS.sofie), DEMO_USERS.mads, DEMO_USERS.mads, 'onbehalf.refused.notInEffect'],
  ['an unknown person', async () => undefined, 'nobody', DEMO_USERS.mads, 'onbehalf.refused.notInEffect'],
  ['a case of someone else', async (s: Awaited<ReturnType<typeof setup>>) => s.delegate(DEMO_USERS.mads, DEMO_USERS.sofie), DEMO_USERS.mads, DEMO_USERS.lars, 'onbehalf.refused.notTheirs'],
] as const)('explicit, refused with the reason: %s', async (_name, arrange, named, ownerId, reason) => {
  const s = await setup();
  await arrange(s);
  const sofie = await s.who(DEMO_USERS.sofie);
  const attempt = s.resolver.resolve(sofie, request(caseOf(ownerId), named));
  await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
  await expect(attempt).rejects.toMatchObject({ messageKey: reason });
});

test('explicit: the policy off (never set) refuses; implicit falls back to the caller', async () => {
  const s = await setup(null);
  await s.delegate(DEMO_USERS.mads, DEMO_USERS.erik);
  const erik = await s.who(DEMO_USERS.erik);
  const record = caseOf(DEMO_USERS.mads);
  await expect(s.resolver.resolve(erik, request(record, DEMO_USERS.mads))).rejects.toMatchObject({ messageKey: 'onbehalf.refused.policyOff' });
  expect(await s.resolver.resolve(erik, request(record))).toBe(erik);
});

test('explicit: the delegator\'s own rights bound the delegate\'s (Oskar the reader cannot write, so neither may his delegate for him)', async () => {
  const s = await setup();
  await s.delegate(DEMO_USERS.oskar, DEMO_USERS.sofie);
  const sofie = await s.who(DEMO_USERS.sofie);
  await expect(s.resolver.resolve(sofie, request(caseOf(DEMO_USERS.oskar), DEMO_USERS.oskar))).rejects.toMatchObject({ messageKey: 'onbehalf.refused.theyMayNot' });
});

test('another tenant: a Contoso person named by a Fabrikam user is nobody', async () => {
  const s = await setup();
  const nora = await s.callers.resolve(FABRIKAM, DEMO_USERS.nora);
  await expect(s.resolver.resolve(nora, request({ ...caseOf(null), tenantId: FABRIKAM }, DEMO_USERS.mads))).rejects.toMatchObject({ messageKey: 'onbehalf.refused.notInEffect' });
});

test('without delegation wired, everyone acts for themself and naming someone is refused', async () => {
  const s = await setup();
  const sofie = await s.who(DEMO_USERS.sofie);
  const record = caseOf(DEMO_USERS.mads);
  expect(await NO_DELEGATION.resolve(sofie, request(record))).toBe(sofie);
  await expect(NO_DELEGATION.resolve(sofie, request(record, DEMO_USERS.mads))).rejects.toMatchObject({ messageKey: 'onbehalf.refused.notInEffect' });
});

test('read-through: a delegate whose own read does not reach reads their delegator\'s case, and only that', async () => {
  const s = await setup();
  const ownOnly: Role = { id: 'role-own', tenantId: CONTOSO, name: 'Own', isAdmin: false, privileges: { case: { read: 'own', write: 'own' } } };
  const sofie = await s.who(DEMO_USERS.sofie);
  const narrow: Caller = { ...sofie, user: { ...sofie.user, roleIds: ['role-own'] }, roles: [ownOnly] };
  const through = new DelegationReadThrough(s.reader, s.callers);
  const madsCase = caseOf(DEMO_USERS.mads);
  expect(hasPrivilege(narrow, madsCase, 'read')).toBe(false);
  expect(await through.mayRead(narrow, madsCase)).toBe(false);
  await s.delegate(DEMO_USERS.mads, DEMO_USERS.sofie);
  expect(await through.mayRead(narrow, madsCase)).toBe(true);
  expect(await through.mayRead(narrow, caseOf(DEMO_USERS.lars))).toBe(false);
  expect(await through.mayRead(narrow, caseOf(null))).toBe(false);
  expect(await through.mayRead(narrow, { ...madsCase, tenantId: FABRIKAM })).toBe(false);
  // The policy turned off ends it at once.
  const policy = await s.repository.getPolicy(CONTOSO);
  await s.repository.putPolicy(CONTOSO, { ...OPEN, enabled: false }, policy?.etag ?? null);
  expect(await through.mayRead(narrow, madsCase)).toBe(false);
});

test('RecordService: the read-through opens get and getByNumber to the delegate, and nothing without it', async () => {
  const s = await setup();
  const store = { records: new MemoryRecordRepository(), types: new MemoryRecordTypeRepository(), directory: new MemoryDirectoryRepository(), people: new MemoryPeopleRepository() };
  await seedDemoData({ ...store, recordTypes: store.types, counters: new MemoryCounterRepository() });
  const service = new RecordService(store.records, new MemoryCounterRepository(), new RecordTypeService(store.types), store.directory, store.people, () => new Date('2026-11-02T00:00:00Z'), () => 'x');
  const own: Role = { id: 'role-own', tenantId: CONTOSO, name: 'Own', isAdmin: false, privileges: { case: { read: 'own', write: 'own' } } };
  const sofie = await s.who(DEMO_USERS.sofie);
  const narrow: Caller = { ...sofie, roles: [own] };
  await store.records.create({ ...caseOf(DEMO_USERS.mads), id: 'mads-case', number: 'CAS-90001' });
  await s.delegate(DEMO_USERS.mads, DEMO_USERS.sofie);
  await expect(service.get(narrow, 'mads-case')).rejects.toBeInstanceOf(NotFoundError);
  service.readThrough(new DelegationReadThrough(s.reader, s.callers));
  expect((await service.get(narrow, 'mads-case')).value.id).toBe('mads-case');
  expect((await service.getByNumber(narrow, 'CAS-90001')).value.id).toBe('mads-case');
  await expect(service.get(narrow, 'no-such-case')).rejects.toBeInstanceOf(NotFoundError);
});

test('only cases are delegated: on a work order the caller acts as themself, naming a delegator is refused, and no read-through', async () => {
  const { resolver, delegate, who, reader, callers } = await setup();
  await delegate(DEMO_USERS.mads, DEMO_USERS.erik);
  const erik = await who(DEMO_USERS.erik);
  const order: ServiceRecord = { ...caseOf(DEMO_USERS.mads), type: 'workorder' };
  const onOrder = (explicitFor: string | null): ActingRequest => ({ ...request(order, explicitFor), recordType: 'workorder' });
  expect(await resolver.resolve(erik, onOrder(null))).toBe(erik);
  await expect(resolver.resolve(erik, onOrder(DEMO_USERS.mads))).rejects.toThrow(new ForbiddenError('onbehalf.refused.notACase'));
  // The same on a case: acting for Mads (and with no type named, as sessions ask, too).
  expect((await resolver.resolve(erik, { ...request(caseOf(DEMO_USERS.mads), DEMO_USERS.mads), recordType: 'case' })).delegate).toBe(erik);
  expect((await resolver.resolve(erik, request(caseOf(DEMO_USERS.mads), DEMO_USERS.mads))).delegate).toBe(erik);
  const through = new DelegationReadThrough(reader, callers);
  expect(await through.mayRead(erik, caseOf(DEMO_USERS.mads))).toBe(true);
  expect(await through.mayRead(erik, order)).toBe(false);
  expect(await through.readableOwnerIds(erik, 'case')).toEqual([DEMO_USERS.mads]);
  expect(await through.readableOwnerIds(erik, 'workorder')).toEqual([]);
});
