/** The in-memory park card repository passes the park card contract. */
import { MemoryParkCardRepository } from '../../bot/src/storage/memory/memory-park-cards';
import { parkCardContract } from '../fixtures/park-card-contract';

parkCardContract('in-memory', async () => Object.assign(new MemoryParkCardRepository(), { close: async () => undefined }));
