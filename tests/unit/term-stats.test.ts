/** G2's term statistics: the pure rules, the sweep (claim, resume, publish), and lookups on the document. */
import type { Caller } from '../../bot/src/domain/access/access';
import { SimilarCaseService } from '../../bot/src/domain/contacts/similar-cases';
import { frequencyOf, needsRebuild, statsOf } from '../../bot/src/domain/contacts/term-stats';
import { TermStatsKeeper, TermStatsSweeper } from '../../bot/src/domain/contacts/term-stats-sweep';
import type { ServiceRecord } from '../../bot/src/domain/records/record';
import { withTerms } from '../../bot/src/domain/search/record-terms';
import { MemoryRecordRepository, MemoryRecordTypeRepository } from '../../bot/src/storage/memory/memory-repositories';
import { MemoryTermStatsRepository } from '../../bot/src/storage/memory/memory-similar-cases';

const T = 'tenant-t';
const record = (id: string, title: string, overrides: Partial<ServiceRecord> = {}): ServiceRecord => withTerms({
  id, tenantId: T, type: 'case', number: `CAS-${id}`, title, description: '', status: 'closed', priority: 'normal', ownerId: 'owner-1', owningTeamId: 'team-a',
  personId: null, customFields: {}, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', createdBy: 'u', updatedBy: 'u', searchText: '', ...overrides,
}, { person: null, company: null });
const caller: Caller = {
  tenantId: T, user: { id: 'me', tenantId: T, displayName: 'Me', email: 'me@example.com', teamIds: ['team-a'], roleIds: ['agent'] },
  roles: [{ id: 'agent', tenantId: T, name: 'agent', isAdmin: false, privileges: { case: { read: 'tenant' } } }],
};

describe('statsOf, frequencyOf', () => {
  const counts = new Map([['printer', 9], ['offlin', 5], ['faktur', 2], ['vpn', 2]]);
  test('the most common stems up to the cap, the smallest listed count, complete or not', () => {
    const capped = statsOf(T, 'case', counts, 20, 3, '2026-01-01T00:00:00.000Z', 5);
    expect(capped.terms).toEqual({ printer: 9, offlin: 5, faktur: 2 });
    expect(capped).toEqual(expect.objectContaining({ minDf: 2, complete: false, total: 20 }));
    expect(statsOf(T, 'case', counts, 20, 10, '', 0).complete).toBe(true);
  });
  test.each([
    ['listed', 'printer', 3, { df: 9, guessed: false }],
    ['unlisted, the list capped: rare (the smallest listed count)', 'scanner', 3, { df: 2, guessed: true }],
    ['unlisted, every stem listed: held by none', 'scanner', 10, { df: 0, guessed: false }],
  ])('%s', (_what, stem, cap, expected) => {
    expect(frequencyOf(statsOf(T, 'case', counts, 20, cap, '', 0), stem)).toEqual(expected);
  });
});

describe('needsRebuild', () => {
  const stats = { ...statsOf(T, 'case', new Map(), 100, 10, '2026-01-01T00:00:00.000Z', 0) };
  const at = Date.parse('2026-01-01T00:00:00.000Z');
  const policy = { maxAgeMs: 1000, growth: 0.05 };
  test.each([
    ['none yet', null, null, 0, true],
    ['young, count unknown', stats, null, 10, false],
    ['young, grown by 5 %', stats, 105, 10, false],
    ['young, grown by more than 5 %', stats, 106, 10, true],
    ['old', stats, 100, 1000, true],
  ] as const)('%s → %s', (_what, s, done, age, expected) => expect(needsRebuild(s, done, at + age, policy)).toBe(expected));
});

