/**
 * Builds the Teams side of customer chat (I1, I4, I5): the transfer cards and takeover notices
 * (`SessionTeams`, which the sessions service calls), the buttons of those cards and the bot's
 * "status" command (which call the sessions service back), and — with PRESENCE_FROM_TEAMS — the
 * agents' Teams presence through Graph. Two steps, since the service needs the first and the
 * second needs the service.
 */
import type { TeamsBotDeps } from './teams-bot-deps';
import type { ChatSiteRepository, SessionRepository, SessionsApi, SessionTeams, TeamsPresence } from './domain/sessions/ports';
import { GraphPresence, PRESENCE_CACHE_MS, PRESENCE_TIMEOUT_MS } from './graph/graph-presence';
import { OnBehalfOfTokenProvider, StaticTokenProvider } from './graph/graph-tokens';
import { SessionCardActions } from './teams/session-card-actions';
import { TeamsSessionTeams } from './teams/session-teams';
import { TransferCardView } from './teams/transfer-card-view';

export interface SessionsTeamsDeps extends TeamsBotDeps {
  sites: Pick<ChatSiteRepository, 'get'>;
  /** Local mode: the sandbox's Graph, app token and connector. */
  sandbox: { graphBaseUrl: () => string; appToken: (tenantId: string) => Promise<string>; connectorUrls: () => string[] } | undefined;
}

export interface SessionsTeams {
  /** What the sessions service posts and updates cards through. */
  teams: SessionTeams;
  /** Teams presence, only with PRESENCE_FROM_TEAMS (null otherwise). */
  presence: TeamsPresence | null;
  /** The bot's side, once the service exists: the cards' buttons and the "status" command. */
  cardActions(api: SessionsApi, sessions: Pick<SessionRepository, 'get'>): SessionCardActions;
}

/** Presence built on first use (local mode's Graph address is known once the server listens). */
function teamsPresence(d: SessionsTeamsDeps): TeamsPresence {
  const { config, logger, sandbox } = d;
  let presence: GraphPresence | undefined;
  return {
    of: (tenantId, userIds) => {
      presence ??= (() => {
        const baseUrl = config.graphBaseUrl ?? sandbox?.graphBaseUrl();
        if (!baseUrl) throw new Error('No Microsoft Graph endpoint: set GRAPH_BASE_URL');
        const tokens = config.mode === 'azure' && config.ssoClientSecret
          ? new OnBehalfOfTokenProvider({ clientId: config.sso.clientId, clientSecret: config.ssoClientSecret, authorityHost: config.sso.authorityHost })
          : new StaticTokenProvider(sandbox?.appToken);
        // The roster asks on hot paths (routing, the public widget's availability): a short timeout,
        // no retries (a failure counts as "no Teams presence" this time) and a short per-instance cache.
        return new GraphPresence({ baseUrl, tokens, logger, retry: { maxRetries: 0 }, timeoutMs: PRESENCE_TIMEOUT_MS, cacheMs: PRESENCE_CACHE_MS });
      })();
      return presence.of(tenantId, userIds);
    },
  };
}

export function createSessionsTeams(d: SessionsTeamsDeps): SessionsTeams {
  const logger = d.logger.child({ component: 'sessions-teams' });
  const view = new TransferCardView({ directory: d.directory, sites: d.sites });
  const teams = new TeamsSessionTeams({
    adapter: d.adapter, botAppId: d.botAppId, callers: d.callers, directory: d.directory, view, logger,
    // Local mode: the sandbox's connector; Teams: its global connector (it routes to the user's region).
    serviceUrl: () => d.sandbox?.connectorUrls()[0] ?? d.config.notify.teamsServiceUrl,
  });
  return {
    teams,
    presence: d.config.chat.presenceFromTeams ? teamsPresence(d) : null,
    cardActions: (api, sessions) => new SessionCardActions({ api, sessions, callers: d.callers, view, logger }),
  };
}
