/**
 * Keeps one Graph change-notification subscription on the mailbox's Inbox alive: creates it with a
 * fresh random clientState (only its SHA-256 is stored, so every instance can verify notifications
 * and no reader of the store can forge one), renews it (PATCH) when less than `renewBeforeMs` is
 * left, recreates it when it has expired or Graph removed it (404 on renew, `subscriptionRemoved`),
 * and answers lifecycle events. Work that changes the subscription runs under the `subscription`
 * lease, so with several instances only one calls Graph.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Clock } from '../../domain/shared/types';
import { MailboxGraphError, type MailboxGraphClient } from './mailbox-graph-client';
import { hashClientState } from './mailbox-state';
import type { MailboxStateStore } from './mailbox-state-store';

export interface SubscriptionKeeperOptions {
  graph: MailboxGraphClient;
  store: MailboxStateStore;
  clock: Clock;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** The public notification endpoint (PUBLIC_URL + /api/mail/graph/notifications). */
  notificationUrl: string;
  /** The public lifecycle endpoint (PUBLIC_URL + /api/mail/graph/lifecycle). */
  lifecycleNotificationUrl: string;
  /** Lifetime asked for; capped at 3 days (Graph's limit for messages is longer). */
  subscriptionMinutes: number;
  /** Renew when less than this is left (default 24 h). */
  renewBeforeMs?: number;
}

/** Never ask for more than three days. */
export const MAX_SUBSCRIPTION_MINUTES = 3 * 24 * 60;
/** The lease covers one create/renew round trip with Graph's retries. */
const LEASE_MS = 2 * 60_000;

export type KeeperAction = 'none' | 'created' | 'renewed' | 'busy';

export class SubscriptionKeeper {
  private readonly renewBeforeMs: number;

  constructor(private readonly options: SubscriptionKeeperOptions) {
    this.renewBeforeMs = options.renewBeforeMs ?? 24 * 60 * 60_000;
  }

  /** The periodic check: create when missing or expired, renew when near expiry. */
  async check(): Promise<KeeperAction> {
    const { value } = await this.options.store.load();
    const now = this.options.clock().getTime();
    const sub = value.subscription;
    if (sub && Date.parse(sub.expiresAt) - now > this.renewBeforeMs) return 'none';
    return this.underLease(() => (sub && Date.parse(sub.expiresAt) > now ? this.renewOrRecreate(sub.id) : this.create()));
  }

  /** `reauthorizationRequired`: renew now (PATCH re-authorizes the subscription too). */
  reauthorize(): Promise<KeeperAction> {
    return this.underLease(async () => {
      const { value } = await this.options.store.load();
      return value.subscription ? this.renewOrRecreate(value.subscription.id) : this.create();
    });
  }

  /** `subscriptionRemoved`: create a new one. */
  recreate(): Promise<KeeperAction> {
    return this.underLease(() => this.create());
  }

  private async underLease(work: () => Promise<KeeperAction>): Promise<KeeperAction> {
    if (!(await this.options.store.acquire('subscription', LEASE_MS))) return 'busy';
    try {
      return await work();
    } finally {
      await this.options.store.release('subscription').catch((error: unknown) => this.options.logger.warn({ err: error }, 'mailbox subscription lease not released'));
    }
  }

  private expiry(): string {
    const minutes = Math.min(this.options.subscriptionMinutes, MAX_SUBSCRIPTION_MINUTES);
    return new Date(this.options.clock().getTime() + minutes * 60_000).toISOString();
  }

  private async renewOrRecreate(id: string): Promise<KeeperAction> {
    try {
      const renewed = await this.options.graph.renewSubscription(id, this.expiry());
      await this.options.store.update((state) => {
        if (state.subscription?.id !== id) return null;
        state.subscription = { ...state.subscription, expiresAt: renewed.expirationDateTime };
        return state;
      });
      this.options.logger.info({ expiresAt: renewed.expirationDateTime }, 'mailbox subscription renewed');
      return 'renewed';
    } catch (error) {
      if (!(error instanceof MailboxGraphError) || error.status !== 404) throw error;
      this.options.logger.warn({}, 'mailbox subscription gone; creating a new one');
      return this.create();
    }
  }

  private async create(): Promise<KeeperAction> {
    const clientState = randomBytes(32).toString('base64url');
    const created = await this.options.graph.createSubscription({
      changeType: 'created',
      notificationUrl: this.options.notificationUrl,
      lifecycleNotificationUrl: this.options.lifecycleNotificationUrl,
      resource: this.options.graph.inboxResource,
      expirationDateTime: this.expiry(),
      clientState,
    });
    await this.options.store.update((state) => {
      state.subscription = { id: created.id, expiresAt: created.expirationDateTime, clientStateHash: hashClientState(clientState) };
      return state;
    });
    this.options.logger.info({ expiresAt: created.expirationDateTime }, 'mailbox subscription created');
    return 'created';
  }
}
