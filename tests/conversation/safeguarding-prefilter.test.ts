import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROAD_CUES } from '../../bot/conversation/safeguarding/broad';
import { CUES, FRAMES } from '../../bot/conversation/safeguarding/cues';
import { Prefilter } from '../../bot/knowledge/prefilter';
import { hear } from '../../bot/conversation/safeguarding/screen';

const may = (re: RegExp, text: string) => new Prefilter([re]).possible(text)[0];

describe('safeguarding prefilter', () => {
  it('never skips a cue or frame that matches a message of the safeguarding tune set', () => {
    const patterns = [...CUES, ...BROAD_CUES, ...FRAMES].map((c) => c.re);
    const filter = new Prefilter(patterns);
    const cases = (JSON.parse(readFileSync(join(__dirname, '../safeguarding-set/tune.json'), 'utf8')) as { cases: { say: string | string[] }[] }).cases;
    let matches = 0;
    let skipped = 0;
    const missed: string[] = [];
    for (const c of cases) {
      for (const turn of Array.isArray(c.say) ? c.say : [c.say]) {
        const { normalised } = hear(turn);
        for (const text of [normalised.join(' . '), ...normalised]) {
          const possible = filter.possible(text);
          patterns.forEach((re, i) => {
            const hit = re.test(text);
            if (hit) matches += 1;
            if (!possible[i]) skipped += 1;
            if (hit && !possible[i]) missed.push(`${re.source.slice(0, 40)} in ${JSON.stringify(text.slice(0, 60))}`);
          });
        }
      }
    }
    expect(missed).toEqual([]);
    expect(matches).toBeGreaterThan(1000); // the set really exercises the cues
    expect(skipped).toBeGreaterThan(0);
  });

  it('reads optional parts, repeats, classes, lookarounds and nested alternatives without losing a match', () => {
    const cases: [RegExp, string, string][] = [
      // pattern, a text it matches, a text without its words
      [/\bkill(?:s|ed|ing)? (?:myself|himself)\b/, 'he has killed himself', 'he is fine'],
      [/\b(?:want|wish) (?:to |i )?(?:just )?(?:be )?(?:die|dead)\b/, 'i wish i just dead', 'i want to eat'],
      [/\b(?:tablets|pills)(?: \w+){0,3} (?:all|every) (?:one|last)\b/, 'pills in the drawer every last', 'in the drawer'],
      [/\b(?:1[89]|[2-9][0-9]) year old man\b/, 'a 45 year old man', 'a man of 45'],
      [/\bgroom(?:ed|ing)?\b(?! (?:the dog|hair))/, 'being groomed online', 'brushing the dog'],
      [/(?<!\bnot )\bfound (?:him|her)\b(?=.*\bsafe\b)/, 'we found her and she is safe', 'we lost them'],
      [/\b(?:a|the|in|reading) (?:the )?(?:book|tv|film)\b/, 'in the tv show', 'on the radio'],
      [/\bno+ (?:more|longer)\b/, 'nooo longer', 'yes please'],
      [/\bhow (?:many|much)(?: of)?(?: \w+){0,3} (?:is|are) enough (?:to|so)\b/, 'how many of them are enough to', 'how are you'],
      [/\b(?:gone|went) missing\b|\bran away\b/, 'she ran away', 'she came home'],
      [/\bwhat\??\s*now\b/, 'what? now', 'then'],
    ];
    for (const [re, matching, without] of cases) {
      expect(re.test(matching), `${re} should match its example`).toBe(true);
      expect(may(re, ` ${matching} `), `${re} on ${matching}`).toBe(true);
      expect(may(re, ` ${without} `), `${re} on ${without}`).toBe(false);
    }
  });

  it('always tries a pattern it cannot read for required words', () => {
    expect(may(/\w+ \d+/, 'anything')).toBe(true); // no literal word at all
    expect(may(/(a)\1 (?:x|y)?/, 'zz')).toBe(true); // back-reference, optional rest
    expect(may(new RegExp('[\\w--\\d]x', 'v'), 'abc')).toBe(true); // class set syntax: not read
  });

  it('reads a case-insensitive pattern (the idioms) against the text in any case', () => {
    expect(may(/\bkilling me\b/giu, 'THIS FORM IS KILLING ME')).toBe(true);
    expect(may(/\bbus\b/iu, 'the buſ')).toBe(true); // long s matches s under /iu
    expect(may(/\bkilling me\b/giu, 'this form is long')).toBe(false);
  });
});
