import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../bot/knowledge/knowledge-base';
import { loadContent } from '../../bot/knowledge/load';
import { buildGapReport, formatGapReport, groupQuestions, jaccard, questionTokens } from '../../bot/curation/gap-report';
import type { GapRecord } from '../../bot/curation/gap-log';
import { FIXTURE_CONTENT } from '../helpers/bot';

let n = 0;
const rec = (query: string, extra: Partial<GapRecord> = {}): GapRecord => ({
  at: new Date(Date.UTC(2026, 10, 1, 0, n++)).toISOString(),
  kind: 'declined',
  query,
  channel: 'webchat',
  version: 'v1',
  ...extra,
});

describe('the gap report', () => {
  it('compares questions by their meaningful words, ignoring redaction labels', () => {
    expect([...questionTokens('Can my child get a blue badge?')].sort()).toEqual(['badg', 'blue']);
    expect([...questionTokens('my son is called [name], can he get a blue badge')].sort()).toEqual(['badg', 'blue']);
    expect(jaccard(new Set(['a', 'b']), new Set(['a', 'b', 'c']))).toBeCloseTo(2 / 3);
  });

  it('groups near-duplicate wordings (Jaccard ≥ 0.6) and keeps different questions apart', () => {
    const groups = groupQuestions([
      rec('can my child get a blue badge'),
      rec('Can my child get a blue badge?'),
      rec('blue badge for my son'),
      rec('how do I get a blue badge parking permit'),
      rec('when are the bin collections'),
    ]);
    expect(groups.map((g) => g.map((w) => w.question))).toEqual([
      ['can my child get a blue badge', 'blue badge for my son'],
      // Equally asked: the most recent first.
      ['when are the bin collections'],
      ['how do I get a blue badge parking permit'],
    ]);
    expect(groups[0][0].records).toHaveLength(2);
  });

  it('ranks gaps by how often they were asked, lists unhelpful items, and finds the nearest items', () => {
    const kb = KnowledgeBase.create(loadContent(FIXTURE_CONTENT));
    const report = buildGapReport(
      [
        rec('when are the bin collections'),
        rec('how much E3 funding per pupil'),
        rec('how much e3 funding per pupil?'),
        rec('E3 funding per pupil how much', { kind: 'clarify-unchosen', options: ['element-3-top-up-funding', 'senif-drop-in'] }),
        rec('how do I apply for E3', { kind: 'not-helpful', item: 'element-3-top-up-funding' }),
        rec('how long does E3 take', { kind: 'not-helpful', item: 'element-3-top-up-funding' }),
        rec('what is sendiass', { kind: 'not-helpful', item: 'retired-item' }),
      ],
      kb,
    );
    expect(report.events).toBe(7);
    expect(report.gaps.map((g) => [g.question, g.count])).toEqual([
      ['how much E3 funding per pupil', 3],
      ['when are the bin collections', 1],
    ]);
    expect(report.gaps[0].kinds).toEqual({ declined: 2, 'clarify-unchosen': 1 });
    expect(report.gaps[0].offered).toEqual(['element-3-top-up-funding', 'senif-drop-in']);
    expect(report.gaps[0].nearest[0].id).toBe('element-3-top-up-funding');
    expect(report.gaps[1].nearest).toEqual([]);
    expect(report.unhelpful.map((u) => [u.id, u.count, u.title])).toEqual([
      ['element-3-top-up-funding', 2, 'Element 3 (E3) top-up funding in Leicester City'],
      ['retired-item', 1, undefined],
    ]);

    const text = formatGapReport(report).join('\n');
    expect(text).toMatch(/1\. "how much E3 funding per pupil": asked 3 times \(declined 2; asked "which one\?" and nothing was chosen 1\)/);
    expect(text).toMatch(/also asked as: "E3 funding per pupil how much"/);
    expect(text).toMatch(/nearest items: element-3-top-up-funding \(element-3-top-up-funding\.md, matches \d+%\)/);
    expect(text).toMatch(/"when are the bin collections": asked once .*\n.*nearest items: none: this needs a new item/);
    expect(text).toMatch(/1\. element-3-top-up-funding "Element 3 \(E3\) top-up funding in Leicester City": twice/);
    expect(text).toMatch(/retired-item \(no longer in the content\)/);
  });

  it('says so when nothing has been recorded', () => {
    expect(formatGapReport(buildGapReport([])).join('\n')).toMatch(/No gaps recorded yet/);
  });
});
