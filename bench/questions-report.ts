import { loadContent } from '../bot/knowledge/load';
import { KnowledgeBase } from '../bot/knowledge/knowledge-base';
import { loadQuestionSets, runCase } from '../tests/helpers/question-sets';

/** Print every failing question-set case: `npx tsx bench/questions-report.ts [filter]`. */
const kb = KnowledgeBase.create(loadContent(process.env.CONTENT_DIR ?? 'content'));
const filter = process.argv[2];
const results = loadQuestionSets()
  .filter((c) => !filter || c.file.includes(filter) || c.id === filter)
  .map((c) => runCase(kb, c, new Date('2026-11-23T12:00:00Z')));
for (const r of results.filter((x) => !x.ok)) console.log(`FAIL ${r.c.file} ${r.c.id} "${r.c.say}"\n   ${r.why.join('\n   ')}`);
const byFile = new Map<string, { ok: number; n: number }>();
for (const r of results) {
  const f = byFile.get(r.c.file) ?? { ok: 0, n: 0 };
  f.n += 1;
  if (r.ok) f.ok += 1;
  byFile.set(r.c.file, f);
}
for (const [file, f] of byFile) console.log(`${file}: ${f.ok}/${f.n}`);
const ok = results.filter((r) => r.ok).length;
console.log(`${ok}/${results.length} passed (${((100 * ok) / results.length).toFixed(1)}%), ${kb.items.length} items`);
