import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crisisModel } from '../bot/conversation/safeguarding/model';
import { screenConversation } from './safeguarding-conversation';
import { screenerLatency } from './screener-latency';

/**
 * `npm run eval:safeguarding`: scores the screener on the safeguarding evaluation set
 * (tests/safeguarding-set/tune.json and holdout.json), split by split: crisis recall, benign
 * false alarms, the distress tier, and a confusion table by category.
 *
 *   --split tune|holdout|all   which split (default tune: someone tuning should not see the
 *                              holdout's figures by accident; ask for holdout or all to report)
 *   --set DIR                  where the set is (default tests/safeguarding-set)
 *   --extra FILE               also score a question file's "safeguard" cases as crisis (e.g. dev2.json)
 *   --misses                   print the messages it got wrong: tune and --extra only. The holdout
 *                              is a test nobody tunes on, so its messages are never printed.
 *   --cv                       the learned layer's cross-validation and leave-one-author-out figures,
 *                              as recorded in model.json when it was trained (npm run train:safeguarding
 *                              computes and prints them; this shows them again without retraining)
 */
type Case = { id: string; category: string; tier: 'crisis' | 'distress' | 'none'; say: string | string[] };

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = opt('set') ?? join('tests', 'safeguarding-set');
const which = opt('split') ?? 'tune';
const showMisses = args.includes('--misses');

const lastTurn = (say: string | string[]) => (Array.isArray(say) ? say[say.length - 1] : say);

function load(split: string): Case[] | undefined {
  const file = join(dir, `${split}.json`);
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[] }).cases;
}

