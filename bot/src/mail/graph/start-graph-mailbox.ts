/**
 * Azure mode's mailbox in one call: the MailProvider (sendMail), the notification routes, the
 * subscription keeper and the delta poller on their timers. `mount` before the server listens;
 * `start` once it listens (creating a subscription makes Graph call the endpoints at once).
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { IntakePort } from '../../domain/intake/intake-port';
import type { MailProvider } from '../../domain/intake/mail-provider';
import type { Clock } from '../../domain/shared/types';
import type { GraphTokenProvider } from '../../graph/graph-tokens';
import { DeltaPoller } from './delta-poller';
import { GraphMailProvider } from './graph-mail-provider';
import { MailboxGraphClient } from './mailbox-graph-client';
import { MailboxIntake } from './mailbox-intake';
import { MailboxNotifications } from './mailbox-notifications';
import type { MailboxStateRepository } from './mailbox-state';
import { MailboxStateStore } from './mailbox-state-store';
import { GRAPH_LIFECYCLE_PATH, GRAPH_NOTIFICATIONS_PATH, mountGraphMailRoutes } from './notification-routes';
import { SubscriptionKeeper } from './subscription-keeper';

export interface GraphMailboxOptions {
  /** GRAPH_BASE_URL. */
  graphBaseUrl: string;
  tokens: GraphTokenProvider;
  /** The app's own tenant, where the mailbox lives (app-only token). */
  tenantId: string;
  /** MAIL_MAILBOX: the shared mailbox address. */
  mailbox: string;
  /** PUBLIC_URL; the endpoints' paths are appended. */
  publicUrl: string;
  intake: Pick<IntakePort, 'acceptRawMail'>;
  state: MailboxStateRepository;
  clock: Clock;
  logger: Logger;
  maxBodyBytes: number;
  /** MAIL_GRAPH_SUBSCRIPTION_MINUTES (default 4230, capped at 3 days). */
  subscriptionMinutes?: number;
  /** MAIL_GRAPH_CHECK_SECONDS: how often the subscription is checked (default 900). */
  checkIntervalSeconds?: number;
  /** MAIL_DELTA_INTERVAL_SECONDS (default 300). */
  deltaIntervalSeconds?: number;
  /** MAIL_GRAPH_RENEW_BEFORE_HOURS: renew when less than this is left (default 24). */
  renewBeforeHours?: number;
  /** Graph per-attempt timeout (default GraphCaller's). */
  timeoutMs?: number;
}

export interface GraphMailbox {
  provider: MailProvider;
  /** Mounts POST /api/mail/graph/notifications and /api/mail/graph/lifecycle. */
  mount(server: Server): void;
  /** Starts the timers and runs a first check and delta round (after the server listens). */
  start(): void;
  /** Stops the timers and waits for work in progress. */
  stop(): Promise<void>;
  /** Parts, for tests and diagnostics. */
  keeper: SubscriptionKeeper;
  delta: DeltaPoller;
  notifications: MailboxNotifications;
}

export function startGraphMailbox(options: GraphMailboxOptions): GraphMailbox {
  const logger = options.logger.child({ component: 'graph-mailbox' });
  const graph = new MailboxGraphClient({ baseUrl: options.graphBaseUrl, tokens: options.tokens, tenantId: options.tenantId, mailbox: options.mailbox, logger, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
  const store = new MailboxStateStore(options.state, options.mailbox.toLowerCase(), options.clock, randomUUID());
  const base = options.publicUrl.replace(/\/+$/, '');
  const keeper = new SubscriptionKeeper({
    graph, store, clock: options.clock, logger,
    notificationUrl: `${base}${GRAPH_NOTIFICATIONS_PATH}`,
    lifecycleNotificationUrl: `${base}${GRAPH_LIFECYCLE_PATH}`,
    subscriptionMinutes: options.subscriptionMinutes ?? 4230,
    renewBeforeMs: (options.renewBeforeHours ?? 24) * 3_600_000,
  });
  const intake = new MailboxIntake(graph, options.intake, options.mailbox, logger);
  const delta = new DeltaPoller(graph, intake, store, options.clock, logger);
  const notifications = new MailboxNotifications(store, intake, keeper, delta, logger);
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<unknown>>();
  const run = (what: string, work: () => Promise<unknown>) => {
    const task = work().catch((error: unknown) => logger.warn({ err: error, what }, 'graph mailbox task failed'));
    running.add(task);
    void task.finally(() => running.delete(task));
  };
  return {
    provider: new GraphMailProvider(graph),
    keeper, delta, notifications,
    mount: (server) => mountGraphMailRoutes(server, { notifications, logger, maxBodyBytes: options.maxBodyBytes }),
    start: () => {
      run('subscription', () => keeper.check());
      run('delta', () => delta.run());
      timers.push(setInterval(() => run('subscription', () => keeper.check()), (options.checkIntervalSeconds ?? 900) * 1000).unref());
      timers.push(setInterval(() => run('delta', () => delta.run()), (options.deltaIntervalSeconds ?? 300) * 1000).unref());
    },
    stop: async () => {
      for (const timer of timers.splice(0)) clearInterval(timer);
      await Promise.allSettled([...running]);
      await notifications.idle();
    },
  };
}
