import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFolder } from '../../bot/curation/check-report';
import { explainEmail, explainUrl, normaliseQuestion, MIN_READING_EASE } from '../../bot/knowledge/checks';
import { readItemSource } from '../../bot/knowledge/front-matter';
import { parseContent } from '../../bot/knowledge/load';

const FIXTURES = resolve(__dirname, '../fixtures/curation');
const TODAY = '2026-11-23';
const check = (folder: string, options: { strict?: boolean; today?: string } = {}) =>
  checkFolder(resolve(FIXTURES, folder), { today: TODAY, cwd: FIXTURES, ...options });
const problems = (folder: string, options: { strict?: boolean; today?: string } = {}) =>
  check(folder, options).errors.map((f) => `${f.file}:${f.line}: ${f.field}`);

describe('content checks beyond the schema', () => {
  it('finds nothing wrong with the good fixture (one item of each kind)', () => {
    const report = check('good');
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.items).toBe(5);
    expect(report.exitCode).toBe(0);
    expect(report.lines.at(-1)).toMatch(/^Content is fine: 5 items/);
  });

  it('reports a duplicate id once, on the second file, at the id line', () => {
    const report = check('broken/duplicate-id');
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ file: 'second.md', line: 2, field: 'id' });
    expect(report.errors[0].problem).toMatch(/"same-id" is already the id of first\.md/);
    expect(report.exitCode).toBe(1);
  });

  it('reports a question claimed by two items, and one listed twice, ignoring case and punctuation', () => {
    const report = check('broken/duplicate-question');
    expect(problems('broken/duplicate-question')).toEqual(['second.md:14: questions.1', 'second.md:15: questions.2']);
    expect(report.errors[0].problem).toMatch(/also a question of first\.md \(line 13\)/);
    expect(report.errors[1].problem).toMatch(/listed twice in this item/);
    expect(normaliseQuestion('How do I apply for TOP-UP funding?')).toBe(normaliseQuestion('how do i apply for top up funding'));
  });

  it('lets items for different areas share a question (the area decides), but not an item for all of LLR', () => {
    const item = (id: string, areas: string) => ({
      file: `${id}.md`,
      raw: `---\nid: ${id}\ntitle: Forum\nkind: service\nsummary: A forum for parents.\naudiences: [parent]\nareas: [${areas}]\nsource: { document: D, section: S }\nreviewed: 2026-11-01\nquestions:\n  - Is there a parent carer forum near me?\n---\nBody.\n`,
    });
    const questions = (...files: { file: string; raw: string }[]) =>
      parseContent({ files, version: 'v' }, { today: TODAY }).findings.filter((f) => f.field.startsWith('questions')).map((f) => f.file);
    expect(questions(item('forum-leicester', 'leicester'), item('forum-rutland', 'rutland'))).toEqual([]);
    expect(questions(item('forum-leicester', 'leicester'), item('forum-city', 'leicester, rutland'))).toEqual(['forum-city.md']);
    expect(questions(item('forum-leicester', 'leicester'), item('forum-llr', 'llr'))).toEqual(['forum-llr.md']);
  });

  it('explains malformed links and emails in the fields and the body, replacing the schema message', () => {
    const report = check('broken/bad-addresses');
    const lines = report.lines.join('\n');
    expect(problems('broken/bad-addresses')).toEqual([
      'addresses.md:14: links.0.url',
      'addresses.md:18: contact.email',
      'addresses.md:19: contact.url',
      'addresses.md:21: body',
      'addresses.md:21: body',
      'addresses.md:22: body',
    ]);
    expect(lines).toMatch(/links\.0\.url: "www\.leicester\.gov\.uk\/send" needs https:\/\/ in front/);
    expect(lines).toMatch(/contact\.email: "mailto:send@leicester\.gov\.uk": write just the address, without "mailto:"/);
    expect(lines).toMatch(/contact\.url: .*incomplete site name "leicester"/);
    expect(lines).toMatch(/body: the email link "the team": "send@leicester" has an incomplete part after the @/);
    expect(lines).toMatch(/body: the link "the page": .* has a space in it/);
    expect(lines).toMatch(/body: the email address in the text: "someone@leicester"/);
    // The schema's own wording for the same fields is not repeated.
    expect(lines).not.toMatch(/is not a valid web address/);
    expect(lines).not.toMatch(/is not a valid email address/);
    // http:// is only a warning; a correct address with a full stop after it in the text is fine.
    expect(report.warnings.map((w) => w.field)).toEqual(['links.1.url']);
    expect(lines).not.toMatch(/leicester\.gov\.uk\/ok/);
  });

  it('reports related ids that do not exist, and an item related to itself', () => {
    const report = check('broken/missing-related');
    expect(problems('broken/missing-related')).toEqual(['has-related.md:12: related.1', 'has-related.md:12: related.2']);
    expect(report.errors[0].problem).toMatch(/no item with the id "retired-item"/);
    expect(report.errors[1].problem).toMatch(/is this item itself/);
  });

  it('warns about a passed review date, and fails on it with --strict', () => {
    const normal = check('broken/review-passed');
    expect(normal.errors).toEqual([]);
    expect(normal.warnings).toHaveLength(1);
    expect(normal.warnings[0]).toMatchObject({ file: 'overdue.md', line: 12, field: 'review_by' });
    expect(normal.lines[0]).toMatch(/overdue\.md:12: review_by: warning: the review date 2026-06-30 has passed/);
    expect(normal.exitCode).toBe(0);
    const strict = check('broken/review-passed', { strict: true });
    expect(strict.errors).toHaveLength(1);
    expect(strict.exitCode).toBe(1);
    // "Today" is injected: the day before the date, nothing is due.
    expect(check('broken/review-passed', { today: '2026-06-29' }).warnings).toEqual([]);
    expect(check('broken/review-passed', { today: '2027-07-01' }).warnings).toHaveLength(2);
  });

  it('says how far over the limit a long summary is, and warns about a third sentence', () => {
    const report = check('broken/long-summary');
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ file: 'too-long.md', line: 5, field: 'summary' });
    expect(report.errors[0].problem).toMatch(/is 322 characters long; the most is 300/);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatchObject({ file: 'three-sentences.md', field: 'summary' });
    expect(report.warnings[0].problem).toMatch(/has 3 sentences/);
  });

  it('warns when a parent-facing summary is hard to read, quoting the sentence; not for professionals only', () => {
    const report = check('broken/hard-summary');
    expect(report.errors).toEqual([]);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatchObject({ file: 'for-parents.md', line: 5, field: 'summary' });
    expect(report.warnings[0].problem).toMatch(new RegExp(`reading ease -?\\d+; aim for ${MIN_READING_EASE} or more`));
    expect(report.warnings[0].problem).toMatch(/"Designated Specialist Provisions accommodate/);
  });

  it('reports placeholders left from content:new, in the details and the body', () => {
    expect(problems('broken/placeholder')).toEqual(['half-written.md:13: questions.0', 'half-written.md:15: body']);
  });

  it('still reports schema faults in the same file:line: field: problem form', () => {
    const report = check('broken/schema');
    expect(report.lines[0]).toBe('broken/schema/bad-date.md:11: reviewed: "2026-13-01" is not a date written as YYYY-MM-DD');
    expect(report.exitCode).toBe(1);
  });
});

