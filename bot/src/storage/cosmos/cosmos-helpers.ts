/** Small typed helpers over @azure/cosmos shared by the repositories. */
import type { Container, ItemDefinition, PartitionKey, SqlParameter } from '@azure/cosmos';
import type { Page, PageRequest, Versioned } from '../../domain/shared/types';
import { ValidationError } from '../../domain/shared/errors';
import { cosmosStatus, translateWriteError } from './cosmos-errors';

/** Reads one item; null on 404. */
export async function pointRead<T extends ItemDefinition>(container: Container, id: string, pk: PartitionKey): Promise<Versioned<T> | null> {
  try {
    const response = await container.item(id, pk).read<T>();
    if (!response.resource) return null;
    return { value: response.resource, etag: response.etag };
  } catch (error) {
    if (cosmosStatus(error) === 404) return null;
    throw error;
  }
}

/** Creates an item; ConflictError when the id exists. */
export async function createItem<T extends ItemDefinition>(container: Container, item: T): Promise<Versioned<T>> {
  try {
    const response = await container.items.create<T>(item);
    if (!response.resource) throw new Error('Cosmos create returned no resource');
    return { value: response.resource, etag: response.etag };
  } catch (error) {
    return translateWriteError(error);
  }
}

/** Replaces an item only if its ETag is still `etag`; PreconditionFailedError otherwise. */
export async function replaceItem<T extends ItemDefinition & { id: string }>(container: Container, item: T, pk: PartitionKey, etag: string): Promise<Versioned<T>> {
  try {
    const response = await container.item(item.id, pk).replace<T>(item, { accessCondition: { type: 'IfMatch', condition: etag } });
    if (!response.resource) throw new Error('Cosmos replace returned no resource');
    return { value: response.resource, etag: response.etag };
  } catch (error) {
    if (cosmosStatus(error) === 404) translateWriteError({ code: 412 });
    return translateWriteError(error);
  }
}

/**
 * Deletes an item; with `etag` only if it is still that version (PreconditionFailedError otherwise).
 * Missing is not an error, so a retried delete succeeds.
 */
export async function deleteItem(container: Container, id: string, pk: PartitionKey, etag?: string): Promise<void> {
  try {
    await container.item(id, pk).delete(etag === undefined ? {} : { accessCondition: { type: 'IfMatch', condition: etag } });
  } catch (error) {
    if (cosmosStatus(error) === 404) return;
    translateWriteError(error);
  }
}

/** An item as stored, without Cosmos' system properties (`_rid`, `_etag`, `_ts`, …). */
export function withoutSystemProperties<T extends object>(item: T): T {
  return Object.fromEntries(Object.entries(item).filter(([name]) => !name.startsWith('_'))) as T;
}

/**
 * Every tenant query states its tenant in the WHERE clause as well as in the partition key: the
 * key routes the query, the clause guarantees the scope (A4) on any Cosmos-compatible store.
 * A query without `c.tenantId = @tenantId` is a programming error and is refused here.
 */
function tenantScoped(query: string, parameters: SqlParameter[], partitionKey: [string, ...string[]]): { query: string; parameters: SqlParameter[] } {
  if (!/\bc\.tenantId = @tenantId\b/.test(query)) throw new Error(`query is not scoped to a tenant: ${query}`);
  return { query, parameters: [{ name: '@tenantId', value: partitionKey[0] }, ...parameters] };
}

/** Runs a tenant-scoped query and returns all results (for small, bounded result sets). */
export async function queryAll<T>(container: Container, query: string, parameters: SqlParameter[], partitionKey: [string, ...string[]]): Promise<T[]> {
  const spec = tenantScoped(query, parameters, partitionKey);
  const { resources } = await container.items.query<T>(spec, { partitionKey }).fetchAll();
  return resources;
}

/** Across all tenants: only for local-mode tooling (the dev sign-in's user list). */
export async function queryAcrossTenants<T>(container: Container, query: string, parameters: SqlParameter[] = []): Promise<T[]> {
  const { resources } = await container.items.query<T>({ query, parameters }).fetchAll();
  return resources;
}

/** Runs one page of a query; the continuation is passed through base64url so it is opaque. */
export async function queryPage<T>(container: Container, query: string, parameters: SqlParameter[], partitionKey: [string, ...string[]], page: PageRequest): Promise<Page<T>> {
  const continuationToken = page.continuation ? decodeContinuation(page.continuation) : undefined;
  const iterator = container.items.query<T>(
    tenantScoped(query, parameters, partitionKey),
    { partitionKey, maxItemCount: page.limit, ...(continuationToken ? { continuationToken } : {}) },
  );
  let response;
  try {
    response = await iterator.fetchNext();
  } catch (error) {
    // A continuation we issued never fails to parse; one that does was made up by the client.
    if (continuationToken && (cosmosStatus(error) === 400 || !(typeof error === 'object' && error !== null && 'code' in error))) {
      throw new ValidationError([{ path: 'continuation', messageKey: 'issue.continuation' }]);
    }
    throw error;
  }
  return {
    items: response.resources,
    continuation: response.continuationToken ? Buffer.from(response.continuationToken, 'utf8').toString('base64url') : null,
  };
}

function decodeContinuation(value: string): string {
  const decoded = Buffer.from(value, 'base64url').toString('utf8');
  try {
    JSON.parse(decoded);
  } catch {
    throw new ValidationError([{ path: 'continuation', messageKey: 'issue.continuation' }]);
  }
  return decoded;
}
