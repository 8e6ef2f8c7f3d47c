/**
 * J6's park service on the in-memory repositories with the demo people: a park or pick-up whose
 * timeline entry could not be written (after the case was saved) is finished by a retry — 200, one
 * entry, one audit entry, one card — instead of being refused; a second press after a finished
 * pick-up is told; a case that moved on is not picked up; only cases are parked.
 */
import { CallerService } from '../../bot/src/domain/access/caller-service';
import { DelegationActingResolver, DelegationReadThrough } from '../../bot/src/domain/delegation/acting';
import { RepositoryDelegationReader } from '../../bot/src/domain/delegation/delegation-reader';
import { emptyDelegations } from '../../bot/src/domain/delegation/delegation';
import { ParkService } from '../../bot/src/domain/delegation/park';
import type { ParkedEvent } from '../../bot/src/domain/delegation/ports';
import { RecordService } from '../../bot/src/domain/records/record-service';
import { RecordTypeService } from '../../bot/src/domain/records/record-type-service';
import { ConflictError, ForbiddenError } from '../../bot/src/domain/shared/errors';
import type { TimelineEntry } from '../../bot/src/domain/timeline/timeline';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { seedDemoData } from '../../bot/src/sandbox/seed';
import { MemoryDelegationRepository } from '../../bot/src/storage/memory/memory-delegations';
import {
  MemoryAuditRepository, MemoryCounterRepository, MemoryDirectoryRepository, MemoryPeopleRepository, MemoryRecordRepository,
  MemoryRecordTypeRepository, MemoryTimelineRepository,
} from '../../bot/src/storage/memory/memory-repositories';

/** A timeline whose next `failures` appends throw (as a Cosmos outage would), then works. */
class FlakyTimeline extends MemoryTimelineRepository {
  failures = 0;
  override async append(entry: TimelineEntry): Promise<void> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('timeline unavailable');
    }
    return super.append(entry);
  }
}

async function setup() {
  const directory = new MemoryDirectoryRepository();
  const records = new MemoryRecordRepository();
  const people = new MemoryPeopleRepository();
  const recordTypes = new MemoryRecordTypeRepository();
  await seedDemoData({ directory, records, counters: new MemoryCounterRepository(), recordTypes, people });
  const delegations = new MemoryDelegationRepository();
  await delegations.putPolicy(CONTOSO, { enabled: true, delegatorRoleIds: [], delegateRoleIds: [] }, null);
  const doc = emptyDelegations(CONTOSO, DEMO_USERS.sofie);
  await delegations.create({ ...doc, delegators: [{ userId: DEMO_USERS.mads, since: '2026-11-01T00:00:00Z', state: 'active' }] });
  const callers = new CallerService(directory);
  const reader = new RepositoryDelegationReader(delegations);
  const timeline = new FlakyTimeline();
  const audit = new MemoryAuditRepository();
  let now = Date.parse('2026-12-01T09:00:00.000Z');
  const clock = () => new Date((now += 1000));
  let ids = 0;
  const service = new RecordService(records, new MemoryCounterRepository(), new RecordTypeService(recordTypes), directory, people, clock, () => `r-${++ids}`, timeline);
  service.readThrough(new DelegationReadThrough(reader, callers));
  const told: { parked: ParkedEvent[]; pickedUp: ParkedEvent[] } = { parked: [], pickedUp: [] };
  const park = new ParkService({
    records: service, acting: new DelegationActingResolver(reader, callers), reader, callers, timeline, audit, clock,
    notices: { parked: async (e) => { told.parked.push(e); }, pickedUp: async (e) => { told.pickedUp.push(e); } },
    noticeFailed: () => undefined,
  });
  const who = (id: string) => callers.resolve(CONTOSO, id);
  const mads = await who(DEMO_USERS.mads);
  const sofie = await who(DEMO_USERS.sofie);
  const lars = await who(DEMO_USERS.lars);
  const created = await service.create(mads, { type: 'case', title: 'Printer offline' });
  const entries = async (kind: TimelineEntry['kind']) => (await timeline.list(CONTOSO, created.value.id, { limit: 50 }, [kind])).items;
  const audited = async (action: string) => (await audit.list(CONTOSO, `record:${created.value.id}`, { limit: 50 })).items.filter((e) => e.path === action);
  return { service, park, timeline, told, mads, sofie, lars, id: created.value.id, entries, audited };
}

