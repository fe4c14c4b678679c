import { requirements } from '../../knowledge/prefilter';
import { BROAD_CUES } from './broad';
import { BOOSTERS, CUES, FRAMES } from './cues';
import { screen } from './screen';

/**
 * For each cue, booster and frame pattern, a short text holding the words it needs, so screening
 * the text runs that pattern (the prefilter would skip it otherwise).
 */
export function warmUpTexts(): string[] {
  const texts = new Set<string>();
  for (const { re } of [...CUES, ...BROAD_CUES, ...BOOSTERS, ...FRAMES]) {
    for (const alternative of requirements(re) ?? [[]]) texts.add(alternative.map((clause) => [...clause][0]).join(' ') || 'i');
  }
  return [...texts];
}

/**
 * Screen the warm-up texts twice, before the search index is built. V8 stops optimising regular
 * expressions once a process holds a lot of compiled code (building the index does that), and a
 * pattern first run after that stays interpreted, about five times slower. Run early, every pattern
 * is compiled for both one-byte and two-byte text (an apostrophe like ’ makes a message two-byte).
 * Returns how many texts were screened.
 */
export function warmUpScreener(): number {
  const texts = warmUpTexts();
  for (let round = 0; round < 2; round++) {
    for (const text of texts) {
      screen(text);
      screen(`${text} \u2019`);
    }
  }
  return texts.length;
}
