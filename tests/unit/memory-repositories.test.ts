/** The in-memory repositories pass the shared repository contract. */
import {
  MemoryAuditRepository, MemoryCounterRepository, MemoryDirectoryRepository, MemoryPeopleRepository,
  MemoryRecordRepository, MemoryRecordTypeRepository, MemorySettingsRepository, MemoryChatRepository, MemoryOperationRepository, MemoryTimelineRepository, MemoryTranscriptRepository,
} from '../../bot/src/storage/memory/memory-repositories';
import { MemoryConversationRepository, MemoryIntakeRepository, MemoryMailIndexRepository, MemoryMailRouteRepository } from '../../bot/src/storage/memory/memory-conversations';
import { repositoryContract } from '../fixtures/repository-contract';
import { postponedContract } from '../fixtures/postponed-contract';

repositoryContract('in-memory', async () => ({
  directory: new MemoryDirectoryRepository(),
  records: new MemoryRecordRepository(),
  counters: new MemoryCounterRepository(),
  recordTypes: new MemoryRecordTypeRepository(),
  settings: new MemorySettingsRepository(),
  audit: new MemoryAuditRepository(),
  people: new MemoryPeopleRepository(),
  chats: new MemoryChatRepository(),
  operations: new MemoryOperationRepository(),
  timeline: new MemoryTimelineRepository(),
  transcripts: new MemoryTranscriptRepository(),
  conversations: new MemoryConversationRepository(),
  mailIndex: new MemoryMailIndexRepository(),
  mailRoutes: new MemoryMailRouteRepository(),
  intake: new MemoryIntakeRepository(),
  close: async () => undefined,
}));

postponedContract('in-memory', async () => {
  const records = new MemoryRecordRepository();
  return { records, postponed: records, close: async () => undefined };
});
