/**
 * H1's "nothing lost" end to end: a request a crash left accepted but unprocessed (its raw blob and
 * a pending intake item, written straight into a first server's stores, as the SMTP front door
 * does before answering 250) is finished by the next server on the same data directory — at start
 * and by the periodic sweep; and processing an item again (a crash after the pipeline, before
 * the item was marked done) or receiving the same mail twice makes one case and one acknowledgement.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import MailComposer from 'nodemailer/lib/mail-composer';
import { tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { allRecords, conversationsOf, onlyRecord, outboxTo, sendMail } from '../fixtures/mail-client';
import { AzureBlobStore } from '../../bot/src/blobs/azure-blob-store';
import { AZURITE_ACCOUNT, AZURITE_ACCOUNT_KEY } from '../../bot/src/sandbox/azurite';
import { CONTOSO } from '../../bot/src/sandbox/demo-data';
import type { IntakeItem } from '../../bot/src/domain/intake/intake-item';

const RESUME_MS = 1000;
let server: TestServer;
let dataDir = '';
let astrid: string;

const tagOf = () => `res${randomUUID().replace(/-/g, '').slice(0, 10)}`;

function blobsOf(s: TestServer): AzureBlobStore {
  if (!s.app.blobUrl) throw new Error('no Azurite');
  return AzureBlobStore.fromConnectionString(`DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_ACCOUNT_KEY};BlobEndpoint=${s.app.blobUrl};`);
}

/**
 * Does what IntakeService.store does before the 250 — the raw bytes, then a pending item — and
 * nothing after: as if the process died right then. Touched `ageMs` ago (older than the lease).
 */
async function acceptedThenCrashed(s: TestServer, from: string, subject: string, ageMs = 5 * 60_000): Promise<IntakeItem> {
  const at = new Date(Date.now() - ageMs).toISOString();
  const id = `i-${randomUUID()}`;
  const raw = await new MailComposer({ from, to: 'support@contoso.example', subject, text: 'Sent just before the crash.', messageId: `<${id}@kunde.example>` }).compile().build();
  const blobName = `${CONTOSO}/${at.slice(0, 10)}/${id}.eml`;
  await blobsOf(s).put('rawmail', blobName, raw, { contentType: 'message/rfc822' });
  const item: IntakeItem = {
    id, tenantId: CONTOSO, recordType: 'case', source: 'smtp', blobName, mailbox: 'support@contoso.example', mailFrom: from.replace(/^.*</, '').replace(/>$/, ''),
    receivedAt: at, state: 'pending', attempts: 0, lastError: null, outcome: null, updatedAt: at,
  };
  await s.app.store.intake.create(item);
  return item;
}

async function waitFor<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 45_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const casesFor = async (tag: string) => {
  const found = await allRecords(server, astrid, tag);
  return found.length > 0 ? found : null;
};

let crashed: IntakeItem;
const crashedTag = tagOf();

beforeAll(async () => {
  // The first server accepts, then "crashes" before processing.
  const first = await startServer({ keepData: true, env: { INTAKE_RESUME_INTERVAL_MS: '600000' } });
  dataDir = first.dataDir;
  crashed = await acceptedThenCrashed(first, 'Lene Krog <lene@kunde-crash.example>', `Lost in the crash? ${crashedTag}`);
  await first.stop();
  server = await startServer({ dataDir, env: { INTAKE_RESUME_INTERVAL_MS: String(RESUME_MS) } });
  astrid = await tokenFor(server.baseUrl, 'Astrid Holm');
}, 120_000);
afterAll(async () => {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}, 60_000);

test('a request accepted just before a crash is processed by the next start: a case and an acknowledgement', async () => {
  const [record] = await waitFor('the crashed mail\'s case', () => casesFor(crashedTag));
  expect(record?.title).toBe(`Lost in the crash? ${crashedTag}`);
  const item = await waitFor('the item done', async () => {
    const found = await server.app.store.intake.get(CONTOSO, crashed.id);
    return found?.value.state === 'done' ? found.value : null;
  });
  expect(item.outcome).toEqual({ kind: 'newCase', conversationId: expect.any(String), recordId: record?.id });
  await server.app.mailIdle();
  const acks = await waitFor('the acknowledgement', async () => {
    const sent = await outboxTo(server, 'lene@kunde-crash.example');
    return sent.length > 0 ? sent : null;
  });
  expect(acks).toHaveLength(1);
  expect(acks[0]?.subject).toContain(record?.number);
});

test('an item left pending while the server runs is finished by the periodic sweep', async () => {
  const tag = tagOf();
  // Older than the lease (another instance is not working on it), written behind the running server's back.
  await acceptedThenCrashed(server, 'Nils Ek <nils@kunde-sweep.example>', `Found by the sweep ${tag}`);
  const started = Date.now();
  const [record] = await waitFor('the swept case', () => casesFor(tag), 10 * RESUME_MS + 5_000);
  expect(Date.now() - started).toBeLessThan(10 * RESUME_MS + 5_000);
  expect(record?.title).toBe(`Found by the sweep ${tag}`);
});

test('processing the same item again (crash after the pipeline, before "done") makes no second case, message or acknowledgement', async () => {
  const found = await server.app.store.intake.get(CONTOSO, crashed.id);
  if (!found || found.value.state !== 'done') throw new Error('the first test did not finish the item');
  const old = new Date(Date.now() - 5 * 60_000).toISOString();
  await server.app.store.intake.replace({ ...found.value, state: 'pending', outcome: null, updatedAt: old }, found.etag);
  const again = await waitFor('the item done again', async () => {
    const item = await server.app.store.intake.get(CONTOSO, crashed.id);
    return item?.value.state === 'done' ? item.value : null;
  });
  expect(again.attempts).toBe(found.value.attempts + 1);
  await server.app.mailIdle();
  const records = await allRecords(server, astrid, crashedTag);
  expect(records).toHaveLength(1);
  const messages = (await conversationsOf(server, astrid, records[0]?.id ?? '')).flatMap((c) => c.messages);
  expect(messages.filter((m) => m.direction === 'in')).toHaveLength(1);
  expect(messages.filter((m) => m.purpose === 'acknowledgement')).toHaveLength(1);
  expect(await outboxTo(server, 'lene@kunde-crash.example')).toHaveLength(1);
});

test('the same mail received twice (same Message-ID, e.g. a sender retrying after a lost 250) makes one case', async () => {
  const tag = tagOf();
  const mail = { from: 'Ida Moe <ida@kunde-twice.example>', subject: `Sent twice ${tag}`, text: 'Once is enough.', messageId: `<twice.${tag}@kunde-twice.example>` };
  await sendMail(server, mail);
  await sendMail(server, mail);
  const record = await onlyRecord(server, astrid, tag);
  const messages = (await conversationsOf(server, astrid, record.id)).flatMap((c) => c.messages);
  expect(messages.filter((m) => m.direction === 'in')).toHaveLength(1);
  expect(await outboxTo(server, 'ida@kunde-twice.example')).toHaveLength(1);
});
