/**
 * AzureBlobStore against the real Azurite that local mode starts (in-process, loopback): bytes,
 * overwrite, metadata beyond ASCII, listing order and limit, missing blobs, persistence across a
 * restart, and a dead store that fails fast instead of hanging.
 */
import { rm } from 'node:fs/promises';
import net from 'node:net';
import { AzureBlobStore } from '../../bot/src/blobs/azure-blob-store';
import { startAzurite } from '../../bot/src/sandbox/azurite';
import { AZURITE_TIMEOUT_MS, startTestAzurite, type TestAzurite } from '../fixtures/azurite';

let azurite: TestAzurite;
let store: AzureBlobStore;

beforeAll(async () => {
  azurite = await startTestAzurite();
  store = await azurite.store();
}, AZURITE_TIMEOUT_MS);

afterAll(async () => {
  await azurite?.stop();
}, AZURITE_TIMEOUT_MS);

test('put then get returns the same bytes; a second put overwrites', async () => {
  const bytes = Buffer.from([0, 1, 2, 255, 254, 13, 10]);
  await store.put('rawmail', 'a/one.eml', bytes, { contentType: 'message/rfc822' });
  expect(await store.get('rawmail', 'a/one.eml')).toEqual(bytes);
  await store.put('rawmail', 'a/one.eml', Buffer.from('second'));
  expect((await store.get('rawmail', 'a/one.eml'))?.toString()).toBe('second');
});

test('a missing blob is null, and deleting it is not an error', async () => {
  expect(await store.get('attachments', 'nope/missing.bin')).toBeNull();
  await expect(store.delete('attachments', 'nope/missing.bin')).resolves.toBeUndefined();
});

test('delete removes a blob', async () => {
  await store.put('attachments', 'gone.bin', Buffer.from('x'));
  await store.delete('attachments', 'gone.bin');
  expect(await store.get('attachments', 'gone.bin')).toBeNull();
});

test('list: only the prefix, in name order, at most limit, with size, type and metadata decoded', async () => {
  for (const name of ['p/3', 'p/1', 'q/0', 'p/2', 'p/10']) await store.put('outbox', name, Buffer.from(name), { contentType: 'text/plain' });
  const all = await store.list('outbox', 'p/', 100);
  expect(all.map((b) => b.name)).toEqual(['p/1', 'p/10', 'p/2', 'p/3']);
  expect(all[0]).toMatchObject({ size: 3, contentType: 'text/plain', metadata: {} });
  expect((await store.list('outbox', 'p/', 2)).map((b) => b.name)).toEqual(['p/1', 'p/10']);
  expect(await store.list('outbox', 'none/', 10)).toEqual([]);
});

test('metadata beyond ASCII survives the round trip', async () => {
  const metadata = { subject: 'Særlig forespørgsel – åäö 😀 100% "ok"', to: 'jörg@exämple.se', plain: 'ascii only' };
  await store.put('outbox', 'meta/1', Buffer.from('m'), { metadata });
  const [info] = await store.list('outbox', 'meta/', 1);
  expect(info?.metadata).toEqual(metadata);
});

test('metadata keys Azure would change are refused', async () => {
  await expect(store.put('outbox', 'meta/bad', Buffer.from('m'), { metadata: { messageId: 'x' } })).rejects.toThrow(/lower-case/);
});

test('data survives an Azurite restart on the same directory', async () => {
  await store.put('rawmail', 'persist/1.eml', Buffer.from('kept'), { metadata: { note: 'gemt' } });
  await azurite.restart();
  const again = await azurite.store();
  expect((await again.get('rawmail', 'persist/1.eml'))?.toString()).toBe('kept');
  expect((await again.list('rawmail', 'persist/', 5))[0]?.metadata).toEqual({ note: 'gemt' });
  store = again;
}, AZURITE_TIMEOUT_MS);

test('a dead store fails within seconds', async () => {
  const dead = await startAzurite({ dataDir: azurite.dataDir + '-dead', port: 0 });
  const deadStore = AzureBlobStore.fromConnectionString(dead.connectionString, { retryDelayMs: 50 });
  await dead.stop();
  await rm(azurite.dataDir + '-dead', { recursive: true, force: true });
  const started = Date.now();
  await expect(deadStore.get('rawmail', 'x')).rejects.toThrow();
  expect(Date.now() - started).toBeLessThan(5_000);
});

test('a store that accepts connections but never answers fails at the operation timeout', async () => {
  const sockets = new Set<net.Socket>();
  const silent = net.createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const address = silent.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const connectionString = azurite.current().connectionString.replace(/BlobEndpoint=[^;]+/, `BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1`);
  const hanging = AzureBlobStore.fromConnectionString(connectionString, { operationTimeoutMs: 1_000 });
  const started = Date.now();
  try {
    await expect(hanging.get('rawmail', 'x')).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5_000);
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  }
}, 30_000);
