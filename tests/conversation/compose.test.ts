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

import { replyToQuestion } from '../../bot/conversation/answering';
import { KnowledgeBase } from '../../bot/knowledge/knowledge-base';
import { loadContent } from '../../bot/knowledge/load';
import { FIXTURE_CONTENT } from '../helpers/bot';

describe('explaining acronyms', () => {
  const kb = KnowledgeBase.create(loadContent(FIXTURE_CONTENT));
  const ctx = { now: new Date('2026-11-23T12:00:00Z'), publicUrl: 'http://localhost' };
  const introOf = (q: string) => {
    const { reply } = replyToQuestion(kb, q, {}, ctx);
    return reply.kind === 'answer' ? reply.intro : undefined;
  };

  it('says what an acronym stands for when someone asks', () => {
    expect(introOf('What is E3?')).toMatch(/E3\*\* stands for Element 3 top-up funding/);
  });

  it('explains an acronym typed in capitals', () => {
    expect(introOf('How long does an E3 application take to reach panel?')).toMatch(/stands for/);
  });

  it('does not explain an ordinary word that happens to spell an acronym', () => {
    expect(introOf('how long does an e3 application take to reach panel') ?? '').not.toMatch(/stands for/);
  });
});
