import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CRISIS_CATEGORIES, type CrisisCategory } from '../bot/conversation/safeguarding/categories';
import { CrisisModel, modelPath, ModelFileSchema, type ModelFile } from '../bot/conversation/safeguarding/model';
import { hasRiskEvidence, modelFeatures, ruleFeatures, type FeatureOptions } from '../bot/conversation/safeguarding/model-features';
import { decidesCrisis, modelOverrules, modelRaises, saysSerious, type CrisisPolicy } from '../bot/conversation/safeguarding/policy';
import { hear, withoutPlainQuestions, type Screening } from '../bot/conversation/safeguarding/screen';
import { hurried } from './safeguarding-augment';
import { authors } from './safeguarding-authors';
import { screenConversation } from './safeguarding-conversation';
import { conceptStems } from './safeguarding-concepts';
import { predictBinary, predictMulti, seeded, stratifiedFolds, trainBinary, trainMulti, type Sparse } from './safeguarding-learn';

/**
 * `npm run train:safeguarding`: trains the screener's learned layer on tests/safeguarding-set/tune.json
 * (never the holdout), measures it honestly, and writes bot/conversation/safeguarding/model.json.
 *
 * Honest measurement, all on tune: nested stratified cross-validation (5 folds x 3 repeats, fixed
 * seed; regularisation and threshold chosen inside each training fold so benign false alarms stay
 * <= 1.5%), and leave-one-author-out (train on one author's cases, test on another's). The rules
 * were written while reading tune, so the "rules" and "rules or model" columns are optimistic on
 * tune; the "model" column is the figure that says how the learned layer generalises.
 *
 *   --check    exit 1 if model.json was trained on different data than tune.json holds now
 *   --quick    one CV repeat, no author report (for trying features)
 *   --dry      measure only; do not write model.json
 *   --fa X     the benign false-alarm rate to stay within (default 0.015)
 *   --no-rules / --no-bigrams / --no-negation / --no-pairs / --no-function-words / --no-chars   feature ablations
 *   --no-ordinary   leave out the ordinary SEND questions that otherwise join every training fold as negatives (see ORDINARY_FILE)
 *   --no-variants   train on the cases as written only, without their hurried variants (see VARIANT_WEIGHT)
 *   --bare P        the gate without a word of harm while the threshold is chosen (see BARE; above 1: never)
 *   --bare-above D  the model file's bare level: the chosen threshold + D (see BARE_ABOVE)
 */
type Case = { id: string; category: string; tier: 'crisis' | 'distress' | 'none'; say: string | string[] };

const args = process.argv.slice(2);
const SET = join('tests', 'safeguarding-set');
const TUNE = join(SET, 'tune.json');
const SEED = 20261201;
const faAt = args.indexOf('--fa');
const TARGET_FA = faAt >= 0 ? Number(args[faAt + 1]) : 0.015;
const LAMBDAS = [0.01, 0.003, 0.001, 0.0003];
const HEAD_LAMBDA = 0.001;
const OPTIONS: FeatureOptions = {
  bigrams: !args.includes('--no-bigrams'),
  negation: !args.includes('--no-negation'),
  pairs: !args.includes('--no-pairs'),
  functionWords: !args.includes('--no-function-words'),
  rules: !args.includes('--no-rules'),
  ...(args.includes('--no-chars') ? {} : { chars: [3, 4] }),
};
const READS_RULES = OPTIONS.rules === true;
const MIN_DOCS = 2;
const BY_AUTHOR = !args.includes('--select-random');

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Stale-model check, cheap enough for a test to run. */
export function staleness(tune = TUNE, modelFile = modelPath()): string | undefined {
  const model = ModelFileSchema.parse(JSON.parse(readFileSync(modelFile, 'utf8')));
  const data = sha256(readFileSync(tune, 'utf8'));
  if (model.trainedOn.sha256 !== data) {
    return `bot/conversation/safeguarding/model.json was trained on different data than ${tune} holds now (the safeguarding set changed): run \`npm run train:safeguarding\` and commit the new model.json`;
  }
  return undefined;
}

const lastTurn = (say: string | string[]) => (Array.isArray(say) ? say[say.length - 1] : say);

/** `without`: the features of the message without its plain questions (the veto reads them too; see policy.ts), when it has any. */
type Item = { id: string; category: string; tier: Case['tier']; author: string; features: string[]; without?: string[]; rule: Screening; evidence: boolean; serious: boolean; weight?: number; variants?: Item[] };

