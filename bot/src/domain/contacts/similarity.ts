/**
 * G2 scoring, pure: how alike a closed case is to the one being looked at. BM25 over the stored
 * en/da/sv stems (a stored case keeps each term once, so term frequency is 1 and only the inverse
 * document frequency and the candidate's length count), with a term in the case's title weighted
 * up and a match in the candidate's title weighted up again. Ties (equal rounded scores) go to the
 * more recently closed case, then to a case resolved over one closed otherwise.
 */
import type { RecordStatus } from '../records/record';
import { isStopword, stemsOf } from '../search/text-terms';
import { dan, eng, swe } from 'stopword';

/** BM25's saturation and length normalization. */
const K1 = 1.2;
const B = 0.75;
/** A query term from the case's title weighs this much more than one from its description or messages. */
export const TITLE_QUERY_WEIGHT = 2;
/** A term found in the candidate's title counts this much more. */
export const TITLE_MATCH_WEIGHT = 1.5;
/** Message terms are noisier (greetings, signatures): they weigh less. */
export const MESSAGE_QUERY_WEIGHT = 0.5;

/** The stems of every en/da/sv stopword: left out of a case's query terms (termsOf keeps them). */
const STOPWORD_STEMS: ReadonlySet<string> = new Set([...eng, ...dan, ...swe].flatMap((w) => stemsOf(w.toLowerCase())));

/** True for a stem that is only ever a stopword's (or a number: case numbers, dates, codes). */
export function isNoiseStem(stem: string): boolean {
  return STOPWORD_STEMS.has(stem) || isStopword(stem) || /^\p{N}+$/u.test(stem) || stem.length < 2;
}

/** The case's query terms: stem → weight (title over description over messages), noise left out. */
export function queryTermsOf(source: { titleTerms: readonly string[]; descriptionTerms: readonly string[]; messageTerms: readonly string[] }): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (stems: readonly string[], weight: number) => {
    for (const stem of stems) if (!isNoiseStem(stem) && (weights.get(stem) ?? 0) < weight) weights.set(stem, weight);
  };
  add(source.messageTerms, MESSAGE_QUERY_WEIGHT);
  add(source.descriptionTerms, 1);
  add(source.titleTerms, TITLE_QUERY_WEIGHT);
  return weights;
}

/** BM25's inverse document frequency of a term held by `df` of `total` documents (never negative). */
export function idf(df: number, total: number): number {
  const n = Math.max(total, df);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** BM25's factor for a term present once in a document of `length` terms (1 at the average length). */
export function lengthFactor(length: number, averageLength: number): number {
  const ratio = averageLength > 0 ? length / averageLength : 1;
  return (K1 + 1) / (1 + K1 * (1 - B + B * ratio));
}

/** What scoring reads of a candidate. */
export interface ScoredTerms {
  terms: ReadonlySet<string>;
  titleTerms: ReadonlySet<string>;
}

/**
 * The candidate's score in [0, 1]: its BM25 sum over the query terms it holds, divided by what a
 * candidate of average length holding every query term in its title would score (so 1 is "as alike
 * as can be", and scores of different cases compare). Rounded to two decimals.
 */
export function similarityScore(query: ReadonlyMap<string, number>, idfs: ReadonlyMap<string, number>, candidate: ScoredTerms, averageLength: number): number {
  let ideal = 0;
  let raw = 0;
  const factor = lengthFactor(candidate.terms.size, averageLength);
  for (const [stem, weight] of query) {
    const w = weight * (idfs.get(stem) ?? 0);
    ideal += w * TITLE_MATCH_WEIGHT;
    if (candidate.titleTerms.has(stem)) raw += w * TITLE_MATCH_WEIGHT * factor;
    else if (candidate.terms.has(stem)) raw += w * factor;
  }
  if (ideal <= 0) return 0;
  return Math.round(Math.min(1, raw / ideal) * 100) / 100;
}

/** What ordering reads of a scored candidate. */
export interface Ranked {
  score: number;
  closedAt: string;
  status: RecordStatus;
}

/** Best first: score, then the more recently closed, then resolved before closed otherwise. */
export function compareRanked(a: Ranked, b: Ranked): number {
  return b.score - a.score || b.closedAt.localeCompare(a.closedAt) || resolutionRank(a.status) - resolutionRank(b.status);
}

/** 0 for a case resolved, 1 for one closed otherwise. */
function resolutionRank(status: RecordStatus): number {
  return status === 'resolved' ? 0 : 1;
}

/**
 * The stems a candidate query looks for: by weight × idf, best first, at most `max`, among those
 * some other done case holds (a stem nobody else has finds nothing), while the cases holding them
 * add up to at most `budget` (the candidate query's work stays bounded in any tenant; the first
 * stem is always taken, so a case of common words still finds candidates). Of the `guessed` stems
 * (their count is only an upper bound: the statistics do not list them, they may match nothing) at
 * most `guessed.max` are taken, so names and typos do not crowd out the words other cases share.
 */
export function distinctiveStems(query: ReadonlyMap<string, number>, idfs: ReadonlyMap<string, number>, frequencies: ReadonlyMap<string, number>, max: number, budget = Number.POSITIVE_INFINITY, guessed: { stems: ReadonlySet<string>; max: number } = { stems: new Set(), max: 0 }): string[] {
  const ranked = [...query]
    .filter(([stem]) => (frequencies.get(stem) ?? 0) > 0)
    .map(([stem, weight]) => ({ stem, value: weight * (idfs.get(stem) ?? 0), df: frequencies.get(stem) ?? 0 }))
    .sort((a, b) => b.value - a.value || a.stem.localeCompare(b.stem));
  const chosen: string[] = [];
  let spent = 0;
  let guesses = 0;
  for (const { stem, df } of ranked) {
    if (chosen.length >= max) break;
    if (chosen.length > 0 && spent + df > budget) continue;
    const guess = guessed.stems.has(stem);
    if (guess && guesses >= guessed.max && chosen.length > 0) continue;
    chosen.push(stem);
    spent += df;
    if (guess) guesses++;
  }
  return chosen;
}
