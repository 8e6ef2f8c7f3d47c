/** The record service's rules, fast, on the in-memory repositories. */
import { CallerService } from '../../bot/src/domain/access/caller-service';
import { RecordService } from '../../bot/src/domain/records/record-service';
import { parseTextQuery } from '../../bot/src/domain/search/text-terms';
import { RecordTypeService } from '../../bot/src/domain/records/record-type-service';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, NotProvisionedError } from '../../bot/src/domain/shared/errors';
import { seedDemoData } from '../../bot/src/sandbox/seed';
import { CONTOSO, DEMO_USERS, FABRIKAM } from '../../bot/src/sandbox/demo-data';
import {
  MemoryAuditRepository, MemoryCounterRepository, MemoryDirectoryRepository, MemoryPeopleRepository,
  MemoryRecordRepository, MemoryRecordTypeRepository, MemoryTimelineRepository,
} from '../../bot/src/storage/memory/memory-repositories';

async function setup() {
  const store = {
    directory: new MemoryDirectoryRepository(),
    records: new MemoryRecordRepository(),
    counters: new MemoryCounterRepository(),
    recordTypes: new MemoryRecordTypeRepository(),
    people: new MemoryPeopleRepository(),
    audit: new MemoryAuditRepository(),
  };
  expect(await seedDemoData(store, new Date('2026-11-01T12:00:00Z'))).toBe(37);
  expect(await seedDemoData(store)).toBe(0);
  let n = 0;
  const service = new RecordService(store.records, store.counters, new RecordTypeService(store.recordTypes), store.directory, store.people, () => new Date('2026-11-02T00:00:00Z'), () => `new-${++n}`);
  const callers = new CallerService(store.directory);
  return { service, callers, store };
}

test('an unknown user in a known tenant is not provisioned', async () => {
  const { callers } = await setup();
  await expect(callers.resolve(CONTOSO, 'nobody')).rejects.toBeInstanceOf(NotProvisionedError);
  await expect(callers.resolve(FABRIKAM, DEMO_USERS.mads)).rejects.toBeInstanceOf(NotProvisionedError);
});

test('a new record is owned by its creator and their team, numbered after the demo cases', async () => {
  const { service, callers } = await setup();
  const mads = await callers.resolve(CONTOSO, DEMO_USERS.mads);
  const created = await service.create(mads, { type: 'case', title: 'New' });
  expect(created.value).toMatchObject({ id: 'new-1', number: 'CAS-01031', ownerId: DEMO_USERS.mads, owningTeamId: 'team-dk', status: 'new', priority: 'normal' });
});

test('with an idempotency id, a retry after a half-done create finishes it instead of creating another', async () => {
  const { store, callers } = await setup();
  const timeline = new MemoryTimelineRepository();
  let n = 0;
  const service = new RecordService(store.records, store.counters, new RecordTypeService(store.recordTypes), store.directory, store.people, () => new Date('2026-11-02T00:00:00Z'), () => `new-${++n}`, timeline);
  const mads = await callers.resolve(CONTOSO, DEMO_USERS.mads);
  const append = jest.spyOn(timeline, 'append').mockRejectedValueOnce(new Error('Cosmos unavailable'));
  await expect(service.create(mads, { type: 'case', title: 'Once' }, { id: 'r-key-1' })).rejects.toThrow('Cosmos unavailable');
  append.mockRestore();
  const retried = await service.create(mads, { type: 'case', title: 'Once' }, { id: 'r-key-1' });
  expect(retried.value).toMatchObject({ id: 'r-key-1', number: 'CAS-01031', title: 'Once' });
  expect((await service.create(mads, { type: 'case', title: 'Once' }, { id: 'r-key-1' })).value.number).toBe('CAS-01031');
  expect((await service.search(mads, { query: parseTextQuery('once') ?? undefined }, { limit: 10 })).items).toHaveLength(1);
  expect((await timeline.list(CONTOSO, 'r-key-1', { limit: 10 })).items).toMatchObject([{ kind: 'recordCreated', actorId: DEMO_USERS.mads }]);
  // Someone else's key never hands them this record.
  const sofie = await callers.resolve(CONTOSO, DEMO_USERS.sofie);
  await expect(service.create(sofie, { type: 'case', title: 'Mine' }, { id: 'r-key-1' })).rejects.toBeInstanceOf(ConflictError);
  expect((await service.create(mads, { type: 'case', title: 'Other' })).value.number).toBe('CAS-01032');

  // A replay answers only while the creator may still read the record.
  await store.directory.putRole({ id: 'role-own', tenantId: CONTOSO, name: 'Own cases', isAdmin: false, privileges: { case: { read: 'own', write: 'own' } } });
  await store.directory.putUser({ id: 'u-own', tenantId: CONTOSO, displayName: 'Own Only', email: 'own@contoso.example', teamIds: [], roleIds: ['role-own'], locale: 'en-US' });
  const own = await callers.resolve(CONTOSO, 'u-own');
  const mine = await service.create(own, { type: 'case', title: 'Handed over' }, { id: 'r-key-2' });
  await store.records.replace({ ...mine.value, ownerId: DEMO_USERS.mads }, mine.etag);
  await expect(service.create(own, { type: 'case', title: 'Handed over' }, { id: 'r-key-2' })).rejects.toBeInstanceOf(NotFoundError);
});