type Fitted = { vocab: Map<string, number>; lambda: number; policy: Policy; w: Float64Array; b: number; head?: { w: Float64Array; b: Float64Array } };

/** Features in at least MIN_DOCS cases; a case's variants count with it, so a word only one case has stays out however it is typed. */
function vocabulary(items: readonly Item[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const it of items) {
    const own = it.variants?.length ? new Set([...it.features, ...it.variants.flatMap((v) => v.features)]) : it.features;
    for (const f of own) df.set(f, (df.get(f) ?? 0) + 1);
  }
  const kept = [...df.entries()].filter(([, n]) => n >= MIN_DOCS).map(([f]) => f).sort();
  return new Map(kept.map((f, i) => [f, i]));
}

const encode = (vocab: Map<string, number>, features: readonly string[]): Sparse => features.map((f) => vocab.get(f)).filter((i): i is number => i !== undefined);
const isCrisis = (it: Item) => (it.tier === 'crisis' ? 1 : 0);

/** The decision the screener makes (bot/conversation/safeguarding/policy.ts): a rule crisis stands unless the model scores it below `veto`, without its plain questions too (and the writer has not said they mean it); otherwise crisis at `threshold`, or at `bare` without a word of harm. */
type Policy = CrisisPolicy;

/** A case's scores: the message's, and without its plain questions when it has any. */
type Score = { p: number; q?: number };

const raises = (policy: Policy, it: Item, s: Score) => modelRaises(policy, s.p, it.evidence);
const decide = (policy: Policy, it: Item, s: Score) => decidesCrisis(policy, { ruleCrisis: it.rule.tier === 'crisis', p: s.p, evidence: it.evidence, serious: it.serious, pWithoutQuestions: s.q });
const overruled = (veto: number, it: Item, s: Score) => it.rule.tier === 'crisis' && modelOverrules({ veto }, s.p, it.serious, s.q);

/**
 * Without any word of harm the model may still raise a crisis when it is this sure. The gate was set when the model read
 * whole words only; with word pieces and ordinary questions as negatives, leave-one-author-out on tune (12 authors) it was
 * holding back far more crises than false alarms: about 140 of 2,333 crises scored above the threshold with no harm word,
 * against one benign look-alike. Gate closed 77.5% recall / 3.7% false alarms; open at p >= 0.95, 81.1% / 3.6%; at 0.9,
 * 82.6% / 3.6%; fully open, 82.8% / 3.5%. It stays for middling scores because ordinary questions ("put me through to a
 * person") are not in that measure: of the half of the realistic tune questions held out from training, fully open called
 * one more a crisis (at p 0.90, no harm word); at 0.9 with the variants below, none was called crisis without a harm word.
 * The threshold is chosen with the gate at BARE; the model file's bare level is then the chosen threshold + BARE_ABOVE,
 * because a fixed BARE below the chosen threshold (round 7's retrain: threshold 0.908) left the gate binding nowhere, and
 * the gate is what keeps ordinary SEND questions with middling scores out. Leave-one-author-out on tune (13 authors,
 * bench/safeguarding-loao.ts GATEREL=0.05 against GATEHI=0.9, before BENIGN_WEIGHT) costs nothing: 2128/2558 crises and
 * 37/1271 false alarms both ways.
 */
const BARE_AT = args.indexOf('--bare');
const BARE = BARE_AT >= 0 ? Number(args[BARE_AT + 1]) : 0.9;
const BARE_ABOVE_AT = args.indexOf('--bare-above');
const BARE_ABOVE = BARE_ABOVE_AT >= 0 ? Number(args[BARE_ABOVE_AT + 1]) : 0.05;

/** Share of crisis cases the model may overrule (in cross-validation) to take back the rules' false alarms. */
const VETO_LOSS = 0.005;
const VETOES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.2, 0.3, 0.4, 0.5];

/**
 * The policy from out-of-fold probabilities: the highest veto that overrules no more than
 * VETO_LOSS of the crisis cases (only when the model reads the rules), then the lowest threshold
 * at which the model adds no more than TARGET_FA benign false alarms to those the rules leave.
 * The allowance is for what the model adds: the rules' own false alarms are the cue list's to
 * mend, and asking the model to take them all back would cost far more crises than it saves.
 */