function extra(file: string): Case[] {
  const cases = (JSON.parse(readFileSync(file, 'utf8')) as { cases: { id: string; kind: string; say: string | string[]; expect?: { none?: string[] } }[] }).cases;
  return cases
    .filter((c) => c.kind === 'safeguard' || (c.expect?.none ?? []).includes('116 123'))
    .map((c) => ({ id: c.id, category: c.kind === 'safeguard' ? 'safeguard' : 'idiom-guard', tier: c.kind === 'safeguard' ? 'crisis' : 'none', say: c.say }));
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

function report(name: string, cases: Case[], mayShow: boolean): void {
  const rows = new Map<string, { n: number; same: number; crisis: number; distress: number; none: number; predicted: Map<string, number> }>();
  let crisisGold = 0;
  let crisisHit = 0;
  let benignGold = 0;
  let benignAlarm = 0;
  let benignDistress = 0;
  let distressGold = 0;
  let distressHit = 0;
  let distressAsCrisis = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const s = screenConversation(c.say);
    const row = rows.get(c.category) ?? { n: 0, same: 0, crisis: 0, distress: 0, none: 0, predicted: new Map() };
    row.n += 1;
    row[s.tier] += 1;
    if (s.tier === 'crisis' && s.category === c.category) row.same += 1;
    if (s.category) row.predicted.set(s.category, (row.predicted.get(s.category) ?? 0) + 1);
    rows.set(c.category, row);
    if (c.tier === 'crisis') {
      crisisGold += 1;
      if (s.tier === 'crisis') crisisHit += 1;
    } else if (c.tier === 'none') {
      benignGold += 1;
      if (s.tier === 'crisis') benignAlarm += 1;
      if (s.tier === 'distress') benignDistress += 1;
    } else {
      distressGold += 1;
      if (s.tier === 'distress') distressHit += 1;
      if (s.tier === 'crisis') distressAsCrisis += 1;
    }
    const wrong = c.tier !== s.tier;
    if (wrong && mayShow) {
      misses.push(`  ${c.id} [${c.tier} → ${s.tier}${s.category ? ` ${s.category}` : ''}] ${JSON.stringify(lastTurn(c.say))}\n      cues: ${s.cues.map((f) => `${f.id}=${f.weight.toFixed(2)}(${f.text})`).join(', ') || '-'} ${s.boosters.length ? `boost: ${s.boosters.join(',')}` : ''}`);
    }
  }
  console.log(`\n== ${name}: ${cases.length} messages`);
  console.log(`  crisis recall        ${crisisHit}/${crisisGold} = ${pct(crisisHit, crisisGold)} (goal >= 97%)`);
  console.log(`  benign false alarms  ${benignAlarm}/${benignGold} = ${pct(benignAlarm, benignGold)} (goal <= 2%); benign given the distress reply: ${benignDistress}`);
  if (distressGold) console.log(`  distress tier        ${distressHit}/${distressGold} = ${pct(distressHit, distressGold)} as distress, ${distressAsCrisis} as crisis`);
  console.log(`  ${'category'.padEnd(24)} ${'n'.padStart(4)} ${'crisis'.padStart(7)} ${'(same)'.padStart(7)} ${'distress'.padStart(9)} ${'none'.padStart(5)}   predicted categories`);
  for (const [category, r] of [...rows.entries()].sort()) {
    const predicted = [...r.predicted.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    console.log(`  ${category.padEnd(24)} ${String(r.n).padStart(4)} ${String(r.crisis).padStart(7)} ${String(r.same).padStart(7)} ${String(r.distress).padStart(9)} ${String(r.none).padStart(5)}   ${predicted}`);
  }
  if (misses.length) console.log(`  wrong tier:\n${misses.join('\n')}`);
}

function latency(messages: string[]): void {
  const l = screenerLatency(messages);
  console.log(`\nscreener per message: p50 ${l.p50.toFixed(3)} ms, p99 ${l.p99.toFixed(3)} ms over ${l.n} messages (median of 15 runs each; every run's p99 ${l.rawP99.toFixed(3)} ms) (goal p99 < 0.3 ms)`);
}

function crossValidation(): void {
  const { report, trainedOn, threshold, lambda } = crisisModel().file;
  console.log(`model.json: trained on ${trainedOn.cases} cases of ${trainedOn.file}; threshold ${threshold}, lambda ${lambda}`);
  const show = (name: string, r: unknown) => {
    const x = r as { crisis: number; benign: number; recall: Record<string, number>; falseAlarms: Record<string, number>; distressAsCrisis: number; byCategory: Record<string, { n: number; rules: number; model: number; either: number; right: number }> };
    console.log(`\n== ${name}`);
    for (const k of ['rules', 'model', 'either']) console.log(`  ${k.padEnd(7)} crisis recall ${pct(x.recall[k], x.crisis)}  benign false alarms ${pct(x.falseAlarms[k], x.benign)} (${x.falseAlarms[k]}/${x.benign})`);
    console.log(`  distress as crisis (either): ${x.distressAsCrisis}`);
    console.log(`  ${'category'.padEnd(24)} ${'n'.padStart(5)} ${'rules'.padStart(6)} ${'model'.padStart(6)} ${'either'.padStart(7)} ${'right cat'.padStart(9)}`);
    for (const [c, v] of Object.entries(x.byCategory)) console.log(`  ${c.padEnd(24)} ${String(v.n).padStart(5)} ${String(v.rules).padStart(6)} ${String(v.model).padStart(6)} ${String(v.either).padStart(7)} ${String(v.right).padStart(9)}`);
  };
  if (report?.cv) show('nested cross-validation on tune (pooled over repeats)', report.cv);
  for (const [author, r] of Object.entries((report?.leaveAuthorOut ?? {}) as Record<string, unknown>)) show(`leave one author out: tested on ${author}`, r);
  console.log('\n(the rules were written while reading tune, so their column, and "either", are optimistic here; "model" is the honest one)');
}

if (args.includes('--cv')) {
  crossValidation();
  process.exit(0);
}

const all: string[] = [];
for (const split of ['tune', 'holdout']) {
  if (which !== 'all' && which !== split) continue;
  const cases = load(split);
  if (!cases) {
    console.log(`\n(no ${split}.json in ${dir})`);
    continue;
  }
  report(split, cases, split !== 'holdout' && showMisses);
  all.push(...cases.map((c) => lastTurn(c.say)));
}
const extraFile = opt('extra');
if (extraFile) {
  const cases = extra(extraFile);
  report(extraFile, cases, showMisses);
  all.push(...cases.map((c) => lastTurn(c.say)));
}
if (all.length) latency(all);
