import lunr from 'lunr';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryEntry, Item } from './schema';
import { normalise } from './text';
import { markdownToText } from './markdown';
import { decodeIndex, encodeIndex, type CompactIndex } from './index-codec';

/** Bump when the fields, boosts, tokenising or item shape change, so caches are rebuilt. */
export const INDEX_FORMAT = 'lunr-v7';

/** Field boosts: a word in a title or a staff-written question says more than one in the body. */
export const FIELD_BOOSTS = { title: 6, questions: 5, tags: 4, summary: 3, body: 1 } as const;
export type Field = keyof typeof FIELD_BOOSTS;
export const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];

/** Build a lunr index over items. Slow at scale (seconds for 10,000 items): cache it. */
export function buildIndex(items: readonly Item[]): lunr.Index {
  return lunr(function () {
    this.ref('id');
    for (const [field, boost] of Object.entries(FIELD_BOOSTS)) this.field(field, { boost });
    this.metadataWhitelist = [];
    for (const item of items) {
      this.add({
        id: item.id,
        title: normalise(item.title),
        questions: normalise(item.questions.join(' . ')),
        tags: normalise(item.tags.join(' . ')),
        summary: normalise(item.summary),
        body: normalise(markdownToText(item.body)),
      });
    }
  });
}

/** What a content version compiles to: validated items, glossary, their index and the words used. */
export type Compiled = { items: Item[]; glossary: GlossaryEntry[]; index: lunr.Index; words: string[] };

/** Every distinct word the content uses, as written (not stemmed): what spelling is corrected to. */
export function contentWords(items: readonly Item[]): string[] {
  const seen = new Set<string>();
  for (const item of items) {
    const text = [item.title, item.summary, item.questions.join(' '), item.tags.join(' '), markdownToText(item.body)].join(' ');
    for (const w of normalise(text).split(' ')) if (w) seen.add(w);
  }
  return [...seen].sort();
}

/**
 * The compiled form of a content version, from `cacheDir` when this exact version (by hash)
 * was compiled before, so a restart skips both parsing and index building. A damaged cache
 * file is rebuilt, never trusted. `compile` runs only on a cache miss.
 */
export function cachedCompile(
  version: string,
  cacheDir: string | undefined,
  compile: () => { items: Item[]; glossary: GlossaryEntry[] },
): Compiled & { cached: boolean } {
  const file = cacheDir ? join(cacheDir, `${INDEX_FORMAT}-${version}.json`) : undefined;
  if (file && existsSync(file)) {
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as Omit<Compiled, 'index'> & { index: CompactIndex };
      return { items: saved.items, glossary: saved.glossary, words: saved.words, index: decodeIndex(saved.index), cached: true };
    } catch {
      // fall through and rebuild
    }
  }
  const { items, glossary } = compile();
  const index = buildIndex(items);
  const words = contentWords(items);
  if (file && cacheDir) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ items, glossary, words, index: encodeIndex(index) }));
      renameSync(tmp, file);
    } catch {
      // A read-only data folder only costs start-up time.
    }
  }
  return { items, glossary, index, words, cached: false };
}
