import { describe, expect, it } from 'vitest';
import { loadContent } from '../../bot/knowledge/load';
import type { Hit } from '../../bot/knowledge/search';
import { distinctFirst } from '../../bot/conversation/distinct-choices';
import { FIXTURE_CONTENT } from '../helpers/bot';

describe('choices that mean different things', () => {
  const [base] = loadContent(FIXTURE_CONTENT).items;
  const hit = (id: string, title: string): Hit => ({ item: { ...base, id, title }, score: 1, raw: 1, coverage: 1, strongCoverage: 1, matched: [] });
  const ids = (hits: Hit[]) => distinctFirst(hits).map((h) => h.item.id);

  it('puts a choice that only adds to a title already offered after the ones that differ', () => {
    const hits = [hit('a', 'Library visits for pupils'), hit('b', 'Booking library visits for pupils (Leicester City)'), hit('c', 'Transport to school'), hit('d', 'Parent forums')];
    expect(ids(hits)).toEqual(['a', 'c', 'd', 'b']);
  });

  it('keeps the ranking order when every title says something different', () => {
    const hits = [hit('a', 'Library visits'), hit('b', 'School visits by the nurse'), hit('c', 'Home visits')];
    expect(ids(hits)).toEqual(['a', 'b', 'c']);
  });
});
