import lunr from 'lunr';
import type { Glossary } from './glossary';
import type { GlossaryEntry } from './schema';
import { isQuestionStopWord, stem, words } from './text';
import { RANKING } from './tuning';

/**
 * One idea in a question: the word the person typed plus other words for the same idea
 * (from the glossary). A question is covered when its ideas are found, not its words.
 */
export type Concept = {
  /** What the person typed, for explanations ("matched terms"). */
  label: string;
  /** Stems that stand for this concept; the first ones are what was typed. */
  terms: { stem: string; weight: number }[];
  /**
   * For a glossary concept, the ways of naming it (what was typed, the term, each synonym,
   * the expansion), each as its stems. An item covers the concept when it contains most of
   * one of them, so a common word from an expansion ("support" in ELSEC's) is not enough.
   */
  names?: string[][];
  /** Set when the concept came from a glossary term, so the answer can say what it means. */
  glossary?: GlossaryEntry;
};

/** Questions longer than this are cut: nobody's question has more ideas, and it bounds the work. */
export const MAX_QUERY_WORDS = 40;

const isLunrStopWord = (w: string) => lunr.stopWordFilter(new lunr.Token(w, {})) === undefined;
const isNoise = (w: string) => isQuestionStopWord(w) || isLunrStopWord(w) || (w.length === 1 && !/[0-9]/.test(w));

/** Split a question into concepts, expanding acronyms and synonyms from the glossary. */
export function parseQuestion(text: string, glossary: Glossary): Concept[] {
  const tokens = words(text).slice(0, MAX_QUERY_WORDS * 2);
  const matches = glossary.find(tokens);
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  let m = 0;
  for (let i = 0; i < tokens.length && concepts.length < MAX_QUERY_WORDS; ) {
    const match = matches[m];
    if (match && match.start === i) {
      m += 1;
      i += match.length;
      const typed = tokens.slice(match.start, match.start + match.length);
      const concept = glossaryConcept(match.entry, typed);
      const key = concept.terms.map((t) => t.stem).join(' ');
      if (concept.terms.length && !seen.has(key)) {
        seen.add(key);
        concepts.push(concept);
      }
      continue;
    }
    const w = tokens[i];
    i += 1;
    if (isNoise(w)) continue;
    const s = stem(w);
    if (seen.has(s)) continue;
    seen.add(s);
    concepts.push({ label: w, terms: [{ stem: s, weight: 1 }] });
  }
  return concepts;
}

function glossaryConcept(entry: GlossaryEntry, typed: string[]): Concept {
  const terms = new Map<string, number>();
  const names: string[][] = [];
  const add = (phrase: string, weight: number) => {
    const stems = words(phrase)
      .filter((w) => !isNoise(w))
      .map(stem);
    for (const s of stems) terms.set(s, Math.max(terms.get(s) ?? 0, weight));
    if (stems.length) names.push(stems);
  };
  // What was typed counts fully; the other names for the idea nearly as much.
  add(typed.join(' '), RANKING.glossaryTyped);
  add(entry.term, RANKING.glossaryTerm);
  for (const s of entry.synonyms) add(s, RANKING.glossarySynonym);
  add(entry.expansion, RANKING.glossaryExpansion);
  return {
    label: typed.join(' '),
    terms: [...terms].map(([stem, weight]) => ({ stem, weight })),
    names,
    glossary: entry,
  };
}

/** Share of a name's words an item must contain to count as naming the concept. */
export const NAME_MATCH = RANKING.nameMatch;
