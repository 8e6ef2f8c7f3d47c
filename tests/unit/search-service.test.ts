/**
 * SearchService and QueueService on the in-memory repositories with the demo data: read scopes
 * hold for search (a user never sees a case they may not read), filters combine with text, and
 * "get next" hands two callers two different cases.
 */
import { CallerService } from '../../bot/src/domain/access/caller-service';
import { RecordService } from '../../bot/src/domain/records/record-service';
import { RecordTypeService } from '../../bot/src/domain/records/record-type-service';
import { SearchService } from '../../bot/src/domain/search/search-service';
import { RecordIndexService } from '../../bot/src/domain/search/record-index-service';
import { QueueService } from '../../bot/src/domain/queues/queue-service';
import { ActionService } from '../../bot/src/domain/actions/action-service';
import { SILENT_NOTIFIER } from '../../bot/src/domain/work/work-events';
import { QueueEmptyError } from '../../bot/src/domain/queues/queue-rules';
import { seedDemoData } from '../../bot/src/sandbox/seed';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import {
  MemoryAuditRepository, MemoryCounterRepository, MemoryDirectoryRepository, MemoryPeopleRepository,
  MemoryRecordRepository, MemoryRecordTypeRepository, MemoryTimelineRepository,
} from '../../bot/src/storage/memory/memory-repositories';
import { MemoryConversationRepository } from '../../bot/src/storage/memory/memory-conversations';
import { MemoryUserMarksRepository } from '../../bot/src/storage/memory/memory-user-marks';

async function setup() {
  const store = {
    directory: new MemoryDirectoryRepository(), records: new MemoryRecordRepository(), counters: new MemoryCounterRepository(),
    recordTypes: new MemoryRecordTypeRepository(), people: new MemoryPeopleRepository(), audit: new MemoryAuditRepository(),
  };
  await seedDemoData(store, new Date('2026-11-01T12:00:00Z'));
  const clock = () => new Date('2026-11-02T00:00:00Z');
  const records = new RecordService(store.records, store.counters, new RecordTypeService(store.recordTypes), store.directory, store.people, clock, () => 'x');
  // The demo seed writes records without terms: the start-up backfill indexes them.
  expect(await new RecordIndexService(store.records, records, new MemoryConversationRepository()).backfill()).toBeGreaterThan(30);
  const search = new SearchService(records, store.people);
  const timeline = new MemoryTimelineRepository();
  const actions = new ActionService({
    records, types: new RecordTypeService(store.recordTypes), directory: store.directory, timeline, audit: store.audit, notifier: SILENT_NOTIFIER, clock,
    notifyFailed: () => undefined,
  });
  const queues = new QueueService({ records, marks: new MemoryUserMarksRepository(), directory: store.directory, clock, accept: (caller, id, etag) => actions.accept(caller, id, etag) });
  return { store, search, queues, timeline, callers: new CallerService(store.directory) };
}

test('search keeps to the read scopes: an own-scope user finds only their cases', async () => {
  const { store, search, callers } = await setup();
  await store.directory.putRole({ id: 'role-own', tenantId: CONTOSO, name: 'Own', isAdmin: false, privileges: { case: { read: 'own', write: 'own' } } });
  await store.directory.putUser({ id: 'u-own', tenantId: CONTOSO, displayName: 'Own Only', email: 'own@contoso.example', teamIds: ['team-dk'], roleIds: ['role-own'], locale: 'en-US' });
  const own = await callers.resolve(CONTOSO, 'u-own');
  const mads = await callers.resolve(CONTOSO, DEMO_USERS.mads);
  expect((await search.search(mads, { q: 'printer' }, { limit: 50 })).items.length).toBeGreaterThan(0);
  expect((await search.search(own, { q: 'printer' }, { limit: 50 })).items).toEqual([]);
  expect((await search.search(own, { number: 'CAS-01001' }, { limit: 50 })).items).toEqual([]);
});

test('text and filters combine; a company finds the cases of its people', async () => {
  const { search, callers } = await setup();
  const mads = await callers.resolve(CONTOSO, DEMO_USERS.mads);
  const ids = async (s: Parameters<SearchService['search']>[1]) => (await search.search(mads, s, { limit: 100 })).items.map((i) => i.value);
  const nordlys = await ids({ companyId: 'co-nordlys', type: 'case' });
  expect(nordlys.length).toBeGreaterThan(0);
  expect(nordlys.every((r) => r.personId === 'p-01' || r.personId === 'p-02')).toBe(true);
  const invoices = await ids({ q: 'fakturaen', companyId: 'co-nordlys' });
  expect(invoices.map((r) => r.title)).toContain('Faktura mangler på ordre 4471');
  expect(invoices.every((r) => (r.personId === 'p-01' || r.personId === 'p-02') && /faktura/i.test(`${r.title} ${r.description}`))).toBe(true);
  expect((await ids({ q: 'fakturaen', companyId: 'co-vasa' })).map((r) => r.title).sort()).toEqual(['Fakturan har fel momssats', 'Fel namn på faktura']);
  expect((await ids({ teamId: 'team-se', priority: 'urgent' })).every((r) => r.owningTeamId === 'team-se' && r.priority === 'urgent')).toBe(true);
  expect((await ids({ q: 'jens sørensen' })).every((r) => r.personId === 'p-01')).toBe(true);
});

test('get next: two at once take two different cases, then the queue is empty', async () => {
  const { queues, callers, timeline } = await setup();
  const mads = await callers.resolve(CONTOSO, DEMO_USERS.mads);
  const sofie = await callers.resolve(CONTOSO, DEMO_USERS.sofie);
  const [a, b] = await Promise.all([queues.next(mads), queues.next(sofie)]);
  expect(a.value.id).not.toBe(b.value.id);
  expect([a.value.ownerId, b.value.ownerId]).toEqual([DEMO_USERS.mads, DEMO_USERS.sofie]);
  expect((await timeline.list(CONTOSO, a.value.id, { limit: 5 })).items.map((e) => e.kind)).toContain('recordAccepted');
  await expect((async () => { for (;;) await queues.next(mads); })()).rejects.toBeInstanceOf(QueueEmptyError);
  const counts = await queues.counts(mads);
  expect(counts.views.find((v) => v.view === 'unassigned')?.count).toBe(0);
  expect(counts.views.find((v) => v.view === 'unassigned')?.count).toBe((await queues.list(mads, 'unassigned', { limit: 100 })).items.length);
});
