/**
 * Builds H3's Teams side: the notification queue (the WorkNotifier the actions and the intake
 * pipeline call; durable in the `notifications` container), each user's preferences, the delivery
 * (personal-chat card + activity feed), the card's buttons, the search message extension, and the
 * sweep timer that delivers due batches from any instance.
 */
import { randomUUID } from 'node:crypto';
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { CallerService } from './domain/access/caller-service';
import type { DirectoryRepository } from './domain/access/directory-repository';
import type { ConversationRepository } from './domain/conversations/conversation-repository';
import type { RecordDetailsService } from './domain/records/record-details';
import type { RecordRepository } from './domain/records/record-repository';
import type { Clock } from './domain/shared/types';
import { NotificationQueue } from './domain/work/notification-queue';
import { PreferencesService } from './domain/work/preferences-service';
import type { NotificationRepository } from './domain/work/notification-repository';
import type { ActivityFeed } from './domain/work/activity-feed';
import { GraphActivityFeed } from './graph/graph-activity-feed';
import { OnBehalfOfTokenProvider, StaticTokenProvider } from './graph/graph-tokens';
import { teamsDeepLink } from './http/presenters';
import { CosmosNotificationRepository } from './storage/cosmos/cosmos-notification-repository';
import type { Store } from './storage/cosmos/cosmos-store';
import { CaseSearchExtension, type CaseSearchPort } from './teams/case-search-extension';
import { WorkCardActions, type WorkActionPort } from './teams/work-card-actions';
import { WorkCardView } from './teams/work-card-view';
import { TeamsWorkDelivery } from './teams/work-delivery';
import { LOCAL_CATALOG_APP_ID } from './teams-composition';

/** The queue and preferences: built early, since the actions and the intake pipeline notify through it. */
export function createNotifications(config: Config, store: Store, clock: Clock, logger: Logger): { queue: NotificationQueue; preferences: PreferencesService; repository: NotificationRepository } {
  const repository = new CosmosNotificationRepository(store.database.container('notifications'));
  const preferences = new PreferencesService(repository, clock);
  const queue = new NotificationQueue({
    repository, preferences, clock, newId: randomUUID, instanceId: randomUUID(), batchMs: config.notify.batchMs,
    logger: logger.child({ component: 'notify' }),
  });
  return { queue, preferences, repository };
}

export interface TeamsWorkDeps {
  config: Config;
  logger: Logger;
  queue: NotificationQueue;
  /** Where delivered batches are read back when a card's button is pressed. */
  notifications: NotificationRepository;
  adapter: CloudAdapter;
  botAppId: string;
  callers: CallerService;
  directory: DirectoryRepository;
  records: RecordRepository;
  details: RecordDetailsService;
  conversations: ConversationRepository;
  actions: WorkActionPort;
  search: CaseSearchPort;
  /** Local mode: the sandbox's Graph, app token and connector. */
  sandbox: { graphBaseUrl: () => string; appToken: (tenantId: string) => Promise<string>; connectorUrls: () => string[] } | undefined;
}

/** An activity feed built on first use (local mode's Graph address is known once the server listens). */
function activityFeed(config: Config, logger: Logger, sandbox: TeamsWorkDeps['sandbox']): ActivityFeed {
  let feed: GraphActivityFeed | undefined;
  return {
    send: (notification) => {
      feed ??= (() => {
        const baseUrl = config.graphBaseUrl ?? sandbox?.graphBaseUrl();
        if (!baseUrl) throw new Error('No Microsoft Graph endpoint: set GRAPH_BASE_URL');
        const tokens = config.mode === 'azure' && config.ssoClientSecret
          ? new OnBehalfOfTokenProvider({ clientId: config.sso.clientId, clientSecret: config.ssoClientSecret, authorityHost: config.sso.authorityHost })
          : new StaticTokenProvider(sandbox?.appToken);
        return new GraphActivityFeed({ baseUrl, tokens, logger });
      })();
      return feed.send(notification);
    },
  };
}

/** The Teams side of notifications and the message extension; `start` runs the sweep. */
export function createTeamsWork(d: TeamsWorkDeps): { work: { actions: WorkCardActions; search: CaseSearchExtension }; start(): void; sweepNow(): Promise<number>; stop(): Promise<void> } {
  const { config, logger } = d;
  const appId = config.teamsAppId ?? LOCAL_CATALOG_APP_ID;
  const deepLink = (type: string, id: string, label: string) => teamsDeepLink(appId, config.publicUrl, type, id, label);
  const view = new WorkCardView({ records: d.records, details: d.details, directory: d.directory, conversations: d.conversations, deepLink });
  d.queue.deliverThrough(new TeamsWorkDelivery({
    adapter: d.adapter, botAppId: d.botAppId, callers: d.callers, directory: d.directory, conversations: d.conversations, view, deepLink, logger,
    feed: activityFeed(config, logger, d.sandbox),
    // Local mode: the sandbox's connector; Teams: its global connector (it routes to the user's region).
    serviceUrl: () => d.sandbox?.connectorUrls()[0] ?? config.notify.teamsServiceUrl,
  }));
  const actions = new WorkCardActions({ callers: d.callers, records: d.records, directory: d.directory, details: d.details, batches: d.notifications, view, actions: d.actions, logger });
  const search = new CaseSearchExtension({ callers: d.callers, search: d.search, details: d.details, publicUrl: config.publicUrl, logger });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const sweep = () => {
    running = d.queue.sweep().catch((error: unknown) => logger.error({ err: error }, 'notification sweep failed'));
    return running;
  };
  const sweepNow = async (): Promise<number> => {
    await running; // one sweep at a time per instance
    const next = d.queue.sweep();
    running = next.catch(() => 0);
    return next;
  };
  return {
    work: { actions, search },
    sweepNow,
    start() {
      const tick = () => {
        void sweep().finally(() => {
          if (timer !== undefined) timer = setTimeout(tick, config.notify.sweepIntervalMs);
        });
      };
      timer = setTimeout(tick, config.notify.sweepIntervalMs);
    },
    async stop() {
      const pending = timer;
      timer = undefined;
      if (pending) clearTimeout(pending);
      await running;
    },
  };
}