test('assigning to someone else needs the assign privilege reaching the record', async () => {
  const { service, callers } = await setup();
  const mads = await callers.resolve(CONTOSO, DEMO_USERS.mads); // agent: assign at team depth
  const created = await service.create(mads, { type: 'case', title: 'For Sofie', ownerId: DEMO_USERS.sofie });
  expect(created.value.ownerId).toBe(DEMO_USERS.sofie);
  const wo = await service.get(mads, 'wo-003'); // Sofie's; agents write team work orders but assign only their own
  await expect(service.update(mads, 'wo-003', wo.etag, { ownerId: DEMO_USERS.mads })).rejects.toBeInstanceOf(ForbiddenError);
  await expect(service.update(mads, 'wo-003', wo.etag, { owningTeamId: 'team-se' })).rejects.toBeInstanceOf(ForbiddenError);
});

test('references must exist in the caller\'s tenant', async () => {
  const { service, callers } = await setup();
  const mads = await callers.resolve(CONTOSO, DEMO_USERS.mads);
  await expect(service.create(mads, { type: 'case', title: 'x', ownerId: DEMO_USERS.nora })).rejects.toBeInstanceOf(ValidationError);
  await expect(service.create(mads, { type: 'case', title: 'x', owningTeamId: 'team-fab' })).rejects.toBeInstanceOf(ValidationError);
  await expect(service.create(mads, { type: 'nosuchtype', title: 'x' })).rejects.toBeInstanceOf(NotFoundError);
  await expect(service.create(mads, { type: 'case', title: 'x', customFields: { contractLevel: 'Gold' } })).rejects.toBeInstanceOf(ValidationError);
});

test('a restricted field cannot be written by someone who may not read it, even on create', async () => {
  const { service, callers } = await setup();
  const mads = await callers.resolve(CONTOSO, DEMO_USERS.mads);
  const lars = await callers.resolve(CONTOSO, DEMO_USERS.lars);
  await expect(service.create(mads, { type: 'case', title: 'x', customFields: { costEstimate: 5 } })).rejects.toBeInstanceOf(ForbiddenError);
  const created = await service.create(lars, { type: 'case', title: 'x', customFields: { costEstimate: 5 } });
  expect(created.value.customFields.costEstimate).toBe(5);
});

test('search never returns what the caller may not read', async () => {
  const { service, callers } = await setup();
  const oskar = await callers.resolve(CONTOSO, DEMO_USERS.oskar); // reader: cases and articles only
  const page = await service.search(oskar, {}, { limit: 100 });
  expect(new Set(page.items.map((i) => i.value.type))).toEqual(new Set(['case', 'knowledgearticle']));
  await expect(service.get(oskar, 'wo-001')).rejects.toBeInstanceOf(NotFoundError);
});

test('G2: a case keeps who made it done and when; reopening clears it, closing a resolved case keeps it', async () => {
  const { service, callers } = await setup();
  const mads = await callers.resolve(CONTOSO, DEMO_USERS.mads);
  const lars = await callers.resolve(CONTOSO, DEMO_USERS.lars);
  const created = await service.create(mads, { type: 'case', title: 'Printer offline' });
  expect(created.value.resolution).toBeUndefined();
  const resolved = await service.update(lars, created.value.id, created.etag, { status: 'resolved' });
  expect(resolved.value.resolution).toEqual({ byIds: [DEMO_USERS.lars, DEMO_USERS.mads], at: resolved.value.updatedAt });
  const closed = await service.update(mads, created.value.id, resolved.etag, { status: 'closed' });
  expect(closed.value.resolution).toEqual(resolved.value.resolution);
  const reopened = await service.update(mads, created.value.id, closed.etag, { status: 'active' });
  expect(reopened.value.resolution).toBeNull();
  const again = await service.update(mads, created.value.id, reopened.etag, { status: 'closed' });
  expect(again.value.resolution).toEqual({ byIds: [DEMO_USERS.mads], at: again.value.updatedAt });
  const doneAtOnce = await service.create(mads, { type: 'case', title: 'Answered on the phone', status: 'resolved' });
  expect(doneAtOnce.value.resolution).toEqual({ byIds: [DEMO_USERS.mads], at: doneAtOnce.value.createdAt });
});
