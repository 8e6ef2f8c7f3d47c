/**
 * The Teams sandbox: in local mode it stands in for Microsoft Teams on the app's own server.
 *
 * - `/sandbox/graph/v1.0/...`: the Microsoft Graph subset the Graph adapter calls (chats, members,
 *   installed apps, messages, joined teams, channels), authenticated with the dev tokens.
 * - `/sandbox/connector/...`: the Bot Framework connector subset botbuilder calls to reply and to
 *   send proactively; every activity the sandbox sends carries it as serviceUrl.
 * - Activities to the app's `/api/messages`, as Teams sends them, when the app is installed in a
 *   chat, members are added, and people post, edit or delete messages.
 * - `/sandbox/`: a page to watch the chats, render the bot's cards and post as a demo user; links
 *   of the app's domain in what is posted are unfurled by the bot (`composeExtension/queryLink`).
 *
 * State lives in memory and in `teams-sandbox.json` under the data directory.
 */
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { DirectoryRepository } from '../../domain/access/directory-repository';
import { CONNECTOR_PREFIX, mountConnector } from './connector-routes';
import type { SandboxCore } from './core';
import { ActivityDelivery, type DeliveryRecord } from './delivery';
import { mountGraphChats } from './graph-chats';
import { GRAPH_PREFIX, type ValidateToken } from './graph-common';
import { mountGraphTeams } from './graph-teams';
import { mountGraphActivityFeed } from './graph-activity-feed';
import { mountGraphPresence } from './graph-presence';
import { badRequest, errorBody, SandboxError, sendJson } from './http';
import type { SandboxState } from './model';
import { mountPage } from './page-routes';
import { seedState } from './seed';
import { SandboxStore } from './store';

export interface TeamsSandboxDeps {
  /** The server's own base URL, e.g. http://127.0.0.1:3978. Default: the loopback address it listens on, resolved per use. */
  publicUrl?: string | (() => string);
  /** The base URL a browser opens (chat webUrl); default publicUrl. */
  pageUrl?: string | (() => string);
  /** The domains whose links the bot unfurls (the manifest's TAB_DOMAIN); default the host of pageUrl. */
  linkDomains?: string[];
  validateToken: ValidateToken;
  directory: DirectoryRepository;
  /** The bot's Microsoft App id: the bot is `28:<botId>`; a Graph token with oid = botId acts as the app itself. */
  botId: string;
  botName?: string;
  logger: Logger;
  /** Keep the state in `<dataDir>/teams-sandbox.json`; unset keeps it in memory. */
  dataDir?: string | undefined;
  /** Start with demo teams and chats when there is no saved state (default true). */
  seed?: boolean;
  clock?: () => Date;
  delivery?: { attempts?: number; backoffMs?: number[] };
}

export interface TeamsSandbox {
  /** `${publicUrl}/sandbox/graph/v1.0`: GRAPH_BASE_URL in local mode. */
  readonly graphBaseUrl: string;
  /** `${publicUrl}/sandbox/connector/`: the serviceUrl of the sandbox's activities. */
  readonly connectorUrl: string;
  /** The state, for tests and tools (mutate only through the sandbox's endpoints). */
  readonly state: SandboxState;
  /** Resolves when every queued activity has been delivered (or given up on). */
  idle(): Promise<void>;
  deliveries(): DeliveryRecord[];
  flush(): Promise<void>;
  stop(): Promise<void>;
}

const resolve = (value: string | (() => string)): string => (typeof value === 'function' ? value() : value).replace(/\/+$/, '');

/** The address the server listens on, as a URL this process can call (0.0.0.0 and :: become loopback). */
function listeningUrl(server: Server): string {
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('The Teams sandbox needs the server to be listening on a TCP port');
  const host = ['0.0.0.0', '::', ''].includes(address.address) ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** Mounts the sandbox on the app's restify server. Call before the catch-all routes; the server may listen later. */
export function mountTeamsSandbox(server: Server, deps: TeamsSandboxDeps): TeamsSandbox {
  const clock = deps.clock ?? (() => new Date());
  const baseUrl = () => resolve(deps.publicUrl ?? (() => listeningUrl(server)));
  const store = SandboxStore.open({
    dataDir: deps.dataDir,
    seed: () => (deps.seed === false ? { version: 1, lastMessageId: 0, chats: [], teams: [] } : seedState(clock())),
    logger: deps.logger,
  });
  const delivery = new ActivityDelivery({
    endpoint: () => `${baseUrl()}/api/messages`,
    logger: deps.logger,
    attempts: deps.delivery?.attempts,
    backoffMs: deps.delivery?.backoffMs,
    onRecord: () => store.touch(),
  });
  const core: SandboxCore = {
    store, delivery, directory: deps.directory, logger: deps.logger, botId: deps.botId, botName: deps.botName ?? 'Casebridge',
    baseUrl, pageUrl: () => resolve(deps.pageUrl ?? baseUrl), clock,
    linkDomains: () => deps.linkDomains ?? [new URL(resolve(deps.pageUrl ?? baseUrl)).host],
  };

  mountGraphChats(server, core, deps.validateToken);
  mountGraphTeams(server, core, deps.validateToken);
  mountGraphActivityFeed(server, core, deps.validateToken);
  mountGraphPresence(server, core, deps.validateToken);
  mountConnector(server, core);
  mountPage(server, core);
  const unknownGraph = async (req: Request, res: Response) => sendJson(res, 400, errorBody(badRequest(`Resource not found for the segment '${req.getPath().slice(GRAPH_PREFIX.length + 1).split('/')[0] ?? ''}'.`), true));
  const unknownConnector = async (_req: Request, res: Response) => sendJson(res, 404, errorBody(new SandboxError(404, 'NotFound', 'Not a connector operation the sandbox knows.'), false));
  for (const method of ['get', 'post', 'put', 'patch', 'del'] as const) {
    server[method](`${GRAPH_PREFIX}/*`, unknownGraph);
    server[method](`${CONNECTOR_PREFIX}/*`, unknownConnector);
  }
  deps.logger.debug('Teams sandbox mounted at /sandbox/ (Graph, connector, page)');

  return {
    get graphBaseUrl() {
      return `${baseUrl()}${GRAPH_PREFIX}`;
    },
    get connectorUrl() {
      return `${baseUrl()}${CONNECTOR_PREFIX}/`;
    },
    get state() {
      return store.data;
    },
    idle: () => delivery.idle(),
    deliveries: () => delivery.log(),
    flush: () => store.flush(),
    async stop() {
      delivery.stop();
      await store.close();
    },
  };
}
