import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../bot/knowledge/load';
import { KnowledgeBase } from '../bot/knowledge/knowledge-base';
import { replyToQuestion } from '../bot/conversation/answering';
import { preferencesFor } from '../bot/conversation/preferences';
import { render } from '../bot/channels/render';
import { CONFIDENCE, RANKING } from '../bot/knowledge/tuning';
import { visibleText } from '../tests/helpers/replies';
import { QUESTIONS_DIR } from '../tests/helpers/question-sets';

/**
 * One-at-a-time perturbations of the weights in bot/knowledge/tuning.ts, each scored in-process
 * on every single-message tune case (pass or fail per case), for a leave-one-round-out choice of
 * weights: on each round left out, the variant that passes most cases of the other rounds (answering
 * no more out-of-scope cases there than today) is scored. `npx tsx bench/rank-weights.ts [out.json]`.
 * Mutates the weight objects at run time: a measuring tool, never part of the bot.
 */
const norm = (s: string) =>
  s.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u2013\u2014]/g, '-').replace(/\u00A0/g, ' ').replace(/[*_`>#]|\\(?=\S)/g, '').replace(/\s+/g, ' ').toLowerCase();
type Case = { id: string; kind: string; channel?: 'webchat' | 'msteams'; say: string | string[]; expect: { all?: string[][] } };
const file = process.env.TUNE ?? join(QUESTIONS_DIR, 'realistic', 'tune.json');
const cases = (JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[] }).cases.filter(
  (c): c is Case & { say: string } => typeof c.say === 'string' && ['answer', 'route', 'decline'].includes(c.kind),
);
const content = loadContent(process.env.CONTENT_DIR ?? 'content');
const base = KnowledgeBase.create(content);
const now = new Date();
function run(): boolean[] {
  // A fresh knowledge base (same index) so no answer is remembered from other weights.
  const kb = KnowledgeBase.create({ ...content, index: base.index });
  return cases.map((c) => {
    const channel = c.channel ?? 'webchat';
    const { reply, decision } = replyToQuestion(kb, c.say, preferencesFor({}, channel), { now, publicUrl: 'http://localhost' });
    const text = norm(visibleText([render(reply, channel)]));
    const cited = decision.kind === 'answer';
    return c.kind === 'decline' ? !cited : cited && (c.expect.all ?? []).every((g) => g.some((alt) => text.includes(norm(alt))));
  });
}
const weights = { RANKING, CONFIDENCE } as unknown as Record<string, Record<string, number>>;
const knobs: [string, string, number[]][] = [
  ['RANKING', 'coverageFloor', [0.1, 0.5]],
  ['RANKING', 'coveragePower', [0.75, 1.75, 2.5]],
  ['RANKING', 'strongFloor', [0.4, 1.2]],
  ['RANKING', 'strongWeight', [0.25, 1]],
  ['RANKING', 'phraseBonus', [0.1, 0.6]],
  ['RANKING', 'correctedCredit', [0.5, 0.85]],
  ['RANKING', 'contextBoost', [0.15, 0.5]],
  ['RANKING', 'storyBonus', [0, 0.4]],
  ['RANKING', 'contextShare', [0.6]],
  ['RANKING', 'neutralShare', [0.4, 0.8]],
  ['RANKING', 'ownAudience', [1, 1.15]],
  ['RANKING', 'otherAudience', [0.8, 1]],
  ['RANKING', 'hasAskedField', [1, 1.4]],
  ['RANKING', 'nearShare', [0.5, 0.9]],
  ['CONFIDENCE', 'minCoverage', [0.5, 0.53, 0.59, 0.62]],
  ['CONFIDENCE', 'minStrongCoverage', [0.25, 0.3, 0.4, 0.45]],
  ['CONFIDENCE', 'suggestCoverage', [0.35, 0.55]],
  ['CONFIDENCE', 'clarifyRatio', [0.8, 0.95]],
  ['CONFIDENCE', 'audienceSwapRatio', [0.6, 0.9]],
  ['CONFIDENCE', 'wholeMargin', [0.08, 0.25]],
  ['CONFIDENCE', 'wholeRatio', [0.6, 0.9]],
];
const out: { name: string; ok: boolean[] }[] = [{ name: 'today', ok: run() }];
for (const [group, key, values] of knobs) {
  const was = weights[group][key];
  for (const v of values) {
    weights[group][key] = v;
    out.push({ name: `${key}=${v}`, ok: run() });
    console.log(`${key}=${v}: ${out.at(-1)!.ok.filter(Boolean).length}/${cases.length} (today ${out[0].ok.filter(Boolean).length})`);
  }
  weights[group][key] = was;
}
writeFileSync(process.argv[2] ?? '/tmp/rank-weights.json', JSON.stringify({ ids: cases.map((c) => c.id), kinds: cases.map((c) => c.kind), variants: out }));

// Leave one round out: choose on the other rounds, score on this one.
const roundOf = (id: string) => id.split('-')[0];
const rounds = [...new Set(cases.map((c) => roundOf(c.id)))].sort((a, b) => a.length - b.length || a.localeCompare(b));
const passed = (v: (typeof out)[number], js: number[]) => js.filter((j) => v.ok[j]).length;
const oos = (v: (typeof out)[number], js: number[]) => js.filter((j) => cases[j].kind === 'decline' && !v.ok[j]).length;
let [today, chosen, total] = [0, 0, 0];
for (const k of rounds) {
  const train = cases.flatMap((c, j) => (roundOf(c.id) !== k ? [j] : []));
  const test = cases.flatMap((c, j) => (roundOf(c.id) === k ? [j] : []));
  const allowed = out.filter((v) => oos(v, train) <= oos(out[0], train));
  const best = allowed.reduce((a, b) => (passed(b, train) > passed(a, train) ? b : a), out[0]);
  console.log(`${k.padEnd(3)} chose ${best.name}: today ${passed(out[0], test)}/${test.length}, chosen ${passed(best, test)}/${test.length}, out-of-scope answered ${oos(out[0], test)} -> ${oos(best, test)}`);
  [today, chosen, total] = [today + passed(out[0], test), chosen + passed(best, test), total + test.length];
}
console.log(`pooled: today ${today}/${total} = ${((100 * today) / total).toFixed(1)}%, weights chosen by LORO ${chosen}/${total} = ${((100 * chosen) / total).toFixed(1)}%`);
