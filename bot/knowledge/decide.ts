import type { Hit, Resolved } from './search';

/**
 * When to answer, when to ask which one, when to say "I don't know". Calibrated with
 * `npm run calibrate` on the project's question sets (281 answerable, 60 out-of-scope, 182
 * items, November 2026): answerable questions' best items cover 0.60 or more of the question,
 * out-of-scope ones 0.54 or less (one outlier aside), so the line sits between the two.
 * Re-run it after changing search or adding much content.
 */
export const CONFIDENCE = {
  /** The best item must match at least this share of the question's meaning. */
  minCoverage: 0.56,
  /** …and this share in its title, questions, tags or summary, not only deep in the body. */
  minStrongCoverage: 0.3,
  /** Ask which one when the runner-up scores at least this fraction of the best… */
  clarifyRatio: 0.9,
  /** …and offer every confident item scoring at least this fraction of the best, so no route is missed. */
  clarifyWideRatio: 0.6,
  /** …and the question is this short (in concepts): long questions carry enough to choose. */
  clarifyMaxConcepts: 1,
  /** Most choices offered when asking which one (answering orders them and keeps the first five). */
  clarifyOptions: 8,
  /**
   * Below confidence, an item matching at least this share (and with no word naming something
   * the content never mentions) is offered as "did you mean…" rather than a flat decline.
   */
  suggestCoverage: 0.45,
  /** Most items offered as "did you mean…". */
  suggestOptions: 3,
} as const;

export type Decision =
  | { kind: 'answer'; best: Hit; related: Hit[] }
  | { kind: 'clarify'; options: Hit[] }
  /** Not sure it understood: "did you mean…" with the plausible items. */
  | { kind: 'suggest'; options: Hit[] }
  | { kind: 'decline'; nearest: Hit[]; reason: 'nothing to search' | 'no match' | 'weak match' };

export const isConfident = (hit: Hit): boolean =>
  hit.coverage >= CONFIDENCE.minCoverage && hit.strongCoverage >= CONFIDENCE.minStrongCoverage;

/** Pure decision over ranked hits. */
export function decide(hits: readonly Hit[], resolved: readonly Resolved[]): Decision {
  if (resolved.length === 0) return { kind: 'decline', nearest: [], reason: 'nothing to search' };
  const [best, ...rest] = hits;
  if (!best) return { kind: 'decline', nearest: [], reason: 'no match' };
  if (!isConfident(best)) {
    // A word no item uses ("DLA", "recycling") means it is about something else, not a near miss.
    const namesSomethingElse = resolved.some((r) => r.absent !== undefined);
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
  const general = resolved.length <= CONFIDENCE.clarifyMaxConcepts && resolved.every((r) => !r.concept.glossary);
  if (close.length > 0 && general) {
    const wide = rest.filter((h) => isConfident(h) && h.score >= best.score * CONFIDENCE.clarifyWideRatio);
    return { kind: 'clarify', options: [best, ...wide].slice(0, CONFIDENCE.clarifyOptions) };
  }
  return { kind: 'answer', best, related: rest.filter(isConfident).slice(0, 3) };
}
