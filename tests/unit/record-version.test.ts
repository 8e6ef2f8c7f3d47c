/**
 * Record versions only grow (F5: the cards in Teams tell an older version from a newer one by a
 * record's updatedAt), even when the instance saving a change has a clock behind another's.
 */
import { CallerService } from '../../bot/src/domain/access/caller-service';
import { recordVersion } from '../../bot/src/domain/chats/card-redraw';
import { RecordService } from '../../bot/src/domain/records/record-service';
import { RecordTypeService } from '../../bot/src/domain/records/record-type-service';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { seedDemoData } from '../../bot/src/sandbox/seed';
import {
  MemoryAuditRepository, MemoryCounterRepository, MemoryDirectoryRepository, MemoryPeopleRepository,
  MemoryRecordRepository, MemoryRecordTypeRepository,
} from '../../bot/src/storage/memory/memory-repositories';

test('two instances, the second one\'s clock 5 s behind, and a clock standing still: every change is a newer version', async () => {
  const store = {
    directory: new MemoryDirectoryRepository(), records: new MemoryRecordRepository(), counters: new MemoryCounterRepository(),
    recordTypes: new MemoryRecordTypeRepository(), people: new MemoryPeopleRepository(), audit: new MemoryAuditRepository(),
  };
  await seedDemoData(store, new Date('2026-11-01T12:00:00Z'));
  const instance = (at: string) => new RecordService(store.records, store.counters, new RecordTypeService(store.recordTypes), store.directory, store.people, () => new Date(at), () => 'unused');
  const ahead = instance('2026-11-02T00:00:05Z');
  const behind = instance('2026-11-02T00:00:00Z');
  const mads = await new CallerService(store.directory).resolve(CONTOSO, DEMO_USERS.mads);
  const versions: number[] = [];
  let current = await ahead.get(mads, 'case-003');
  for (const [service, title] of [[ahead, 'one'], [behind, 'two'], [behind, 'three']] as const) {
    current = await service.update(mads, 'case-003', current.etag, { title });
    versions.push(recordVersion(current.value));
  }
  expect(versions).toEqual([Date.parse('2026-11-02T00:00:05Z'), Date.parse('2026-11-02T00:00:05Z') + 1, Date.parse('2026-11-02T00:00:05Z') + 2]);
});
