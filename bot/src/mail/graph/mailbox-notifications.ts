/**
 * What the endpoints do after answering 202: each notification's clientState is compared in
 * constant time with the stored hash (a mismatch is dropped and logged without id or secret);
 * a `created` message is fetched and handed to intake (a failure is left to the delta round);
 * lifecycle events renew, recreate or run delta. Work runs in the background and is tracked so
 * `idle()` (tests, shutdown) can wait for it.
 */
import type { Logger } from 'pino';
import type { DeltaPoller } from './delta-poller';
import type { MailboxIntake } from './mailbox-intake';
import { clientStateMatches } from './mailbox-state';
import type { MailboxStateStore } from './mailbox-state-store';
import type { ChangeNotification, LifecycleNotification } from './notification-schemas';
import type { SubscriptionKeeper } from './subscription-keeper';

export class MailboxNotifications {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly store: MailboxStateStore,
    private readonly intake: MailboxIntake,
    private readonly keeper: Pick<SubscriptionKeeper, 'reauthorize' | 'recreate'>,
    private readonly delta: Pick<DeltaPoller, 'run'>,
    private readonly logger: Pick<Logger, 'warn' | 'info' | 'error'>,
  ) {}

  /** Queues change notifications (returns at once). */
  changes(items: ChangeNotification[]): void {
    this.track(this.processChanges(items));
  }

  /** Queues lifecycle notifications (returns at once). */
  lifecycle(items: LifecycleNotification[]): void {
    this.track(this.processLifecycle(items));
  }

  /** Resolves when every queued notification has been processed. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private track(work: Promise<void>): void {
    const task = work.catch((error: unknown) => this.logger.error({ err: error }, 'graph notification processing failed'));
    this.pending.add(task);
    void task.finally(() => this.pending.delete(task));
  }

  /** The notifications whose clientState matches the stored one; the others are logged and dropped. */
  private async verified<T extends { clientState?: string | null | undefined }>(items: T[], kind: string): Promise<T[]> {
    const { value } = await this.store.load();
    const hash = value.subscription?.clientStateHash;
    const good = items.filter((item) => clientStateMatches(item.clientState, hash));
    if (good.length < items.length) this.logger.warn({ kind, dropped: items.length - good.length }, 'graph notification with a wrong clientState dropped');
    return good;
  }

  private async processChanges(items: ChangeNotification[]): Promise<void> {
    for (const item of await this.verified(items, 'change')) {
      const id = item.resourceData?.id;
      if (item.changeType !== 'created' || !id) continue;
      await this.intake.accept(id, 'notification');
    }
  }

  private async processLifecycle(items: LifecycleNotification[]): Promise<void> {
    const events = new Set((await this.verified(items, 'lifecycle')).map((item) => item.lifecycleEvent));
    this.logger.info({ events: [...events] }, 'graph lifecycle notification');
    if (events.has('subscriptionRemoved')) {
      await this.keeper.recreate();
      await this.delta.run();
    } else if (events.has('reauthorizationRequired')) {
      await this.keeper.reauthorize();
    }
    if (events.has('missed') && !events.has('subscriptionRemoved')) await this.delta.run();
  }
}
