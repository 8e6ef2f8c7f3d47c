/**
 * Queues and search (H2) on a tenant with 100,000 cases: the queue views, their counts and text
 * search over HTTP (one request each, as the tab makes them), p50/p99 one at a time and the rate
 * with CONNECTIONS in flight, and the Cosmos requests each makes. The cases are written straight
 * into the records container (indexed as the service indexes them), many at a time.
 */
import type { RunningApp } from '../bot/src/app';
import type { ServiceRecord } from '../bot/src/domain/records/record';
import { withTerms } from '../bot/src/domain/search/record-terms';
import type { LocalCosmos } from '../bot/src/sandbox/local-cosmos';
import { measureHttp, percentile, type Figures } from './measure';
import { buildRecordQuery } from '../bot/src/storage/cosmos/record-query';
import { queryPage } from '../bot/src/storage/cosmos/cosmos-helpers';
import { OPEN_STATUSES } from '../bot/src/domain/records/record';
import type { Step } from './progress';
import { bulkUpsertRecords, random } from './seeding';

export const QUEUE_CASES = Number(process.env.BENCH_QUEUE_CASES ?? 100_000);
export const SEQUENTIAL = Number(process.env.BENCH_QUEUE_SAMPLES ?? 100);
/** Single requests whose Cosmos request counts give the median (background loops add noise). */
const COUNT_SAMPLES = 9;

export interface QueueFigure {
  name: string;
  path: string;
  /** One request at a time. */
  p50: number;
  p99: number;
  /** CONNECTIONS in flight. */
  load: Figures;
  cosmosRequests: number;
  items: number;
}

export interface QueuesResult {
  cases: number;
  seedSeconds: number;
  figures: QueueFigure[];
  /** The "my open cases" query sent straight through @azure/cosmos, one at a time: the floor. */
  raw: { p50: number; p99: number };
}

const WORDS = {
  en: ['printer', 'offline', 'invoice', 'refund', 'delivery', 'password', 'login', 'portal', 'battery', 'screen', 'flickers', 'order', 'missing', 'broken', 'contract', 'meter', 'update', 'fails', 'slow', 'noise'],
  da: ['faktura', 'kunde', 'levering', 'forsinket', 'printeren', 'adgangskort', 'virker', 'ikke', 'fejlkode', 'abonnement', 'opsigelse', 'varmepumpe', 'lager', 'tilbud', 'refusion', 'reklamation', 'skærmen', 'batteriet', 'kontrakten', 'vandskade'],
  sv: ['fakturan', 'kunden', 'leverans', 'försenad', 'skrivaren', 'passerkort', 'fungerar', 'inte', 'felkod', 'abonnemang', 'uppsägning', 'värmepumpen', 'lagret', 'offert', 'återbetalning', 'reklamation', 'skärmen', 'batteriet', 'avtalet', 'vattenläcka'],
} as const;
const LANGS = ['en', 'da', 'sv'] as const;
const OPEN = ['new', 'active', 'waiting'] as const;

function benchCase(i: number, tenantId: string, ownerIds: string[], next: () => number): ServiceRecord {
  const lang = LANGS[i % 3] ?? 'en';
  const words = WORDS[lang];
  const pick = () => words[Math.floor(next() * words.length)] ?? '';
  const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
  const closed = next() < 0.6;
  const unowned = !closed && next() < 0.02;
  const record: ServiceRecord = {
    id: `bench-q-${i}`, tenantId, type: 'case', number: `CAS-${String(200_000 + i)}`, title: `${pick()} ${pick()} ${pick()}`,
    description: Array.from({ length: 12 }, pick).join(' '), status: closed ? 'closed' : (OPEN[Math.floor(next() * 3)] ?? 'new'),
    priority: next() < 0.1 ? 'high' : 'normal', ownerId: unowned ? null : (ownerIds[Math.floor(next() * ownerIds.length)] ?? null),
    owningTeamId: next() < 0.5 ? 'team-dk' : 'team-se', personId: null, customFields: {}, createdAt: at, updatedAt: at, createdBy: 'bench', updatedBy: 'bench', searchText: '',
  };
  return withTerms(record, { person: null, company: null });
}

