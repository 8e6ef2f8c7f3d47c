/**
 * The Cosmos DB containers and their hierarchical partition keys.
 *
 * Every key starts with `/tenantId`, so every query is scoped to one tenant by its partition key
 * prefix (A4) and a tenant with millions of records spreads over many physical partitions. The
 * second level makes the hot paths point operations: a record or person is read by
 * [tenantId, id]; directory items (users, teams, roles, types, settings, counters) by
 * [tenantId, kind] + id; audit entries are listed within [tenantId, subject].
 *
 * A conversation and its messages share [tenantId, conversationId]; e-mail Message-IDs are
 * indexed by [tenantId, hash of the Message-ID]; received requests (intake) by [tenantId, id].
 *
 * Two containers are keyed by `/id` alone: `mailroutes`, the support addresses (unique across
 * tenants, so the address itself is the key and claiming one is a create), and `ratelimits`, the
 * request counters every instance shares (keyed by the limited caller or address, removed by TTL
 * when their window is over; no tenant data).
 */
import { IndexingMode, PartitionKeyDefinitionVersion, PartitionKeyKind, type ContainerRequest, type Database, type IndexingPolicy } from '@azure/cosmos';

export const CONTAINERS = {
  directory: ['/tenantId', '/kind'],
  records: ['/tenantId', '/id'],
  people: ['/tenantId', '/id'],
  audit: ['/tenantId', '/subject'],
  chats: ['/tenantId', '/chatId'],
  operations: ['/tenantId', '/id'],
  timeline: ['/tenantId', '/recordId'],
  transcripts: ['/tenantId', '/chatId'],
  conversations: ['/tenantId', '/conversationId'],
  mailindex: ['/tenantId', '/id'],
  intake: ['/tenantId', '/id'],
  notifications: ['/tenantId', '/userId'],
  mailroutes: ['/id'],
  ratelimits: ['/id'],
  /** H2: a user's favorites and message flags, one document per user. */
  usermarks: ['/tenantId', '/userId'],
  /** I2: customer chat sessions (the pending transfer, the next seq and the newest entries inline). */
  chatsessions: ['/tenantId', '/id'],
  /** I2: a session's older entries, by seq. */
  chatmessages: ['/tenantId', '/sessionId'],
  /** I1: an agent's status and heartbeat, one document per agent. */
  agentstatus: ['/tenantId', '/userId'],
  /** J1: a user's delegations (delegates and delegators), one document per user; the tenant's policy under the id `~policy`. */
  delegations: ['/tenantId', '/userId'],
  /** J5: private notes, by author: only the author's own reads reach them; nothing else reads this container. */
  privatenotes: ['/tenantId', '/authorId'],
} as const satisfies Record<string, readonly string[]>;

export type ContainerName = keyof typeof CONTAINERS;

/**
 * P2-10: the paths the chat containers' queries filter and sort on; nothing else is indexed, so a
 * message (a replace of the session document, one archived entry) writes few index terms. The
 * Bicep template (infra/modules/cosmos.bicep) carries the same lists.
 */
export const INDEXED_PATHS: Partial<Record<ContainerName, readonly string[]>> = {
  chatsessions: ['/tenantId/?', '/status/?', '/createdAt/?', '/agentId/?', '/listenerIds/[]/?', '/transfer/toUserId/?', '/transfer/status/?', '/transfer/expiresAt/?'],
  chatmessages: ['/tenantId/?', '/sessionId/?', '/seq/?'],
};

/** The indexing policy of a container with INDEXED_PATHS (exclude everything else); undefined: the default (everything). */
export function indexingPolicy(name: ContainerName): IndexingPolicy | undefined {
  const paths = INDEXED_PATHS[name];
  if (!paths) return undefined;
  return { indexingMode: IndexingMode.consistent, automatic: true, includedPaths: paths.map((path) => ({ path })), excludedPaths: [{ path: '/*' }] };
}

/** The container definitions as the SDK and the Bicep template create them. */
export function containerRequest(name: ContainerName): ContainerRequest {
  return {
    id: name,
    // Transcript items and rate-limit counters carry their own ttl (E6 retention, the window's
    // end); -1 turns TTL on without a default.
    ...(name === 'transcripts' || name === 'ratelimits' ? { defaultTtl: -1 } : {}),
    ...(indexingPolicy(name) ? { indexingPolicy: indexingPolicy(name) } : {}),
    partitionKey: {
      paths: [...CONTAINERS[name]],
      kind: CONTAINERS[name].length > 1 ? PartitionKeyKind.MultiHash : PartitionKeyKind.Hash,
      version: PartitionKeyDefinitionVersion.V2,
    },
  };
}

/** Creates the database and containers when missing (local mode and first start). */
export async function ensureContainers(database: Database): Promise<void> {
  for (const name of Object.keys(CONTAINERS) as ContainerName[]) {
    await database.containers.createIfNotExists(containerRequest(name));
  }
}
