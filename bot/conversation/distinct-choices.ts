import type { Hit } from '../knowledge/search';
import { isQuestionStopWord, stem, words } from '../knowledge/text';
import { areaOf } from '../knowledge/understanding/profile';

/** A title's naming words as stems: little words and place names ("in Leicester City") left out. */
function titleStems(title: string): Set<string> {
  return new Set(words(title).filter((w) => !isQuestionStopWord(w) && w.length > 1 && !areaOf(w) && w !== 'city' && w !== 'county').map(stem));
}

/**
 * Choices that each mean something different first. A choice whose title has every naming word
 * of one already offered ("The Professionals Portal for EHCP annual reviews" after "EHCP annual
 * reviews") is another side of the same thing: it goes after the rest, so "reviews?" offers
 * annual reviews and provision reviews rather than three kinds of annual review.
 */
export function distinctFirst(hits: readonly Hit[]): Hit[] {
  const kept: Hit[] = [];
  const later: Hit[] = [];
  const keptStems: Set<string>[] = [];
  for (const h of hits) {
    const mine = titleStems(h.item.title);
    const repeats = keptStems.some((s) => s.size > 0 && [...s].every((w) => mine.has(w)));
    if (repeats) later.push(h);
    else {
      kept.push(h);
      keptStems.push(mine);
    }
  }
  return [...kept, ...later];
}
