/** G2 scoring (similarity.ts) and the engine's choices (similar-cases.ts), table by table. */
import type { Caller } from '../../bot/src/domain/access/access';
import { rankCandidates, SimilarCaseService } from '../../bot/src/domain/contacts/similar-cases';
import { compareRanked, distinctiveStems, idf, isNoiseStem, lengthFactor, queryTermsOf, similarityScore, TITLE_QUERY_WEIGHT } from '../../bot/src/domain/contacts/similarity';
import type { ServiceRecord } from '../../bot/src/domain/records/record';
import type { SimilarCandidate } from '../../bot/src/domain/records/record-repository';
import { withTerms } from '../../bot/src/domain/search/record-terms';
import { termsOf } from '../../bot/src/domain/search/text-terms';
import { MemoryRecordRepository, MemoryRecordTypeRepository } from '../../bot/src/storage/memory/memory-repositories';

describe('idf', () => {
  test.each([
    [1, 100, 'rare', 4.21],
    [50, 100, 'half', 0.69],
    [100, 100, 'everywhere', 0.005],
    [0, 0, 'an empty tenant', 0.69],
    [5, 3, 'df above a stale total', 0.087],
  ])('df %i of %i (%s) ≈ %d', (df, total, _what, expected) => {
    expect(idf(df, total)).toBeCloseTo(expected, 2);
    expect(idf(df, total)).toBeGreaterThanOrEqual(0);
  });
  test('rarer is higher', () => expect(idf(1, 1000)).toBeGreaterThan(idf(10, 1000)));
});

describe('lengthFactor', () => {
  test.each([
    [10, 10, 1],
    [5, 10, 1.257],
    [20, 10, 0.710],
    [10, 0, 1],
  ])('a document of %i terms, average %i: %d', (length, average, expected) => expect(lengthFactor(length, average)).toBeCloseTo(expected, 2));
});

describe('isNoiseStem', () => {
  test.each([
    ['the', true], ['og', true], ['och', true], ['ikk', true], ['2026', true], ['x', true],
    ['printer', false], ['faktur', false], ['lösenord', false], ['vpn', false],
  ])('%s → %s', (stem, noise) => expect(isNoiseStem(stem)).toBe(noise));
});

describe('queryTermsOf', () => {
  test('title over description over messages; stopwords and numbers left out', () => {
    const q = queryTermsOf({ titleTerms: termsOf('Printer offline'), descriptionTerms: termsOf('the printer is offline since 2026 update'), messageTerms: termsOf('thanks update driver') });
    expect(q.get('printer')).toBe(TITLE_QUERY_WEIGHT);
    expect(q.get('offlin')).toBe(TITLE_QUERY_WEIGHT);
    expect(q.get('updat')).toBe(1);
    expect(q.get('driver')).toBe(0.5);
    expect(q.has('the')).toBe(false);
    expect(q.has('2026')).toBe(false);
  });
});

describe('similarityScore', () => {
  const query = new Map([['printer', 2], ['offlin', 1]]);
  const idfs = new Map([['printer', 2], ['offlin', 1]]);
  const set = (...xs: string[]) => new Set(xs);
  test.each([
    ['every term in the title', set('printer', 'offlin'), set('printer', 'offlin'), 2, 1],
    ['every term, none in the title', set('printer', 'offlin'), set(), 2, 0.67],
    ['the title term only, in the title', set('printer', 'x'), set('printer'), 2, 0.8],
    ['the description term only', set('offlin', 'x'), set(), 2, 0.13],
    ['nothing in common', set('faktur', 'x'), set('faktur'), 2, 0],
    ['a long document scores less', set('printer', 'offlin', 'a', 'b', 'c', 'd'), set(), 3, 0.47],
  ])('%s', (_what, terms, titleTerms, average, expected) => {
    expect(similarityScore(query, idfs, { terms, titleTerms }, average)).toBeCloseTo(expected, 2);
  });
  test('no idf at all: 0', () => expect(similarityScore(query, new Map(), { terms: set('printer'), titleTerms: set() }, 1)).toBe(0));
});

