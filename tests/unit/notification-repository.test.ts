/** The in-memory notification repository passes the notification contract (the Cosmos one too: tests/integration/cosmos-notification-repository.test.ts). */
import { MemoryNotificationRepository } from '../../bot/src/storage/memory/memory-notification-repository';
import { notificationContract } from '../fixtures/notification-contract';

notificationContract('in-memory', async () => Object.assign(new MemoryNotificationRepository(), { close: async () => undefined }));
