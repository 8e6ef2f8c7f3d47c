/**
 * `npm run bench`: measures Casebridge on this machine and writes the figures to
 * docs/performance.md. Not a test: nothing here passes or fails. Each stage and step is announced
 * on stderr with the time so far; the whole run takes about five minutes on two cores.
 *
 *   npm run bench                              every stage; writes docs/performance.md
 *   npm run bench -- --only record-read        some stages (comma-separated or repeated);
 *                                              prints their sections, leaves the document alone
 *   npm run bench -- --list                    the stages
 *
 * Stages that need others' results bring them along (chat-join and card-actions need chat-create).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { startCasebridge } from '../bot/src/app';
import { loadConfig } from '../bot/src/config';
import { createLogger } from '../bot/src/logger';
import { startLocalCosmos } from '../bot/src/sandbox/local-cosmos';
import { BENCH_SERVICE_URL, measureCardActions, measureMessages, measureUnfurl, TENANT_ID } from './activities';
import { measureChat } from './chat';
import { measureContacts } from './contacts';
import { measureChatCreation, measureJoins } from './chats';
import { measureMail } from './mail';
import { elapsed, Progress } from './progress';
import { measureRecordRead } from './record-read';
import { renderReport, type Results } from './report';
import { measureTimeline } from './timeline';
import { measureQueues } from './queues';

const STAGES = {
  'record-read': 'GET /api/records/{id} beside raw SDK point reads and bare restify',
  'chat-create': 'creating connected chats',
  'chat-join': 'joining chats',
  'card-actions': 'record card refreshes and status changes',
  messages: 'chat messages reaching the bot',
  timeline: 'a timeline page among many entries',
  unfurl: 'unfurling record links among many records',
  mail: 'mails over SMTP to stored cases beside raw Cosmos writes',
  queues: 'queue views, counts and text search among 100,000 cases',
  contacts: 'suggested contacts: similar-case lookups among 100,000 closed cases, and their quality',
  chat: 'customer chat: 200 sessions on WebSockets, latency, rate and memory a session',
} as const;
type Stage = keyof typeof STAGES;
const STAGE_NAMES = Object.keys(STAGES) as [Stage, ...Stage[]];
const NEEDS: Partial<Record<Stage, Stage[]>> = { 'chat-join': ['chat-create'], 'card-actions': ['chat-create'] };

/** The stages to run, in the bench's order, with what they need. */
function selectedStages(argv: string[]): { stages: Stage[]; partial: boolean } | 'list' {
  const { values } = parseArgs({ args: argv, options: { only: { type: 'string', multiple: true }, list: { type: 'boolean' } }, strict: true });
  if (values.list) return 'list';
  if (!values.only) return { stages: [...STAGE_NAMES], partial: false };
  const parsed = z.array(z.enum(STAGE_NAMES)).safeParse(values.only.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== ''));
  if (!parsed.success) throw new Error(`--only takes stages among: ${STAGE_NAMES.join(', ')} (got ${values.only.join(', ')})`);
  const wanted = new Set(parsed.data);
  for (const stage of [...wanted]) for (const need of NEEDS[stage] ?? []) wanted.add(need);
  return { stages: STAGE_NAMES.filter((s) => wanted.has(s)), partial: wanted.size < STAGE_NAMES.length };
}

