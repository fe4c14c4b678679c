import { loadContent } from '../bot/knowledge/load';
import { KnowledgeBase } from '../bot/knowledge/knowledge-base';
import { CONFIDENCE } from '../bot/knowledge/decide';
import { preferencesFor } from '../bot/conversation/preferences';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadQuestionSets, QUESTIONS_DIR } from '../tests/helpers/question-sets';

/**
 * `npm run calibrate`: how well the answer/decline rule separates answerable questions from
 * out-of-scope ones, over the project's question sets and the realistic tune.json, for a grid of thresholds. The rule in
 * bot/knowledge/decide.ts should sit where every out-of-scope question is declined and the
 * most answerable ones are still answered.
 */
const kb = KnowledgeBase.create(loadContent(process.env.CONTENT_DIR ?? 'content'));
// The project's sets plus the realistic tuning set (single messages; never holdout.json).
const tune = (JSON.parse(readFileSync(join(QUESTIONS_DIR, 'realistic', 'tune.json'), 'utf8')) as { cases: { kind: string; channel?: 'webchat' | 'msteams'; say: unknown }[] }).cases
  .filter((c): c is { kind: string; channel?: 'webchat' | 'msteams'; say: string } => typeof c.say === 'string' && ['answer', 'route', 'decline'].includes(c.kind))
  .map((c) => ({ kind: c.kind, channel: c.channel ?? 'webchat', say: c.say, item: undefined as string | string[] | undefined }));
const cases = [...loadQuestionSets(), ...tune];
const rows = cases.map((c) => {
  const best = kb.ask(c.say, preferencesFor({}, c.channel)).hits[0];
  const wanted = c.item === undefined ? [] : Array.isArray(c.item) ? c.item : [c.item];
  return {
    decline: c.kind === 'decline',
    coverage: best?.coverage ?? 0,
    strong: best?.strongCoverage ?? 0,
    right: best !== undefined && (wanted.length === 0 || wanted.includes(best.item.id)),
    say: c.say,
  };
});
const answerable = rows.filter((r) => !r.decline);
const outOfScope = rows.filter((r) => r.decline);
console.log(`${answerable.length} answerable and ${outOfScope.length} out-of-scope questions, ${kb.items.length} items\n`);
console.log('minCoverage minStrong | answered right | answerable declined | out-of-scope answered');
const grid: { c: number; s: number; right: number; lost: number; wrong: number }[] = [];
for (const c of [0.4, 0.45, 0.5, 0.55, 0.56, 0.6, 0.65, 0.7, 0.75]) {
  for (const s of [0.1, 0.2, 0.3, 0.4, 0.5]) {
    const ok = (r: (typeof rows)[number]) => r.coverage >= c && r.strong >= s;
    const right = answerable.filter((r) => ok(r) && r.right).length;
    const lost = answerable.filter((r) => !ok(r)).length;
    const wrong = outOfScope.filter(ok).length;
    grid.push({ c, s, right, lost, wrong });
    const mark = c === CONFIDENCE.minCoverage && s === CONFIDENCE.minStrongCoverage ? '  <- current' : '';
    console.log(`${c.toFixed(2).padStart(11)} ${s.toFixed(2).padStart(9)} | ${String(right).padStart(14)} | ${String(lost).padStart(19)} | ${String(wrong).padStart(21)}${mark}`);
  }
}
const best = grid.filter((g) => g.wrong === 0).sort((a, b) => b.right - a.right || a.c - b.c)[0];
if (best) console.log(`\nBest with no out-of-scope question answered: minCoverage ${best.c}, minStrongCoverage ${best.s} (${best.right}/${answerable.length} answered right)`);
const lowestOut = outOfScope.sort((a, b) => b.coverage - a.coverage).slice(0, 5);
console.log('\nOut-of-scope questions closest to being answered:');
for (const r of lowestOut) console.log(`  coverage ${r.coverage.toFixed(2)} strong ${r.strong.toFixed(2)}  "${r.say}"`);
const weakest = answerable.filter((r) => r.right).sort((a, b) => a.coverage - b.coverage).slice(0, 5);
console.log('Answerable questions closest to being declined:');
for (const r of weakest) console.log(`  coverage ${r.coverage.toFixed(2)} strong ${r.strong.toFixed(2)}  "${r.say}"`);