describe('TermStatsSweeper', () => {
  async function setUp(n = 10) {
    const records = new MemoryRecordRepository();
    for (let i = 0; i < n; i++) await records.create(record(String(i).padStart(2, '0'), i % 2 === 0 ? 'Printer offline' : 'Invoice wrong'));
    await records.create(record('open', 'Printer open', { status: 'active' }));
    await records.create(record('other', 'Printer elsewhere', { tenantId: 'other' }));
    return { records, stats: new MemoryTermStatsRepository() };
  }

  test('builds in bounded runs, resuming from the stored continuation, then publishes', async () => {
    const { records, stats } = await setUp();
    let now = 0;
    const tick = jest.spyOn(records, 'doneTerms');
    // Each page advances the clock past the budget: one page per run.
    tick.mockImplementation(async (...args) => { now += 10; return MemoryRecordRepository.prototype.doneTerms.apply(records, args); });
    const sweeper = new TermStatsSweeper(records, stats, { owner: 'a', pageSize: 4, budgetMs: 5, now: () => now });
    expect(await sweeper.run(T, 'case')).toBe('progress');
    expect((await stats.getSweep(T, 'case'))?.value).toEqual(expect.objectContaining({ owner: 'a', continuation: '4', seen: 4 }));
    expect(await stats.get(T, 'case')).toBeNull();
    expect(await sweeper.run(T, 'case')).toBe('progress');
    expect(await sweeper.run(T, 'case')).toBe('published');
    expect(tick.mock.calls.map((c) => c[2])).toEqual([null, '4', '8']);
    const built = await stats.get(T, 'case');
    expect(built).toEqual(expect.objectContaining({ total: 10, complete: true, terms: expect.objectContaining({ printer: 5, offlin: 5, invoic: 5, wrong: 5 }) }));
    expect(await stats.getSweep(T, 'case')).toBeNull();
    expect(await sweeper.run(T, 'case')).toBe('fresh');
  });

  test('another instance\'s live claim: busy; once its lease lapsed the build is taken over where it stopped', async () => {
    const { records, stats } = await setUp();
    let now = 0;
    const a = new TermStatsSweeper(records, stats, { owner: 'a', pageSize: 4, budgetMs: 0, leaseMs: 100, now: () => now });
    const b = new TermStatsSweeper(records, stats, { owner: 'b', pageSize: 4, budgetMs: 0, leaseMs: 100, now: () => now });
    expect(await a.run(T, 'case')).toBe('progress');
    now = 50;
    expect(await b.run(T, 'case')).toBe('busy');
    now = 200;
    const pages = jest.spyOn(records, 'doneTerms');
    expect(await b.run(T, 'case')).toBe('progress');
    expect(pages.mock.calls[0]?.[2]).toBe('4');
    expect((await stats.getSweep(T, 'case'))?.value.owner).toBe('b');
    // a's stored ETag is stale: it cannot write over b's progress.
    now = 400;
    expect(await b.run(T, 'case')).toBe('published');
    expect((await stats.get(T, 'case'))?.total).toBe(10);
  });

  test('a claim lost between pages stops the run (the ETag)', async () => {
    const { records, stats } = await setUp();
    const sweeper = new TermStatsSweeper(records, stats, { owner: 'a', pageSize: 2, budgetMs: 1_000_000, now: () => 0 });
    const pages = jest.spyOn(records, 'doneTerms');
    pages.mockImplementationOnce(async (...args) => {
      const current = await stats.getSweep(T, 'case');
      if (current) await stats.replaceSweep({ ...current.value, owner: 'thief' }, current.etag);
      return MemoryRecordRepository.prototype.doneTerms.apply(records, args);
    });
    expect(await sweeper.run(T, 'case')).toBe('busy');
    expect(await stats.get(T, 'case')).toBeNull();
  });

  test('rebuilt when the done cases grew by more than 5 %, not before', async () => {
    const { records, stats } = await setUp(20);
    const sweeper = new TermStatsSweeper(records, stats, { owner: 'a', now: () => 0 });
    await sweeper.build(T, 'case');
    await records.create(record('20', 'Printer offline'));
    expect(await sweeper.run(T, 'case')).toBe('fresh');
    await records.create(record('21', 'Printer offline'));
    expect(await sweeper.run(T, 'case')).toBe('published');
    expect((await stats.get(T, 'case'))?.total).toBe(22);
  });
});

