/**
 * J4 hiding timeline entries per user and J5 private notes over real HTTP: Mads hides an entry
 * and Sofie still sees it; pages stay full while many entries are hidden; private notes are merged
 * into their author's timeline only; 404s for what is not there or not readable, and for other tenants.
 */
import { z } from 'zod';
import { call, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import type { TimelineEntry } from '../../bot/src/domain/timeline/timeline';

let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startServer();
  for (const [key, name] of [['mads', 'Mads Nielsen'], ['sofie', 'Sofie Kristensen'], ['oskar', 'Oskar Svensson'], ['nora', 'Nora Hansen'], ['lars', 'Lars Andersen']] as const) {
    tokens[key] = await tokenFor(server.baseUrl, name);
  }
}, 120_000);
afterAll(() => server.stop(), 60_000);

const Item = z.looseObject({ id: z.string(), kind: z.string(), at: z.string(), hidden: z.boolean(), text: z.string().nullable() });
const Page = z.object({ items: z.array(Item), continuation: z.string().nullable() });
type Item = z.infer<typeof Item>;

const api = (who: string, method: string, path: string, body?: unknown, headers?: Record<string, string>) => call(server.baseUrl, method, path, { token: tokens[who], body, headers });

async function page(who: string, recordId: string, query = '') {
  const res = await api(who, 'GET', `/api/records/${recordId}/timeline${query}`);
  expect(res.status).toBe(200);
  return Page.parse(res.body);
}

/** Every page of a timeline, checking that no page comes back empty while more exist. */
async function allPages(who: string, recordId: string, query: string): Promise<{ items: Item[]; sizes: number[] }> {
  const items: Item[] = [];
  const sizes: number[] = [];
  let continuation: string | null = null;
  do {
    const sep = query ? '&' : '?';
    const p = await page(who, recordId, `${query}${continuation ? `${sep}continuation=${encodeURIComponent(continuation)}` : ''}`);
    sizes.push(p.items.length);
    if (p.continuation) expect(p.items.length).toBeGreaterThan(0);
    items.push(...p.items);
    continuation = p.continuation;
  } while (continuation);
  return { items, sizes };
}

/** Writes `count` entries on a record, a second apart, through the store (as the services do). */
async function entries(recordId: string, count: number, startMs: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const entry: TimelineEntry = { id: `e-${recordId}-${i}`, tenantId: CONTOSO, recordId, kind: 'statusChanged', at: new Date(startMs + i * 1000).toISOString(), actorId: DEMO_USERS.mads, chatId: null, chatName: null, fromStatus: 'active', toStatus: 'waiting' };
    await server.app.store.timeline.append(entry);
    ids.push(entry.id);
  }
  return ids;
}

const hide = (who: string, recordId: string, entryId: string) => api(who, 'PUT', `/api/records/${recordId}/timeline/${entryId}/hidden`);
const show = (who: string, recordId: string, entryId: string) => api(who, 'DELETE', `/api/records/${recordId}/timeline/${entryId}/hidden`);

test('J4: Mads hides an entry for himself only; with hidden=include it is marked; showing it again brings it back', async () => {
  const [entryId] = await entries('case-004', 1, Date.parse('2026-01-10T10:00:00.000Z'));
  if (!entryId) throw new Error('no entry');
  expect((await page('mads', 'case-004')).items.map((i) => i.id)).toContain(entryId);
  expect((await hide('mads', 'case-004', entryId)).status).toBe(204);
  expect((await hide('mads', 'case-004', entryId)).status).toBe(204);
  expect((await page('mads', 'case-004')).items.map((i) => i.id)).not.toContain(entryId);
  const included = await page('mads', 'case-004', '?hidden=include');
  expect(included.items.find((i) => i.id === entryId)?.hidden).toBe(true);
  expect(included.items.filter((i) => i.id !== entryId).every((i) => !i.hidden)).toBe(true);
  // Sofie (and Lars) still see it, unmarked.
  for (const other of ['sofie', 'lars']) {
    expect((await page(other, 'case-004')).items.find((i) => i.id === entryId)?.hidden).toBe(false);
    expect((await page(other, 'case-004', '?hidden=include')).items.find((i) => i.id === entryId)?.hidden).toBe(false);
  }
  expect((await show('mads', 'case-004', entryId)).status).toBe(204);
  expect((await page('mads', 'case-004')).items.find((i) => i.id === entryId)?.hidden).toBe(false);
});

