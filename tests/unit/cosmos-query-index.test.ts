/**
 * Local mode's query index (bot/src/sandbox/cosmos-query-index.ts) must never change a result:
 * for every query the rows from the candidates it hands out equal the rows of a full scan, also
 * after items are added, replaced and removed — and it must actually narrow selective queries.
 */
import query from '@zeit/cosmosdb-query';
import { CosmosQueryIndex } from '../../bot/src/sandbox/cosmos-query-index';

type Doc = Record<string, unknown>;

/** A stand-in for the server's container: its `_data` map of items with `read()`. */
class FakeItems {
  readonly _data = new Map<string, { read(): Doc }>();
}

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const WORDS = ['printer', 'faktura', 'kund', 'login', 'refund', 'skrivar'];
const next = random(7);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
let rid = 0;

function doc(i: number): Doc {
  rid += 1;
  const d: Doc = {
    id: `r${i}`, tenantId: pick(['t1', 't1', 't2']), type: pick(['case', 'case', 'workorder']), status: pick(['new', 'active', 'closed']),
    ownerId: pick(['u1', 'u2', null]), priority: pick([1, 2, 3]), terms: [pick(WORDS), pick(WORDS), pick(WORDS)],
    tags: [{ ownerId: pick(['u1', 'u2']) }],
    _rid: `rid${String(rid).padStart(8, '0')}`, updatedAt: new Date(1_700_000_000_000 + i * 1000).toISOString(),
  };
  if (next() < 0.2) delete d['owningTeamId'];
  else d['owningTeamId'] = pick(['dk', 'se', null]);
  return d;
}

const QUERIES: Array<[string, Array<{ name: string; value: unknown }>]> = [
  ['SELECT * FROM c WHERE c.tenantId = @t AND c.ownerId = @me ORDER BY c.updatedAt DESC', [{ name: '@t', value: 't1' }, { name: '@me', value: 'u1' }]],
  ['SELECT * FROM c WHERE c.tenantId = @t AND ARRAY_CONTAINS(@s, c.status) AND (c.ownerId = @me OR ARRAY_CONTAINS(@teams, c.owningTeamId))', [{ name: '@t', value: 't1' }, { name: '@s', value: ['new', 'active'] }, { name: '@me', value: 'u2' }, { name: '@teams', value: ['dk'] }]],
  ['SELECT c.id FROM c WHERE c.tenantId = @t AND (ARRAY_CONTAINS(c.terms, @a) OR ARRAY_CONTAINS(c.terms, @b)) AND ARRAY_CONTAINS(c.terms, @c)', [{ name: '@t', value: 't1' }, { name: '@a', value: 'faktura' }, { name: '@b', value: 'kund' }, { name: '@c', value: 'login' }]],
  ['SELECT * FROM c WHERE c.ownerId = null AND c.type = "case"', []],
  ['SELECT * FROM c WHERE c.priority = 2 AND NOT ARRAY_CONTAINS(c.terms, "printer")', []],
  ['SELECT VALUE COUNT(1) FROM c WHERE c.tenantId = @t AND c.status = @st', [{ name: '@t', value: 't2' }, { name: '@st', value: 'closed' }]],
  ['SELECT * FROM c WHERE c.status = "active" OR c.id = "r3"', []],
  ['SELECT * FROM c WHERE (NOT IS_DEFINED(c.owningTeamId) OR IS_NULL(c.owningTeamId)) AND c.ownerId = @me', [{ name: '@me', value: 'u1' }]],
  ['SELECT * FROM c WHERE c.priority = "2"', []],
  // The FROM is a part of each document: its conditions are not about top-level properties.
  ['SELECT * FROM r IN c.terms WHERE r = "printer"', []],
  ['SELECT * FROM r IN c.tags WHERE r.ownerId = "u1"', []],
  ['SELECT * FROM root r WHERE r.ownerId = @me AND r.status = "new"', [{ name: '@me', value: 'u2' }]],
];

function rows(docs: Doc[], sql: string, parameters: Array<{ name: string; value: unknown }>): unknown {
  return (query(sql).exec(docs, { parameters: parameters as Array<{ name: string; value: never }> }) as { result: unknown }).result;
}

function all(items: FakeItems): Doc[] {
  return [...items._data.values()].map((i) => i.read());
}

function put(items: FakeItems, index: CosmosQueryIndex, d: Doc): void {
  const old = items._data.get(String(d['id']));
  if (old) {
    items._data.delete(String(d['id']));
    index.removed(items, old.read());
  }
  items._data.set(String(d['id']), { read: () => d });
  index.added(items, d);
}

test('results through the index equal a full scan, before and after writes', () => {
  const items = new FakeItems();
  const index = new CosmosQueryIndex();
  for (let i = 0; i < 400; i++) put(items, index, doc(i));
  const check = () => {
    for (const [sql, parameters] of QUERIES) {
      const candidates = index.candidates(items, query(sql).ast, parameters);
      expect(rows(candidates ?? all(items), sql, parameters)).toEqual(rows(all(items), sql, parameters));
    }
  };
  check();
  // Replace some (values move between postings), remove some, add new ones.
  for (let i = 0; i < 150; i++) put(items, index, doc(Math.floor(next() * 400)));
  for (let i = 0; i < 60; i++) {
    const id = `r${Math.floor(next() * 400)}`;
    const old = items._data.get(id);
    if (!old) continue;
    items._data.delete(id);
    index.removed(items, old.read());
  }
  for (let i = 400; i < 450; i++) put(items, index, doc(i));
  check();
});

test('a selective condition narrows the items; an unselective or unknown one scans', () => {
  const items = new FakeItems();
  const index = new CosmosQueryIndex();
  for (let i = 0; i < 300; i++) put(items, index, { ...doc(i), ownerId: i < 5 ? 'rare' : 'common', terms: i % 100 === 0 ? ['unique'] : ['x'] });
  const ast = (sql: string) => query(sql).ast;
  expect(index.candidates(items, ast('SELECT * FROM c WHERE c.tenantId = "t1" AND c.ownerId = "rare"'), [])).toHaveLength(5);
  expect(index.candidates(items, ast('SELECT * FROM c WHERE ARRAY_CONTAINS(c.terms, "unique")'), [])).toHaveLength(3);
  // Two selective conditions: the items that meet both (an intersection).
  expect(index.candidates(items, ast('SELECT * FROM c WHERE c.ownerId = "rare" AND c.tenantId = "t1" AND ARRAY_CONTAINS(c.terms, "unique")'), [])).toHaveLength(1);
  expect(index.candidates(items, ast('SELECT * FROM c WHERE c.ownerId = "common"'), [])).toBeNull();
  expect(index.candidates(items, ast('SELECT * FROM c WHERE CONTAINS(c.id, "r1")'), [])).toBeNull();
  expect(index.candidates(items, ast('SELECT * FROM c JOIN t IN c.terms WHERE c.ownerId = "rare"'), [])).toBeNull();
});
