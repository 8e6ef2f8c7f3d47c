/**
 * Storage of what Teams still has to tell each agent (H3): one inbox per user with the events not
 * yet delivered, and the batch being delivered (claimed by one instance through the inbox's ETag);
 * each delivered batch (`batch:{batchId}`: what its card shows; the card's buttons carry only the
 * batch id, never the events); plus each user's notification preferences. All keyed [tenantId, userId].
 *
 * Cleanup of batches needs no TTL: the inbox remembers the ids of its last KEEP_BATCHES delivered
 * batches (inbox-rules.ts); a batch pushed out of that list is deleted by point, so a user never
 * holds more than that many. An older card's buttons then answer "no longer available".
 */
import type { Versioned } from '../shared/types';
import type { WorkEvent } from './work-events';

/** A batch one instance claimed for delivery; another may take it over once `claimedUntil` passed. */
export interface ClaimedBatch {
  batchId: string;
  events: WorkEvent[];
  claimedBy: string;
  claimedUntil: string;
  /** Delivery attempts so far (a batch that keeps failing is dropped, not retried forever). */
  attempts: number;
  /** The card went out: a takeover never sends it again (only feed notifications may be missing). */
  cardSent?: boolean;
}

/** A batch as delivered: what its card (and the card's redraws after a button) shows. */
export interface DeliveredBatch {
  tenantId: string;
  /** The person told: only they can read it back (the invoke's own user). */
  userId: string;
  batchId: string;
  events: WorkEvent[];
  createdAt: string;
}

/** One user's undelivered events. */
export interface NotificationInbox {
  tenantId: string;
  userId: string;
  pending: WorkEvent[];
  /** When the oldest pending event arrived (the batching window starts there); null without any. */
  pendingSince: string | null;
  sending: ClaimedBatch | null;
  /** When a sweep should look at this inbox next (null: nothing to do): indexed, so "due" is one query. */
  dueAt: string | null;
  updatedAt: string;
  /** The last delivered batches, oldest first (at most KEEP_BATCHES; absent in inboxes written before). */
  recentBatchIds?: string[];
}

/** What a user chose about notifications (`GET|PUT /api/me/preferences`). */
export interface UserPreferences {
  tenantId: string;
  userId: string;
  /** Activity-feed notifications and cards in the personal chat; on unless the user turned them off. */
  teamsNotifications: boolean;
  updatedAt: string;
}

/** An inbox to look at. */
export interface InboxKey {
  tenantId: string;
  userId: string;
}

export interface NotificationRepository {
  getInbox(tenantId: string, userId: string): Promise<Versioned<NotificationInbox> | null>;
  /** ConflictError when it exists already (another instance created it first). */
  createInbox(inbox: NotificationInbox): Promise<Versioned<NotificationInbox>>;
  /** PreconditionFailedError when the inbox changed since `etag`. */
  replaceInbox(inbox: NotificationInbox, etag: string): Promise<Versioned<NotificationInbox>>;
  /** Inboxes whose `dueAt` is at or before `now`, oldest first, across tenants (the sweep serves the whole service). */
  listDue(now: string, limit: number): Promise<InboxKey[]>;
  /** Stores (or overwrites) a batch in its user's partition. */
  putBatch(batch: DeliveredBatch): Promise<void>;
  /** The batch of that user, or null (also when the id belongs to someone else's batch). */
  getBatch(tenantId: string, userId: string, batchId: string): Promise<DeliveredBatch | null>;
  /** Removes a batch; a missing one is fine (a retried cleanup). */
  deleteBatch(tenantId: string, userId: string, batchId: string): Promise<void>;
  getPreferences(tenantId: string, userId: string): Promise<UserPreferences | null>;
  putPreferences(preferences: UserPreferences): Promise<UserPreferences>;
}
