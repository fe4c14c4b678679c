import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContent, parseItem } from '../../bot/knowledge/load';
import { kinds } from '../../bot/knowledge/schema';
import { readability } from '../../bot/knowledge/readability';

const GUIDE = readFileSync(resolve(__dirname, '../../content/README.md'), 'utf8');
const examples = [...GUIDE.matchAll(/```markdown\n([\s\S]*?)```/g)].map((m, i) => ({ file: `example-${i + 1}.md`, raw: m[1] }));

describe('the staff guide (content/README.md)', () => {
  it('has one example of each kind, and each is a valid item', () => {
    const parsed = examples.map((e) => parseItem(e.file, e.raw, { today: '2026-11-23' }));
    expect(parsed.flatMap((p) => p.findings)).toEqual([]);
    expect(parsed.map((p) => p.item?.kind).sort()).toEqual([...kinds].sort());
  });

  it('has examples that pass the content checks (apart from related items not shown)', () => {
    const findings = parseContent({ files: examples, version: 'guide' }, { today: '2026-11-23' }).findings.filter((f) => !f.field.startsWith('related'));
    expect(findings).toEqual([]);
  });

  it('tells the truth about the reading ease of its simplified summary', () => {
    const [before, after] = [...GUIDE.matchAll(/((?:  > .*\n)+)/g)].map((m) => m[1].replace(/\s*>\s*/g, ' ').trim());
    // content:check shows the score rounded down.
    expect(Math.floor(readability(before).score)).toBe(26);
    expect(Math.abs(readability(after).score - 45)).toBeLessThan(5);
  });

  it('explains every staff command', () => {
    for (const command of ['content:new', 'content:check', 'content:gaps', '/admin', '/admin/reload', '--strict']) expect(GUIDE).toContain(command);
    for (const heading of ['## Adding an item', '## Editing an item', '## Retiring an item']) expect(GUIDE).toContain(heading);
  });
});
