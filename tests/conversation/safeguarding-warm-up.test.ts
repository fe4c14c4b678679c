import { describe, expect, it } from 'vitest';
import { Prefilter } from '../../bot/knowledge/prefilter';
import { BROAD_CUES } from '../../bot/conversation/safeguarding/broad';
import { BOOSTERS, CUES, FRAMES } from '../../bot/conversation/safeguarding/cues';
import { warmUpScreener, warmUpTexts } from '../../bot/conversation/safeguarding/warm-up';

describe('screener warm-up at start-up', () => {
  it('gives every cue, booster and frame a text in which the prefilter lets it run', () => {
    const patterns = [...CUES, ...BROAD_CUES, ...BOOSTERS, ...FRAMES].map((x) => x.re);
    const filter = new Prefilter(patterns);
    const reached = new Array<boolean>(patterns.length).fill(false);
    for (const text of warmUpTexts()) filter.possible(text).forEach((ok, i) => (reached[i] ||= ok));
    const missed = patterns.filter((_, i) => !reached[i]).map((re) => re.source.slice(0, 60));
    expect(missed).toEqual([]);
  });

  it('screens its texts without throwing and says how many', () => {
    expect(warmUpScreener()).toBe(warmUpTexts().length);
    expect(warmUpTexts().length).toBeGreaterThan(100);
  });
});
