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
import { ForbiddenError } from '../../bot/src/domain/shared/errors';
import { MESSAGE_TERM_CAP } from '../../bot/src/domain/search/record-terms';
import { conversationOf, messageOf } from '../fixtures/conversation-contract';
import { restricted } from '../fixtures/actions-setup';

async function setup(restrictions: Record<string, string[]> = {}) {
  const store = {
    directory: new MemoryDirectoryRepository(), records: new MemoryRecordRepository(), counters: new MemoryCounterRepository(),
    recordTypes: new MemoryRecordTypeRepository(), people: new MemoryPeopleRepository(), audit: new MemoryAuditRepository(),
  };
  await seedDemoData(store, new Date('2026-11-01T12:00:00Z'));
  const clock = () => new Date('2026-11-02T00:00:00Z');
  const records = new RecordService(store.records, store.counters, new RecordTypeService(store.recordTypes), store.directory, store.people, clock, () => 'x');
  // The demo seed writes records without terms: the start-up backfill indexes them.
  expect(await new RecordIndexService(store.records, records, new MemoryConversationRepository()).backfill()).toBeGreaterThan(30);
  const search = new SearchService(records, store.people, new RecordTypeService(restricted(store.recordTypes, restrictions)));
  const timeline = new MemoryTimelineRepository();
  const actions = new ActionService({
    records, types: new RecordTypeService(store.recordTypes), directory: store.directory, timeline, audit: store.audit, notifier: SILENT_NOTIFIER, clock,
    notifyFailed: () => undefined,
  });
  const queues = new QueueService({ records, marks: new MemoryUserMarksRepository(), directory: store.directory, clock, accept: (caller, id, etag) => actions.accept(caller, id, etag) });
  return { store, records, search, queues, timeline, callers: new CallerService(store.directory) };
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

test('field security (A3): a filter on a field the caller may not read is refused; the text does not reveal it', async () => {
  const { search, callers } = await setup({ priority: ['role-admin'], owner: ['role-admin'], owningTeam: ['role-admin'], person: ['role-admin'], description: ['role-admin'] });
  const mads = await callers.resolve(CONTOSO, DEMO_USERS.mads);
  const astrid = await callers.resolve(CONTOSO, DEMO_USERS.astrid);
  const refused = async (s: Parameters<SearchService['search']>[1]) => {
    const error: unknown = await search.search(mads, s, { limit: 10 }).then(() => null, (e: unknown) => e);
    return error instanceof ForbiddenError ? [error.messageKey, error.params['field']] : error;
  };
  expect(await refused({ priority: 'high' })).toEqual(['error.forbidden.restrictedField', 'priority']);
  expect(await refused({ ownerId: DEMO_USERS.mads })).toEqual(['error.forbidden.restrictedField', 'owner']);
  expect(await refused({ teamId: 'team-dk' })).toEqual(['error.forbidden.restrictedField', 'owningTeam']);
  expect(await refused({ personId: 'p-01' })).toEqual(['error.forbidden.restrictedField', 'person']);
  expect(await refused({ companyId: 'co-nordlys' })).toEqual(['error.forbidden.restrictedField', 'person']);
  // Only `case` restricts them: a search of another type may filter on them.
  await expect(search.search(mads, { type: 'workorder', priority: 'high' }, { limit: 10 })).resolves.toBeDefined();
  expect((await search.search(astrid, { priority: 'high' }, { limit: 10 })).items.length).toBeGreaterThan(0);
  // The person's name is found by those who may read the person only.
  expect((await search.search(astrid, { q: 'jens sørensen' }, { limit: 50 })).items.length).toBeGreaterThan(0);
  expect((await search.search(mads, { q: 'jens sørensen' }, { limit: 50 })).items).toEqual([]);
});

test('the number filter finds the stored number whatever its case', async () => {
  const { search, callers } = await setup();
  const mads = await callers.resolve(CONTOSO, DEMO_USERS.mads);
  expect((await search.search(mads, { number: 'cas-01001' }, { limit: 5 })).items.map((i) => i.value.number)).toEqual(['CAS-01001']);
  expect((await search.search(mads, { number: ' CAS-01001 ' }, { limit: 5 })).items.map((i) => i.value.number)).toEqual(['CAS-01001']);
});

test('a rebuild reads every message of a long thread, newest words first up to the cap', async () => {
  const { store, records, search, callers } = await setup();
  const mads = await callers.resolve(CONTOSO, DEMO_USERS.mads);
  const [target] = (await search.search(mads, { number: 'CAS-01001' }, { limit: 1 })).items;
  if (!target) throw new Error('no demo case CAS-01001');
  const conversations = new MemoryConversationRepository();
  await conversations.create(conversationOf('c-long', { tenantId: CONTOSO, ticketId: target.value.id }));
  const at = (i: number) => new Date(Date.UTC(2026, 2, 1) + i * 1000).toISOString();
  for (let i = 0; i < 260; i++) {
    // 260 × 8 distinct words pass MESSAGE_TERM_CAP: the newest message's words must be among those kept.
    const text = i === 259 ? 'The zebrafinch arrived' : `routine update r${i}a r${i}b r${i}c r${i}d r${i}e r${i}f`;
    await conversations.addMessage(messageOf(`m${i}`, 'c-long', { tenantId: CONTOSO, recordId: target.value.id, text, visibleText: text, createdAt: at(i) }));
  }
  await new RecordIndexService(store.records, records, conversations).rebuild(CONTOSO, target.value.id);
  expect((await search.search(mads, { q: 'zebrafinch' }, { limit: 5 })).items.map((i) => i.value.id)).toEqual([target.value.id]);
  expect((await store.records.get(CONTOSO, target.value.id))?.value.messageTerms).toHaveLength(MESSAGE_TERM_CAP);
}, 30_000);

test('the message extension finds nothing for text that cannot be searched, instead of failing', async () => {
  const { search, callers } = await setup();
  const mads = await callers.resolve(CONTOSO, DEMO_USERS.mads);
  expect((await search.findTyped(mads, '!!!', { limit: 5 })).items).toEqual([]);
  expect((await search.findTyped(mads, 'printer', { limit: 5 })).items.length).toBeGreaterThan(0);
});
