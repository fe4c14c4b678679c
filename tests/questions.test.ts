import { describe, expect, it } from 'vitest';
import { loadContent } from '../bot/knowledge/load';
import { KnowledgeBase } from '../bot/knowledge/knowledge-base';
import { REAL_CONTENT } from './helpers/bot';
import { loadQuestionSets, runCase } from './helpers/question-sets';

// The project's own question sets (tests/questions/*.json), asked of the real content.
const now = new Date('2026-11-23T12:00:00Z');
const kb = KnowledgeBase.create(loadContent(REAL_CONTENT));
const cases = loadQuestionSets();
const results = cases.map((c) => runCase(kb, c, now));

describe('the project question sets', () => {
  it('has at least 150 answerable questions and 40 to decline', () => {
    expect(cases.filter((c) => c.kind !== 'decline').length).toBeGreaterThanOrEqual(150);
    expect(cases.filter((c) => c.kind === 'decline').length).toBeGreaterThanOrEqual(40);
  });

  it('answers at least 95% of the answerable questions correctly', () => {
    const answerable = results.filter((r) => r.c.kind !== 'decline');
    const failed = answerable.filter((r) => !r.ok);
    const rate = 1 - failed.length / answerable.length;
    const report = failed.map((r) => `${r.c.file} ${r.c.id} "${r.c.say}": ${r.why.join('; ')}`).join('\n');
    expect(rate, `${failed.length} of ${answerable.length} failed:\n${report}`).toBeGreaterThanOrEqual(0.95);
  });

  it('declines at least 95% of the out-of-scope questions', () => {
    const outOfScope = results.filter((r) => r.c.kind === 'decline');
    const failed = outOfScope.filter((r) => !r.ok);
    const report = failed.map((r) => `${r.c.id} "${r.c.say}": ${r.why.join('; ')}`).join('\n');
    expect(1 - failed.length / outOfScope.length, report).toBeGreaterThanOrEqual(0.95);
  });
});
