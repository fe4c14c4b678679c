import { describe, expect, it } from 'vitest';
import { loadContent } from '../../bot/knowledge/load';
import { buildIndex } from '../../bot/knowledge/index-builder';
import { decodeIndex, encodeIndex } from '../../bot/knowledge/index-codec';
import { REAL_CONTENT } from '../helpers/bot';

describe('the compact index cache', () => {
  it('ranks exactly as the index it was made from', () => {
    const { items } = loadContent(REAL_CONTENT);
    const built = buildIndex(items);
    const restored = decodeIndex(JSON.parse(JSON.stringify(encodeIndex(built))));
    for (const terms of [['fund', 'panel'], ['speech', 'languag', 'toolkit'], ['altern', 'provis', 'tier'], ['portal']]) {
      const query = (q: import('lunr').Query) => terms.forEach((t) => q.term(t, { usePipeline: false }));
      const a = built.query(query).map((r) => [r.ref, r.score.toFixed(3)]);
      const b = restored.query(query).map((r) => [r.ref, r.score.toFixed(3)]);
      expect(b).toEqual(a);
      expect(a.length).toBeGreaterThan(0);
    }
  });
});
