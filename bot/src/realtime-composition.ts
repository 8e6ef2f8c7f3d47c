/**
 * Realtime (I: customer chat across instances): the hub this instance is a client of, the
 * SessionEvents the sessions domain publishes through, the customer's and the agent's WebSocket
 * edges, and the agent's ticket route.
 *
 * The hub: Azure Web PubSub through the managed identity (WEB_PUBSUB_ENDPOINT) or a connection
 * string (WEB_PUBSUB_CONNECTION_STRING: Azure's, or a local first instance's); with neither (local
 * mode) this instance serves the embedded hub on its own port and is its in-process member.
 * Nothing here blocks the start: the hub client connects in the background.
 */
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { DefaultAzureCredential } from '@azure/identity';
import { WebPubSubServiceClient } from '@azure/web-pubsub';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { CallerService } from './domain/access/caller-service';
import type { SessionEvents, SessionsApi } from './domain/sessions/ports';
import type { Route } from './http/route';
import type { Store } from './storage/cosmos/cosmos-store';
import { AGENT_SOCKET_PATH, AgentEdge } from './realtime/agent-socket';
import { cosmosChatLimits, type ChatLimits } from './realtime/chat-limits';
import { CHAT_SOCKET_PATH, ChatEdge } from './realtime/chat-socket';
import { EmbeddedHub } from './realtime/embedded-hub';
import type { Hub } from './realtime/hub';
import { HubClient } from './realtime/hub-client';
import { HUB_KEY_FILE, hubConnectionString, loadOrCreateKey } from './realtime/hub-token';
import { JOIN_LEAVE_ROLE, SEND_TO_GROUP_ROLE } from './realtime/pubsub-protocol';
import { HubSessionEvents } from './realtime/session-events';
import { cosmosTicketClaims } from './realtime/ticket-claims';
import { realtimeRoutes } from './realtime/ticket-route';
import { ChatTokens } from './realtime/tokens';
import { refuseUpgrade } from './realtime/upgrade-reply';

/** Local mode's default of CHAT_TOKEN_SECRET, kept in the data directory. */
const CHAT_SECRET_FILE = 'chat-token-secret.txt';

export interface Realtime {
  hub: Hub;
  /** What the sessions domain publishes through. */
  events: SessionEvents;
  tokens: ChatTokens;
  /** `POST /api/realtime/ticket`. */
  routes: Route[];
  /** Serves `/chat/ws`, `/api/realtime` (and the embedded hub) on the server's upgrades. */
  attach(server: HttpServer, sessions: SessionsApi): void;
  /** Called once the server listens: the embedded hub's connection string names the port. */
  listening(port: number): void;
  /** Local mode with the embedded hub: what a second instance passes as WEB_PUBSUB_CONNECTION_STRING. */
  connectionString(): string | null;
  /** Where the embedded hub's access key is kept (local mode), for the start-up output. */
  hubKeyFile: string | null;
  stop(): Promise<void>;
}

export interface RealtimeDeps {
  config: Config;
  logger: Logger;
  store: Store;
  callers: CallerService;
  /** Overrides of the edges' timings (tests). */
  heartbeatMs?: number;
  limits?: ChatLimits;
}

const ROLES = [JOIN_LEAVE_ROLE, SEND_TO_GROUP_ROLE];

function serviceClient(config: Config): WebPubSubServiceClient | null {
  const { connectionString, webPubSubEndpoint, hub } = config.realtime;
  if (connectionString) return new WebPubSubServiceClient(connectionString, hub);
  if (webPubSubEndpoint) return new WebPubSubServiceClient(webPubSubEndpoint, new DefaultAzureCredential(), hub);
  return null;
}

export async function createRealtime(deps: RealtimeDeps): Promise<Realtime> {
  const { config, logger } = deps;
  const secret = config.chat.tokenSecret ?? (config.mode === 'local' ? await loadOrCreateKey(config.dataDir, CHAT_SECRET_FILE) : undefined);
  if (!secret) throw new Error('No chat token secret: set CHAT_TOKEN_SECRET');
  const tokens = new ChatTokens(secret, config.chat.tokenHours);

  const client = serviceClient(config);
  let embedded: EmbeddedHub | null = null;
  let hubClient: HubClient | null = null;
  let accessKey: string | null = null;
  let hub: Hub;
  if (client) {
    hubClient = new HubClient({ url: async () => (await client.getClientAccessToken({ roles: ROLES })).url, logger });
    hubClient.start();
    hub = hubClient;
  } else {
    if (config.mode !== 'local') throw new Error('No realtime hub: set WEB_PUBSUB_ENDPOINT');
    accessKey = await loadOrCreateKey(config.dataDir, HUB_KEY_FILE);
    embedded = new EmbeddedHub({ hub: config.realtime.hub, accessKey, logger });
    hub = embedded.local;
  }
  let port: number | null = null;
  const edges: { chat?: ChatEdge; agent?: AgentEdge } = {};
  let httpServer: HttpServer | null = null;
  let onUpgrade: ((req: IncomingMessage, socket: Duplex, head: Buffer) => void) | null = null;

  return {
    hub,
    events: new HubSessionEvents(hub),
    tokens,
    routes: realtimeRoutes(tokens),
    hubKeyFile: embedded ? `${config.dataDir}/${HUB_KEY_FILE}` : null,
    attach(server, sessions) {
      const limits = deps.limits ?? cosmosChatLimits(deps.store.database.container('ratelimits'), config.chat, logger);
      const chat = new ChatEdge({ sessions, hub, tokens, limits, logger, maxPayloadBytes: config.chat.maxPayloadBytes, behindProxy: config.mode === 'azure', heartbeatMs: deps.heartbeatMs });
      const agent = new AgentEdge({
        sessions, hub, tokens, logger, heartbeatMs: deps.heartbeatMs,
        caller: (tenantId, userId) => deps.callers.resolve(tenantId, userId),
        claimTicket: cosmosTicketClaims(deps.store.database.container('ratelimits')),
      });
      edges.chat = chat;
      edges.agent = agent;
      onUpgrade = (req, socket, head) => {
        socket.on('error', () => socket.destroy());
        const path = new URL(req.url ?? '/', 'http://upgrade').pathname;
        const handled =
          path === CHAT_SOCKET_PATH ? chat.handleUpgrade(req, socket, head)
          : path === AGENT_SOCKET_PATH ? agent.handleUpgrade(req, socket, head)
          : embedded && path === embedded.path ? embedded.handleUpgrade(req, socket, head)
          : null;
        if (!handled) return refuseUpgrade(socket, 404, 'Not Found');
        handled.catch((error: unknown) => {
          logger.error({ err: error, path }, 'WebSocket upgrade failed');
          refuseUpgrade(socket, 500, 'Internal Server Error');
        });
      };
      server.on('upgrade', onUpgrade);
      httpServer = server;
    },
    listening(listeningPort) {
      port = listeningPort;
    },
    connectionString: () => (embedded && accessKey && port !== null ? hubConnectionString(`http://127.0.0.1:${port}`, accessKey) : null),
    async stop() {
      if (httpServer && onUpgrade) httpServer.off('upgrade', onUpgrade);
      await Promise.all([edges.chat?.close(), edges.agent?.close()]);
      await embedded?.close();
      await hubClient?.close();
    },
  };
}
