/**
 * The Cosmos DB containers and their hierarchical partition keys.
 *
 * Every key starts with `/tenantId`, so every query is scoped to one tenant by its partition key
 * prefix (A4) and a tenant with millions of records spreads over many physical partitions. The
 * second level makes the hot paths point operations: a record or person is read by
 * [tenantId, id]; directory items (users, teams, roles, types, settings, counters) by
 * [tenantId, kind] + id; audit entries are listed within [tenantId, subject].
 */
import { PartitionKeyDefinitionVersion, PartitionKeyKind, type ContainerRequest, type Database } from '@azure/cosmos';

export const CONTAINERS = {
  directory: ['/tenantId', '/kind'],
  records: ['/tenantId', '/id'],
  people: ['/tenantId', '/id'],
  audit: ['/tenantId', '/subject'],
  chats: ['/tenantId', '/chatId'],
  operations: ['/tenantId', '/id'],
  timeline: ['/tenantId', '/recordId'],
  transcripts: ['/tenantId', '/chatId'],
} as const satisfies Record<string, readonly string[]>;

export type ContainerName = keyof typeof CONTAINERS;

/** The container definitions as the SDK and the Bicep template create them. */
export function containerRequest(name: ContainerName): ContainerRequest {
  return {
    id: name,
    // Transcript items carry their own ttl (E6 retention); -1 turns TTL on without a default.
    ...(name === 'transcripts' ? { defaultTtl: -1 } : {}),
    partitionKey: { paths: [...CONTAINERS[name]], kind: PartitionKeyKind.MultiHash, version: PartitionKeyDefinitionVersion.V2 },
  };
}

/** Creates the database and containers when missing (local mode and first start). */
export async function ensureContainers(database: Database): Promise<void> {
  for (const name of Object.keys(CONTAINERS) as ContainerName[]) {
    await database.containers.createIfNotExists(containerRequest(name));
  }
}