test('a park whose timeline entry failed after the save is finished by a retry: 200, one entry, one audit, one card', async () => {
  const s = await setup();
  s.timeline.failures = 1;
  await expect(s.park.park(s.sofie, s.id, undefined, { forUserId: DEMO_USERS.mads })).rejects.toThrow('timeline unavailable');
  // Saved, but nothing else yet.
  expect((await s.service.get(s.mads, s.id)).value.parked?.byUserId).toBe(DEMO_USERS.sofie);
  expect(await s.entries('recordParked')).toEqual([]);
  expect(s.told.parked).toEqual([]);

  const retried = await s.park.park(s.sofie, s.id, undefined, { forUserId: DEMO_USERS.mads });
  expect(retried.value.parked).toMatchObject({ forUserId: DEMO_USERS.mads, byUserId: DEMO_USERS.sofie });
  expect(await s.entries('recordParked')).toHaveLength(1);
  expect(await s.audited('park')).toHaveLength(1);
  expect(s.told.parked).toHaveLength(1);
  // Again: nothing new is written (the entry and the audit have fixed ids; the notice posts once per park in Teams).
  await s.park.park(s.sofie, s.id, undefined, { forUserId: DEMO_USERS.mads });
  expect(await s.entries('recordParked')).toHaveLength(1);
  expect(await s.audited('park')).toHaveLength(1);
});

test('a pick-up whose timeline entry failed after the save is finished by a retry; once finished, a second press is told', async () => {
  const s = await setup();
  await s.park.park(s.sofie, s.id, undefined, { forUserId: DEMO_USERS.mads });
  s.timeline.failures = 1;
  await expect(s.park.pickUp(s.mads, s.id)).rejects.toThrow('timeline unavailable');
  expect((await s.service.get(s.mads, s.id)).value.parked).toBeNull();
  expect(await s.entries('recordPickedUp')).toEqual([]);

  const retried = await s.park.pickUp(s.mads, s.id);
  expect(retried.value).toMatchObject({ ownerId: DEMO_USERS.mads, parked: null, status: 'active' });
  expect(await s.entries('recordPickedUp')).toEqual([expect.objectContaining({ actorId: DEMO_USERS.mads, userIds: [DEMO_USERS.sofie], fromStatus: 'new', toStatus: 'active' })]);
  expect(await s.audited('pickUp')).toHaveLength(1);
  expect(s.told.pickedUp).toHaveLength(1);

  await expect(s.park.pickUp(s.mads, s.id)).rejects.toThrow(new ConflictError('park.error.alreadyPickedUp'));
  expect(await s.audited('pickUp')).toHaveLength(1);
});

test('a parked case given to someone else is parked no more; one that moved on without that is refused as moved', async () => {
  const s = await setup();
  const parked = await s.park.park(s.sofie, s.id, undefined, { forUserId: DEMO_USERS.mads });
  const moved = await s.service.update(s.lars, s.id, parked.etag, { ownerId: DEMO_USERS.lars });
  expect(moved.value.parked).toBeNull();
  await expect(s.park.pickUp(s.mads, s.id)).rejects.toThrow(new ConflictError('park.error.notParked'));
  expect(moved.value.ownerId).toBe(DEMO_USERS.lars);

  // A mark left behind by a change that did not clear it (data from before, another writer): still refused.
  const again = await s.service.update(s.lars, s.id, moved.etag, { parked: { forUserId: DEMO_USERS.mads, byUserId: DEMO_USERS.sofie, at: '2026-12-01T08:00:00.000Z' } });
  await expect(s.park.pickUp(s.mads, s.id)).rejects.toThrow(new ConflictError('park.error.moved'));
  expect((await s.service.get(s.lars, s.id)).value.ownerId).toBe(DEMO_USERS.lars);
  expect(again.value.ownerId).toBe(DEMO_USERS.lars);
});

test('closing a parked case clears the mark', async () => {
  const s = await setup();
  const parked = await s.park.park(s.sofie, s.id, undefined, { forUserId: DEMO_USERS.mads });
  const closed = await s.service.update(s.mads, s.id, parked.etag, { status: 'closed' });
  expect(closed.value.parked).toBeNull();
});

test('only cases are parked: a work order of a delegator is refused', async () => {
  const s = await setup();
  const order = await s.service.create(s.mads, { type: 'workorder', title: 'Replace toner' });
  await expect(s.park.park(s.sofie, order.value.id, undefined, { forUserId: DEMO_USERS.mads })).rejects.toThrow(new ForbiddenError('onbehalf.refused.notACase'));
  const own = await s.service.create(s.sofie, { type: 'workorder', title: 'My own order' });
  await expect(s.park.park(s.sofie, own.value.id, undefined, { forUserId: DEMO_USERS.mads })).rejects.toThrow(new ForbiddenError('onbehalf.refused.notACase'));
});
