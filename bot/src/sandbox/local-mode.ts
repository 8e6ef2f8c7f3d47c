/** Everything local mode adds: embedded Cosmos-compatible server, dev token issuer, demo data. */
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Store } from '../storage/cosmos/cosmos-store';
import { createDevIssuer } from './dev-issuer';
import { devRoutes } from './dev-routes';
import { startLocalCosmos, type LocalCosmos } from './local-cosmos';
import { seedDemoData } from './seed';
import type { Server } from 'restify';
import { botId } from '../teams-composition';
import { mountTeamsSandbox, type TeamsSandbox } from './teams';

export async function startLocalMode(config: Config, logger: Logger) {
  const issuer = await createDevIssuer({ dataDir: config.dataDir, publicUrl: config.publicUrl, audience: config.sso.clientId });
  let cosmos: LocalCosmos | undefined;
  let teams: TeamsSandbox | undefined;
  if (!config.cosmos.endpoint) {
    cosmos = await startLocalCosmos({ dataDir: config.dataDir, intervalMs: config.snapshotIntervalMs, logger, persist: true });
    logger.info({ endpoint: cosmos.endpoint }, 'embedded Cosmos-compatible server started');
  }
  return {
    cosmosEndpoint: cosmos?.endpoint,
    validator: issuer.validator,
    routes: (store: Store) => devRoutes(store.directory, issuer),
    afterStore: async (store: Store) => {
      await cosmos?.attach(store.database);
      if (config.seedDemoData) {
        const created = await seedDemoData(store);
        if (created > 0) logger.info({ records: created }, 'demo data seeded');
      }
    },
    mountTeamsSandbox: (server: Server, store: Store, selfUrl: () => string) => {
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
      return {
        graphBaseUrl: () => sandbox.graphBaseUrl,
        // The sandbox takes a token whose oid is the bot's id as the app itself (RSC in chats with the app).
        appToken: async (tenantId: string) =>
          (await issuer.sign({ tenantId, userId: botId(config), name: 'Casebridge', email: 'casebridge@app.local' })).token,
      };
    },
    stop: async () => {
      await teams?.stop();
      await cosmos?.stop();
    },
  };
}