describe('compareRanked', () => {
  const r = (score: number, closedAt: string, status: 'resolved' | 'closed') => ({ score, closedAt, status });
  test.each([
    ['higher score first', r(0.9, '2026-01-01', 'closed'), r(0.8, '2026-06-01', 'resolved')],
    ['equal score: more recently closed first', r(0.8, '2026-06-01', 'closed'), r(0.8, '2026-01-01', 'resolved')],
    ['equal score and time: resolved before closed', r(0.8, '2026-01-01', 'resolved'), r(0.8, '2026-01-01', 'closed')],
  ])('%s', (_what, better, worse) => {
    expect(compareRanked(better, worse)).toBeLessThan(0);
    expect(compareRanked(worse, better)).toBeGreaterThan(0);
  });
});

describe('distinctiveStems', () => {
  test('highest weight × idf among stems another case holds, at most max', () => {
    const query = new Map([['a', 1], ['b', 2], ['c', 1], ['d', 1]]);
    const idfs = new Map([['a', 3], ['b', 1], ['c', 5], ['d', 9]]);
    const df = new Map([['a', 2], ['b', 10], ['c', 1], ['d', 0]]);
    expect(distinctiveStems(query, idfs, df, 2)).toEqual(['c', 'a']);
    expect(distinctiveStems(query, idfs, df, 8)).toEqual(['c', 'a', 'b']);
  });
  test.each([
    [3, ['c', 'a']],
    [2, ['c']],
    [12, ['c', 'a']],
    [13, ['c', 'a', 'b']],
    [0, ['c']],
  ])('a budget of %i cases holding them: %j (the best stem always)', (budget, expected) => {
    const query = new Map([['a', 1], ['b', 2], ['c', 1]]);
    const idfs = new Map([['a', 3], ['b', 1], ['c', 5]]);
    const df = new Map([['a', 2], ['b', 10], ['c', 1]]);
    expect(distinctiveStems(query, idfs, df, 8, budget)).toEqual(expected);
  });
});

describe('distinctiveStems with guessed counts', () => {
  test('at most `max` stems the statistics do not list, the best first', () => {
    const query = new Map([['a', 1], ['b', 1], ['c', 1], ['d', 1]]);
    const idfs = new Map([['a', 9], ['b', 8], ['c', 2], ['d', 1]]);
    const df = new Map([['a', 1], ['b', 1], ['c', 5], ['d', 9]]);
    expect(distinctiveStems(query, idfs, df, 3, Infinity, { stems: new Set(['a', 'b']), max: 1 })).toEqual(['a', 'c', 'd']);
    expect(distinctiveStems(query, idfs, df, 3, Infinity, { stems: new Set(['a', 'b']), max: 2 })).toEqual(['a', 'b', 'c']);
  });
});

