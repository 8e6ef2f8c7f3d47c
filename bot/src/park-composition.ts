/**
 * Builds J3 and J6 for cases: the park service (park, pick up), the delegated queue, their HTTP
 * routes, the park card in the delegator's personal chat (ParkNotices, which the sessions' park can
 * use too) and its "Pick up" button (cases through the park service, sessions through SessionsApi).
 * Two steps, as the sessions' Teams side: the notices first (the sessions service may need them),
 * the rest once the services exist.
 */
import type { TeamsBotDeps } from './teams-bot-deps';
import { DelegatedQueueService } from './domain/delegation/delegated-queue';
import { ParkService } from './domain/delegation/park';
import type { ParkCardRepository } from './domain/delegation/park-cards';
import type { ActingResolver, DelegationReader, ParkNotices } from './domain/delegation/ports';
import type { RecordDetailsService } from './domain/records/record-details';
import type { RecordRepository } from './domain/records/record-repository';
import type { RecordService } from './domain/records/record-service';
import type { SessionRepository, SessionsApi } from './domain/sessions/ports';
import type { AuditRepository } from './domain/settings/settings-repository';
import type { Clock } from './domain/shared/types';
import type { TimelineRepository } from './domain/timeline/timeline';
import type { Route } from './http/route';
import { parkRoutes } from './http/routes/park';
import { ParkCardActions } from './teams/park-card-actions';
import { ParkCardView } from './teams/park-card-view';
import { TeamsParkNotices } from './teams/park-notices';

export interface ParkTeamsDeps extends TeamsBotDeps {
  recordStore: Pick<RecordRepository, 'get'>;
  sessionStore: Pick<SessionRepository, 'get'>;
  cards: ParkCardRepository;
  /** Local mode: the sandbox's connector (where personal chats are opened). */
  sandbox: { connectorUrls: () => string[] } | undefined;
}

export interface ParkServiceDeps {
  records: RecordService;
  details: RecordDetailsService;
  reader: DelegationReader;
  acting: ActingResolver;
  timeline: TimelineRepository;
  audit: AuditRepository;
  clock: Clock;
  /** The sessions service, for a parked chat's "Pick up" (its pickUp, when it has one). */
  sessions: Pick<SessionsApi, 'pickUp'> | undefined;
}

export interface ParkParts {
  service: ParkService;
  queue: DelegatedQueueService;
  routes: Route[];
  /** The park card's button, for the bot's invoke table. */
  cardActions: ParkCardActions;
}

/** The Teams side: the park card's view and the notices (posted and updated in the delegator's chat). */
export function createParkTeams(d: ParkTeamsDeps): { notices: ParkNotices; build(s: ParkServiceDeps): ParkParts } {
  const logger = d.logger.child({ component: 'park' });
  const view = new ParkCardView({ records: d.recordStore, sessions: d.sessionStore, directory: d.directory, publicUrl: d.config.publicUrl });
  const notices = new TeamsParkNotices({
    adapter: d.adapter, botAppId: d.botAppId, callers: d.callers, cards: d.cards, view, logger,
    // Local mode: the sandbox's connector; Teams: its global connector (it routes to the user's region).
    serviceUrl: () => d.sandbox?.connectorUrls()[0] ?? d.config.notify.teamsServiceUrl,
  });
  return {
    notices,
    build: (s) => {
      const service = new ParkService({
        records: s.records, acting: s.acting, reader: s.reader, callers: d.callers,
        timeline: s.timeline, audit: s.audit, notices, clock: s.clock,
        noticeFailed: (event, error) => logger.error({ err: error, tenant: event.tenantId, item: event.item.id }, 'park notice failed'),
      });
      const queue = new DelegatedQueueService({ records: s.records, reader: s.reader, directory: d.directory });
      const sessions = s.sessions;
      const cardActions = new ParkCardActions({
        callers: d.callers, view, logger,
        pickUp: {
          record: async (caller, id) => {
            await service.pickUp(caller, id);
          },
          session: sessions ? async (caller, id) => {
            await sessions.pickUp(caller, id);
          } : null,
        },
      });
      return { service, queue, cardActions, routes: parkRoutes({ park: service, queue, details: s.details, publicUrl: d.config.publicUrl, teamsAppId: d.config.teamsAppId }) };
    },
  };
}
