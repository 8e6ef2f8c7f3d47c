/**
 * Mail intake (H1): plain-text mails of about 2 KB, each from its own sender with its own
 * Message-ID, sent with nodemailer over SMTP (a pool of connections) to the demo tenant's support
 * address, timed from the first send until every one is a stored case (`app.mailIdle()`: intake
 * processed, acknowledgements sent to the local outbox). Beside it, in the same run and at the same
 * concurrency, the floor: raw `container.items.create` of a document of the same size through
 * @azure/cosmos (the app's own client, the same local database), one after another per loop.
 */
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { RunningApp } from '../bot/src/app';
import type { IntakeItem } from '../bot/src/domain/intake/intake-item';
import type { LocalCosmos } from '../bot/src/sandbox/local-cosmos';
import { percentile, rate } from './measure';
import type { Step } from './progress';

export const MAIL_COUNT = Number(process.env.BENCH_MAILS ?? 120);
/** SMTP connections in the pool, and raw-write loops in flight. */
export const MAIL_CONCURRENCY = 4;
export const MAIL_BODY_BYTES = 2048;
/** Mails sent one at a time before the measured run: warm-up, and the split of Cosmos requests. */
const WARMUP_MAILS = 5;
const SUPPORT_ADDRESS = 'support@contoso.example';
const RAW_CONTAINER = 'benchrawwrites';

export interface Latency {
  p50: number;
  p99: number;
}

export interface MailResult {
  count: number;
  concurrency: number;
  /** Size of one mail as sent (MIME bytes, median). */
  mailBytes: number;
  /** Mails per second, first send → all cases stored and acknowledgements sent. */
  perSecond: number;
  /** Mails per second, first send → the last 250 (the durable accept path only). */
  acceptedPerSecond: number;
  /** Client-side: send → 250 (raw mail in the blob store, intake item stored). */
  accept: Latency;
  /** Send → the intake item is done (case, conversation, message, acknowledgement queued). */
  stored: Latency;
  /** Raw `items.create` of a document of the mail's size, same concurrency. */
  rawPerSecond: number;
  rawDocBytes: number;
  /** Per mail, over the measured run (rate-limit counters apart). */
  cosmosPerMail: number;
  counterRequestsPerMail: number;
  blobWritesPerMail: number;
  blobReadsPerMail: number;
  /** One mail at a time: requests counted when the client had the 250, and the rest (medians). */
  cosmosByThe250: number;
  cosmosAfterThe250: number;
  /** Outcomes of the measured mails' intake items, by kind. */
  outcomes: Record<string, number>;
  /** Acknowledgements the measured mails caused that reached the outbox. */
  acknowledgements: number;
}

const LINE = 'The printer on the third floor prints every page twice and then jams; we have restarted it. ';

/** A mail of about MAIL_BODY_BYTES, from its own sender, with its own Message-ID. */
function mailOf(run: string, i: number) {
  const text = `Hello,\n\n${LINE.repeat(Math.ceil(MAIL_BODY_BYTES / LINE.length))}`.slice(0, MAIL_BODY_BYTES - 40) + `\n\nRegards,\nCustomer ${i}\n`;
  const from = `customer-${run}-${i}@fabrikam.example`;
  return { from: `Customer ${i} <${from}>`, to: SUPPORT_ADDRESS, subject: `Printer trouble #${i}`, messageId: `<bench-${run}-${i}@fabrikam.example>`, text, address: from };
}

function latency(values: number[]): Latency {
  return { p50: percentile(values, 50), p99: percentile(values, 99) };
}

const median = (values: number[]) => percentile(values, 50);

/** The intake items whose envelope sender is one of `senders` (read after the measurement). */
async function itemsFrom(app: RunningApp, senders: Set<string>): Promise<IntakeItem[]> {
  const { resources } = await app.store.database.container('intake').items.query<IntakeItem>('SELECT * FROM c').fetchAll();
  return resources.filter((item) => item.mailFrom !== null && senders.has(item.mailFrom));
}

/** Acknowledgements in the sent state; counted before and after the run. */
async function sentAcknowledgements(app: RunningApp): Promise<number> {
  const { resources } = await app.store.database
    .container('conversations')
    .items.query<{ id: string }>("SELECT c.id FROM c WHERE c.docType = 'message' AND c.purpose = 'acknowledgement' AND c.delivery.state = 'sent'")
    .fetchAll();
  return resources.length;
}

