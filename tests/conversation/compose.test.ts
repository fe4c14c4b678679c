import { describe, expect, it } from 'vitest';
import { shorten } from '../../bot/conversation/compose';

const body = ['Intro paragraph.', '## Funding\n\nMoney details.', '## Dates\n\nThe course runs in 2026/27.', '## Other\n\nSomething else.'].join('\n\n');

describe('shortening a long answer', () => {
  it('keeps a short body whole', () => {
    expect(shorten(body, 1000)).toEqual({ body, truncated: false });
  });

  it('keeps the first paragraph and the section the question is about, in order', () => {
    const { body: short, truncated } = shorten(body, 60, (block) => (block.includes('2026/27') ? 1 : 0));
    expect(truncated).toBe(true);
    expect(short).toBe('Intro paragraph.\n\n## Dates\n\nThe course runs in 2026/27.');
  });

  it('never leaves a heading without its section', () => {
    const { body: short } = shorten(body, 45);
    expect(short).not.toMatch(/## \w+$/);
  });
});
