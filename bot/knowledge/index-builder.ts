import lunr from 'lunr';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Item } from './schema';
import { normalise } from './text';

/** Bump when the fields, boosts or tokenising change, so cached indexes are rebuilt. */
export const INDEX_FORMAT = 'lunr-v3';

/** Field boosts: a word in a title or a staff-written question says more than one in the body. */
export const FIELD_BOOSTS = { title: 6, questions: 5, tags: 4, summary: 3, body: 1 } as const;
export type Field = keyof typeof FIELD_BOOSTS;

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
        body: normalise(item.bodyText),
      });
    }
  });
}

/**
 * The index for a content version: loaded from `cacheDir` when this version was built before,
 * otherwise built and saved there. A damaged cache file is rebuilt, never trusted.
 */
export function loadOrBuildIndex(items: readonly Item[], version: string, cacheDir?: string): { index: lunr.Index; cached: boolean } {
  if (!cacheDir) return { index: buildIndex(items), cached: false };
  const file = join(cacheDir, `${INDEX_FORMAT}-${version}.json`);
  if (existsSync(file)) {
    try {
      return { index: lunr.Index.load(JSON.parse(readFileSync(file, 'utf8'))), cached: true };
    } catch {
      // fall through and rebuild
    }
  }
  const index = buildIndex(items);
  try {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(index));
    renameSync(tmp, file);
  } catch {
    // A read-only data folder only costs start-up time.
  }
  return { index, cached: false };
}