/** Runs the bench; false when it only listed the stages. */
async function main(): Promise<boolean> {
  const selection = selectedStages(process.argv.slice(2));
  if (selection === 'list') {
    for (const [name, what] of Object.entries(STAGES)) process.stdout.write(`${name.padEnd(13)} ${what}\n`);
    return false;
  }
  const { stages, partial } = selection;
  const progress = new Progress();
  const runs = (stage: Stage) => stages.includes(stage);
  progress.line(`stages: ${stages.join(', ')}${partial ? ' (partial run: docs/performance.md is left as it is)' : ''}`);

  const logger = createLogger('silent');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'casebridge-bench-'));
  const { cosmos, app } = await progress.stage('setup', 'the local Cosmos-compatible server and Casebridge', async () => {
    const cosmos = await startLocalCosmos({ dataDir, intervalMs: 60_000, logger, persist: false });
    const config = loadConfig({
      PORT: '0', HOST: '127.0.0.1', CASEBRIDGE_DATA_DIR: dataDir, COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: 'bench', COSMOS_ALLOW_SELF_SIGNED: 'true', LOG_LEVEL: 'silent',
      // The activities the bench posts name this connector; local mode refuses any it does not know.
      CASEBRIDGE_ALLOWED_SERVICE_URLS: BENCH_SERVICE_URL,
      // Local mode's SMTP server (the mail stage) on any free port.
      CASEBRIDGE_SMTP_PORT: '0',
      // The bench measures the work, not the limits: one caller sends thousands of requests a minute.
      // Each request is still counted (the limiter's Cosmos patch is part of the figures).
      RATE_LIMIT_API_PER_MINUTE: '100000000', RATE_LIMIT_BOT_PER_MINUTE: '100000000', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000000',
      // The chat stage: 200 customers from one address, a token for each of its agents.
      CHAT_MESSAGES_PER_MINUTE: '100000000', CHAT_CONNECTIONS_PER_MINUTE_PER_IP: '100000000', RATE_LIMIT_DEV_TOKEN_PER_MINUTE: '1000',
    });
    return { cosmos, app: await startCasebridge(config, logger) };
  });
  const users = (await (await fetch(`${app.url}/dev/users`)).json()) as { users: Array<{ id: string; displayName: string }> };
  const mads = users.users.find((u) => u.displayName === 'Mads Nielsen');
  const { token } = (await (await fetch(`${app.url}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: mads?.id }) })).json()) as { token: string };
  const auth = { authorization: `Bearer ${token}` };

  const results: Partial<Results> = {};
  if (runs('record-read')) results.recordRead = await progress.stage('record-read', STAGES['record-read'], (step) => measureRecordRead(app, cosmos, auth, TENANT_ID, step));
  if (runs('chat-create')) results.chats = await progress.stage('chat-create', STAGES['chat-create'], (step) => measureChatCreation(app, auth, cosmos, step));
  const created = results.chats?.created ?? [];
  if (runs('chat-join')) results.joins = await progress.stage('chat-join', STAGES['chat-join'], (step) => measureJoins(app, created, step));
  if (runs('card-actions')) {
    const chat = created[0];
    if (!chat) throw new Error('card-actions needs a chat from chat-create');
    results.cards = await progress.stage('card-actions', STAGES['card-actions'], (step) => measureCardActions(app, cosmos, chat, step));
  }
  if (runs('messages')) results.messages = await progress.stage('messages', STAGES.messages, (step) => measureMessages(app, step));
  if (runs('timeline')) results.timeline = await progress.stage('timeline', STAGES.timeline, (step) => measureTimeline(app, auth, step));
  // Before unfurl: its 100,000 records are the same tenant's (Mads's, active), which would make the
  // queues stage's tenant of 100,000 cases one of 200,000 with 100,000 in Mads's own queue.
  if (runs('queues')) results.queues = await progress.stage('queues', STAGES.queues, (step) => measureQueues(app, cosmos, auth, TENANT_ID, step));
  if (runs('unfurl')) results.unfurls = await progress.stage('unfurl', STAGES.unfurl, (step) => measureUnfurl(app, cosmos, step));
  if (runs('mail')) results.mail = await progress.stage('mail', STAGES.mail, (step) => measureMail(app, cosmos, step));
  // After queues (its closed cases would count among the queues' 100,000); the tenant's done cases include the queues' own.
  if (runs('contacts')) results.contacts = await progress.stage('contacts', STAGES.contacts, (step) => measureContacts(app, cosmos, auth, TENANT_ID, step));
  // Last: it adds bench agents to the tenant's directory and raises the demo site's capacity.
  if (runs('chat')) results.chat = await progress.stage('chat', STAGES.chat, (step) => measureChat(app, cosmos, step));

  await progress.stage('teardown', 'stopping the servers', async () => {
    await app.stop();
    await cosmos.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const cpus = os.cpus();
  const machine = `${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const doc = renderReport(results, machine, new Date().toISOString().slice(0, 10));
  if (!partial) {
    await writeFile(path.join(__dirname, '..', 'docs', 'performance.md'), doc);
    progress.line('wrote docs/performance.md');
  }
  process.stdout.write(doc);
  return true;
}

const started = performance.now();
main().then(
  (ran) => {
    if (ran) process.stderr.write(`[bench] finished in ${elapsed(started)}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
