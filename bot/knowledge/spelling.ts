import levenshtein from 'damerau-levenshtein';

/**
 * Spelling correction against the words the content uses. lunr's own fuzzy TokenSet misses
 * matches within the edit distance (lunr.js issues #375 and #390), so we compare directly,
 * counting two swapped letters ("fundign") as one slip, as people make them,
 * but only with words of a similar length that start with the same letter: typos rarely
 * change the first letter, and it keeps a correction well under a millisecond at 10,000 items.
 */
export class Spelling {
  private readonly buckets = new Map<string, string[]>();

  constructor(vocabulary: Iterable<string>) {
    for (const word of vocabulary) {
      if (word.length < 3 || /^[0-9]/.test(word)) continue;
      const key = `${word[0]}${word.length}`;
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = []));
      bucket.push(word);
    }
  }

  /** Known words within the allowed edit distance for the word's length (1 below 8 letters, else 2). */
  suggest(word: string): string[] {
    const allowed = word.length >= 8 ? 2 : 1;
    const found: { word: string; d: number }[] = [];
    for (let len = word.length - allowed; len <= word.length + allowed; len++) {
      for (const candidate of this.buckets.get(`${word[0]}${len}`) ?? []) {
        const d = levenshtein(word, candidate).steps;
        if (d > 0 && d <= allowed) found.push({ word: candidate, d });
      }
    }
    return found.sort((a, b) => a.d - b.d).map((f) => f.word);
  }
}
