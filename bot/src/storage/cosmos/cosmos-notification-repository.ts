/**
 * Notification inboxes and user preferences in the `notifications` container, partitioned by
 * [tenantId, userId]: every read and write of one user's notifications is a point operation; only
 * the sweep's "which inboxes are due" is a query (over inboxes, by the indexed `dueAt`).
 */
import type { Container } from '@azure/cosmos';
import type { DeliveredBatch, InboxKey, NotificationInbox, NotificationRepository, UserPreferences } from '../../domain/work/notification-repository';
import type { Versioned } from '../../domain/shared/types';
import { createItem, deleteItem, pointRead, queryAcrossTenants, replaceItem, withoutSystemProperties } from './cosmos-helpers';

// Ids unique per tenant (the local server keys items by tenant and id, not by the whole key).
const inboxId = (userId: string) => `inbox:${userId}`;
const preferencesId = (userId: string) => `preferences:${userId}`;
const batchId = (id: string) => `batch:${id}`;

type InboxItem = NotificationInbox & { id: string; docType: 'inbox' };
type PreferencesItem = UserPreferences & { id: string; docType: 'preferences' };
type BatchItem = DeliveredBatch & { id: string; docType: 'batch' };

function inboxOf(item: Versioned<InboxItem>): Versioned<NotificationInbox> {
  const { id: _id, docType: _docType, ...inbox } = withoutSystemProperties(item.value);
  return { value: inbox, etag: item.etag };
}

export class CosmosNotificationRepository implements NotificationRepository {
  constructor(private readonly container: Container) {}

  async getInbox(tenantId: string, userId: string): Promise<Versioned<NotificationInbox> | null> {
    const found = await pointRead<InboxItem>(this.container, inboxId(userId), [tenantId, userId]);
    return found ? inboxOf(found) : null;
  }

  async createInbox(inbox: NotificationInbox): Promise<Versioned<NotificationInbox>> {
    return inboxOf(await createItem<InboxItem>(this.container, { ...inbox, id: inboxId(inbox.userId), docType: 'inbox' }));
  }

  async replaceInbox(inbox: NotificationInbox, etag: string): Promise<Versioned<NotificationInbox>> {
    return inboxOf(await replaceItem<InboxItem>(this.container, { ...inbox, id: inboxId(inbox.userId), docType: 'inbox' }, [inbox.tenantId, inbox.userId], etag));
  }

  /** The sweep serves every tenant, so this one query spans tenants on purpose. */
  listDue(now: string, limit: number): Promise<InboxKey[]> {
    const safeLimit = Math.max(1, Math.min(500, Math.floor(limit)));
    return queryAcrossTenants<InboxKey>(
      this.container,
      "SELECT TOP @limit c.tenantId, c.userId FROM c WHERE c.docType = 'inbox' AND IS_STRING(c.dueAt) AND c.dueAt <= @now ORDER BY c.dueAt",
      [{ name: '@limit', value: safeLimit }, { name: '@now', value: now }],
    );
  }

  async putBatch(batch: DeliveredBatch): Promise<void> {
    await this.container.items.upsert<BatchItem>({ ...batch, id: batchId(batch.batchId), docType: 'batch' });
  }

  async getBatch(tenantId: string, userId: string, id: string): Promise<DeliveredBatch | null> {
    const found = await pointRead<BatchItem>(this.container, batchId(id), [tenantId, userId]);
    // The stored owner is checked too: the local server keys items by tenant and id only.
    if (!found || found.value.userId !== userId || found.value.tenantId !== tenantId) return null;
    const { id: _id, docType: _docType, ...batch } = withoutSystemProperties(found.value);
    return batch;
  }

  deleteBatch(tenantId: string, userId: string, id: string): Promise<void> {
    return deleteItem(this.container, batchId(id), [tenantId, userId]);
  }

  async getPreferences(tenantId: string, userId: string): Promise<UserPreferences | null> {
    const found = await pointRead<PreferencesItem>(this.container, preferencesId(userId), [tenantId, userId]);
    if (!found) return null;
    const { id: _id, docType: _docType, ...preferences } = withoutSystemProperties(found.value);
    return preferences;
  }

  async putPreferences(preferences: UserPreferences): Promise<UserPreferences> {
    // Last write wins: a user's own switch, set by them alone.
    await this.container.items.upsert<PreferencesItem>({ ...preferences, id: preferencesId(preferences.userId), docType: 'preferences' });
    return preferences;
  }
}
