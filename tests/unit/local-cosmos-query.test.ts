/**
 * The local Cosmos-compatible server's query engine (@zeit/cosmosdb-query, patched in patches/):
 * its generated code used to copy the accumulated array for every item, so one query over a
 * container of 100,000 items took minutes. The patch appends in place; results must not change.
 */
import query from '@zeit/cosmosdb-query';

interface Item {
  id: string;
  tenantId: string;
  ownerId: string | null;
  updatedAt: string;
  tags: Array<{ name: string }>;
  _rid: string;
}

function items(count: number): Item[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `r${i}`,
    tenantId: i % 2 === 0 ? 't1' : 't2',
    ownerId: i % 3 === 0 ? null : `u${i % 4}`,
    updatedAt: new Date(1_700_000_000_000 + i * 1000).toISOString(),
    tags: i % 5 === 0 ? [{ name: 'vip' }, { name: 'printer' }] : [{ name: 'printer' }],
    _rid: `rid${String(i).padStart(8, '0')}`,
  }));
}

function ids(result: unknown): string[] {
  const rows = (result as { result: Array<{ id: string }> }).result;
  return rows.map((r) => r.id);
}

test('a filtered, ordered query returns the same rows as filtering by hand', () => {
  const data = items(60);
  const q = query('SELECT * FROM c WHERE c.tenantId = @t AND c.ownerId = @me ORDER BY c.updatedAt DESC');
  const got = ids(q.exec(data, { parameters: [{ name: '@t', value: 't1' }, { name: '@me', value: 'u2' }] }));
  const expected = data.filter((d) => d.tenantId === 't1' && d.ownerId === 'u2').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map((d) => d.id);
  expect(got).toEqual(expected);
  expect(got.length).toBeGreaterThan(3);
});

test('JOIN still yields one row per array element', () => {
  const data = items(20);
  const q = query('SELECT c.id, t.name FROM c JOIN t IN c.tags WHERE c.tenantId = @t');
  const rows = (q.exec(data, { parameters: [{ name: '@t', value: 't1' }] }) as { result: Array<{ id: string; name: string }> }).result;
  const expected = data.filter((d) => d.tenantId === 't1').flatMap((d) => d.tags.map((t) => ({ id: d.id, name: t.name })));
  expect(rows).toEqual(expected);
});

test('a query over 100,000 items is linear: well under two seconds (it took minutes)', () => {
  const data = items(100_000);
  const q = query('SELECT * FROM c WHERE c.tenantId = @t AND c.ownerId = null ORDER BY c.updatedAt DESC');
  const started = performance.now();
  const result = q.exec(data, { parameters: [{ name: '@t', value: 't1' }], maxItemCount: 50 });
  const elapsed = performance.now() - started;
  expect(ids(result)).toHaveLength(50);
  expect(elapsed).toBeLessThan(2000);
}, 60_000);

test('AND and OR keep Cosmos\' three-valued logic while they skip the side that cannot change the answer', () => {
  const data = [
    { id: 'a', x: 1, y: 2, _rid: 'r1' }, // both true
    { id: 'b', x: 1, _rid: 'r2' }, // true AND undefined = undefined
    { id: 'c', x: 2, _rid: 'r3' }, // false AND undefined = false
    { id: 'd', y: 2, _rid: 'r4' }, // undefined AND true = undefined
    { id: 'e', _rid: 'r5' }, // undefined
  ];
  const run = (sql: string) => ids(query(sql).exec(data, {}));
  expect(run('SELECT c.id FROM c WHERE c.x = 1 AND c.y = 2')).toEqual(['a']);
  // NOT flips only a definite answer: undefined stays undefined and is left out.
  expect(run('SELECT c.id FROM c WHERE NOT (c.x = 1 AND c.y = 2)')).toEqual(['c']);
  expect(run('SELECT c.id FROM c WHERE c.x = 1 OR c.y = 2')).toEqual(['a', 'b', 'd']);
  expect(run('SELECT c.id FROM c WHERE NOT (c.x = 2 OR c.y = 3)')).toEqual(['a']);
  expect(run('SELECT c.id FROM c WHERE (c.x = 1 AND c.y = 2) OR (c.x = 2 AND NOT IS_DEFINED(c.y))')).toEqual(['a', 'c']);
});

test('a projected, ordered query pages the same with continuation tokens as it reads in one go', () => {
  const data = items(500);
  const sql = 'SELECT c.id, c.updatedAt FROM c WHERE c.tenantId = @t ORDER BY c.updatedAt DESC';
  const parameters = [{ name: '@t', value: 't1' }];
  const whole = ids(query(sql).exec(data, { parameters }));
  const paged: string[] = [];
  let continuation: { token: string } | undefined;
  for (let n = 0; n < 100; n++) {
    const page = query(sql).exec(data, { parameters, maxItemCount: 37, ...(continuation ? { continuation } : {}) }) as { result: Array<{ id: string }>; continuation: { token: string } | null };
    paged.push(...page.result.map((r) => r.id));
    if (!page.continuation) break;
    continuation = page.continuation;
  }
  expect(whole).toHaveLength(250);
  expect(paged).toEqual(whole);
});

test('an aggregate over many items is not sorted first, and counts right', () => {
  const data = items(100_000);
  const started = performance.now();
  const result = query('SELECT VALUE COUNT(1) FROM c WHERE c.tenantId = @t AND c.ownerId = null').exec(data, { parameters: [{ name: '@t', value: 't1' }] }) as { result: number[] };
  expect(result.result).toEqual([data.filter((d) => d.tenantId === 't1' && d.ownerId === null).length]);
  expect(performance.now() - started).toBeLessThan(2000);
}, 60_000);
