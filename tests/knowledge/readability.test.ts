import { describe, expect, it } from 'vitest';
import { fleschReadingEase, readability, splitSentences, wordsOf } from '../../bot/knowledge/readability';

describe('readability', () => {
  it('uses the Flesch reading ease formula', () => {
    // 10 words, 1 sentence, 14 syllables: 206.835 - 10.15 - 118.44.
    expect(fleschReadingEase(10, 1, 14)).toBeCloseTo(78.245, 3);
    expect(fleschReadingEase(0, 0, 0)).toBe(100);
  });

  it('splits sentences, not abbreviations, decimals or addresses', () => {
    expect(splitSentences('It helps. It is free! Is it? Yes.')).toEqual(['It helps.', 'It is free!', 'Is it?', 'Yes.']);
    expect(splitSentences('Bring proof, e.g. a letter. Then wait.')).toEqual(['Bring proof, e.g. a letter.', 'Then wait.']);
    expect(splitSentences('It costs £2.50 a week. Email send@leicester.gov.uk.')).toEqual(['It costs £2.50 a week.', 'Email send@leicester.gov.uk.']);
    expect(splitSentences('   ')).toEqual([]);
  });

  it('counts hyphenated words and numbers as words', () => {
    expect(wordsOf("The co-ordinator's 2 top-up forms.")).toEqual(["The", "co-ordinator's", '2', 'top-up', 'forms']);
  });

  it('scores plain text as easy and official language as hard, naming the hardest sentence', () => {
    expect(readability('You can ask the school for help. It is free.').score).toBeGreaterThan(80);
    const hard = readability(
      'It is free. Designated Specialist Provisions accommodate pupils with communication and interaction difficulties, facilitating differentiated curriculum adaptations.',
    );
    expect(hard.score).toBeLessThan(30);
    expect(hard.sentences).toHaveLength(2);
    expect(hard.hardest?.sentence).toMatch(/^Designated Specialist Provisions/);
  });

  it('does not count web and email addresses as hard words', () => {
    expect(readability('Email qualityinclusion@leicester.gov.uk.').score).toBe(readability('Email.').score);
  });
});