describe('rankCandidates', () => {
  const c = (id: string, title: string, overrides: Partial<SimilarCandidate> = {}): SimilarCandidate => ({
    id, number: id.toUpperCase(), title, type: 'case', status: 'closed', ownerId: `owner-${id}`, updatedAt: '2026-01-01T00:00:00.000Z', resolution: null,
    terms: termsOf(title), titleTerms: termsOf(title), descriptionTerms: [], ...overrides,
  });
  const query = new Map([['printer', 2], ['offlin', 2]]);
  const idfs = new Map([['printer', 2], ['offlin', 2]]);
  test('best first, under the floor and without a resolver left out, the owner as resolver', () => {
    const hits = rankCandidates([c('a', 'Printer jam'), c('b', 'Printer offline'), c('d', 'Scanner offline', { ownerId: null }), c('e', 'Invoice wrong')], query, idfs, 0.1);
    expect(hits.map((h) => [h.recordId, h.resolverIds])).toEqual([['b', ['owner-b']], ['a', ['owner-a']]]);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? 1);
  });
  test('equal scores: the more recently closed first, then resolved over closed', () => {
    const hits = rankCandidates([
      c('old', 'Printer offline', { updatedAt: '2025-01-01T00:00:00.000Z', status: 'resolved' }),
      c('new', 'Printer offline', { updatedAt: '2026-01-01T00:00:00.000Z' }),
      c('res', 'Printer offline', { updatedAt: '2026-01-01T00:00:00.000Z', status: 'resolved' }),
    ], query, idfs, 0.1);
    expect(hits.map((h) => h.recordId)).toEqual(['res', 'new', 'old']);
  });
  test('the people who resolved it, and when, over its owner and last change', () => {
    const hits = rankCandidates([
      c('late', 'Printer offline', { updatedAt: '2026-06-01T00:00:00.000Z', resolution: { byIds: ['sofie', 'owner-late'], at: '2025-01-01T00:00:00.000Z' } }),
      c('early', 'Printer offline', { updatedAt: '2026-01-01T00:00:00.000Z', resolution: null }),
    ], query, idfs, 0.1);
    expect(hits.map((h) => [h.recordId, h.resolverIds, h.closedAt])).toEqual([
      ['early', ['owner-early'], '2026-01-01T00:00:00.000Z'],
      ['late', ['sofie', 'owner-late'], '2025-01-01T00:00:00.000Z'],
    ]);
  });
});

