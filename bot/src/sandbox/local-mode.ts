/** Everything local mode adds: embedded Cosmos-compatible server, dev token issuer, demo data. */
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Store } from '../storage/cosmos/cosmos-store';
import { createDevIssuer } from './dev-issuer';
import { devRoutes } from './dev-routes';
import { startLocalCosmos, type LocalCosmos } from './local-cosmos';
import { seedDemoData } from './seed';

export async function startLocalMode(config: Config, logger: Logger) {
  const issuer = await createDevIssuer({ dataDir: config.dataDir, publicUrl: config.publicUrl, audience: config.sso.clientId });
  let cosmos: LocalCosmos | undefined;
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
    stop: async () => {
      await cosmos?.stop();
    },
  };
}
