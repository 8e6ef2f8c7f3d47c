/**
 * "Get next" (H2) on the in-memory repositories: it pages on through the unassigned queue, so
 * cases it may not take now (postponed into the future) never hide a case it may take, and an
 * agent of no team still gets the cases of no team that the unassigned view shows them.
 */
import { ActionService } from '../../bot/src/domain/actions/action-service';
import { CallerService } from '../../bot/src/domain/access/caller-service';
import { QueueService } from '../../bot/src/domain/queues/queue-service';
import { QueueEmptyError } from '../../bot/src/domain/queues/queue-rules';
import type { ServiceRecord } from '../../bot/src/domain/records/record';
import { RecordService } from '../../bot/src/domain/records/record-service';
import { RecordTypeService } from '../../bot/src/domain/records/record-type-service';
import { SILENT_NOTIFIER } from '../../bot/src/domain/work/work-events';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { seedDemoData } from '../../bot/src/sandbox/seed';
import {
  MemoryAuditRepository, MemoryCounterRepository, MemoryDirectoryRepository, MemoryPeopleRepository,
  MemoryRecordRepository, MemoryRecordTypeRepository, MemoryTimelineRepository,
} from '../../bot/src/storage/memory/memory-repositories';
import { MemoryUserMarksRepository } from '../../bot/src/storage/memory/memory-user-marks';

const NOW = new Date('2026-11-02T00:00:00Z');

async function setup() {
  const store = {
    directory: new MemoryDirectoryRepository(), records: new MemoryRecordRepository(), counters: new MemoryCounterRepository(),
    recordTypes: new MemoryRecordTypeRepository(), people: new MemoryPeopleRepository(), audit: new MemoryAuditRepository(),
  };
  await seedDemoData(store, new Date('2026-11-01T12:00:00Z'));
  const clock = () => NOW;
  const records = new RecordService(store.records, store.counters, new RecordTypeService(store.recordTypes), store.directory, store.people, clock, () => 'x');
  const actions = new ActionService({
    records, types: new RecordTypeService(store.recordTypes), directory: store.directory, timeline: new MemoryTimelineRepository(), audit: store.audit,
    notifier: SILENT_NOTIFIER, clock, notifyFailed: () => undefined,
  });
  const queues = new QueueService({ records, marks: new MemoryUserMarksRepository(), directory: store.directory, clock, accept: (caller, id, etag) => actions.accept(caller, id, etag) });
  const callers = new CallerService(store.directory);
  // Only our own cases in the unassigned queue: the demo data's unowned open cases get an owner.
  for (const item of (await store.records.search(CONTOSO, { type: 'case', unowned: true }, { userId: 'x', teamIds: [], scopes: [{ type: 'case', depth: 'tenant' }] }, { limit: 500 })).items) {
    await store.records.replace({ ...item.value, ownerId: DEMO_USERS.lars }, item.etag);
  }
  const add = async (id: string, minutes: number, extra: Partial<ServiceRecord>) => {
    const at = new Date(Date.UTC(2026, 9, 1, 0, minutes)).toISOString();
    await store.records.create({
      id, tenantId: CONTOSO, type: 'case', number: `CAS-9${String(minutes).padStart(4, '0')}`, title: id, description: '', status: 'new', priority: 'normal',
      ownerId: null, owningTeamId: 'team-dk', personId: null, customFields: {}, createdAt: at, updatedAt: at, createdBy: 'x', updatedBy: 'x', searchText: '', ...extra,
    });
  };
  return { store, queues, callers, add };
}

test('thirty older cases postponed into the future do not hide the one it may take', async () => {
  const { queues, callers, add } = await setup();
  for (let i = 0; i < 30; i++) await add(`postponed-${i}`, i, { status: 'waiting', postponedUntil: '2026-12-24T00:00:00Z' });
  await add('free', 100, {});
  const mads = await callers.resolve(CONTOSO, DEMO_USERS.mads);
  expect((await queues.next(mads)).value.id).toBe('free');
  await expect(queues.next(mads)).rejects.toBeInstanceOf(QueueEmptyError);
});

test('an agent of no team gets the cases of no team, as the unassigned view shows them', async () => {
  const { store, queues, callers, add } = await setup();
  await add('no-team', 1, { owningTeamId: null });
  await store.directory.putUser({ id: 'u-loner', tenantId: CONTOSO, displayName: 'Loner', email: 'loner@contoso.example', teamIds: [], roleIds: ['role-agent'], locale: 'en-US' });
  const loner = await callers.resolve(CONTOSO, 'u-loner');
  expect((await queues.list(loner, 'unassigned', { limit: 10 })).items.map((r) => r.value.id)).toEqual(['no-team']);
  expect((await queues.next(loner)).value.id).toBe('no-team');
});
