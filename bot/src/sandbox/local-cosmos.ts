/**
 * Local mode's database: `@vercel/cosmosdb-server` in-process on loopback, used through the same
 * @azure/cosmos code as production. The server keeps data in memory only, so this keeps a
 * snapshot under the data directory (written through the SDK): after any write it is saved within
 * a couple of seconds, on a graceful stop at once, and reloaded at start-up.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createHttpsServer } from '@vercel/cosmosdb-server';
import Items from '@vercel/cosmosdb-server/lib/account/items';
import type { Logger } from 'pino';
import type { Database } from '@azure/cosmos';
import { z } from 'zod';
import { CONTAINERS, type ContainerName } from '../storage/cosmos/containers';
import { CosmosQueryIndex } from './cosmos-query-index';

const SYSTEM_PROPERTIES = ['_rid', '_self', '_etag', '_attachments', '_ts'];

const SnapshotSchema = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  containers: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
type Snapshot = z.infer<typeof SnapshotSchema>;

export interface LocalCosmos {
  endpoint: string;
  /** Loads the snapshot (if any) into the database and starts saving changes. */
  attach(database: Database): Promise<void>;
  /** Saves now if anything changed. */
  flush(): Promise<void>;
  /** How many requests the server has answered: tests and benchmarks count Cosmos calls with it. Rate-limit counters are not included. */
  requestCount(): number;
  /** How many requests went to the rate-limit counters. */
  counterRequestCount(): number;
  /** Final save, then stops the server. */
  stop(): Promise<void>;
}

/** Rate-limit counters are short-lived and are never part of a snapshot. */
const EPHEMERAL: ReadonlySet<string> = new Set<ContainerName>(['ratelimits']);

function isEphemeral(url: string | undefined): boolean {
  const name = /\/colls\/([^/?]+)/.exec(url ?? '')?.[1];
  return name !== undefined && EPHEMERAL.has(decodeURIComponent(name));
}

function isQuery(headers: Record<string, string | string[] | undefined>): boolean {
  return String(headers['x-ms-documentdb-isquery'] ?? '').toLowerCase() === 'true';
}

/** Starts the server on an ephemeral loopback port. */
export async function startLocalCosmos(options: { dataDir: string; intervalMs: number; logger: Logger; persist: boolean }): Promise<LocalCosmos> {
  // Queries look only at the items their conditions can match (see cosmos-query-index.ts).
  Items.queryIndex ??= new CosmosQueryIndex();
  const server = createHttpsServer({ keepAlive: true });
  let dirty = false;
  let requests = 0;
  let counterRequests = 0;
  server.on('request', (req) => {
    if (isEphemeral(req.url)) {
      counterRequests++;
      return;
    }
    requests++;
    if (req.method !== 'GET' && req.method !== 'HEAD' && !isQuery(req.headers)) dirty = true;
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const file = path.join(options.dataDir, 'cosmos-snapshot.json');
  let database: Database | undefined;
  let timer: NodeJS.Timeout | undefined;
  let saving: Promise<void> = Promise.resolve();

  const save = async (): Promise<void> => {
    if (!database || !dirty || !options.persist) return;
    dirty = false;
    try {
      const snapshot: Snapshot = { version: 1, savedAt: new Date().toISOString(), containers: {} };
      for (const name of Object.keys(CONTAINERS) as ContainerName[]) {
        if (EPHEMERAL.has(name)) continue;
        const { resources } = await database.container(name).items.query<Record<string, unknown>>('SELECT * FROM c').fetchAll();
        snapshot.containers[name] = resources.map((doc) => Object.fromEntries(Object.entries(doc).filter(([k]) => !SYSTEM_PROPERTIES.includes(k))));
      }
      await mkdir(options.dataDir, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(snapshot));
      await rename(temp, file); // atomic: a crash leaves the previous snapshot whole
    } catch (error) {
      dirty = true;
      options.logger.error({ err: error }, 'saving the local data snapshot failed');
    }
  };
  const flush = () => (saving = saving.then(save));

  return {
    endpoint: `https://127.0.0.1:${port}`,
    async attach(db) {
      database = db;
      if (options.persist) {
        let snapshot: Snapshot | undefined;
        try {
          snapshot = SnapshotSchema.parse(JSON.parse(await readFile(file, 'utf8')));
        } catch (error) {
          const missing = typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
          if (!missing) throw new Error(`Cannot read ${file}: ${String(error)}. Move it away to start with fresh data.`);
        }
        let count = 0;
        for (const [name, docs] of Object.entries(snapshot?.containers ?? {})) {
          if (!(name in CONTAINERS)) continue;
          for (const doc of docs) {
            await db.container(name).items.upsert(doc);
            count++;
          }
        }
        if (snapshot) options.logger.info({ items: count, savedAt: snapshot.savedAt }, 'local data restored');
      }
      dirty = false;
      timer = setInterval(() => void flush(), options.intervalMs);
      timer.unref();
    },
    flush,
    requestCount: () => requests,
    counterRequestCount: () => counterRequests,
    async stop() {
      if (timer) clearInterval(timer);
      await flush();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