test('J4: 404 for an entry not on the record, an unknown record, a record the caller may not read, another tenant; 400 for a bad hidden mode', async () => {
  const [onOther] = await entries('case-005', 1, Date.parse('2026-01-11T10:00:00.000Z'));
  const [onWorkorder] = await entries('wo-001', 1, Date.parse('2026-01-11T10:00:00.000Z'));
  if (!onOther || !onWorkorder) throw new Error('no entry');
  const problems = [
    await hide('mads', 'case-004', onOther),
    await hide('mads', 'case-004', 'no-such-entry'),
    await show('mads', 'case-004', 'no-such-entry'),
    await hide('mads', 'case-999', onOther),
    // Oskar (reader) may not read work orders: as if it did not exist.
    await hide('oskar', 'wo-001', onWorkorder),
    // Another tenant's administrator.
    await hide('nora', 'case-005', onOther),
    await show('nora', 'case-005', onOther),
  ];
  for (const res of problems) {
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  }
  const bad = await api('mads', 'GET', '/api/records/case-004/timeline?hidden=everything');
  expect(bad.status).toBe(400);
  expect(bad.text).toContain('hidden');
  expect((await api('nora', 'GET', '/api/records/case-005/timeline')).status).toBe(404);
});

test('J4 paging: with most entries hidden, no page comes back empty while more exist, and every visible entry comes exactly once', async () => {
  const ids = await entries('case-012', 60, Date.parse('2026-02-01T10:00:00.000Z'));
  // The 45 newest are hidden for Mads: a first read of 10 finds only hidden ones.
  const hiddenIds = ids.slice(15);
  for (const id of hiddenIds) expect((await hide('mads', 'case-012', id)).status).toBe(204);
  const { items, sizes } = await allPages('mads', 'case-012', '?limit=10');
  expect(sizes[0]).toBeGreaterThan(0);
  const seen = items.map((i) => i.id);
  expect(new Set(seen).size).toBe(seen.length);
  for (const id of ids.slice(0, 15)) expect(seen).toContain(id);
  for (const id of hiddenIds) expect(seen).not.toContain(id);
  // With hidden=include every entry comes, the hidden ones marked.
  const all = await allPages('mads', 'case-012', '?limit=10&hidden=include');
  expect(all.items.filter((i) => i.hidden).map((i) => i.id).sort()).toEqual([...hiddenIds].sort());
  // Sofie sees them all.
  const hers = (await allPages('sofie', 'case-012', '?limit=10')).items.map((i) => i.id);
  for (const id of ids) expect(hers).toContain(id);
}, 120_000);

test('J5: a private note needs read access only, is merged into its author\'s timeline only, across pages exactly once', async () => {
  await entries('case-013', 30, Date.parse('2026-02-02T10:00:00.000Z'));
  // Oskar is a reader: he may not write on cases, but a private memo is his own.
  const oskars = await api('oskar', 'POST', '/api/records/case-013/notes', { text: 'Oskar private memo', private: true });
  expect(oskars.status).toBe(201);
  const shared = await api('oskar', 'POST', '/api/records/case-013/notes', { text: 'shared' }, { 'if-match': '"x"' });
  expect([403, 412]).toContain(shared.status);
  const noteIds: string[] = [];
  for (let n = 0; n < 5; n++) {
    const res = await api('mads', 'POST', '/api/records/case-013/notes', { text: `Mads private memo ${n}`, private: true });
    expect(res.status).toBe(201);
    expect(field(res.body, 'privateNote', 'text')).toBe(`Mads private memo ${n}`);
    noteIds.push(field<string>(res.body, 'privateNote', 'id'));
  }
  // Older notes, between the entries (as if written over those days): each lands on its page, once.
  for (let n = 0; n < 6; n++) {
    const at = new Date(Date.parse('2026-02-02T10:00:00.000Z') + n * 5500 + 500).toISOString();
    await server.app.store.privateNotes.create({ id: `pn-old-${n}`, tenantId: CONTOSO, authorId: DEMO_USERS.mads, recordId: 'case-013', text: `Mads private memo old ${n}`, at });
    noteIds.push(`pn-old-${n}`);
  }
  const { items, sizes } = await allPages('mads', 'case-013', '?limit=7');
  expect(sizes.length).toBeGreaterThan(3);
  const notes = items.filter((i) => i.kind === 'privateNote');
  expect(notes.map((n) => n.id).sort()).toEqual([...noteIds].sort());
  expect(notes.map((n) => n.text)).toContain('Mads private memo 0');
  // Newest first across the merge.
  expect(items.map((i) => i.at)).toEqual([...items.map((i) => i.at)].sort().reverse());
  const listed = await api('mads', 'GET', '/api/records/case-013/notes/private');
  expect(field<unknown[]>(listed.body, 'items')).toHaveLength(11);
  for (const other of ['sofie', 'lars', 'oskar']) {
    const theirs = (await allPages(other, 'case-013', '?limit=7&hidden=include')).items;
    expect(JSON.stringify(theirs)).not.toContain('Mads private memo');
  }
  expect(JSON.stringify((await allPages('oskar', 'case-013', '')).items)).toContain('Oskar private memo');
  // Filtered: only the notes, or none of them.
  expect((await page('mads', 'case-013', '?kinds=privateNote&limit=50')).items.map((i) => i.kind)).toEqual(Array(11).fill('privateNote'));
  expect((await page('mads', 'case-013', '?kinds=statusChanged&limit=100')).items.some((i) => i.kind === 'privateNote')).toBe(false);
}, 120_000);

