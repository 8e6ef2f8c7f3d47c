/**
 * The WorkNotifier of H3 and the sweep that delivers: `notify` appends the event to the user's
 * inbox in storage (dropped when they turned notifications off); `sweep`, on any instance, claims
 * each due inbox with its ETag (so two instances never send one batch twice) and hands the batch
 * to the delivery (the Teams side: one personal-chat card and activity-feed notifications).
 */
import { ConflictError, PreconditionFailedError } from '../shared/errors';
import type { Clock } from '../shared/types';
import { cardSent, claimed, emptyInbox, finished, withEvent, type ClaimRef } from './inbox-rules';
import type { NotificationInbox, NotificationRepository } from './notification-repository';
import type { PreferencesService } from './preferences-service';
import type { WorkEvent, WorkNotifier } from './work-events';

/** What a delivery reports while it works. */
export interface DeliveryProgress {
  /**
   * Call right after the card went out, before anything else: marks it sent on the claim (a
   * takeover never sends it again) and renews the lease. False: the claim is not ours any more
   * (it expired and another instance took it over): stop.
   */
  cardSent(): Promise<boolean>;
}

/** Delivers one user's batch; throws to have it retried after the claim expires. */
export interface NotificationDelivery {
  deliver(tenantId: string, userId: string, batch: { batchId: string; events: WorkEvent[] }, progress: DeliveryProgress): Promise<void>;
}

export interface NotificationQueueOptions {
  repository: NotificationRepository;
  preferences: PreferencesService;
  clock: Clock;
  newId: () => string;
  /** This instance, in claims (logs and tests). */
  instanceId: string;
  /** The batching window: events of one user within it go out as one message. */
  batchMs: number;
  /** How long a claim holds before another instance may take the batch over (renewed once the card is out). */
  leaseMs?: number;
  logger: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
}

/**
 * Attempts at a write that lost an ETag race before giving up. A burst of mails for one agent
 * (possibly on several instances) has every writer read the inbox at once and all but one lose
 * each round, so losers wait a random, growing moment before the next try (full jitter, capped).
 */
const MAX_WRITE_ATTEMPTS = 30;
const MAX_BACKOFF_MS = 100;
const backoff = (attempt: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.random() * Math.min(MAX_BACKOFF_MS, 2 ** attempt)));
/**
 * A delivery is one connector call for the card (the bot adapter retries it a few times) and at
 * most MAX_WORK_CARD_ITEMS Graph calls (each with GraphCaller's retry budget of well under 10 s);
 * two minutes covers the card with room, and the lease is renewed once the card is out.
 */
export const DEFAULT_LEASE_MS = 120_000;
const SWEEP_LIMIT = 50;

export class NotificationQueue implements WorkNotifier {
  private delivery: NotificationDelivery | null = null;

  constructor(private readonly options: NotificationQueueOptions) {}

  /** The Teams side, set once it is built (it needs the bot adapter). */
  deliverThrough(delivery: NotificationDelivery): void {
    this.delivery = delivery;
  }

  async notify(event: WorkEvent): Promise<void> {
    const { preferences, batchMs } = this.options;
    if (!(await preferences.of(event.tenantId, event.toUserId)).teamsNotifications) return;
    await this.change(event.tenantId, event.toUserId, (inbox, now) => withEvent(inbox, event, now, batchMs));
  }

  /** Delivers every due batch this instance can claim; returns how many it delivered (a dropped batch is not delivered). */
  async sweep(): Promise<number> {
    const delivery = this.delivery;
    if (!delivery) return 0;
    const due = await this.options.repository.listDue(this.now(), SWEEP_LIMIT);
    let delivered = 0;
    for (const key of due) {
      if (await this.deliverOne(delivery, key.tenantId, key.userId)) delivered++;
    }
    return delivered;
  }

  private get leaseMs(): number {
    return this.options.leaseMs ?? DEFAULT_LEASE_MS;
  }

  private async deliverOne(delivery: NotificationDelivery, tenantId: string, userId: string): Promise<boolean> {
    const { repository, batchMs, instanceId } = this.options;
    const found = await repository.getInbox(tenantId, userId);
    if (!found) return false;
    const now = this.now();
    const claim = claimed(found.value, { now, instanceId, batchId: this.options.newId(), leaseMs: this.leaseMs, batchMs });
    if (!claim) return false;
    try {
      await repository.replaceInbox(claim.inbox, found.etag);
    } catch (error) {
      if (error instanceof PreconditionFailedError) return false; // another instance claimed it (or an event arrived): its turn
      throw error;
    }
    if (claim.dropped.length > 0) this.options.logger.warn({ tenant: tenantId, events: claim.dropped.length }, 'notification batch dropped after repeated failures');
    await this.forget(tenantId, userId, claim.evicted);
    const batch = claim.inbox.sending;
    if (!batch) return false;
    const ref: ClaimRef = { batchId: batch.batchId, claimedBy: instanceId };
    await repository.putBatch({ tenantId, userId, batchId: batch.batchId, events: batch.events, createdAt: now });
    if ((await this.options.preferences.of(tenantId, userId)).teamsNotifications) {
      try {
        await delivery.deliver(tenantId, userId, { batchId: batch.batchId, events: batch.events }, {
          cardSent: async () => (await this.change(tenantId, userId, (inbox, at) => cardSent(inbox, ref, at, this.leaseMs, batchMs))) !== 'unchanged',
        });
        this.options.logger.info({ tenant: tenantId, batch: batch.batchId, events: batch.events.length }, 'notifications delivered');
      } catch (error) {
        // The claim stays: once it expires a sweep (here or elsewhere) tries again, as a new batch.
        this.options.logger.warn({ err: error, tenant: tenantId, batch: batch.batchId }, 'notification delivery failed');
        return false;
      }
    }
    let evicted: string[] = [];
    await this.change(tenantId, userId, (inbox, at) => {
      const done = finished(inbox, ref, at, batchMs);
      evicted = done.evicted;
      return done.inbox;
    });
    await this.forget(tenantId, userId, evicted);
    return true;
  }

  /** Deletes batches nobody will redraw any more (best effort: a leftover is only storage). */
  private async forget(tenantId: string, userId: string, batchIds: string[]): Promise<void> {
    for (const id of batchIds) {
      await this.options.repository.deleteBatch(tenantId, userId, id).catch((error: unknown) => this.options.logger.warn({ err: error, tenant: tenantId, batch: id }, 'old notification batch not deleted'));
    }
  }

/** Reads, changes and writes the inbox with its ETag, again on a lost race. */
  private async change(tenantId: string, userId: string, apply: (inbox: NotificationInbox, now: string) => NotificationInbox): Promise<'written' | 'unchanged'> {
    const { repository } = this.options;
    for (let attempt = 1; ; attempt++) {
      const now = this.now();
      const found = await repository.getInbox(tenantId, userId);
      try {
        if (!found) {
          await repository.createInbox(apply(emptyInbox(tenantId, userId, now), now));
        } else {
          const next = apply(found.value, now);
          if (next === found.value) return 'unchanged';
          await repository.replaceInbox(next, found.etag);
        }
        return 'written';
      } catch (error) {
        const raced = error instanceof PreconditionFailedError || error instanceof ConflictError;
        if (!raced || attempt >= MAX_WRITE_ATTEMPTS) throw error;
        await backoff(attempt);
      }
    }
  }

  private now(): string {
    return this.options.clock().toISOString();
  }
}
