import lunr from 'lunr';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryEntry, Item } from './schema';
import { normalise } from './text';
import { markdownToText } from './markdown';
import { decodeIndex, encodeIndex, isWholeIndex, type CompactIndex } from './index-codec';

/** Bump when the fields, boosts, tokenising or item shape change, so caches are rebuilt. */
export const INDEX_FORMAT = 'lunr-v9';

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
 * was compiled before, so a restart skips building the index. The cache file is a header line
 * (format, content version, SHA-256 of the rest) and the index; it is used only when the
 * header names this content, the checksum matches, and the index covers exactly the items
 * just parsed. Anything else (a damaged, truncated, hand-edited or stale file) is rebuilt,
 * never trusted: a wrong cache would break every answer across restarts.
 */
export function cachedCompile(
  version: string,
  cacheDir: string | undefined,
  compile: () => { items: Item[]; glossary: GlossaryEntry[] },
): Compiled & { cached: boolean } {
  const file = cacheDir ? join(cacheDir, `${INDEX_FORMAT}-${version}.json`) : undefined;
  const { items, glossary } = compile();
  const saved = file ? readCache(file, version, items) : undefined;
  if (saved) return { items, glossary, words: saved.words, index: decodeIndex(saved.index), cached: true };
  const index = buildIndex(items);
  const words = contentWords(items);
  if (file && cacheDir) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const payload = JSON.stringify({ words, index: encodeIndex(index) } satisfies CachePayload);
      const header = JSON.stringify({ format: INDEX_FORMAT, content: version, sha256: sha256(payload) } satisfies CacheHeader);
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, `${header}\n${payload}`);
      renameSync(tmp, file);
    } catch {
      // A read-only data folder only costs start-up time.
    }
  }
  return { items, glossary, index, words, cached: false };
}

type CacheHeader = { format: string; content: string; sha256: string };
type CachePayload = { words: string[]; index: CompactIndex };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The cached index for this content, or undefined when there is none worth trusting. */
function readCache(file: string, version: string, items: readonly Item[]): CachePayload | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const text = readFileSync(file, 'utf8');
    const newline = text.indexOf('\n');
    if (newline < 0) return undefined;
    const header = JSON.parse(text.slice(0, newline)) as Partial<CacheHeader>;
    const payload = text.slice(newline + 1);
    if (header.format !== INDEX_FORMAT || header.content !== version || header.sha256 !== sha256(payload)) return undefined;
    const saved = JSON.parse(payload) as CachePayload;
    if (!Array.isArray(saved.words) || !saved.words.every((w) => typeof w === 'string')) return undefined;
    return isWholeIndex(saved.index, items.map((i) => i.id)) ? saved : undefined;
  } catch {
    return undefined;
  }
}
