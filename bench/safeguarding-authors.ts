import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Which author wrote each safeguarding case, for leave-one-author-out figures: the source file it came
 * from (files 10-95 are one author, each later file another). Counting the case lines is enough to
 * know the ids (`sg-<category>-<n>` in source order); the text is not read.
 */
export function authors(set = join('tests', 'safeguarding-set')): Map<string, string> {
  const out = new Map<string, string>();
  const counters: Record<string, number> = {};
  for (const file of readdirSync(join(set, 'source')).filter((f) => f.endsWith('.txt')).sort()) {
    // The whole name, not its prefix: rounds 7 and 8 were both d1-*, which made two authors one.
    const n = Number(file.slice(0, 2));
    const author = n <= 95 ? 'A' : file.replace(/\.txt$/, '');
    let category = '';
    for (const line of readFileSync(join(set, 'source', file), 'utf8').split('\n')) {
      const t = line.trim();
      if (t.startsWith('@')) category = t.slice(1).trim();
      else if (/^[pycsw]\|/.test(t)) out.set(`sg-${category}-${(counters[category] = (counters[category] ?? 0) + 1)}`, author);
    }
  }
  return out;
}