test('J5: bad input, 404s, the Idempotency-Key, and deleting one\'s own note only', async () => {
  const cases = [
    [{ private: true }, 'text'],
    [{ text: '', private: true }, 'text'],
    [{ text: 'x', private: 'yes' }, 'private'],
  ] as const;
  for (const [body, fieldName] of cases) {
    const res = await api('mads', 'POST', '/api/records/case-015/notes', body);
    expect(res.status).toBe(400);
    expect(res.text).toContain(fieldName);
  }
  expect((await api('oskar', 'POST', '/api/records/wo-001/notes', { text: 'x', private: true })).status).toBe(404);
  expect((await api('nora', 'POST', '/api/records/case-015/notes', { text: 'x', private: true })).status).toBe(404);
  expect((await api('mads', 'POST', '/api/records/case-999/notes', { text: 'x', private: true })).status).toBe(404);
  const key = { 'idempotency-key': 'private-key-0001' };
  const first = await api('mads', 'POST', '/api/records/case-015/notes', { text: 'once', private: true }, key);
  const again = await api('mads', 'POST', '/api/records/case-015/notes', { text: 'once', private: true }, key);
  expect(first.status).toBe(201);
  expect(again.status).toBe(201);
  expect(field(again.body, 'privateNote', 'id')).toBe(field(first.body, 'privateNote', 'id'));
  expect((await api('mads', 'POST', '/api/records/case-015/notes', { text: 'other', private: true }, key)).status).toBe(422);
  const noteId = field<string>(first.body, 'privateNote', 'id');
  // Nobody else can delete it (or learn it exists), not on another record either.
  for (const [who, recordId] of [['sofie', 'case-015'], ['lars', 'case-015'], ['nora', 'case-015'], ['mads', 'case-014']] as const) {
    expect((await api(who, 'DELETE', `/api/records/${recordId}/notes/private/${noteId}`)).status).toBe(404);
    expect((await api(who, 'GET', `/api/records/${recordId}/notes/private`)).text).not.toContain('once');
  }
  expect((await api('mads', 'DELETE', `/api/records/case-015/notes/private/${noteId}`)).status).toBe(204);
  expect((await api('mads', 'DELETE', `/api/records/case-015/notes/private/${noteId}`)).status).toBe(404);
  expect(field<unknown[]>((await api('mads', 'GET', '/api/records/case-015/notes/private')).body, 'items')).toHaveLength(0);
  // A private note changes nothing of the record: no new ETag, no entry anyone else sees.
  const before = await api('sofie', 'GET', '/api/records/case-015');
  await api('mads', 'POST', '/api/records/case-015/notes', { text: 'quiet', private: true });
  const after = await api('sofie', 'GET', '/api/records/case-015');
  expect(after.headers.get('etag')).toBe(before.headers.get('etag'));
});
