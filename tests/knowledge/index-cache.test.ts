import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeStore } from '../../bot/knowledge/store';
import { FIXTURE_CONTENT } from '../helpers/bot';

const QUESTION = 'How long does an Element 3 top-up application take to reach panel?';
const EXPECTED = 'element-3-top-up-funding';

/** Open the fixture content with a fresh cache folder, so the cache file is written. */
function primed(): { cacheDir: string; file: string } {
  const cacheDir = mkdtempSync(join(tmpdir(), 'signpost-cache-'));
  const first = KnowledgeStore.open(FIXTURE_CONTENT, { cacheDir }).current();
  expect(first.fromCache).toBe(false);
  const files = readdirSync(cacheDir);
  expect(files).toHaveLength(1);
  return { cacheDir, file: join(cacheDir, files[0]!) };
}

/** The knowledge base a restart would get, and whether it came from the cache. */
const reopen = (cacheDir: string) => KnowledgeStore.open(FIXTURE_CONTENT, { cacheDir }).current();

const topHit = (kb: ReturnType<typeof reopen>) => kb.ask(QUESTION).hits[0]?.item.id;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the index cache', () => {
  it('is used on a restart when it is intact', () => {
    const { cacheDir } = primed();
    const kb = reopen(cacheDir);
    expect(kb.fromCache).toBe(true);
    expect(topHit(kb)).toBe(EXPECTED);
  });

  it('is rebuilt, not trusted, when it is valid JSON with no items', () => {
    const { cacheDir, file } = primed();
    writeFileSync(file, JSON.stringify({ items: [], glossary: [], words: [], index: { lunr: '2.3.9', fields: [], pipeline: [], refs: [], terms: [], postings: [], vectors: [] } }));
    const kb = reopen(cacheDir);
    expect(kb.fromCache).toBe(false);
    expect(kb.items.length).toBe(4);
    expect(topHit(kb)).toBe(EXPECTED);
    // And the good cache is written back for the next restart.
    expect(reopen(cacheDir).fromCache).toBe(true);
  });

  it('is rebuilt when a byte of it changed (its checksum no longer matches)', () => {
    const { cacheDir, file } = primed();
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/"postings":\[\[(\d+)/, (_m, n) => `"postings":[[${Number(n) + 1}`));
    expect(readFileSync(file, 'utf8')).not.toBe(text);
    const kb = reopen(cacheDir);
    expect(kb.fromCache).toBe(false);
    expect(topHit(kb)).toBe(EXPECTED);
  });

  it('is rebuilt when it was made for other content, or its postings are short, even with a matching checksum', () => {
    for (const tamper of [
      (header: Record<string, unknown>, payload: Record<string, any>) => [{ ...header, content: '0000000000000000' }, payload],
      (header: Record<string, unknown>, payload: Record<string, any>) => [header, { ...payload, index: { ...payload.index, postings: payload.index.postings.map((p: unknown[]) => p.slice(0, 2)) } }],
      (header: Record<string, unknown>, payload: Record<string, any>) => [header, { ...payload, index: { ...payload.index, refs: payload.index.refs.slice(0, 1) } }],
    ]) {
      const { cacheDir, file } = primed();
      const text = readFileSync(file, 'utf8');
      const newline = text.indexOf('\n');
      const [header, payload] = tamper(JSON.parse(text.slice(0, newline)), JSON.parse(text.slice(newline + 1)));
      const body = JSON.stringify(payload);
      writeFileSync(file, `${JSON.stringify({ ...header, sha256: sha256(body) })}\n${body}`);
      const kb = reopen(cacheDir);
      expect(kb.fromCache).toBe(false);
      expect(topHit(kb)).toBe(EXPECTED);
    }
  });
});
