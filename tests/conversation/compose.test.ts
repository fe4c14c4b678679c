import { describe, expect, it } from 'vitest';
import { askedAbout, shorten } from '../../bot/conversation/compose';

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

describe('the part of an item a short answer shows', () => {
  const figures = [
    'An introduction about the programme.',
    ['## Key figures', '', ...Array.from({ length: 8 }, (_, i) => `- Figure ${i}: ${'a long line about referrals and waits '.repeat(3)}`), '- Almost 1,000 children were helped.'].join('\n'),
    '## Next steps\n\nGrow the training offer.',
  ].join('\n\n');
  const aboutChildren = (text: string) => (text.includes('children') ? 2 : text.includes('Figure') ? 1 : 0);

  it('keeps the fact that answers, even from a section too long to show whole', () => {
    const { body: shown } = shorten(figures, 400, aboutChildren);
    expect(shown).toContain('An introduction about the programme.');
    expect(shown).toContain('## Key figures\n\n- Almost 1,000 children were helped.');
    expect(shown.length).toBeLessThanOrEqual(400);
  });
});

describe('explaining acronyms', () => {
  const kb = KnowledgeBase.create(loadContent(FIXTURE_CONTENT));
  const ctx = { now: new Date('2026-11-23T12:00:00Z'), publicUrl: 'http://localhost' };
  const introOf = (q: string) => {
    const { reply } = replyToQuestion(kb, q, {}, ctx);
    return reply.kind === 'answer' ? reply.intro : undefined;
  };

  it('explains an acronym typed in capitals that the answer itself does not spell out', () => {
    expect(introOf('Can the SENDCo apply for Element 3 funding?')).toMatch(/SENDCo\*\* stands for special educational needs co-ordinator/);
  });

  it('does not define an acronym again when the answer\'s title already spells it out', () => {
    // "Element 3 (E3) top-up funding": a second "E3 stands for Element 3" above it is noise.
    expect(introOf('What is E3?') ?? '').not.toMatch(/stands for/);
    expect(introOf('How long does an E3 application take to reach panel?') ?? '').not.toMatch(/E3\*\* stands for/);
  });

  it('does not explain an ordinary word that happens to spell an acronym', () => {
    expect(introOf('how long does an e3 application take to reach panel') ?? '').not.toMatch(/stands for/);
  });
});

describe('choosing the paragraph that answers the question', () => {
  const item = [
    'Intro about the course.',
    '## How to sign up\n\nRegister on the website and we reply within 5 working days.',
    '## Results\n\n- 99% feel more confident.\n- 96% would recommend it.',
  ].join('\n\n');

  it('a question about whether something works gets its results', () => {
    const { body } = shorten(item, 110, askedAbout([], 'does the course make a difference, what did people say?'));
    expect(body).toContain('99% feel more confident');
    expect(body).not.toContain('Register on the website');
  });

  it('a question about how to join gets the sign-up paragraph', () => {
    const { body } = shorten(item, 110, askedAbout([], 'how do I register for the course', 'register course', 'apply'));
    expect(body).toContain('Register on the website');
  });

  it('list numbering and years are not the number a "how long" question asks for', () => {
    const steps = ['Intro.', '## Steps\n\n1. Send the form in 2025.\n2. Wait for the panel.', '## Waits\n\nThe panel decides in 3 weeks.'].join('\n\n');
    const { body } = shorten(steps, 50, askedAbout([], 'how long does the panel take'));
    expect(body).toContain('3 weeks');
  });

  it('keeps a line that introduces a list with the list', () => {
    const levels = ['Intro.', 'There are two levels:', '- Targeted: a wait of 60 days.\n- Specialist: a wait of 18 months.', '## Other\n\nSomething else entirely here.'].join('\n\n');
    const { body } = shorten(levels, 120, askedAbout([], 'how long is the wait'));
    expect(body).toContain('There are two levels:\n\n- Targeted');
  });
});
