import { syllable } from 'syllable';

/**
 * Flesch reading ease for the short texts staff write (summaries): a rough guide to how hard a
 * parent will find them. 100 is very easy, 60–70 is plain English, under 30 is for graduates.
 * The score rewards short sentences and short words; it cannot judge meaning, so the check
 * built on it is a warning that points at the sentence to simplify, never an error.
 */

export type SentenceReadability = {
  sentence: string;
  /** Flesch reading ease of this sentence alone. */
  score: number;
  words: number;
  syllables: number;
};

export type Readability = {
  /** Flesch reading ease of the whole text. */
  score: number;
  words: number;
  sentences: SentenceReadability[];
  /** The sentence with the lowest score: the one to simplify first. */
  hardest?: SentenceReadability;
};

/** 206.835 − 1.015 × words per sentence − 84.6 × syllables per word (Flesch, 1948). */
export const fleschReadingEase = (words: number, sentences: number, syllables: number): number =>
  words === 0 || sentences === 0 ? 100 : 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);

/**
 * Abbreviations whose full stop does not end a sentence. Summaries use few, but "e.g." in the
 * middle of a sentence would otherwise make two short (easy-looking) sentences of one long one.
 */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|approx|no|dr|mr|mrs|ms|st|vs)\.$/i;

/** Sentences: text up to ., ! or ? followed by a space and then a capital, digit or quote, or the end. */
export function splitSentences(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return [];
  const out: string[] = [];
  let start = 0;
  const ender = /[.!?]+["')\]]*(?=\s+["'(\[]?[A-Z0-9]|\s*$)/g;
  for (let m = ender.exec(flat); m; m = ender.exec(flat)) {
    const end = m.index + m[0].length;
    const candidate = flat.slice(start, end).trim();
    // An abbreviation's full stop does not end the sentence: keep reading.
    if (ABBREVIATIONS.test(candidate) && end < flat.length) continue;
    if (candidate) out.push(candidate);
    start = end;
  }
  const rest = flat.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** The words of a sentence: runs of letters or digits (hyphenated words stay whole). */
export function wordsOf(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Syllables in one word; a number is read as at least one syllable ("2" → one, "2025" → the package says 0). */
export function syllablesOf(word: string): number {
  return Math.max(1, syllable(word));
}

/** Web and email addresses are copied, not read: they do not count as hard words. */
const ADDRESSES = /\b(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+/gi;

export function readability(text: string): Readability {
  const sentences = splitSentences(text).map((sentence): SentenceReadability => {
    const words = wordsOf(sentence.replace(ADDRESSES, ' '));
    const syllables = words.reduce((sum, w) => sum + syllablesOf(w), 0);
    return { sentence, words: words.length, syllables, score: round(fleschReadingEase(words.length, 1, syllables)) };
  });
  const counted = sentences.filter((s) => s.words > 0);
  const words = counted.reduce((sum, s) => sum + s.words, 0);
  const syllables = counted.reduce((sum, s) => sum + s.syllables, 0);
  const hardest = counted.reduce<SentenceReadability | undefined>((worst, s) => (!worst || s.score < worst.score ? s : worst), undefined);
  return { score: round(fleschReadingEase(words, counted.length, syllables)), words, sentences: counted, hardest };
}

const round = (n: number) => Math.round(n * 10) / 10;
