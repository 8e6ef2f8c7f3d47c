/**
 * Builds the Teams side of the service: the Graph-backed Teams port (on-behalf-of the user in
 * Azure; against the local Teams sandbox in local mode) and the bot's proactive poster.
 */
import type { Logger } from 'pino';
import type { Config } from './config';
import type { ActingUser, GraphActor, TeamsPort } from './domain/chats/teams-port';
import { GraphTeamsAdapter } from './graph/graph-teams-adapter';
import { OnBehalfOfTokenProvider, StaticTokenProvider } from './graph/graph-tokens';

/** The bot's id in conversation references when no Bot Framework app is configured (local mode). */
export const LOCAL_BOT_ID = 'casebridge-local-bot';

/** The catalog id the local sandbox knows the app by. */
export const LOCAL_CATALOG_APP_ID = 'casebridge-local-app';

/** Cumulative Microsoft Graph usage of this process (operations and benchmarks read it). */
export interface GraphMetrics {
  calls: number;
  milliseconds: number;
}

/**
 * A Teams port built on first use: in local mode the sandbox's Graph address contains the port
 * the server got, known only once it listens.
 */
class DeferredTeamsPort implements TeamsPort {
  private port: TeamsPort | undefined;

  constructor(
    private readonly build: () => TeamsPort,
    readonly metrics: GraphMetrics,
  ) {}

  /** Builds the port on first use, and times every call. */
  private async call<T>(use: (port: TeamsPort) => Promise<T>): Promise<T> {
    this.port ??= this.build();
    const started = performance.now();
    try {
      return await use(this.port);
    } finally {
      this.metrics.calls++;
      this.metrics.milliseconds += performance.now() - started;
    }
  }

  createGroupChat(as: ActingUser, input: { topic: string | null; memberIds: string[] }) { return this.call((p) => p.createGroupChat(as, input)); }
  listRecentChats(as: ActingUser, limit: number) { return this.call((p) => p.listRecentChats(as, limit)); }
  getChat(as: ActingUser, chatId: string, options?: { withMembers: boolean }) { return this.call((p) => p.getChat(as, chatId, options)); }
  listChatMembers(as: GraphActor, chatId: string) { return this.call((p) => p.listChatMembers(as, chatId)); }
  addChatMembers(as: GraphActor, chatId: string, userIds: string[], options: { withFullHistory: boolean }) { return this.call((p) => p.addChatMembers(as, chatId, userIds, options)); }
  installAppInChat(as: ActingUser, chatId: string) { return this.call((p) => p.installAppInChat(as, chatId)); }
  renameChat(as: ActingUser, chatId: string, topic: string) { return this.call((p) => p.renameChat(as, chatId, topic)); }
  listJoinedTeams(as: ActingUser) { return this.call((p) => p.listJoinedTeams(as)); }
  listChannels(as: ActingUser, teamId: string) { return this.call((p) => p.listChannels(as, teamId)); }
  createChannel(as: ActingUser, teamId: string, input: { displayName: string; description: string }) { return this.call((p) => p.createChannel(as, teamId, input)); }
}

/** The Teams port for this configuration; `sandboxGraphUrl` is local mode's fallback endpoint. */
export function createTeamsPort(
  config: Config,
  logger: Logger,
  sandbox: { graphBaseUrl: () => string; appToken: (tenantId: string) => Promise<string> } | undefined,
): { port: TeamsPort; metrics: GraphMetrics } {
  const metrics: GraphMetrics = { calls: 0, milliseconds: 0 };
  const port = new DeferredTeamsPort(() => {
    const baseUrl = config.graphBaseUrl ?? sandbox?.graphBaseUrl();
    if (!baseUrl) throw new Error('No Microsoft Graph endpoint: set GRAPH_BASE_URL');
    const tokens =
      config.mode === 'azure' && config.ssoClientSecret
        ? new OnBehalfOfTokenProvider({ clientId: config.sso.clientId, clientSecret: config.ssoClientSecret, authorityHost: config.sso.authorityHost })
        : new StaticTokenProvider(sandbox?.appToken);
    return new GraphTeamsAdapter({ baseUrl, tokens, catalogAppId: config.teamsAppCatalogId ?? LOCAL_CATALOG_APP_ID, logger });
  }, metrics);
  return { port, metrics };
}

/** The bot id used in proactive conversation references. */
export function botId(config: Config): string {
  return config.bot.appId ?? LOCAL_BOT_ID;
}
