/** Everything local mode adds: embedded Cosmos-compatible server, dev token issuer, demo data. */
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Store } from '../storage/cosmos/cosmos-store';
import { createDevIssuer } from './dev-issuer';
import { devRoutes } from './dev-routes';
import { startLocalCosmos, type LocalCosmos } from './local-cosmos';
import { DEMO_SUPPORT_ADDRESS, seedDemoData } from './seed';
import { CONTOSO, FABRIKAM } from './demo-data';
import type { Server } from 'restify';
import { botId } from '../teams-composition';
import { mountTeamsSandbox, type TeamsSandbox } from './teams';
import { CONNECTOR_PREFIX } from './teams/connector-routes';
import { GRAPH_PREFIX } from './teams/graph-common';
import { startAzurite, type LocalAzurite } from './azurite';
import { AzureBlobStore } from '../blobs/azure-blob-store';
import { LocalOutboxProvider } from '../mail/outbox-provider';
import { mountOutboxPages, outboxRoutes } from './outbox-routes';
import { mountChatDemo } from './chat-demo';

/** The connector of the sandbox whose Graph is `graphBaseUrl` (none when it is not a sandbox's). */
function sandboxConnectorOf(graphBaseUrl: string): string[] {
  const base = graphBaseUrl.replace(/\/+$/, '');
  return base.endsWith(GRAPH_PREFIX) ? [`${base.slice(0, -GRAPH_PREFIX.length)}${CONNECTOR_PREFIX}/`] : [];
}

export async function startLocalMode(config: Config, logger: Logger) {
  const issuer = await createDevIssuer({ dataDir: config.dataDir, publicUrl: config.publicUrl, audience: config.sso.clientId });
  let cosmos: LocalCosmos | undefined;
  let teams: TeamsSandbox | undefined;
  let azurite: LocalAzurite | undefined;
  let outbox: LocalOutboxProvider | undefined;
  /** The local outbox, once mail() has made it (routes are built after it). */
  const theOutbox = () => {
    if (!outbox) throw new Error('the outbox is made before the routes');
    return outbox;
  };
  if (!config.cosmos.endpoint) {
    cosmos = await startLocalCosmos({ dataDir: config.dataDir, intervalMs: config.snapshotIntervalMs, logger, persist: true });
    logger.info({ endpoint: cosmos.endpoint }, 'embedded Cosmos-compatible server started');
  }
  return {
    cosmosEndpoint: cosmos?.endpoint,
    validator: issuer.validator,
    routes: (store: Store) => [...devRoutes(store.directory, issuer), ...outboxRoutes(theOutbox())],
    /** Azurite (unless a connection string names another one, e.g. a first instance's), and the outbox on it. */
    mail: async () => {
      let connectionString = config.blobs.connectionString;
      if (!connectionString) {
        azurite = await startAzurite({ dataDir: config.dataDir, port: config.blobs.azuritePort });
        logger.info({ blobUrl: azurite.blobUrl }, 'Azurite (local blob storage) started');
        connectionString = azurite.connectionString;
      }
      const blobs = AzureBlobStore.fromConnectionString(connectionString);
      await blobs.ensureContainers();
      outbox = new LocalOutboxProvider(blobs);
      return { blobs, provider: outbox, blobUrl: azurite?.blobUrl ?? null, connectionString };
    },
    demo: config.seedDemoData ? { supportAddress: DEMO_SUPPORT_ADDRESS, formPath: `/forms/${CONTOSO}/case` } : null,
    demoTenants: config.seedDemoData ? [CONTOSO, FABRIKAM] : [],
    demoMailDomains: config.seedDemoData ? { [CONTOSO]: ['contoso.example'], [FABRIKAM]: ['fabrikam.example'] } : undefined,
    /** The outbox's browser pages (after mail()). */
    mountMailPages: (server: Server) => mountOutboxPages(server, theOutbox(), logger),
    /** The demo customer page with the chat widget (with demo data only: its tenant and site are the demo's). */
    mountChatDemo: (server: Server) => {
      if (config.seedDemoData) mountChatDemo(server, { tenantId: CONTOSO });
    },
    afterStore: async (store: Store) => {
      await cosmos?.attach(store.database);
      if (config.seedDemoData) {
        const created = await seedDemoData(store);
        if (created > 0) logger.info({ records: created }, 'demo data seeded');
      }
    },
    mountTeamsSandbox: (server: Server, store: Store, selfUrl: () => string) => {
      // The app itself: the sandbox takes a token whose oid is the bot's id as the app (RSC in chats with the app).
      const appToken = async (tenantId: string) =>
        (await issuer.sign({ tenantId, userId: botId(config), name: 'Casebridge', email: 'casebridge@app.local' })).token;
      const shared = config.graphBaseUrl;
      if (shared) {
        // Another instance's sandbox is the Teams (GRAPH_BASE_URL): a second one here would be a
        // second, unrelated Teams, and would share this data directory's sandbox file. Its tokens
        // must be this issuer's, so both instances use the same data directory (the dev key).
        logger.info({ graph: shared }, 'using the Teams at GRAPH_BASE_URL; no Teams sandbox of its own');
        return { graphBaseUrl: () => shared, appToken, connectorUrls: () => sandboxConnectorOf(shared) };
      }
      const sandbox = mountTeamsSandbox(server, {
        publicUrl: selfUrl,
        pageUrl: config.publicUrl,
        validateToken: (token) => issuer.validator.validate(token),
        directory: store.directory,
        botId: botId(config),
        logger,
        dataDir: config.dataDir,
        seed: config.seedDemoData,
      });
      teams = sandbox;
      logger.info({ page: `${config.publicUrl}/sandbox/` }, 'local Teams sandbox mounted');
      return { graphBaseUrl: () => sandbox.graphBaseUrl, appToken, connectorUrls: () => [sandbox.connectorUrl] };
    },
    stop: async () => {
      await teams?.stop();
      await azurite?.stop();
      await cosmos?.stop();
    },
  };
}
