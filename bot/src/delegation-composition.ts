/**
 * Builds delegation (J1–J6's shared part): the service (DelegationApi), the reader the other
 * services ask (one point read per check), the J2 acting resolver, the Teams notices to the
 * delegate and the HTTP routes. Other slices take `reader` and `acting` from the parts this
 * answers (app.ts keeps them on the running app as `delegation`).
 */
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from './config';
import { CallerService } from './domain/access/caller-service';
import type { DirectoryRepository } from './domain/access/directory-repository';
import { DelegationActingResolver } from './domain/delegation/acting';
import { DelegationService } from './domain/delegation/delegation-service';
import type { ActingResolver, DelegationApi, DelegationNotices, DelegationReader, DelegationRepository } from './domain/delegation/ports';
import type { AuditRepository } from './domain/settings/settings-repository';
import type { Clock } from './domain/shared/types';
import type { Route } from './http/route';
import { delegationRoutes } from './http/routes/delegation';
import { TeamsDelegationNotices } from './teams/delegation-notices';
import { LOCAL_CATALOG_APP_ID } from './teams-composition';

/** What delegation offers the rest of the app. Stable: other slices build against it. */
export interface DelegationParts {
  /** J1's operations (delegates, delegators, the policy). */
  api: DelegationApi;
  /** What other services read: a delegate's delegators, a delegator's delegates, the policy. */
  reader: DelegationReader;
  /** J2: who acts on an item (the caller, or the delegator's caller with `delegate` set). */
  acting: ActingResolver;
  /** J1's HTTP routes (/api/me/delegates, /api/me/delegators, /api/settings/delegation). */
  routes: Route[];
}

export interface DelegationDeps {
  config: Config;
  logger: Logger;
  repository: DelegationRepository;
  directory: DirectoryRepository;
  audit: AuditRepository;
  clock: Clock;
  adapter: CloudAdapter;
  botAppId: string;
  /** Local mode: the sandbox's connector (where personal chats are opened). */
  sandbox: { connectorUrls: () => string[] } | undefined;
}

export function createDelegation(d: DelegationDeps): DelegationParts {
  const callers = new CallerService(d.directory);
  const logger = d.logger.child({ component: 'delegation' });
  const notices: DelegationNotices = new TeamsDelegationNotices({
    adapter: d.adapter, botAppId: d.botAppId, callers, directory: d.directory, logger,
    teamsAppId: d.config.teamsAppId ?? LOCAL_CATALOG_APP_ID, publicUrl: d.config.publicUrl,
    // Local mode: the sandbox's connector; Teams: its global connector (it routes to the user's region).
    serviceUrl: () => d.sandbox?.connectorUrls()[0] ?? d.config.notify.teamsServiceUrl,
  });
  const api = new DelegationService({ repository: d.repository, directory: d.directory, audit: d.audit, clock: d.clock, notices, logger });
  return { api, reader: api, acting: new DelegationActingResolver(api, callers), routes: delegationRoutes({ delegation: api, directory: d.directory, audit: d.audit }) };
}
