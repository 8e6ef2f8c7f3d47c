/** The H2 search and marks contract on the in-memory repositories. */
import { MemoryRecordRepository } from '../../bot/src/storage/memory/memory-repositories';
import { MemoryUserMarksRepository } from '../../bot/src/storage/memory/memory-user-marks';
import { searchContract } from '../fixtures/search-contract';

searchContract('in-memory', async () => ({ records: new MemoryRecordRepository(), userMarks: new MemoryUserMarksRepository(), close: async () => undefined }));
