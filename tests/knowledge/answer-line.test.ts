import { describe, expect, it } from 'vitest';
import { loadContent } from '../../bot/knowledge/load';
import { decide } from '../../bot/knowledge/decide';
import { CONFIDENCE } from '../../bot/knowledge/tuning';
import type { Hit, Resolved } from '../../bot/knowledge/search';
import { FIXTURE_CONTENT } from '../helpers/bot';

/** The line between answering and "did you mean" / declining, on the best item's coverage alone. */
describe('the answer line', () => {
  const [item, other] = loadContent(FIXTURE_CONTENT).items;
  const resolved: Resolved[] = [
    { concept: { label: 'handbook', terms: [{ stem: 'handbook', weight: 1 }] }, terms: [{ term: 'handbook', boost: 1, df: 1 }], idf: 3 },
    { concept: { label: 'covers', terms: [{ stem: 'cover', weight: 1 }] }, terms: [{ term: 'cover', boost: 1, df: 4 }], idf: 2 },
  ];
  const hit = (coverage: number, of = item, score = 10): Hit => ({ item: of, score, raw: score, coverage, strongCoverage: coverage, matched: ['handbook'] });

  it('answers when the best item covers a little over half of the question', () => {
    expect(CONFIDENCE.minCoverage).toBeLessThanOrEqual(0.55);
    expect(decide([hit(0.552), hit(0.3, other, 3)], resolved).kind).toBe('answer');
  });

  it('does not answer just below the line', () => {
    expect(decide([hit(0.548), hit(0.3, other, 3)], resolved).kind).not.toBe('answer');
  });
});
