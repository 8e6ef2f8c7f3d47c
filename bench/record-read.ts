/**
 * Record read: GET /api/records/{id} through the whole stack (token validation, caller, access
 * check, Cosmos point reads through the SDK to the local Cosmos-compatible server, presentation)
 * beside two floors measured in the same run, at the same concurrency:
 * - the same point reads straight through @azure/cosmos (`container.item(id, pk).read()`, on the
 *   app's own client, against the same database): the storage work every record read must do,
 *   so Casebridge's rate over this one is the figure to watch;
 * - a bare restify route answering the same JSON from memory: HTTP alone.
 */
import type { AddressInfo } from 'node:net';
import type { PartitionKey } from '@azure/cosmos';
import restify from 'restify';
import type { RunningApp } from '../bot/src/app';
import type { LocalCosmos } from '../bot/src/sandbox/local-cosmos';
import { CONNECTIONS, DURATION_S, measureHttp, measureLoop, WARMUP_S, type Figures } from './measure';
import type { Step } from './progress';

export const RECORD_ID = 'case-001';

export interface RecordReadResult {
  bare: Figures;
  raw: Figures;
  casebridge: Figures;
  /** Cosmos requests one warm GET of the record makes. */
  cosmosPerRead: number;
  /** What the raw floor reads for each operation, in order. */
  rawReads: string[];
}

interface PointRead {
  label: string;
  container: string;
  id: string;
  partitionKey: PartitionKey;
}

/** The items a warm record read reads: the record, its person, the person's company. */
async function pointReadsOf(app: RunningApp, tenantId: string): Promise<PointRead[]> {
  const record = await app.store.records.get(tenantId, RECORD_ID);
  if (!record) throw new Error(`no record ${RECORD_ID} in the demo data`);
  const reads: PointRead[] = [{ label: 'record', container: 'records', id: RECORD_ID, partitionKey: [tenantId, RECORD_ID] }];
  const personId = record.value.personId;
  if (personId) {
    reads.push({ label: 'person', container: 'people', id: personId, partitionKey: [tenantId, personId] });
    const companyId = (await app.store.people.getPerson(tenantId, personId))?.companyId;
    if (companyId) reads.push({ label: 'company', container: 'people', id: companyId, partitionKey: [tenantId, companyId] });
  }
  return reads;
}

export async function measureRecordRead(app: RunningApp, cosmos: LocalCosmos, auth: Record<string, string>, tenantId: string, step: Step): Promise<RecordReadResult> {
  const recordUrl = `${app.url}/api/records/${RECORD_ID}`;
  const first = await fetch(recordUrl, { headers: auth });
  if (first.status !== 200) throw new Error(`GET ${recordUrl} answered ${first.status}`);
  const sample = await first.text();
  const before = cosmos.requestCount();
  await (await fetch(recordUrl, { headers: auth })).arrayBuffer();
  const cosmosPerRead = cosmos.requestCount() - before;
  step(`a warm read makes ${cosmosPerRead} Cosmos requests`);

  const run = `${CONNECTIONS} in flight, ${WARMUP_S} s warm-up + ${DURATION_S} s`;
  const bare = restify.createServer();
  bare.get('/record', async (_req: restify.Request, res: restify.Response) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(sample);
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', () => resolve()));
  step(`bare restify, the same JSON from memory (${run})`);
  const bareFigures = await measureHttp(`http://127.0.0.1:${(bare.address() as AddressInfo).port}/record`);
  bare.close();

  const reads = await pointReadsOf(app, tenantId);
  const rawReads = reads.map((r) => r.label);
  step(`raw SDK point reads, ${rawReads.join(' → ')} per operation (${run})`);
  const raw = await measureLoop(async () => {
    for (const read of reads) {
      const { resource } = await app.store.database.container(read.container).item(read.id, read.partitionKey).read();
      if (resource === undefined) throw new Error(`point read of ${read.container}/${read.id} found nothing`);
    }
  });

  step(`Casebridge GET /api/records/${RECORD_ID} (${run})`);
  const casebridge = await measureHttp(recordUrl, auth);
  return { bare: bareFigures, raw, casebridge, cosmosPerRead, rawReads };
}
