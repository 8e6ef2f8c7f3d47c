/**
 * Search quality (H2): 63 cases in en/da/sv with persons and companies, indexed as the service
 * indexes them and searched as the repositories rank them (exact number, title, rest; newest
 * first within each). Each query's first hits are asserted in order.
 */
import type { ServiceRecord } from '../../bot/src/domain/records/record';
import { withTerms } from '../../bot/src/domain/search/record-terms';
import { parseTextQuery } from '../../bot/src/domain/search/text-terms';
import { MemoryRecordRepository } from '../../bot/src/storage/memory/memory-repositories';
import { QUALITY_CASES, QUALITY_QUERIES } from '../fixtures/search-quality-cases';

const T = 'tenant';
const repo = new MemoryRecordRepository();

beforeAll(async () => {
  for (const [i, c] of QUALITY_CASES.entries()) {
    const at = new Date(Date.UTC(2026, 0, 1, 0, 0, c.at)).toISOString();
    const record: ServiceRecord = {
      id: c.id, tenantId: T, type: 'case', number: `CAS-${String(5000 + i).padStart(5, '0')}`, title: c.title, description: c.description, status: 'new',
      priority: 'normal', ownerId: null, owningTeamId: null, personId: null, customFields: {}, createdAt: at, updatedAt: at, createdBy: 'u', updatedBy: 'u', searchText: '',
    };
    await repo.create(withTerms(record, { person: c.person ? { name: c.person, email: null } : null, company: c.company ? { name: c.company } : null }));
  }
});

/** Searched as a caller who may read every field (description and person words count). */
const hits = async (q: string) => {
  const parsed = parseTextQuery(q);
  const page = await repo.search(T, { query: parsed ? { ...parsed, description: true, people: true } : undefined }, { userId: 'u', teamIds: [], scopes: [{ type: 'case', depth: 'tenant' }] }, { limit: 100 });
  return page.items.map((i) => i.value.id);
};

test('the fixture has at least 60 cases in three languages', () => {
  expect(QUALITY_CASES.length).toBeGreaterThanOrEqual(60);
  for (const lang of ['en-', 'da-', 'sv-']) expect(QUALITY_CASES.filter((c) => c.id.startsWith(lang)).length).toBeGreaterThanOrEqual(20);
});

test.each(QUALITY_QUERIES)('"$q" ranks its expected cases first', async ({ q, top, absent }) => {
  const found = await hits(q);
  expect(found.slice(0, top.length)).toEqual(top);
  for (const id of absent ?? []) expect(found).not.toContain(id);
});

test('a case number ranks its case first', async () => {
  expect((await hits('CAS-05010'))[0]).toBe(QUALITY_CASES[10]?.id);
});
