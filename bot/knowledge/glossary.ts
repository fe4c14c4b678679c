import type { GlossaryEntry } from './schema';
import { words } from './text';

/** A glossary entry found in a question, and which of the question's words it covered. */
export type GlossaryMatch = { entry: GlossaryEntry; start: number; length: number; byTerm: boolean };

/**
 * Finds acronyms and synonyms in a question, longest phrase first, so that "speech and
 * language therapy" is one concept and "SALT" is the same concept.
 */
export class Glossary {
  private readonly phrases = new Map<string, { entry: GlossaryEntry; byTerm: boolean }>();
  private readonly longest: number;

  constructor(readonly entries: readonly GlossaryEntry[]) {
    let longest = 1;
    for (const entry of entries) {
      const add = (text: string, byTerm: boolean) => {
        const key = words(text).join(' ');
        if (!key || this.phrases.has(key)) return;
        this.phrases.set(key, { entry, byTerm });
        longest = Math.max(longest, key.split(' ').length);
      };
      add(entry.term, true);
      for (const s of entry.synonyms) add(s, true);
      add(entry.expansion, false);
    }
    this.longest = longest;
  }

  /** Non-overlapping matches in a list of normalised words. */
  find(tokens: readonly string[]): GlossaryMatch[] {
    const out: GlossaryMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      let hit: GlossaryMatch | undefined;
      for (let n = Math.min(this.longest, tokens.length - i); n >= 1 && !hit; n--) {
        const phrase = tokens.slice(i, i + n).join(' ');
        // A phrase of several words in the plural ("education health care plans") names the same thing.
        const found = this.phrases.get(phrase) ?? (n >= 2 && /[a-z]{3}s$/.test(phrase) ? this.phrases.get(phrase.slice(0, -1)) : undefined);
        if (found) hit = { entry: found.entry, start: i, length: n, byTerm: found.byTerm };
      }
      if (hit) {
        out.push(hit);
        i += hit.length;
      } else i += 1;
    }
    return out;
  }

  /** The entry a single term (an acronym as typed) names, if any. */
  lookup(term: string): GlossaryEntry | undefined {
    return this.phrases.get(words(term).join(' '))?.entry;
  }
}
