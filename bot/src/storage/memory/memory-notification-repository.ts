/** In-memory notification inboxes and preferences (domain unit tests), with ETags like Cosmos'. */
import { ConflictError, PreconditionFailedError } from '../../domain/shared/errors';
import type { Versioned } from '../../domain/shared/types';
import type { DeliveredBatch, InboxKey, NotificationInbox, NotificationRepository, UserPreferences } from '../../domain/work/notification-repository';

export class MemoryNotificationRepository implements NotificationRepository {
  private readonly inboxes = new Map<string, Versioned<NotificationInbox>>();
  private readonly preferences = new Map<string, UserPreferences>();
  private readonly batches = new Map<string, DeliveredBatch>();
  private version = 0;

  private key(tenantId: string, userId: string): string {
    return `${tenantId}\u0000${userId}`;
  }

  private stored(inbox: NotificationInbox): Versioned<NotificationInbox> {
    const value = structuredClone(inbox);
    const versioned = { value, etag: `"${++this.version}"` };
    this.inboxes.set(this.key(inbox.tenantId, inbox.userId), versioned);
    return { value: structuredClone(value), etag: versioned.etag };
  }

  async getInbox(tenantId: string, userId: string): Promise<Versioned<NotificationInbox> | null> {
    const found = this.inboxes.get(this.key(tenantId, userId));
    return found ? { value: structuredClone(found.value), etag: found.etag } : null;
  }

  async createInbox(inbox: NotificationInbox): Promise<Versioned<NotificationInbox>> {
    if (this.inboxes.has(this.key(inbox.tenantId, inbox.userId))) throw new ConflictError('error.conflict');
    return this.stored(inbox);
  }

  async replaceInbox(inbox: NotificationInbox, etag: string): Promise<Versioned<NotificationInbox>> {
    const found = this.inboxes.get(this.key(inbox.tenantId, inbox.userId));
    if (!found || found.etag !== etag) throw new PreconditionFailedError();
    return this.stored(inbox);
  }

  async listDue(now: string, limit: number): Promise<InboxKey[]> {
    return [...this.inboxes.values()]
      .map((v) => v.value)
      .filter((i) => i.dueAt !== null && i.dueAt <= now)
      .sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? ''))
      .slice(0, limit)
      .map((i) => ({ tenantId: i.tenantId, userId: i.userId }));
  }

  async putBatch(batch: DeliveredBatch): Promise<void> {
    this.batches.set(`${this.key(batch.tenantId, batch.userId)}\u0000${batch.batchId}`, structuredClone(batch));
  }

  async getBatch(tenantId: string, userId: string, batchId: string): Promise<DeliveredBatch | null> {
    const found = this.batches.get(`${this.key(tenantId, userId)}\u0000${batchId}`);
    return found ? structuredClone(found) : null;
  }

  async deleteBatch(tenantId: string, userId: string, batchId: string): Promise<void> {
    this.batches.delete(`${this.key(tenantId, userId)}\u0000${batchId}`);
  }

  async getPreferences(tenantId: string, userId: string): Promise<UserPreferences | null> {
    return this.preferences.get(this.key(tenantId, userId)) ?? null;
  }

  async putPreferences(preferences: UserPreferences): Promise<UserPreferences> {
    this.preferences.set(this.key(preferences.tenantId, preferences.userId), { ...preferences });
    return preferences;
  }
}
