/** Stemmed en/da/sv text matching (H2): inflected forms match, substrings never, every word must. */
import { matchesAll, MAX_QUERY_WORDS, numberKeysOf, parseTextQuery, termsOf } from '../../bot/src/domain/search/text-terms';
import { withMessageTerms, withTerms, MESSAGE_TERM_CAP, needsIndexing } from '../../bot/src/domain/search/record-terms';
import type { ServiceRecord } from '../../bot/src/domain/records/record';
import { ValidationError } from '../../bot/src/domain/shared/errors';

const matches = (query: string, text: string) => {
  const parsed = parseTextQuery(query);
  return parsed !== null && matchesAll(parsed.groups, new Set(termsOf(text)));
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

test('a query with no word, or with more words than count, is refused on `q`, never widened or cut', () => {
  const issuesOf = (q: string) => {
    try {
      parseTextQuery(q);
    } catch (error) {
      return error instanceof ValidationError ? error.issues : [];
    }
    return null;
  };
  expect(issuesOf('!!!')).toEqual([{ path: 'q', messageKey: 'issue.queues.queryNoWords' }]);
  const words = Array.from({ length: MAX_QUERY_WORDS + 1 }, (_, i) => `ord${String.fromCharCode(97 + i)}`);
  expect(issuesOf(words.join(' '))).toEqual([{ path: 'q', messageKey: 'issue.queues.queryTooManyWords', params: { max: MAX_QUERY_WORDS } }]);
  expect(parseTextQuery(words.slice(0, MAX_QUERY_WORDS).join(' '))?.groups).toHaveLength(MAX_QUERY_WORDS);
  expect(parseTextQuery(`the and of ${words.slice(0, MAX_QUERY_WORDS).join(' ')}`)?.groups).toHaveLength(MAX_QUERY_WORDS);
});

test('stopwords are indexed: Swedish "kunde" is a Danish content word (the issue\'s example)', () => {
  const text = 'Kunde ringede om faktura';
  const kunderne = parseTextQuery('kunderne')?.groups ?? [];
  const r = withTerms({ ...base, description: text }, { person: null, company: null });
  expect(matchesAll(kunderne, new Set([...(r.terms ?? []), ...(r.descriptionTerms ?? [])]))).toBe(true);
  expect(matchesAll(kunderne, new Set(withMessageTerms(withTerms(base, { person: null, company: null }), [text])?.messageTerms))).toBe(true);
  expect(matchesAll(parseTextQuery('om')?.groups ?? [], new Set(termsOf(text)))).toBe(true);
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

test('a record is indexed from number, title, description, person and company; title, description and people terms apart', () => {
  const r = withTerms(base, { person: { name: 'Jens Sørensen', email: 'jens@nordlys.example' }, company: { name: 'Nordlys A/S' } });
  const terms = new Set(r.terms);
  for (const t of ['cas-01042', '1042']) expect(terms.has(t)).toBe(true);
  const all = new Set([...terms, ...(r.descriptionTerms ?? []), ...(r.peopleTerms ?? [])]);
  for (const q of ['printers', 'kunde', 'fakturaer', 'jens', 'sørensen', 'nordlys', 'jens@nordlys.example']) expect(matchesAll(parseTextQuery(q)?.groups ?? [], all)).toBe(true);
  // Field security (A3): the description's and the people's words are not in `terms`.
  for (const q of ['fakturaer', 'modtaget', 'jens', 'nordlys']) expect(matchesAll(parseTextQuery(q)?.groups ?? [], terms)).toBe(false);
  expect(matchesAll(parseTextQuery('modtaget')?.groups ?? [], new Set(r.descriptionTerms))).toBe(true);
  expect(matchesAll(parseTextQuery('sørensen')?.groups ?? [], new Set(r.peopleTerms))).toBe(true);
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
