import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent, parseItem } from '../../bot/knowledge/load';
import { formatFinding } from '../../bot/knowledge/findings';

const valid = `---
id: sample-item
title: A sample
kind: article
summary: A short plain summary.
audiences: [parent]
areas: [leicester]
source: { document: A document, section: A section }
reviewed: 2026-11-23
---
Body text.
`;

const faultsOf = (text: string) => parseItem('graduated-approach/x.md', text, { today: '2026-11-23' }).findings.map(formatFinding);

describe('content validation', () => {
  it('accepts a valid item and keeps its body', () => {
    const { item, findings } = parseItem('x.md', valid, { today: '2026-11-23' });
    expect(findings).toEqual([]);
    expect(item?.body.trim()).toBe('Body text.');
  });

  it('names the file, line and field of a bad value', () => {
    expect(faultsOf(valid.replace('reviewed: 2026-11-23', 'reviewed: 23/11/2026'))).toEqual([
      'graduated-approach/x.md:9: reviewed: "23/11/2026" is not a date written as YYYY-MM-DD',
    ]);
  });

  it('reports every fault at once, not only the first', () => {
    const faults = faultsOf(valid.replace('kind: article', 'kind: article\ncolour: blue').replace('areas: [leicester]', 'areas: [leicester, narnia]'));
    expect(faults).toContain('graduated-approach/x.md:5: front matter: unknown field "colour" (check the spelling)');
    expect(faults.some((f) => f.startsWith('graduated-approach/x.md:8: areas.1: "narnia" is not allowed'))).toBe(true);
  });

  it('says which required field is missing', () => {
    expect(faultsOf(valid.replace('summary: A short plain summary.\n', ''))).toContain('graduated-approach/x.md:2: summary: is missing');
  });

  it('refuses a summary over 300 characters', () => {
    expect(faultsOf(valid.replace('A short plain summary.', 'x'.repeat(301))).join()).toMatch(/summary: is 301 characters long; the most is 300/);
  });

  it('refuses a form without eligibility and how to submit', () => {
    const faults = faultsOf(valid.replace('kind: article', 'kind: form'));
    expect(faults.join('\n')).toMatch(/eligibility: is missing/);
    expect(faults.join('\n')).toMatch(/how_to_submit: is missing/);
  });

  it('refuses a session with neither dates nor a recurrence', () => {
    expect(faultsOf(valid.replace('kind: article', 'kind: session')).join()).toMatch(/dates: a session needs dates or a recurrence/);
  });

  it('refuses a malformed email and web address', () => {
    const faults = faultsOf(valid.replace('reviewed: 2026-11-23', 'reviewed: 2026-11-23\ncontact: { email: not-an-email, url: "javascript:alert(1)" }'));
    expect(faults.join('\n')).toMatch(/contact.email: "not-an-email" has no @/);
    expect(faults.join('\n')).toMatch(/contact.url: /);
  });

  it('refuses a javascript: link in the body, so it can never reach a page', () => {
    expect(faultsOf(valid.replace('Body text.', "[Open the form](javascript:alert('x'))")).join('\n')).toMatch(/x\.md:11: body: the link "Open the form": .* must start with https:\/\//);
  });

  it('explains broken YAML with its line', () => {
    expect(faultsOf(valid.replace('title: A sample', 'title: [A sample'))[0]).toMatch(/^graduated-approach\/x.md:\d+: front matter: the details are not valid YAML/);
  });

  it('explains a file without front matter', () => {
    expect(faultsOf('# Just a heading')[0]).toMatch(/x.md:1: front matter: the file must start with a --- line/);
  });

  it('finds duplicate ids across files and never skips a broken file silently', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'one.md'), valid);
    writeFileSync(join(dir, 'a', 'two.md'), valid);
    writeFileSync(join(dir, 'a', 'three.md'), valid.replace('sample-item', 'Bad Id'));
    const { findings, items } = loadContent(dir, { today: '2026-11-23' });
    expect(findings.map(formatFinding).join('\n')).toMatch(/^a\/two.md:2: id: "sample-item" is already the id of a\/one.md/m);
    expect(findings.map(formatFinding).join()).toMatch(/a\/three.md:2: id: must be lower-case words/);
    expect(items).toHaveLength(2);
  });
});