export async function seed(app: RunningApp, tenantId: string, step: Step): Promise<number> {
  const users = await app.store.directory.listUsers(tenantId);
  const ownerIds = users.map((u) => u.id);
  const next = random(42);
  return bulkUpsertRecords(app.store.database.container('records'), QUEUE_CASES, (i) => benchCase(i, tenantId, ownerIds, next), step);
}

async function sequential(url: string, headers: Record<string, string>): Promise<{ p50: number; p99: number }> {
  const latencies: number[] = [];
  for (let n = 0; n < SEQUENTIAL; n++) {
    const started = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    latencies.push(performance.now() - started);
  }
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

export async function measureQueues(app: RunningApp, cosmos: LocalCosmos, auth: Record<string, string>, tenantId: string, step: Step): Promise<QueuesResult> {
  const seedSeconds = await seed(app, tenantId, step);
  step(`seeded in ${seedSeconds.toFixed(1)} s`);
  const views: Array<[string, string]> = [
    ['counts of every view', '/api/queues'],
    ['my open cases', '/api/queues/mine?limit=25'],
    ['unassigned queue', '/api/queues/unassigned?limit=25'],
    ['team queue', '/api/queues/team?limit=25'],
    ['search: one word', `/api/records?limit=25&q=${encodeURIComponent('printer')}`],
    ['search: two words, other language', `/api/records?limit=25&q=${encodeURIComponent('fakturorna kunden')}`],
    ['search: a number', `/api/records?limit=25&q=${encodeURIComponent('CAS-250000')}`],
    ['search: words + status + team', `/api/records?limit=25&status=active&teamId=team-dk&q=${encodeURIComponent('refunds delivery')}`],
  ];
  const figures: QueueFigure[] = [];
  for (const [name, path] of views) {
    const url = `${app.url}${path}`;
    const counts: number[] = [];
    let body: { items?: unknown[]; views?: unknown[] } = {};
    for (let n = 0; n < COUNT_SAMPLES; n++) {
      const before = cosmos.requestCount();
      body = (await (await fetch(url, { headers: auth })).json()) as typeof body;
      counts.push(cosmos.requestCount() - before);
    }
    const cosmosRequests = percentile(counts, 50);
    step(`${name}: ${cosmosRequests} Cosmos requests; ${SEQUENTIAL} one at a time, then under load`);
    const { p50, p99 } = await sequential(url, auth);
    const load = await measureHttp(url, auth);
    figures.push({ name, path, p50, p99, load, cosmosRequests, items: body.items?.length ?? body.views?.length ?? 0 });
  }
  step(`baseline: the same "my open cases" query straight through @azure/cosmos, ${SEQUENTIAL} one at a time`);
  const raw = await rawMine(app, tenantId, auth);
  return { cases: QUEUE_CASES, seedSeconds, figures, raw };
}

/** The query behind GET /api/queues/mine, as the service builds it, on the app's own client. */
async function rawMine(app: RunningApp, tenantId: string, auth: Record<string, string>): Promise<{ p50: number; p99: number }> {
  const me = (await (await fetch(`${app.url}/api/me`, { headers: auth })).json()) as { user: { id: string } };
  const user = await app.store.directory.getUser(tenantId, me.user.id);
  // The bench's agent reads cases tenant-wide (role-agent); the scope is part of the query as in the service.
  const caller = { userId: me.user.id, teamIds: user?.teamIds ?? [], scopes: [{ type: 'case', depth: 'tenant' as const }] };
  const { query, parameters } = buildRecordQuery({ type: 'case', statuses: OPEN_STATUSES, ownerId: me.user.id }, caller);
  const container = app.store.database.container('records');
  const latencies: number[] = [];
  for (let n = 0; n < SEQUENTIAL + 5; n++) {
    const started = performance.now();
    await queryPage(container, query, parameters, [tenantId], { limit: 25 });
    if (n >= 5) latencies.push(performance.now() - started);
  }
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}