describe('explaining web and email addresses', () => {
  it.each([
    ['https://www.leicester.gov.uk/send', undefined],
    ['https://www.nhs.uk/conditions/autism/', undefined],
    ['', /is empty/],
    ['https://www.leicester.gov.uk/a page', /has a space/],
    ['www.leicester.gov.uk', /needs https:\/\/ in front: write "https:\/\/www\.leicester\.gov\.uk"/],
    ['leicester.gov.uk/send', /must start with https:\/\//],
    ['mailto:a@b.gov.uk', /is an email address, not a web page/],
    ['tel:01164541009', /is a phone number/],
    ['https://leicester', /incomplete site name/],
    ['https://www.example.com/x', /example address/],
    ['https://www.leicester.gov.uk/send.', /ends with "\."/],
    ['http://www.leicester.gov.uk', /starts with http:\/\//],
  ])('%s', (url, expected) => {
    const found = explainUrl(url);
    if (expected === undefined) expect(found).toBeUndefined();
    else expect(found?.problem).toMatch(expected);
  });

  it('treats plain http as a warning and the rest as errors', () => {
    expect(explainUrl('http://www.leicester.gov.uk')?.severity).toBe('warning');
    expect(explainUrl('www.leicester.gov.uk')?.severity).toBe('error');
  });

  it.each([
    ['send@leicester.gov.uk', undefined],
    ['first.last@nhs.net', undefined],
    ['mailto:send@leicester.gov.uk', /without "mailto:"/],
    ['send@leicester.gov.uk, info@leicester.gov.uk', /more than one address/],
    ['send @leicester.gov.uk', /has a space/],
    ['send.leicester.gov.uk', /has no @/],
    ['send@@leicester.gov.uk', /more than one @/],
    ['@leicester.gov.uk', /nothing before the @/],
    ['send@leicester', /incomplete part after the @/],
    ['send@leicester.', /incomplete part after the @/],
    ['send@example.com', /example address/],
  ])('%s', (email, expected) => {
    const problem = explainEmail(email);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});

describe('reading front matter for the checks', () => {
  it('finds the line of nested fields and where the body starts', () => {
    const raw = ['---', 'id: x', 'links:', '  - title: A', '    url: https://a.gov.uk', 'related: [a, b]', '---', 'Body line one', 'Body line two'].join('\n');
    const s = readItemSource('x.md', raw)!;
    expect(s.lineOf(['id'])).toBe(2);
    expect(s.lineOf(['links', 0, 'url'])).toBe(5);
    expect(s.lineOf(['related', 1])).toBe(6);
    expect(s.bodyLine).toBe(8);
  });

  it('gives up quietly on files the loader will report (no front matter, bad YAML)', () => {
    expect(readItemSource('x.md', 'no front matter')).toBeUndefined();
    expect(readItemSource('x.md', '---\nid: [unclosed\n---\n')).toBeUndefined();
  });
});
