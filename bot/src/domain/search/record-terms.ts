/** Builds the stored text index of a record (H2): which terms it is found by, and which rank it first. */
import type { Company, Person } from '../people/people';
import type { ServiceRecord } from '../records/record';
import { numberKeysOf, termsOf } from './text-terms';

/** The index version; records built with an older one are rebuilt at start (backfill). */
export const SEARCH_VERSION = 2;
/** At most this many message terms per record (a long thread must not grow the item without end). */
export const MESSAGE_TERM_CAP = 1500;
/** At most this many terms from the description. */
const DESCRIPTION_TERM_CAP = 600;

/** What a record's terms come from besides the record itself. */
export interface IndexSources {
  person: Pick<Person, 'name' | 'email'> | null;
  company: Pick<Company, 'name'> | null;
}

/**
 * The record with its terms rebuilt from its fields, its person and company, and its kept message terms.
 * Field security (A3): the description's and the person's/company's words go to their own arrays, which
 * a search matches only for callers who may read those fields.
 */
export function withTerms(record: ServiceRecord, sources: IndexSources): ServiceRecord {
  const titleTerms = termsOf(record.title);
  const messageTerms = record.messageTerms ?? [];
  const all = new Set<string>([...numberKeysOf(record.number), ...termsOf(record.number), ...titleTerms, ...messageTerms]);
  const descriptionTerms = termsOf(record.description, DESCRIPTION_TERM_CAP);
  const peopleTerms = termsOf([sources.person?.name ?? '', sources.person?.email ?? '', sources.company?.name ?? ''].join(' '));
  return {
    ...record, terms: [...all], titleTerms, descriptionTerms, peopleTerms, numberKeys: numberKeysOf(record.number), messageTerms, searchVersion: SEARCH_VERSION,
  };
}

/** The record with the words of new messages added (null when nothing new: no write needed). */
export function withMessageTerms(record: ServiceRecord, texts: readonly string[]): ServiceRecord | null {
  const kept = new Set(record.messageTerms ?? []);
  const terms = new Set(record.terms ?? []);
  let added = false;
  for (const term of termsOf(texts.join('\n'))) {
    if (kept.size >= MESSAGE_TERM_CAP) break;
    if (kept.has(term)) continue;
    kept.add(term);
    terms.add(term);
    added = true;
  }
  return added ? { ...record, messageTerms: [...kept], terms: [...terms] } : null;
}

/** True when the record's index is missing or was built by an older version. */
export function needsIndexing(record: Pick<ServiceRecord, 'searchVersion' | 'terms'>): boolean {
  return !record.terms || (record.searchVersion ?? 0) < SEARCH_VERSION;
}
