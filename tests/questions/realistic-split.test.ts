import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_CONTENT } from '../helpers/bot';

const DIR = resolve(__dirname, 'realistic');
const SPLIT = join(DIR, 'split.mjs');

type Case = { id: string; expect?: { all?: string[][]; first?: string[][] } };
const casesIn = (file: string): Case[] => (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { cases: Case[] }).cases;

// The same normalising ask.mjs applies before it looks for an expected string in a reply.
const norm = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u00A0/g, ' ')
    .replace(/[*_`>#]|\\(?=\S)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

// Every English item file (replies in other languages are not where the facts live).
function contentText(dir: string): string {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'languages' && entry.name !== 'drafts') out.push(contentText(path));
    else if (entry.isFile() && entry.name.endsWith('.md') && entry.name !== 'README.md') out.push(readFileSync(path, 'utf8'));
  }
  return out.join('\n');
}

describe('the realistic question set', () => {
  it('is split as split.lock.json says, with no stale file and no locked case moved', () => {
    // --check exits non-zero (and execFileSync throws with its message) when anything is off.
    expect(() => execFileSync(process.execPath, [SPLIT, '--check'], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });

  it('expects in every group at least one fact the current content actually says', () => {
    const content = norm(contentText(REAL_CONTENT));
    const missing: string[] = [];
    for (const file of ['tune.json', 'holdout.json']) {
      for (const c of casesIn(file)) {
        for (const group of [...(c.expect?.all ?? []), ...(c.expect?.first ?? [])]) {
          if (!group.some((alt) => content.includes(norm(alt)))) missing.push(`${file} ${c.id}: ${JSON.stringify(group)}`);
        }
      }
    }
    expect(missing, 'expected strings that appear nowhere in content/').toEqual([]);
  });
});
