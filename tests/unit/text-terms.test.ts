/** Stemmed en/da/sv text matching (H2): inflected forms match, substrings never, every word must. */
import { matchesAll, numberKeysOf, parseTextQuery, termsOf } from '../../bot/src/domain/search/text-terms';
import { withMessageTerms, withTerms, MESSAGE_TERM_CAP, needsIndexing } from '../../bot/src/domain/search/record-terms';
import type { ServiceRecord } from '../../bot/src/domain/records/record';

const matches = (query: string, text: string) => {
  const parsed = parseTextQuery(query);
  return parsed !== null && matchesAll(parsed.groups, new Set(termsOf(text, Infinity, true)));
};

test.each([
  ['refunds', 'refund', true],
  ['refund', 'Refunds requested', true],
  ['kunderne', 'kunde', true],
  ['kunde', 'Kunderne venter', true],
  ['fakturorna', 'fakturan', true],
  ['fakturan', 'Fakturorna saknas', true],
  ['faktura', 'fakturaen', true],
  ['printers', 'Printer offline', true],
  ['skrivarna', 'skrivaren', true],
  ['leveringen', 'levering', true],
  ['off', 'offline', false],
  ['print', 'blueprint', false],
  ['kund', 'kundeportalen', false],
  ['refu', 'refund', false],
  ['printer offline', 'offline printer', true],
  ['printer offline', 'printer online', false],
  ['Printer', 'PRINTER', true],
  ['øresund', 'Øresund Medical', true],
])('"%s" against "%s": %s', (query, text, expected) => {
  expect(matches(query, text)).toBe(expected);
});

test('stopwords are left out of a query unless it has nothing else', () => {
  expect(parseTextQuery('the printer')?.groups).toEqual([['printer', 'print']]);
  expect(parseTextQuery('the')?.groups).toEqual([['the']]);
  expect(parseTextQuery('  ')).toBeNull();
});

test('numbers: the whole number, its digits, and the digits without leading zeros', () => {
  expect(numberKeysOf('CAS-01042')).toEqual(['cas-01042', '01042', '1042']);
  expect(parseTextQuery('CAS-01042')?.numberKey).toBe('cas-01042');
  expect(parseTextQuery('1042')?.numberKey).toBe('1042');
  expect(parseTextQuery('printer 1042')?.numberKey).toBeNull();
});

const base: ServiceRecord = {
  id: 'r', tenantId: 't', type: 'case', number: 'CAS-01042', title: 'Printer offline', description: 'Kunden har ikke modtaget fakturaen', status: 'new',
  priority: 'normal', ownerId: null, owningTeamId: null, personId: 'p', customFields: {}, createdAt: '', updatedAt: '', createdBy: '', updatedBy: '', searchText: '',
};

test('a record is indexed from number, title, description, person and company; title terms apart', () => {
  const r = withTerms(base, { person: { name: 'Jens Sørensen', email: 'jens@nordlys.example' }, company: { name: 'Nordlys A/S' } });
  const terms = new Set(r.terms);
  for (const t of ['cas-01042', '1042']) expect(terms.has(t)).toBe(true);
  for (const q of ['printers', 'kunde', 'fakturaer', 'jens', 'sørensen', 'nordlys', 'jens@nordlys.example']) expect(matchesAll(parseTextQuery(q)?.groups ?? [], terms)).toBe(true);
  expect(r.titleTerms).toEqual(['printer', 'print', 'offlin']);
  expect(needsIndexing(r)).toBe(false);
  expect(needsIndexing(base)).toBe(true);
});

test('message terms are added, kept on a rebuild, and capped', () => {
  const indexed = withTerms(base, { person: null, company: null });
  const withMessage = withMessageTerms(indexed, ['The hummingbird display flickers']);
  expect(withMessage?.terms).toContain('hummingbird');
  expect(withMessageTerms(withMessage ?? indexed, ['hummingbird'])).toBeNull();
  const rebuilt = withTerms({ ...(withMessage ?? indexed), title: 'New title' }, { person: null, company: null });
  expect(rebuilt.terms).toContain('hummingbird');
  expect(rebuilt.terms).not.toContain('offlin');
  const many = withMessageTerms(indexed, [Array.from({ length: MESSAGE_TERM_CAP + 50 }, (_, i) => `word${i}x`).join(' ')]);
  expect(many?.messageTerms).toHaveLength(MESSAGE_TERM_CAP);
});