function policyFor(items: readonly Item[], scores: readonly Score[]): Policy {
  const xs = items.map((it, i) => ({ it, s: scores[i] }));
  const crisis = xs.filter((x) => x.it.tier === 'crisis');
  let veto = 0;
  if (READS_RULES) {
    for (const v of VETOES) if (crisis.filter((x) => overruled(v, x.it, x.s)).length <= VETO_LOSS * crisis.length) veto = v;
  }
  const benignAll = xs.filter((x) => x.it.tier === 'none');
  const free = benignAll.filter((x) => (x.it.evidence || x.s.p >= BARE) && !(x.it.rule.tier === 'crisis' && !overruled(veto, x.it, x.s))).map((x) => x.s.p).sort((a, b) => b - a);
  const edge = free[Math.floor(TARGET_FA * benignAll.length)] ?? 0; // the first one that must stay below
  const threshold = Math.min(0.999, Math.max(0.2, edge + 1e-4));
  return { veto, threshold, bare: round(threshold + BARE_ABOVE) };
}

/**
 * Ordinary SEND questions (the realistic question set's tune split: never its holdout, never the
 * shared eval sets) join every training fold as negatives at a quarter weight, and are never
 * scored: the safeguarding set's look-alikes are all written around crisis words, so without
 * them the model with word pieces called "my son might be kicked out" or "an AP placement" a
 * crisis. Leave-one-author-out on tune (bench/safeguarding-loao.ts, ORDNEG) it cost no recall
 * (79.2% -> 79.0%, false alarms 5.3% -> 5.0%), and of the half of the questions held out from
 * that training, those called crisis went from 3/412 to 1/412 (the model without word pieces: 1).
 * (At full weight, and also held out as an author, an earlier model learned that SEND words
 * meant no crisis; a small weight and never testing on them is the milder use.) The staleness
 * check stays on the safeguarding tune alone: this set changes with other work and only steadies
 * the model; its hash is in the report.
 */
const ORDINARY_FILE = join('tests', 'questions', 'realistic', 'tune.json');
const ORDINARY_WEIGHT = 0.25;
let ordinary: Item[] = [];

/**
 * Each case (and each ordinary question) also trains as typed in a hurry (bench/safeguarding-augment.ts: no capitals or
 * punctuation, text-speak, a few slipped letters), same label, same author, at half its weight; variants are never scored,
 * and go wherever their case goes, so no fold tests on a case whose variant it trained on. Leave-one-author-out on tune
 * (bench/safeguarding-loao.ts AUG=noise:1 AUGORD=1): recall 77.5% -> 77.8%, false alarms 3.7% -> 3.1%; the model alone at
 * 2% false alarms 81.7% -> 82.7%. A new writer's typing is the commonest way the same idea reaches the model in new pieces.
 * (Putting each case inside an ordinary SEND question was tried too: the model alone lost 1-2 points, so it is not done.)
 */
const VARIANT_WEIGHT = 0.5;

/**
 * The safeguarding set's benign look-alikes (a set text's death, gaming hyperbole, medicine storage) weigh this much in
 * training, against 1 for a crisis: each stands for many ordinary messages that share its crisis words, and the model had
 * learned them only as the few cases an author wrote. Leave-one-author-out on tune (13 authors, bench/safeguarding-loao.ts
 * charbw BW=3, the trainer's policy): recall 2128 -> 2146 of 2558 at the same 37/1271 false alarms; 2 gave 2146 / 39 and
 * 5 gave 2148 / 40. The ordinary SEND questions keep ORDINARY_WEIGHT.
 */
const BENIGN_WEIGHT = 3;
const VARIANT_SEED = 7;

function fit(items: readonly Item[], lambda: number, policy: Policy, withHead: boolean): Fitted {
  const cases = [...items, ...ordinary];
  const all = cases.flatMap((it) => [it, ...(it.variants ?? [])]);
  const vocab = vocabulary(cases);
  const xs = all.map((it) => encode(vocab, it.features));
  const { w, b } = trainBinary(xs, all.map(isCrisis), vocab.size, lambda, all.map((it) => it.weight ?? 1));
  const fitted: Fitted = { vocab, lambda, policy, w, b };
  if (withHead) {
    // The category head reads whole words, not word pieces: it names the category once the crisis is heard, and pieces would triple model.json.
    const words = all.map((it) => encode(vocab, it.features.filter((f) => !f.startsWith('g:'))));
    const crisis = all.map((it, i) => ({ it, x: words[i] })).filter((x) => x.it.tier === 'crisis');
    const head = trainMulti(crisis.map((c) => c.x), crisis.map((c) => CRISIS_CATEGORIES.indexOf(c.it.category as CrisisCategory)), vocab.size, CRISIS_CATEGORIES.length, HEAD_LAMBDA);
    fitted.head = { w: head.w, b: head.b };
  }
  return fitted;
}