describe('SimilarCaseService', () => {
  const T = 'tenant-s';
  const callerWith = (depth: 'own' | 'team' | 'tenant', fieldRoles: string[] = ['agent']): Caller => ({
    tenantId: T,
    user: { id: 'me', tenantId: T, displayName: 'Me', email: 'me@example.com', teamIds: ['team-a'], roleIds: fieldRoles },
    roles: fieldRoles.map((id) => ({ id, tenantId: T, name: id, isAdmin: false, privileges: { case: { read: depth } } })),
  });
  const record = (id: string, title: string, overrides: Partial<ServiceRecord> = {}): ServiceRecord => withTerms({
    id, tenantId: T, type: 'case', number: `CAS-${id}`, title, description: '', status: 'closed', priority: 'normal', ownerId: 'owner-1', owningTeamId: 'team-a',
    personId: null, customFields: {}, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', createdBy: 'u', updatedBy: 'u', searchText: '', ...overrides,
  }, { person: null, company: null });

  async function setUp() {
    const records = new MemoryRecordRepository();
    const types = new MemoryRecordTypeRepository();
    await records.create(record('1', 'Printer offline after update', { ownerId: 'anna' }));
    await records.create(record('2', 'Printer offline in the canteen', { ownerId: 'me', owningTeamId: 'team-b' }));
    await records.create(record('3', 'Other team printer offline', { ownerId: 'bo', owningTeamId: 'team-b' }));
    await records.create(record('4', 'Printer offline, still open', { ownerId: 'carl', status: 'active' }));
    await records.create(record('5', 'Invoice wrong', { ownerId: 'dina' }));
    await records.create(record('6', 'Scanner broken', { ownerId: 'erik', description: 'the printer is offline too' }));
    await records.create(record('x', 'Printer offline elsewhere', { ownerId: 'zed', tenantId: 'other-tenant' }));
    return { records, types };
  }
  const current = record('cur', 'Printer is offline', { status: 'active', ownerId: 'me' });

  test('only done cases of the tenant, never the case itself, best first', async () => {
    const { records, types } = await setUp();
    const hits = await new SimilarCaseService(records, types).find(callerWith('tenant'), current, 10);
    expect(hits.map((h) => h.recordId).sort()).toEqual(['1', '2', '3', '6']);
    expect(hits.at(-1)?.recordId).toBe('6');
    expect(await new SimilarCaseService(records, types).find(callerWith('tenant'), { ...current, id: '1' }, 10)).not.toContainEqual(expect.objectContaining({ recordId: '1' }));
  });

  test.each([
    ['team', ['1', '2', '6']],
    ['own', ['2']],
  ] as const)('read depth %s: only the cases it reaches count', async (depth, expected) => {
    const { records, types } = await setUp();
    const hits = await new SimilarCaseService(records, types).find(callerWith(depth), current, 10);
    expect(hits.map((h) => h.recordId).sort()).toEqual(expected);
  });

  test('no read privilege on the type: nothing, and no query', async () => {
    const { records, types } = await setUp();
    const spy = jest.spyOn(records, 'similarCandidates');
    const nobody: Caller = { ...callerWith('tenant'), roles: [] };
    expect(await new SimilarCaseService(records, types).find(nobody, current, 10)).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
  });

  test('a restricted description: its words are no evidence for a caller who may not read it', async () => {
    const { records, types } = await setUp();
    await types.create({ id: 'case', tenantId: T, prefix: 'CAS', builtIn: true, customFields: [], fieldRestrictions: { description: ['supervisor'] } });
    const agent = await new SimilarCaseService(records, types).find(callerWith('tenant'), current, 10);
    expect(agent.map((h) => h.recordId)).not.toContain('6');
    const supervisor = await new SimilarCaseService(records, types).find(callerWith('tenant', ['agent', 'supervisor']), current, 10);
    expect(supervisor.map((h) => h.recordId)).toContain('6');
    // Nor is this case's own description: its words find nothing for the agent.
    const byDescription = record('cur-d', 'Hinge squeaks', { status: 'active', description: 'The printer went offline after the update' });
    expect(await new SimilarCaseService(records, types).find(callerWith('tenant'), byDescription, 10)).toEqual([]);
    expect((await new SimilarCaseService(records, types).find(callerWith('tenant', ['agent', 'supervisor']), byDescription, 10)).map((h) => h.recordId)).toContain('1');
  });

  test('the limit holds; the count of done cases is reused within its TTL', async () => {
    const { records, types } = await setUp();
    let now = 0;
    const count = jest.spyOn(records, 'count');
    const engine = new SimilarCaseService(records, types, { now: () => now, totalTtlMs: 1000 });
    expect(await engine.find(callerWith('tenant'), current, 2)).toHaveLength(2);
    await engine.find(callerWith('tenant'), current, 2);
    expect(count).toHaveBeenCalledTimes(1);
    now = 1001;
    await engine.find(callerWith('tenant'), current, 2);
    expect(count).toHaveBeenCalledTimes(2);
  });

  test('term counts are reused within the TTL: a second lookup asks only for terms not counted yet', async () => {
    const { records, types } = await setUp();
    let now = 0;
    const spy = jest.spyOn(records, 'termFrequencies');
    const engine = new SimilarCaseService(records, types, { now: () => now, totalTtlMs: 1000 });
    const first = await engine.find(callerWith('tenant'), current, 5);
    expect(await engine.find(callerWith('tenant'), current, 5)).toEqual(first);
    expect(spy).toHaveBeenCalledTimes(1);
    await engine.find(callerWith('tenant'), record('cur2', 'Printer is offline in the canteen', { status: 'active' }), 5);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(spy.mock.calls[1]?.[1].stems).toContain('canteen');
    expect(spy.mock.calls[1]?.[1].stems).not.toContain('printer');
    now = 1001;
    await engine.find(callerWith('tenant'), current, 5);
    expect(spy).toHaveBeenCalledTimes(3);
  });

  test('a case of stopwords only: no query at all', async () => {
    const { records, types } = await setUp();
    const spy = jest.spyOn(records, 'termFrequencies');
    expect(await new SimilarCaseService(records, types).find(callerWith('tenant'), record('s', 'the and og och'), 10)).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
  });
});
