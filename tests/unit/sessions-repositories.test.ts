/** The in-memory session storage passes the session storage contract (the Cosmos one: tests/integration/cosmos-session-repositories.test.ts). */
import { MemoryAgentStatusRepository, MemoryChatSiteRepository, MemorySessionRepository } from '../../bot/src/storage/memory/memory-sessions';
import { sessionContract } from '../fixtures/session-contract';

sessionContract('in-memory', async () => ({
  sessions: new MemorySessionRepository(), statuses: new MemoryAgentStatusRepository(), sites: new MemoryChatSiteRepository(), close: async () => undefined,
}));