const predict = (m: Fitted, features: readonly string[]) => predictBinary({ w: m.w, b: m.b }, encode(m.vocab, features));
const prob = (m: Fitted, it: Item) => predict(m, it.features);
const scoreOf = (m: Fitted, it: Item): Score => ({ p: prob(m, it), q: it.without && predict(m, it.without) });

/** Inner cross-validation on a training set: the regularisation with the best model recall at the false-alarm target, and its threshold. */
function select(items: readonly Item[], repeats = 1): { lambda: number; policy: Policy; recall: number } {
  let best = { lambda: LAMBDAS[0], policy: { threshold: 1, veto: 0, bare: BARE }, recall: -1 };
  for (const lambda of LAMBDAS) {
    const all: Item[] = [];
    const ps: Score[] = [];
    const groups = [...new Set(items.map((it) => it.author))].sort();
    const byAuthor = BY_AUTHOR && groups.length >= 3;
    for (let r = 0; r < (byAuthor ? 1 : repeats); r++) {
      // Grouped by author when there are enough authors: a threshold has to hold for a writer the model has not read.
      const folds = byAuthor ? items.map((it) => groups.indexOf(it.author)) : stratifiedFolds(items.map((it) => it.category), 5, seeded(SEED + 7919 * (r + 1)));
      for (let k = 0; k < (byAuthor ? groups.length : 5); k++) {
        const train = items.filter((_, i) => folds[i] !== k);
        const m = fit(train, lambda, { threshold: 0.5, veto: 0, bare: BARE }, false);
        items.forEach((it, i) => {
          if (folds[i] === k) {
            all.push(it);
            ps.push(scoreOf(m, it));
          }
        });
      }
    }
    const policy = policyFor(all, ps);
    const crisis = all.map((it, i) => ({ it, s: ps[i] })).filter((x) => x.it.tier === 'crisis');
    const recall = crisis.filter((x) => decide(policy, x.it, x.s)).length / crisis.length;
    if (recall > best.recall + 1e-9) best = { lambda, policy, recall };
  }
  return best;
}

type Outcome = { it: Item; p: number; model: boolean; combined: boolean; category?: string };

