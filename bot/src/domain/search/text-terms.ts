/**
 * Words to stemmed search terms (H2). A case's language is unknown, so every word is indexed
 * under its English, Danish and Swedish Snowball stems, plus the stems of its Scandinavian
 * definite form stripped (Snowball Swedish leaves "fakturan" whole while "fakturorna" becomes
 * "faktur"). A query word matches when any of its stems is among the record's terms: inflected
 * forms match, substrings never do.
 */
import { dan, eng, swe } from 'stopword';
import { ValidationError } from '../shared/errors';

type Stemmer = (word: string) => string;
/* eslint-disable @typescript-eslint/no-require-imports -- the stemmers ship CJS builds beside ESM types */
const english: Stemmer = (require('@orama/stemmers/english') as { stemmer: Stemmer }).stemmer;
const danish: Stemmer = (require('@orama/stemmers/danish') as { stemmer: Stemmer }).stemmer;
const swedish: Stemmer = (require('@orama/stemmers/swedish') as { stemmer: Stemmer }).stemmer;
/* eslint-enable @typescript-eslint/no-require-imports */

const STOPWORDS = new Set<string>([...eng, ...dan, ...swe]);
/** Definite-form endings (sv/da) whose removal gives the word the stemmers know. */
const DEFINITE_ENDINGS = ['en', 'an', 'et', 'n'];
/** Longest word indexed; longer tokens are noise (hashes, URLs). */
const MAX_WORD = 40;

/** The words of a text: lower-cased letters and digits, NFC. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True for a word in the en/da/sv stopword lists. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Every stem a word is indexed and queried under (the word itself for numbers). */
export function stemsOf(word: string): string[] {
  if (/\p{N}/u.test(word)) return numberForms(word);
  const stems = new Set([english(word), danish(word), swedish(word)]);
  for (const ending of DEFINITE_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) {
      const base = word.slice(0, -ending.length);
      stems.add(swedish(base));
      stems.add(danish(base));
    }
  }
  return [...stems].filter((s) => s.length > 0);
}

/** A token with digits: itself and without leading zeros ("01042" also as "1042"). */
function numberForms(token: string): string[] {
  const forms = new Set([token]);
  const trimmed = token.replace(/^0+(?=\d)/, '');
  forms.add(trimmed);
  return [...forms];
}

/**
 * The distinct terms of a text, at most `cap`. Every word is indexed, stopwords too: one language's
 * stopword is another's content word (Swedish "kunde" is Danish "kunde", customer).
 */
export function termsOf(text: string, cap = Number.POSITIVE_INFINITY): string[] {
  const terms = new Set<string>();
  for (const word of wordsOf(text)) {
    if (word.length > MAX_WORD) continue;
    for (const stem of stemsOf(word)) {
      if (terms.size >= cap) return [...terms];
      terms.add(stem);
    }
  }
  return [...terms];
}

/** The keys a record number is found by: `cas-01042`, `01042`, `1042`. */
export function numberKeysOf(number: string): string[] {
  const lower = number.toLowerCase();
  const digits = /(\d+)$/.exec(lower)?.[1];
  return [...new Set([lower, ...(digits ? numberForms(digits) : [])])];
}

/** A parsed text query: one group of alternative stems per word, all groups must match. */
export interface TextQuery {
  groups: string[][];
  /** Set when the query is one number-like token (`CAS-01042`, `1042`): that case ranks first. */
  numberKey: string | null;
}

/** At most this many query words (stopwords left out); more is refused, never silently dropped. */
export const MAX_QUERY_WORDS = 12;

/**
 * Parses what a user typed; null when it is empty. Stopwords are left out when other words remain
 * (a query of stopwords alone searches them). ValidationError (path `q`) when the text has no word
 * at all (`!!!`) or more than MAX_QUERY_WORDS words.
 */
export function parseTextQuery(q: string | undefined): TextQuery | null {
  const raw = (q ?? '').trim().toLowerCase();
  if (raw.length === 0) return null;
  const numberKey = /^\p{L}*-?\d+$/u.test(raw) ? raw : null;
  const words = wordsOf(raw);
  if (words.length === 0) throw new ValidationError([{ path: 'q', messageKey: 'issue.queues.queryNoWords' }]);
  const meaningful = words.filter((w) => !isStopword(w));
  const chosen = [...new Set(meaningful.length > 0 ? meaningful : words)];
  if (chosen.length > MAX_QUERY_WORDS) {
    throw new ValidationError([{ path: 'q', messageKey: 'issue.queues.queryTooManyWords', params: { max: MAX_QUERY_WORDS } }]);
  }
  const groups = chosen.map((w) => stemsOf(w));
  // "cas-01042" as typed is one number key; its words (cas, 01042) still must match as terms.
  return { groups, numberKey };
}

/** True when every group has a stem among `terms` (the memory repository and tests use it). */
export function matchesAll(groups: readonly string[][], terms: ReadonlySet<string>): boolean {
  return groups.every((group) => group.some((stem) => terms.has(stem)));
}
