import type { Hit, Resolved } from './search';
import { CONFIDENCE, RELATED_LIMIT } from './tuning';
import { words } from './text';
import { wordRank } from './understanding/common-words';

export { CONFIDENCE } from './tuning';

export type Decision =
  | { kind: 'answer'; best: Hit; related: Hit[] }
  | { kind: 'clarify'; options: Hit[] }
  /** Not sure it understood: "did you mean…" with the plausible items. */
  | { kind: 'suggest'; options: Hit[] }
  | { kind: 'decline'; nearest: Hit[]; reason: 'nothing to search' | 'no match' | 'weak match' | 'a task, not a question' };

export const isConfident = (hit: Hit): boolean =>
  hit.coverage >= CONFIDENCE.minCoverage && hit.strongCoverage >= CONFIDENCE.minStrongCoverage;

/**
 * A glossary idea typed as an ordinary lower-case word the glossary itself writes that way
 * ("autism"), not as an acronym ("ASD", "SALT"): like "funding", people mean different things by it.
 */
function isPlainWord(r: Resolved): boolean {
  const entry = r.concept.glossary!;
  return !r.concept.label.includes(' ') && [entry.term, ...entry.synonyms].some((name) => name === name.toLowerCase() && words(name).join(' ') === r.concept.label);
}

/**
 * Of items scored close together, one that has every idea of the question (and as many in its
 * title and summary) goes before one that lacks some: lunr's score favours an item that says a
 * few of the words often ("name a school on the EHCP") over one that has them all.
 */
function wholeFirst(hits: readonly Hit[], resolved: readonly Resolved[]): Hit[] {
  const [first] = hits;
  if (!first) return [];
  // What it has more of must name something ("specialist"), not be an everyday word ("comes").
  const naming = new Set(resolved.filter((r) => r.concept.glossary || !/^[a-z]+$/.test(r.concept.label) || (wordRank(r.concept.label) ?? Infinity) > CONFIDENCE.wholeNamingRank).map((r) => r.concept.label));
  const namesMore = (h: Hit) => h.matched.some((label) => naming.has(label) && !first.matched.includes(label));
  const whole = hits
    .slice(1, CONFIDENCE.wholeLookahead + 1)
    .find((h) => h.coverage >= 0.999 && h.coverage - first.coverage >= CONFIDENCE.wholeMargin && h.strongCoverage >= first.strongCoverage && h.score >= first.score * CONFIDENCE.wholeRatio && namesMore(h));
  return whole ? [whole, ...hits.filter((h) => h !== whole)] : [...hits];
}

/**
 * Pure decision over ranked hits. `topicOnly`: the message names a subject and nothing else (no
 * question type, no story), so it may mean any of the items about that subject.
 */
export function decide(hits: readonly Hit[], resolved: readonly Resolved[], topicOnly = false): Decision {
  if (resolved.length === 0) return { kind: 'decline', nearest: [], reason: 'nothing to search' };
  const [best, ...rest] = wholeFirst(hits, resolved);
  if (!best) return { kind: 'decline', nearest: [], reason: 'no match' };
  if (!isConfident(best)) {
    // A word no item uses ("DLA", "recycling") means it is about something else, not a near miss.
    const namesSomethingElse = resolved.some((r) => r.absent === 'unknown');
    // Plausible: near the line, and naming the question's most specific idea.
    const rarest = resolved.reduce((a, b) => (b.idf > a.idf ? b : a));
    const plausible = hits
      .slice(0, CONFIDENCE.suggestOptions)
      .filter((h) => h.coverage >= CONFIDENCE.suggestCoverage && h.strongCoverage >= CONFIDENCE.minStrongCoverage && h.matched.includes(rarest.concept.label));
    if (!namesSomethingElse && plausible.length > 0) return { kind: 'suggest', options: plausible.slice(0, CONFIDENCE.suggestOptions) };
    return { kind: 'decline', nearest: hits.slice(0, 3), reason: 'weak match' };
  }
  const close = rest.filter((h) => isConfident(h) && h.score >= best.score * CONFIDENCE.clarifyRatio);
  // A named thing (an acronym from the glossary) has one home; a general word like
  // "funding" or "training" is where people mean different things.
  const general = resolved.length <= (topicOnly ? CONFIDENCE.clarifyMaxTopicConcepts : CONFIDENCE.clarifyMaxConcepts) && resolved.every((r) => !r.concept.glossary || (topicOnly && isPlainWord(r)));
  // Several items each named for the word ("Element 3 top-up funding", "Emergency top-up funding").
  const named = rest.filter((h) => isConfident(h) && h.strongCoverage >= 1 && h.score >= best.score * CONFIDENCE.clarifyWideRatio);
  if (general && (close.length > 0 || (best.strongCoverage >= 1 && named.length >= 2))) {
    const wide = rest.filter((h) => isConfident(h) && h.score >= best.score * CONFIDENCE.clarifyWideRatio);
    return { kind: 'clarify', options: [best, ...wide].slice(0, CONFIDENCE.clarifyOptions) };
  }
  return { kind: 'answer', best, related: rest.filter(isConfident).slice(0, RELATED_LIMIT) };
}