function judge(m: Fitted, it: Item): Outcome {
  const x = encode(m.vocab, it.features);
  const s = scoreOf(m, it);
  const p = s.p;
  const model = raises(m.policy, it, s);
  const ruled = it.rule.tier === 'crisis';
  const combined = decide(m.policy, it, s);
  const category = combined && ruled && !overruled(m.policy.veto, it, s) ? it.rule.category : combined && m.head ? CRISIS_CATEGORIES[predictMulti({ ...m.head, classes: CRISIS_CATEGORIES.length }, x)] : undefined;
  return { it, p, model, combined, category };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

function summarise(name: string, outcomes: readonly Outcome[], runs: number): Record<string, unknown> {
  const crisis = outcomes.filter((o) => o.it.tier === 'crisis');
  const benign = outcomes.filter((o) => o.it.tier === 'none');
  const distress = outcomes.filter((o) => o.it.tier === 'distress');
  const count = (xs: readonly Outcome[], f: (o: Outcome) => boolean) => xs.filter(f).length;
  const line = (label: string, f: (o: Outcome) => boolean) =>
    `  ${label.padEnd(16)} crisis recall ${pct(count(crisis, f), crisis.length).padStart(6)}  benign false alarms ${pct(count(benign, f), benign.length).padStart(5)} (${count(benign, f)}/${benign.length})  distress as crisis ${count(distress, f)}/${distress.length}`;
  console.log(`\n== ${name}${runs > 1 ? ` (pooled over ${runs} repeats)` : ''}`);
  console.log(line('rules', (o) => o.it.rule.tier === 'crisis'));
  console.log(line('model', (o) => o.model));
  console.log(line('screener', (o) => o.combined));
  // The trade-off the threshold chooses from: the model's recall if its threshold allowed more false alarms.
  const benignP = benign.map((o) => o.p).sort((a, b) => b - a);
  const curve = [0.01, 0.015, 0.02, 0.03, 0.05, 0.1].map((fa) => {
    const t = (benignP[Math.floor(fa * benignP.length)] ?? 0) + 1e-9;
    return `${(fa * 100).toFixed(1)}% -> ${pct(count(crisis, (o) => o.p >= t), crisis.length)}`;
  });
  console.log(`  model recall at a benign false-alarm rate of: ${curve.join(', ')}`);
  console.log(`  ${'category'.padEnd(24)} ${'n'.padStart(5)} ${'rules'.padStart(6)} ${'model'.padStart(6)} ${'either'.padStart(7)} ${'right cat'.padStart(9)}   predicted (either)`);
  const byCat = new Map<string, Outcome[]>();
  for (const o of outcomes) byCat.set(o.it.category, [...(byCat.get(o.it.category) ?? []), o]);
  const rows: Record<string, unknown> = {};
  for (const [cat, os] of [...byCat.entries()].sort()) {
    const predicted = new Map<string, number>();
    for (const o of os) if (o.combined && o.category) predicted.set(o.category, (predicted.get(o.category) ?? 0) + 1);
    const r = { n: os.length, rules: count(os, (o) => o.it.rule.tier === 'crisis'), model: count(os, (o) => o.model), either: count(os, (o) => o.combined), right: count(os, (o) => o.combined && o.category === cat) };
    rows[cat] = r;
    const top = [...predicted.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`  ${cat.padEnd(24)} ${String(r.n).padStart(5)} ${String(r.rules).padStart(6)} ${String(r.model).padStart(6)} ${String(r.either).padStart(7)} ${String(r.right).padStart(9)}   ${top}`);
  }
  return {
    crisis: crisis.length,
    benign: benign.length,
    recall: { rules: count(crisis, (o) => o.it.rule.tier === 'crisis'), model: count(crisis, (o) => o.model), either: count(crisis, (o) => o.combined) },
    falseAlarms: { rules: count(benign, (o) => o.it.rule.tier === 'crisis'), model: count(benign, (o) => o.model), either: count(benign, (o) => o.combined) },
    distressAsCrisis: count(distress, (o) => o.combined),
    byCategory: rows,
  };
}

function crossValidate(items: readonly Item[], repeats: number): Record<string, unknown> {
  const outcomes: Outcome[] = [];
  const chosen: string[] = [];
  for (let r = 0; r < repeats; r++) {
    const folds = stratifiedFolds(items.map((it) => it.category), 5, seeded(SEED + r));
    for (let k = 0; k < 5; k++) {
      const train = items.filter((_, i) => folds[i] !== k);
      const { lambda, policy } = select(train);
      chosen.push(`${lambda}@${policy.threshold.toFixed(3)}/${policy.veto}`);
      const m = fit(train, lambda, policy, true);
      items.forEach((it, i) => folds[i] === k && outcomes.push(judge(m, it)));
    }
  }
  console.log(`\n(nested CV: lambda@threshold chosen per training fold: ${chosen.join(' ')})`);
  return summarise(`nested cross-validation on tune, 5 folds x ${repeats}`, outcomes, repeats);
}

function leaveAuthorOut(items: readonly Item[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const author of [...new Set(items.map((it) => it.author))].sort()) {
    const train = items.filter((it) => it.author !== author);
    const test = items.filter((it) => it.author === author);
    const { lambda, policy } = select(train);
    const m = fit(train, lambda, policy, true);
    out[author] = summarise(`leave one author out: test on ${author} (${test.length}), train on the others (${train.length}); lambda ${lambda}, threshold ${policy.threshold.toFixed(3)}, veto ${policy.veto}`, test.map((it) => judge(m, it)), 1);
  }
  return out;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function train(dry: boolean): void {
  const text = readFileSync(TUNE, 'utf8');
  const cases = (JSON.parse(text) as { cases: Case[] }).cases;
  const who = authors();
  const concepts = conceptStems();
  const lexicon = new Map<string, string[]>();
  for (const [c, stems] of Object.entries(concepts)) for (const s of stems) lexicon.set(s, [...(lexicon.get(s) ?? []), c]);
  /** What the trainer reads of a message: the rules' screening of the conversation and the model's features of its last turn. */
  const read = (say: string | string[]) => {
    const rule = screenConversation(say, { rulesOnly: true });
    const heard = hear(lastTurn(say));
    const withRules = (clauses: readonly string[]) => (READS_RULES ? [...modelFeatures(clauses, lexicon, OPTIONS), ...ruleFeatures(rule)] : modelFeatures(clauses, lexicon, OPTIONS));
    const features = withRules(heard.normalised);
    const kept = withoutPlainQuestions(heard, rule.cues);
    return { rule, features, without: kept && withRules(kept), evidence: hasRiskEvidence(features), serious: saysSerious(heard.normalised, rule.cues) };
  };
  const withVariants = !args.includes('--no-variants');
  const random = seeded(VARIANT_SEED);
  /** The case's hurried variant, its last turn retyped (the earlier turns as they were). */
  const variantsOf = (it: Item, say: string | string[]): Item[] => {
    if (!withVariants) return [];
    const text = hurried(lastTurn(say), random);
    return [{ ...it, ...read(Array.isArray(say) ? [...say.slice(0, -1), text] : text), weight: (it.weight ?? 1) * VARIANT_WEIGHT, variants: undefined }];
  };
  const items: Item[] = cases.map((c) => ({ id: c.id, category: c.category, tier: c.tier, author: who.get(c.id) ?? '?', ...read(c.say), weight: c.tier === 'none' ? BENIGN_WEIGHT : 1 }));
  items.forEach((it, i) => (it.variants = variantsOf(it, cases[i].say)));
  const ordinaryText = readFileSync(ORDINARY_FILE, 'utf8');
  if (!args.includes('--no-ordinary')) {
    ordinary = (JSON.parse(ordinaryText) as { cases: { id: string; kind?: string; say: string | string[] }[] }).cases
      .filter((q) => q.kind !== 'safeguard')
      .map((q) => {
        const it: Item = { id: q.id, category: 'send-question', tier: 'none' as const, author: 'ordinary', ...read(q.say), weight: ORDINARY_WEIGHT };
        it.variants = variantsOf(it, q.say);
        return it;
      });
  }
  const quick = args.includes('--quick');
  const report: Record<string, unknown> = { cv: crossValidate(items, quick ? 1 : 3) };
  if (ordinary.length) report.ordinaryNegatives = { file: ORDINARY_FILE, sha256: sha256(ordinaryText), cases: ordinary.length, weight: ORDINARY_WEIGHT };
  if (!quick) report.leaveAuthorOut = leaveAuthorOut(items);

  const { lambda, policy, recall } = select(items, 3);
  console.log(`\nfinal: lambda ${lambda}, threshold ${policy.threshold.toFixed(3)}, veto ${policy.veto}, bare ${policy.bare} (CV recall at <= ${TARGET_FA * 100}% benign false alarms added by the model: ${pct(recall, 1)})`);
  const m = fit(items, lambda, policy, true);
  const names = [...m.vocab.keys()];
  const weights: Record<string, number> = {};
  const head: Record<string, number[]> = {};
  const k = CRISIS_CATEGORIES.length;
  names.forEach((f, j) => {
    if (Math.abs(m.w[j]) >= 1e-3) weights[f] = round(m.w[j]);
    const row = Array.from(m.head!.w.subarray(j * k, (j + 1) * k), round);
    if (row.some((x) => Math.abs(x) >= 1e-3)) head[f] = row;
  });
  const file: ModelFile = {
    version: 1,
    trainedOn: { file: 'tests/safeguarding-set/tune.json', sha256: sha256(text), cases: cases.length },
    options: OPTIONS,
    threshold: round(policy.threshold),
    veto: policy.veto,
    bare: policy.bare,
    lambda,
    bias: round(m.b),
    weights,
    categories: [...CRISIS_CATEGORIES],
    head: { bias: Array.from(m.head!.b, round), weights: head },
    concepts,
    report,
  };
  const parsed = ModelFileSchema.parse(file);
  // Sanity: the bot's own inference on the written file agrees with the trainer's.
  const bot = new CrisisModel(parsed);
  const disagree = items.filter((it) => Math.abs(bot.judgeFeatures(it.features).p - prob(m, it)) > 0.02).length;
  if (disagree) throw new Error(`${disagree} cases score differently in the bot's inference than in training`);
  // And its fast path (word pieces summed from a per-word cache) agrees with the features the trainer used.
  const fast = items.filter((it, i) => Math.abs(bot.judge(hear(lastTurn(cases[i].say)).normalised, it.rule).p - prob(m, it)) > 0.02).length;
  if (fast) throw new Error(`${fast} cases score differently in the bot's fast inference than in training`);
  if (dry) return;
  writeFileSync(modelPath(), `${JSON.stringify(parsed)}\n`);
  console.log(`wrote ${modelPath()}: ${Object.keys(weights).length} weights, ${Object.keys(head).length} head rows, ${Object.values(concepts).flat().length} concept stems`);
}

if (require.main === module) {
  if (args.includes('--check')) {
    const problem = staleness();
    if (problem) {
      console.error(problem);
      process.exit(1);
    }
    console.log('model.json is up to date with tune.json');
  } else {
    train(args.includes('--dry'));
  }
}
