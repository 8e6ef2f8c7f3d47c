/**
 * G2 quality (tests/fixtures/similar-cases-quality.ts): thirteen groups of similar closed cases in
 * en/da/sv (three of them near misses of others: shared words, another problem, other people),
 * 39 held-out cases. hit@3 (a right person among the first three) and MRR are printed
 * (docs/performance.md quotes them) and held above a floor, also with only the other languages'
 * cases as evidence.
 */
import { corpusQuality } from '../fixtures/similar-cases-quality';

test('hit@3 and MRR over the held-out cases of every group, in every language', async () => {
  const q = await corpusQuality();
  const byLanguage = Object.entries(q.perLanguage).map(([l, v]) => `${l} ${v.hits}/${v.queries}`).join(', ');
  process.stdout.write(`similar cases quality: ${q.queries} held-out cases over ${q.closed} closed; hit@3 ${q.hitAt3.toFixed(3)}, MRR ${q.mrr.toFixed(3)} (${byLanguage}); `
    + `other languages only: hit@3 ${q.crossHitAt3.toFixed(3)}, MRR ${q.crossMrr.toFixed(3)}\n${q.misses.map((m) => `  miss: ${m}`).join('\n')}\n`);
  expect(q.closed).toBeGreaterThanOrEqual(90);
  expect(q.queries).toBe(39);
  // Reached: 1.000 and 0.983; across languages 0.564 and 0.517 (the floors leave a margin).
  expect(q.hitAt3).toBeGreaterThanOrEqual(0.92);
  expect(q.mrr).toBeGreaterThanOrEqual(0.9);
  expect(q.crossHitAt3).toBeGreaterThanOrEqual(0.49);
  expect(q.crossMrr).toBeGreaterThanOrEqual(0.44);
});