describe('SimilarCaseService on the statistics document', () => {
  async function setUp() {
    const records = new MemoryRecordRepository();
    const types = new MemoryRecordTypeRepository();
    await records.create(record('1', 'Printer offline after update', { ownerId: 'anna' }));
    await records.create(record('2', 'Printer offline in the canteen', { ownerId: 'bo' }));
    await records.create(record('3', 'Invoice wrong', { ownerId: 'dina' }));
    const stats = new MemoryTermStatsRepository();
    return { records, types, stats };
  }
  const current = record('cur', 'Printer is offline', { status: 'active' });

  test('a lookup: a point read of the statistics and the candidate query, no statistics or count query', async () => {
    const { records, types, stats } = await setUp();
    await new TermStatsSweeper(records, stats, { owner: 'a' }).build(T, 'case');
    const frequencies = jest.spyOn(records, 'termFrequencies');
    const count = jest.spyOn(records, 'count');
    const candidates = jest.spyOn(records, 'similarCandidates');
    stats.reads = 0;
    const hits = await new SimilarCaseService(records, types, { stats }).find(caller, current, 5);
    expect(hits.map((h) => h.recordId).sort()).toEqual(['1', '2']);
    expect([stats.reads, candidates.mock.calls.length, frequencies.mock.calls.length, count.mock.calls.length]).toEqual([1, 1, 0, 0]);
  });

  test('no document yet: the statistics query as before, and the keeper is told', async () => {
    const { records, types, stats } = await setUp();
    const frequencies = jest.spyOn(records, 'termFrequencies');
    const notice = jest.fn();
    const hits = await new SimilarCaseService(records, types, { stats, keeper: { notice } }).find(caller, current, 5);
    expect(hits).toHaveLength(2);
    expect(frequencies).toHaveBeenCalledTimes(1);
    expect(notice).toHaveBeenCalledWith(T, 'case', null);
  });

  test('the document is reused for its TTL on an instance, then read again', async () => {
    const { records, types, stats } = await setUp();
    await new TermStatsSweeper(records, stats, { owner: 'a' }).build(T, 'case');
    let now = 0;
    stats.reads = 0;
    const engine = new SimilarCaseService(records, types, { stats, statsTtlMs: 1000, now: () => now });
    await engine.find(caller, current, 5);
    await engine.find(caller, current, 5);
    expect(stats.reads).toBe(1);
    now = 1000;
    await engine.find(caller, current, 5);
    expect(stats.reads).toBe(2);
  });

  test('a stale document: cases closed since still found when they share a listed term; a term first seen since is not asked for', async () => {
    const { records, types, stats } = await setUp();
    await new TermStatsSweeper(records, stats, { owner: 'a' }).build(T, 'case');
    await records.create(record('4', 'Printer offline again', { ownerId: 'carl', updatedAt: '2026-02-01T00:00:00.000Z' }));
    await records.create(record('5', 'Zebracode', { ownerId: 'erik' }));
    const candidates = jest.spyOn(records, 'similarCandidates');
    const engine = new SimilarCaseService(records, types, { stats });
    expect((await engine.find(caller, current, 5)).map((h) => h.recordId)).toContain('4');
    expect(await engine.find(caller, record('q', 'Zebracode', { status: 'active' }), 5)).toEqual([]);
    expect(candidates).toHaveBeenCalledTimes(1);
  });

  test('the keeper builds the missing document in the background, one build at a time', async () => {
    const { records, types, stats } = await setUp();
    const keeper = new TermStatsKeeper(new TermStatsSweeper(records, stats, { owner: 'a' }), { recheckMs: 60_000, now: () => 0, onError: (e) => { throw e; } });
    const engine = new SimilarCaseService(records, types, { stats, keeper, statsTtlMs: 0 });
    await Promise.all([engine.find(caller, current, 5), engine.find(caller, current, 5)]);
    await keeper.idle();
    expect(await stats.get(T, 'case')).toEqual(expect.objectContaining({ total: 3 }));
  });
});
