import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseItem } from '../../bot/knowledge/load';
import { kinds, type Kind } from '../../bot/knowledge/schema';
import { scaffold } from '../../bot/curation/scaffold';
import { checkFolder } from '../../bot/curation/check-report';
import { runCli } from './run';

const GOOD = resolve(__dirname, '../fixtures/curation/good');

/** A content folder of good items to add to. */
function tempContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-new-'));
  cpSync(GOOD, join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'content', 'graduated-approach'));
  return join(dir, 'content');
}

/** What a member of staff would type over each placeholder, by field. */
const FILL: Record<string, string> = {
  title: 'Holiday club for children with SEND',
  summary: 'A holiday club where children with SEND can play and make friends.',
  audiences: 'parent',
  areas: 'leicester',
  document: 'Leicester City SENDCo Update, Spring Term 1 2025',
  section: 'Holiday activities',
  url: 'https://www.leicester.gov.uk/send',
  questions: 'Is there a holiday club for my child?',
  tags: 'holiday club',
  email: 'send@leicester.gov.uk',
  phone: '0116 454 1009',
  related: 'advice-line',
  start: '2026-12-21T10:00',
  end: '2026-12-21T15:00',
};

/** Replace every "TODO …" the way staff would: the value for that field (notes are left alone). */
function fill(text: string): string {
  let key = 'body';
  let seen = 0;
  return text
    .split('\n')
    .map((line) => {
      if (line.startsWith('#') || line.trimStart().startsWith('# ')) return line;
      const field = /^\s*(?:- )?(\w+):/.exec(line)?.[1];
      if (field) key = field;
      if (line === '---') key = 'body';
      if (!/TODO/.test(line)) return line;
      seen += 1;
      // Two questions must not be the same question.
      const value = key === 'questions' ? `${FILL.questions.replace('?', '')} number ${seen}?` : (FILL[key] ?? `Some real text for ${key}.`);
      return line.replace(/"TODO[^"]*"|TODO[^\],]*(?=\])|TODO.*$/, (m) => (m.startsWith('"') ? JSON.stringify(value) : value));
    })
    .join('\n');
}

const uncommented = (text: string) =>
  text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('#'))
    .join('\n');

describe('npm run content:new', () => {
  it.each(kinds)('scaffolds a %s with every field and a note on each', (kind) => {
    const content = tempContent();
    const r = runCli('content-new.ts', ['--kind', kind, '--id', `new-${kind}`, '--dir', join(content, 'graduated-approach')], { CONTENT_DIR: content });
    expect(r.status).toBe(0);
    // Written where the bot never looks, with where to move it once it is ready.
    expect(r.stdout).toMatch(new RegExp(`Created .*drafts/new-${kind}\\.md`));
    expect(r.stdout).toMatch(/move the file into .*graduated-approach to publish it/);
    expect(existsSync(join(content, 'graduated-approach', `new-${kind}.md`))).toBe(false);
    const text = readFileSync(join(content, 'drafts', `new-${kind}.md`), 'utf8');
    expect(text).toMatch(new RegExp(`^---\\n[\\s\\S]*\\nid: new-${kind}\\n[\\s\\S]*\\nkind: ${kind}\\n`));
    for (const field of ['title', 'summary', 'audiences', 'areas', 'source', 'reviewed', 'review_by', 'questions', 'tags', 'links', 'contact', 'related']) {
      expect(text).toMatch(new RegExp(`# .*\\n${field}:`));
    }
    if (kind === 'form') for (const f of ['who_can_use', 'eligibility', 'prepare', 'how_to_submit', 'turnaround', 'talk_to_first']) expect(text).toMatch(new RegExp(`\\n${f}:`));
    if (kind === 'session') for (const f of ['dates', 'recurrence', 'place', 'online', 'booking', 'new_dates']) expect(text).toMatch(new RegExp(`\\n${f}:`));

    // The published content is untouched; content:check says the draft is not ready, and why.
    const unfilled = checkFolder(content, { today: '2026-11-23' });
    expect(unfilled.exitCode).toBe(0);
    expect(unfilled.items).toBe(5);
    expect(unfilled.drafts).toHaveLength(1);
    expect(unfilled.drafts[0]).toMatchObject({ file: `drafts/new-${kind}.md`, ready: false });
    expect(unfilled.drafts[0].findings.some((e) => e.field === 'title' && /placeholder/.test(e.problem))).toBe(true);
    expect(unfilled.lines.join('\n')).toMatch(new RegExp(`Draft .*drafts/new-${kind}\\.md is not ready yet`));
    // Moved in unfilled by mistake, it still could not be published.
    expect(parseItem('x.md', text).item).toBeUndefined();
  });

  it.each(kinds)('a filled-in %s scaffold parses and passes content:check', (kind: Kind) => {
    const content = tempContent();
    const file = join(content, 'graduated-approach', `filled-${kind}.md`);
    const filled = fill(scaffold(kind, `filled-${kind}`, '2026-11-23'));
    expect(uncommented(filled)).not.toMatch(/TODO/);
    writeFileSync(file, filled);
    const parsed = parseItem(`filled-${kind}.md`, filled, { today: '2026-11-23' });
    expect(parsed.findings).toEqual([]);
    expect(parsed.item).toMatchObject({ id: `filled-${kind}`, kind, title: FILL.title, audiences: ['parent'] });
    const report = checkFolder(content, { today: '2026-11-23' });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('refuses to overwrite an existing file', () => {
    const content = tempContent();
    writeFileSync(join(content, 'notes.md'), 'not an item, but precious');
    const r = runCli('content-new.ts', ['--kind', 'article', '--id', 'notes'], { CONTENT_DIR: content });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/notes\.md already exists\. Nothing was changed\./);
    expect(readFileSync(join(content, 'notes.md'), 'utf8')).toBe('not an item, but precious');
  });

  it('refuses an id another item already uses, a bad id, an unknown kind and a missing folder', () => {
    const content = tempContent();
    const env = { CONTENT_DIR: content };
    const taken = runCli('content-new.ts', ['--kind', 'form', '--id', 'advice-line', '--dir', join(content, 'graduated-approach')], env);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toMatch(/"advice-line" is already used by .*advice-line\.md/);
    expect(existsSync(join(content, 'graduated-approach', 'advice-line.md'))).toBe(false);

    const badId = runCli('content-new.ts', ['--kind', 'form', '--id', 'My Item'], env);
    expect(badId.status).toBe(1);
    expect(badId.stderr).toMatch(/lower-case words joined by hyphens/);

    const badKind = runCli('content-new.ts', ['--kind', 'leaflet', '--id', 'x'], env);
    expect(badKind.stderr).toMatch(/"leaflet" is not a kind of item; use one of article, service, form, session, contact/);

    const noDir = runCli('content-new.ts', ['--kind', 'form', '--id', 'x', '--dir', join(content, 'graduated-aproach')], env);
    expect(noDir.stderr).toMatch(/does not exist\. The collections are: graduated-approach/);

    expect(runCli('content-new.ts', [], env).stderr).toMatch(/^Use: npm run content:new/);
  });
});