export async function measureMail(app: RunningApp, cosmos: LocalCosmos, step: Step): Promise<MailResult> {
  if (app.smtpPort === null) throw new Error('the mail stage needs local mode\'s SMTP server');
  const transport = nodemailer.createTransport({ pool: true, maxConnections: MAIL_CONCURRENCY, maxMessages: Infinity, host: '127.0.0.1', port: app.smtpPort, secure: false, ignoreTLS: true });
  const run = randomUUID().slice(0, 8);
  const send = async (i: number): Promise<void> => {
    const { address: _address, ...mail } = mailOf(run, i);
    const info = await transport.sendMail(mail);
    if (!info.response.startsWith('250')) throw new Error(`mail ${i} answered ${info.response}`);
  };

  try {
    step(`${WARMUP_MAILS} mails one at a time (warm-up; Cosmos requests up to the 250 and after it)`);
    const byThe250: number[] = [];
    const after250: number[] = [];
    for (let i = 0; i < WARMUP_MAILS; i++) {
      const before = cosmos.requestCount();
      await send(-1 - i);
      const at250 = cosmos.requestCount();
      await app.mailIdle();
      byThe250.push(at250 - before);
      after250.push(cosmos.requestCount() - at250);
    }

    step(`${MAIL_COUNT} mails over ${MAIL_CONCURRENCY} SMTP connections, until every case is stored`);
    const acksBefore = await sentAcknowledgements(app);
    const requestsBefore = cosmos.requestCount();
    const countersBefore = cosmos.counterRequestCount();
    const blobsBefore = { ...app.blobMetrics };
    const sentAt = new Map<string, number>();
    const acceptMs: number[] = [];
    const started = performance.now();
    const acceptedPerSecond = await rate(MAIL_COUNT, MAIL_CONCURRENCY, async (i) => {
      sentAt.set(mailOf(run, i).address, Date.now());
      const at = performance.now();
      await send(i);
      acceptMs.push(performance.now() - at);
    });
    step(`all ${MAIL_COUNT} accepted (${acceptedPerSecond.toFixed(1)}/s); waiting for processing to finish`);
    await app.mailIdle();
    const perSecond = MAIL_COUNT / ((performance.now() - started) / 1000);
    const cosmosTotal = cosmos.requestCount() - requestsBefore;
    const counters = cosmos.counterRequestCount() - countersBefore;
    const blobWrites = app.blobMetrics.writes - blobsBefore.writes;
    const blobReads = app.blobMetrics.reads - blobsBefore.reads;
    step(`${perSecond.toFixed(1)} mails/s to stored cases; ${(cosmosTotal / MAIL_COUNT).toFixed(1)} Cosmos requests and ${(blobWrites / MAIL_COUNT).toFixed(1)} blob writes per mail`);

    const items = await itemsFrom(app, new Set(sentAt.keys()));
    if (items.length !== MAIL_COUNT) throw new Error(`${items.length} intake items for ${MAIL_COUNT} mails`);
    const outcomes: Record<string, number> = {};
    const storedMs: number[] = [];
    for (const item of items) {
      const kind = item.state === 'done' ? (item.outcome?.kind ?? 'none') : `still ${item.state}`;
      outcomes[kind] = (outcomes[kind] ?? 0) + 1;
      const at = item.mailFrom === null ? undefined : sentAt.get(item.mailFrom);
      if (at !== undefined && item.state === 'done') storedMs.push(Date.parse(item.updatedAt) - at);
    }
    const acknowledgements = (await sentAcknowledgements(app)) - acksBefore;

    const sample = mailOf(run, 0);
    const { address: _address, ...sampleMail } = sample;
    const mailBytes = (await new MailComposer(sampleMail).compile().build()).length;
    const doc = (i: number) => ({ id: `raw-${run}-${i}`, tenantId: 'bench', receivedAt: new Date().toISOString(), body: sample.text });
    const rawDocBytes = Buffer.byteLength(JSON.stringify(doc(0)));
    const { container } = await app.store.database.containers.createIfNotExists({ id: RAW_CONTAINER, partitionKey: { paths: ['/id'] } });
    step(`raw @azure/cosmos items.create of a ${rawDocBytes}-byte document, ${MAIL_CONCURRENCY} loops, ${MAIL_COUNT * 2} writes`);
    await rate(20, MAIL_CONCURRENCY, async (i) => {
      await container.items.create(doc(-1 - i));
    });
    const rawPerSecond = await rate(MAIL_COUNT * 2, MAIL_CONCURRENCY, async (i) => {
      await container.items.create(doc(i));
    });
    step(`raw writes: ${rawPerSecond.toFixed(0)}/s`);

    return {
      count: MAIL_COUNT, concurrency: MAIL_CONCURRENCY, mailBytes, perSecond, acceptedPerSecond,
      accept: latency(acceptMs), stored: latency(storedMs), rawPerSecond, rawDocBytes,
      cosmosPerMail: cosmosTotal / MAIL_COUNT, counterRequestsPerMail: counters / MAIL_COUNT,
      blobWritesPerMail: blobWrites / MAIL_COUNT, blobReadsPerMail: blobReads / MAIL_COUNT,
      cosmosByThe250: median(byThe250), cosmosAfterThe250: median(after250), outcomes, acknowledgements,
    };
  } finally {
    transport.close();
  }
}
