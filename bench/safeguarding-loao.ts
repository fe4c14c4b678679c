import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasRiskEvidence, modelFeatures, ruleFeatures, stemOf, type FeatureOptions } from '../bot/conversation/safeguarding/model-features';
import { decidesCrisis, modelOverrules, saysSerious } from '../bot/conversation/safeguarding/policy';
import { hear, withoutPlainQuestions, type Screening } from '../bot/conversation/safeguarding/screen';
import { authors } from './safeguarding-authors';
import { screenConversation } from './safeguarding-conversation';
import { conceptStems } from './safeguarding-concepts';
import { variants, type VariantKind } from './safeguarding-augment';
import { predictBinary, seeded, trainBinary, trainBinaryValued, type Sparse } from './safeguarding-learn';

/**
 * Experiment harness: leave-one-author-out on tune.json only. Each author's cases are scored by a
 * model trained on the other authors; the policy (veto, threshold) for an author is chosen on the
 * other authors' out-of-fold scores so that benign false alarms stay <= 2%, then applied to the
 * held-out author. Prints recall and false alarms per held-out author.
 *
 *   npx tsx bench/safeguarding-loao.ts VARIANT [VARIANT...]     (names in VARIANTS below; each takes seconds)
 *
 * Columns: "LOAO" the honest per-author policy pooled; "pooled@2%" one policy for all authors at <= 2%
 * pooled false alarms (a threshold-noise-free comparison of variants); "model-only@2%" the learned
 * layer alone; per author "recall/false alarms [recall at that author's own 2%]"; the weakest categories.
 * Environment switches: GATE=off|life (the risk-evidence gate), POLICY=trainer (the trainer's veto and
 * threshold rule, ADD=0.015 its false-alarm allowance), MAXVETO=x, TRADE=1 (veto/threshold trade-off
 * table), SCORES=1 (rule scores of the rules' false alarms), ORDINARY=1 (ordinary SEND questions from the
 * realistic tune set and the dev sets called crisis by a model trained on all of tune), CATS=1 (recall per crisis category), MISSES=author
 * (print that author's misses and false alarms, `all` for every author: tune only), CUES=1 (per cue, the
 * benign and crisis rule hits out of fold and how many stand at the veto), FAMVETO=share (a veto per rule
 * family, losing at most that share of its crises; tried and not shipped), GATEHI=p (the model may raise a crisis with no
 * word of harm at p or above; the trainer's --bare; GATEREL=d at the policy threshold + d), AUG=noise:1 with AUGORD=1 (hurried variants of each case and ordinary
 * question in training only, as the trainer does; embed:n and both:n put a case inside an ordinary SEND question, tried and
 * not shipped; AUGW weight, AUGTIERS, AUGSEED, AUGDF=1 to count variants in document frequency), MINAUTH=n (keep features
 * at least n authors use), DROP=q DROPN=k (feature-dropout copies): MINAUTH and DROP were tried and not shipped.
 * The veto reads the score of the message without its plain SEND questions too, as the bot and the trainer do (policy.ts
 * modelOverrules, screen.ts withoutPlainQuestions); QVETO=off reads the whole message's score only.
 */
type Case = { id: string; category: string; tier: 'crisis' | 'distress' | 'none'; say: string | string[]; question?: string };
const SET = join('tests', 'safeguarding-set');
const FA = Number(process.env.FA ?? 0.02);

const lastTurn = (say: string | string[]) => (Array.isArray(say) ? say[say.length - 1] : say);
const OPTIONS: FeatureOptions = { bigrams: true, negation: true, pairs: true, functionWords: true, rules: true };

/** `without`: the last turn's clauses without its plain SEND questions (screen.ts withoutPlainQuestions), when it has any: the veto reads their score too. */
type Item = { id: string; aug?: boolean; category: string; tier: Case['tier']; author: string; clauses: string[]; noq: string[]; without?: string[]; trainFeatures?: string[]; windows?: string[][]; rule: Screening; features: string[]; evidence: boolean; serious: boolean; weight: number };

const cases = (JSON.parse(readFileSync(join(SET, 'tune.json'), 'utf8')) as { cases: Case[] }).cases;
const who = authors();
const concepts = conceptStems();
const lexicon = new Map<string, string[]>();
for (const [c, stems] of Object.entries(concepts)) for (const s of stems) lexicon.set(s, [...(lexicon.get(s) ?? []), c]);

const base: Item[] = cases.map((c) => {
  const rule = screenConversation(c.say, { rulesOnly: true });
  const heard = hear(lastTurn(c.say));
  const clauses = heard.normalised;
  const noq = c.question ? hear(lastTurn(c.say).replace(c.question, ' ')).normalised : clauses;
  return { id: c.id, category: c.category, tier: c.tier, author: who.get(c.id) ?? '?', clauses, noq, without: withoutPlainQuestions(heard, rule.cues), rule, features: [], evidence: false, serious: saysSerious(clauses, rule.cues), weight: 1 };
});

// ORDNEG=w: the realistic tune set's ordinary SEND questions (every other one) join training as negatives of weight w; never tested.
const ordinaryCases = (JSON.parse(readFileSync('tests/questions/realistic/tune.json', 'utf8')) as { cases: { id: string; kind: string; say: string | string[] }[] }).cases;
if (process.env.ORDNEG) {
  ordinaryCases.forEach((q, i) => {
    if (i % 2) return;
    const rule = screenConversation(q.say, { rulesOnly: true });
    const heard = hear(lastTurn(q.say));
    const clauses = heard.normalised;
    base.push({ id: q.id, category: 'ordinary', tier: 'none', author: 'ordinary', clauses, noq: clauses, without: withoutPlainQuestions(heard, rule.cues), rule, features: [], evidence: false, serious: saysSerious(clauses, rule.cues), weight: 1 });
  });
}

// AUG=embed:1,noise:1,both:1 — training-only variants of each tune case (bench/safeguarding-augment.ts), of the case's own author,
// at weight AUGW (default 0.5); the SEND questions they are embedded in are the ORDNEG half of the realistic tune set. Never scored.
// AUGTIERS=crisis,none,distress limits which tiers get variants; AUGORD=n gives each ordinary negative n hurried variants.
if (process.env.AUG) {
  const kinds = Object.fromEntries(process.env.AUG.split(',').map((kv) => kv.split(':')).map(([k, n]) => [k, Number(n ?? 1)])) as Partial<Record<VariantKind, number>>;
  const tiers = new Set((process.env.AUGTIERS ?? 'crisis,none,distress').split(','));
  const questions = ordinaryCases.filter((_, i) => i % 2 === 0).map((q) => lastTurn(q.say));
  const rnd = seeded(Number(process.env.AUGSEED ?? 7));
  const originals = base.filter((it) => it.author !== 'ordinary');
  const byId = new Map(cases.map((c) => [c.id, c]));
  for (const it of originals) {
    if (!tiers.has(it.tier)) continue;
    const c = byId.get(it.id)!;
    for (const text of variants(lastTurn(c.say), kinds, questions, rnd)) {
      const say = Array.isArray(c.say) ? [...c.say.slice(0, -1), text] : text;
      const clauses = hear(text).normalised;
      const rule = screenConversation(say, { rulesOnly: true });
      base.push({ ...it, aug: true, clauses, noq: clauses, rule, features: [], serious: saysSerious(clauses, rule.cues) });
    }
  }
  const ordinaryItems = base.filter((it) => it.author === 'ordinary');
  for (const it of ordinaryItems) {
    const q = ordinaryCases.find((o) => o.id === it.id)!;
    for (const text of variants(lastTurn(q.say), { noise: Number(process.env.AUGORD ?? 0) }, questions, rnd)) {
      const clauses = hear(text).normalised;
      const rule = screenConversation(Array.isArray(q.say) ? [...q.say.slice(0, -1), text] : text, { rulesOnly: true });
      base.push({ ...it, aug: true, clauses, noq: clauses, rule, features: [], serious: saysSerious(clauses, rule.cues) });
    }
  }
  if (process.env.AUGSHOW) for (const it of base.filter((x) => x.aug).slice(0, Number(process.env.AUGSHOW))) console.log(`  AUG ${it.tier} ${it.clauses.join(' | ').slice(0, 240)}`);
}

function charGrams(clauses: readonly string[], lo: number, hi: number): string[] {
  const out = new Set<string>();
  for (const clause of clauses) {
    for (const t of clause.split(' ')) {
      if (t.length < 3 || t === '.') continue;
      const w = `<${t}>`;
      for (let n = lo; n <= hi; n++) for (let i = 0; i + n <= w.length; i++) out.add(`g:${w.slice(i, i + n)}`);
    }
  }
  return [...out];
}

/** Character n-grams across the words of a clause (spaces kept), so "dont wan" and "t wanna" count. */
function crossGrams(clauses: readonly string[], lo: number, hi: number): string[] {
  const out = new Set<string>();
  for (const clause of clauses) {
    for (const sentence of clause.split(' . ')) {
      const w = ` ${sentence.trim()} `;
      for (let n = lo; n <= hi; n++) for (let i = 0; i + n <= w.length; i++) out.add(`x:${w.slice(i, i + n)}`);
    }
  }
  return [...out];
}

/** Grams of each distinct word, a gram shared by two words counted twice (so the bot can sum a word's grams once and remember it). */
function tokenGrams(clauses: readonly string[], lo: number, hi: number): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const clause of clauses) {
    for (const t of clause.split(' ')) {
      if (t.length < 3 || t === '.' || seen.has(t)) continue;
      seen.add(t);
      const w = `<${t}>`;
      for (let n = lo; n <= hi; n++) for (let i = 0; i + n <= w.length; i++) out.push(`g:${w.slice(i, i + n)}`);
    }
  }
  return out;
}

const LIFE = new Set(['dying', 'kill', 'end', 'farewell', 'despair']);
/** Same clause holds the speaker and a life/ending concept. */
function selfLife(clauses: readonly string[]): string[] {
  const out = new Set<string>();
  for (const clause of clauses) {
    const toks = clause.split(' ');
    const self = toks.some((t) => t === 'i' || t === 'me' || t === 'myself' || t === 'im' || t === 'my' || t === 'ive' || t === 'id' || t === 'ill');
    if (!self) continue;
    for (const t of toks) for (const c of lexicon.get(stemOf(t)) ?? []) if (LIFE.has(c)) out.add(`q:self+${c}`);
  }
  return [...out];
}

type Variant = { scale?: (it: Item) => number; features: (it: Item) => string[]; train?: (it: Item) => string[]; windows?: 'max' | 'mean'; weight?: (it: Item) => number; lambda?: number; minDocs?: number };
const baseFeatures = (it: Item) => [...modelFeatures(it.clauses, lexicon, OPTIONS), ...ruleFeatures(it.rule)];
const char34 = (it: Item) => [...baseFeatures(it), ...charGrams(it.clauses, 3, 4)];
const windowFeatures = (clauses: readonly string[]) =>
  clauses.map((c, i) => { const w = i > 0 ? [clauses[i - 1], c] : [c]; return [...modelFeatures(w, lexicon, OPTIONS), ...charGrams(w, 3, 4)]; });
const words = (it: Item) => it.clauses.join(' ').split(' ').filter((t) => t && t !== '.').length;
const LADDER = new Set(['wish-to-be-dead', 'passive-ideation', 'active-ideation', 'method', 'intent', 'plan', 'preparatory', 'method-seeking']);

const VARIANTS: Record<string, Variant> = {
  base: { features: baseFeatures },
  l003: { features: baseFeatures, lambda: 0.003 },
  l0003: { features: baseFeatures, lambda: 0.0003 },
  nofw: { features: (it) => [...modelFeatures(it.clauses, lexicon, { ...OPTIONS, functionWords: false }), ...ruleFeatures(it.rule)] },
  char35: { features: (it) => [...baseFeatures(it), ...charGrams(it.clauses, 3, 5)] },
  char4: { features: (it) => [...baseFeatures(it), ...charGrams(it.clauses, 4, 4)] },
  selflife: { features: (it) => [...baseFeatures(it), ...selfLife(it.clauses)] },
  cwladder: { features: baseFeatures, weight: (it) => (LADDER.has(it.category) ? 2 : 1) },
  cwbenign: { features: baseFeatures, weight: (it) => (it.tier === 'none' ? 2 : 1) },
  cwcat: { features: baseFeatures, weight: (it) => (it.tier === 'crisis' ? 65 / (catCount.get(it.category) ?? 65) : 1) },
  char34: { features: (it) => [...baseFeatures(it), ...charGrams(it.clauses, 3, 4)] },
  char45: { features: (it) => [...baseFeatures(it), ...charGrams(it.clauses, 4, 5)] },
  char5: { features: (it) => [...baseFeatures(it), ...charGrams(it.clauses, 5, 5)] },
  char4l3: { features: (it) => [...baseFeatures(it), ...charGrams(it.clauses, 4, 4)], lambda: 0.003 },
  char4l03: { features: (it) => [...baseFeatures(it), ...charGrams(it.clauses, 4, 4)], lambda: 0.0003 },
  char4m3: { features: (it) => [...baseFeatures(it), ...charGrams(it.clauses, 4, 4)], minDocs: 3 },
  char4nofw: { features: (it) => [...modelFeatures(it.clauses, lexicon, { ...OPTIONS, functionWords: false }), ...ruleFeatures(it.rule), ...charGrams(it.clauses, 4, 4)] },
  xchar45: { features: (it) => [...baseFeatures(it), ...crossGrams(it.clauses, 4, 5)] },
  xchar5: { features: (it) => [...baseFeatures(it), ...crossGrams(it.clauses, 5, 5)] },
  noq: { features: char34, train: (it) => (it.tier === 'crisis' ? char34({ ...it, clauses: it.noq }) : char34(it)) },
  noqall: { features: char34, train: (it) => char34({ ...it, clauses: it.noq }) },
  winmax: { features: char34, windows: 'max' },
  winmean: { features: char34, windows: 'mean' },
  noqm3: { features: char34, train: (it) => (it.tier === 'crisis' ? char34({ ...it, clauses: it.noq }) : char34(it)), minDocs: 3 },
  noqb2: { features: char34, train: (it) => (it.tier === 'crisis' ? char34({ ...it, clauses: it.noq }) : char34(it)), weight: (it) => (it.tier === 'none' ? 2 : 1) },
  noql3: { features: char34, train: (it) => (it.tier === 'crisis' ? char34({ ...it, clauses: it.noq }) : char34(it)), lambda: 0.003 },
  norules: { features: (it) => [...modelFeatures(it.clauses, lexicon, OPTIONS), ...charGrams(it.clauses, 3, 4)], train: (it) => (it.tier === 'crisis' ? [...modelFeatures(it.noq, lexicon, OPTIONS), ...charGrams(it.noq, 3, 4)] : [...modelFeatures(it.clauses, lexicon, OPTIONS), ...charGrams(it.clauses, 3, 4)]) },
  nopairs: { features: (it) => [...modelFeatures(it.clauses, lexicon, { ...OPTIONS, pairs: false }), ...ruleFeatures(it.rule), ...charGrams(it.clauses, 3, 4)], train: (it) => { const c = it.tier === 'crisis' ? it.noq : it.clauses; return [...modelFeatures(c, lexicon, { ...OPTIONS, pairs: false }), ...ruleFeatures(it.rule), ...charGrams(c, 3, 4)]; } },
  nobi: { features: (it) => [...modelFeatures(it.clauses, lexicon, { ...OPTIONS, bigrams: false }), ...ruleFeatures(it.rule), ...charGrams(it.clauses, 3, 4)], train: (it) => { const c = it.tier === 'crisis' ? it.noq : it.clauses; return [...modelFeatures(c, lexicon, { ...OPTIONS, bigrams: false }), ...ruleFeatures(it.rule), ...charGrams(c, 3, 4)]; } },
  noql03: { features: char34, train: (it) => (it.tier === 'crisis' ? char34({ ...it, clauses: it.noq }) : char34(it)), lambda: 0.0003 },
  tok34: { features: (it) => [...baseFeatures(it), ...tokenGrams(it.clauses, 3, 4)], train: (it) => [...baseFeatures(it.tier === 'crisis' ? { ...it, clauses: it.noq } : it), ...tokenGrams(it.tier === 'crisis' ? it.noq : it.clauses, 3, 4)], weight: (it) => (it.tier === 'none' ? 2 : 1) },
  tok4: { features: (it) => [...baseFeatures(it), ...tokenGrams(it.clauses, 4, 4)], train: (it) => [...baseFeatures(it.tier === 'crisis' ? { ...it, clauses: it.noq } : it), ...tokenGrams(it.tier === 'crisis' ? it.noq : it.clauses, 4, 4)], weight: (it) => (it.tier === 'none' ? 2 : 1) },
  charb2: { features: char34, weight: (it) => (it.tier === 'none' ? 2 : 1) },
  // BW=w: benign look-alikes (not the ordinary questions, whose weight is ORDNEG) weigh w in training.
  charbw: { features: char34, weight: (it) => (it.tier === 'none' ? Number(process.env.BW ?? 1) : 1) },
  len20: { features: char34, scale: (it) => Math.sqrt(20 / Math.max(20, words(it))) },
  len10: { features: char34, scale: (it) => Math.sqrt(10 / Math.max(10, words(it))) },
  len40: { features: char34, scale: (it) => Math.sqrt(40 / Math.max(40, words(it))) },
  c34np: { features: (it) => [...modelFeatures(it.clauses, lexicon, { ...OPTIONS, pairs: false }), ...ruleFeatures(it.rule), ...charGrams(it.clauses, 3, 4)] },
  c34sl: { features: (it) => [...char34(it), ...selfLife(it.clauses)] },
  c34x: { features: (it) => [...char34(it), ...crossGrams(it.clauses, 5, 5)] },
  min3: { features: baseFeatures, minDocs: 3 },
  min1: { features: baseFeatures, minDocs: 1 },
};
const catCount = new Map<string, number>();
for (const it of base) catCount.set(it.category, (catCount.get(it.category) ?? 0) + 1);

// MINAUTH=n: a feature is kept only if the cases of at least n authors have it (the ordinary questions count as one author;
// variants count with their own author), so one writer's habits cannot become weights. RULESFREE=1 exempts rule features.
const MINAUTH = Number(process.env.MINAUTH ?? 0);
function vocabulary(items: readonly Item[], minDocs: number): Map<string, number> {
  const df = new Map<string, number>();
  const by = new Map<string, Set<string>>();
  // A variant shares its case's id and is counted with it: a word only one case has stays out, however many variants it has.
  const counted = new Map<string, Set<string>>();
  for (const it of items) for (const f of it.features) {
    if (!process.env.AUGDF) {
      let s = counted.get(it.id);
      if (!s) counted.set(it.id, (s = new Set()));
      if (s.has(f)) continue;
      s.add(f);
    }
    df.set(f, (df.get(f) ?? 0) + 1);
    if (MINAUTH) { let s = by.get(f); if (!s) by.set(f, (s = new Set())); s.add(it.author); }
  }
  const kept = [...df.entries()].filter(([f, n]) => n >= minDocs && (!MINAUTH || by.get(f)!.size >= MINAUTH || (process.env.RULESFREE && f.startsWith('r:')))).map(([f]) => f).sort();
  return new Map(kept.map((f, i) => [f, i]));
}
const encode = (vocab: Map<string, number>, features: readonly string[]): Sparse => features.map((f) => vocab.get(f)).filter((i): i is number => i !== undefined);

const ruleMax = (r: Screening) => Math.max(0, ...Object.entries(r.scores).filter(([f]) => f !== 'distress').map(([, v]) => v ?? 0));
const LIFE_STEMS = new Set(['w:aliv', 'w:exist', 'w:asleep', 'w:wake', 'w:live', 'w:life', 'w:be']);
/** `q`: the score without the plain questions (Item.without), when the message has any. */
type Scored = { it: Item; p: number; q?: number };
// QVETO=off: the veto reads the whole message's score only (as the harness did before it was taught the screener's plain-question veto).
const QVETO = process.env.QVETO !== 'off';
/** Does the model overrule this rule crisis at `veto`: policy.ts's test, with the score without plain questions (as the bot and the trainer). */
const overrules = (veto: number, s: Scored) => modelOverrules({ veto }, s.p, s.it.serious, QVETO ? s.q : undefined);
type Policy = { veto: number; threshold: number; vetoes?: Record<string, number> };
/** The family whose score made the rules call crisis (the highest). */
const ruleFamily = (r: Screening) => Object.entries(r.scores).filter(([f]) => f !== 'distress').sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))[0]?.[0] ?? '';
const VETOES = [0, 0.01, 0.03, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01];
// GATEHI=p: without a word of harm the model may still raise a crisis at p or above (the gate, softened rather than removed).
const GATEHI = Number(process.env.GATEHI ?? 2);
// GATEREL=d: the same, at the policy's threshold + d (a level that stays above whatever threshold the policy chose).
const bareOf = (pol: Policy) => (process.env.GATEREL ? pol.threshold + Number(process.env.GATEREL) : GATEHI);
/** The bot's decision (bot/conversation/safeguarding/policy.ts), with this fold's levels. */
const decide = (pol: Policy, s: Scored) =>
  decidesCrisis(
    { threshold: pol.threshold, veto: pol.vetoes ? (pol.vetoes[ruleFamily(s.it.rule)] ?? pol.veto) : pol.veto, bare: bareOf(pol) },
    { ruleCrisis: s.it.rule.tier === 'crisis', p: s.p, evidence: s.it.evidence, serious: s.it.serious, pWithoutQuestions: QVETO ? s.q : undefined },
  );

/** The best-recall policy with benign false alarms <= FA on these scores. */
function choose(xs: readonly Scored[]): Policy {
  if (process.env.POLICY === 'trainer') {
    // As the trainer does: the highest veto that loses <= 0.5% of crises, then a threshold at which the model adds <= 1.5% false alarms.
    const crisis = xs.filter((x) => x.it.tier === 'crisis');
    let veto = 0;
    for (const v of [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.2, 0.3, 0.4, 0.5]) if (crisis.filter((x) => x.it.rule.tier === 'crisis' && overrules(v, x)).length <= 0.005 * crisis.length) veto = v;
    const benignAll = xs.filter((x) => x.it.tier === 'none');
    // FAMVETO=share: per family, the highest veto that loses no more than that share of the family's rule-caught crises, and never below the global veto.
    let vetoes: Record<string, number> | undefined;
    if (process.env.FAMVETO) {
      vetoes = {};
      const share = Number(process.env.FAMVETO);
      for (const fam of new Set(crisis.filter((x) => x.it.rule.tier === 'crisis').map((x) => ruleFamily(x.it.rule)))) {
        const mine = crisis.filter((x) => x.it.rule.tier === 'crisis' && ruleFamily(x.it.rule) === fam);
        let v = veto;
        for (const c of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) if (c > v && mine.filter((x) => x.p < c).length <= share * mine.length) v = c;
        vetoes[fam] = v;
      }
    }
    const stands = (x: Scored) => x.it.rule.tier === 'crisis' && !overrules(vetoes?.[ruleFamily(x.it.rule)] ?? veto, x);
    const free = benignAll.filter((x) => (x.it.evidence || x.p >= GATEHI) && !stands(x)).map((x) => x.p).sort((a, b) => b - a);
    const edge = free[Math.floor(Number(process.env.ADD ?? 0.015) * benignAll.length)] ?? 0;
    return { veto, threshold: Math.min(0.999, Math.max(0.2, edge + 1e-4)), vetoes };
  }
  const benign = xs.filter((x) => x.it.tier === 'none');
  const crisis = xs.filter((x) => x.it.tier === 'crisis');
  const allow = Math.floor(FA * benign.length);
  let best: Policy & { r: number } = { veto: 1, threshold: 1, r: -1 };
  for (const veto of VETOES.filter((x) => x <= Number(process.env.MAXVETO ?? 2))) {
    const ruleFa = benign.filter((x) => x.it.rule.tier === 'crisis' && !overrules(veto, x)).length;
    if (ruleFa > allow && !process.env.MAXVETO) continue;
    const free = benign.filter((x) => x.it.evidence && !(x.it.rule.tier === 'crisis' && !overrules(veto, x))).map((x) => x.p).sort((a, b) => b - a);
    const edge = free[Math.max(0, allow - ruleFa)] ?? 0;
    const pol = { veto, threshold: Math.min(0.999, Math.max(0.05, edge + 1e-6)) };
    const r = crisis.filter((x) => decide(pol, x)).length;
    if (r > best.r) best = { ...pol, r };
  }
  return best;
}

/**
 * DROP=q DROPN=k: k copies of each training case with each feature dropped at chance q (weight DROPW, default 1/k), so no single
 * feature, however telling of one writer, can carry a case alone (dropout for a linear model).
 */
function dropped(xs: Sparse[], ys: number[], ws: number[]): [Sparse[], number[], number[]] {
  const q = Number(process.env.DROP ?? 0);
  if (!q) return [xs, ys, ws];
  const k = Number(process.env.DROPN ?? 1);
  const w = Number(process.env.DROPW ?? 1 / k);
  const rnd = seeded(99);
  const X = [...xs];
  const Y = [...ys];
  const W = [...ws];
  xs.forEach((x, i) => {
    for (let c = 0; c < k; c++) {
      X.push(x.filter(() => rnd() >= q));
      Y.push(ys[i]);
      W.push(ws[i] * w);
    }
  });
  return [X, Y, W];
}

function run(name: string, v: Variant): void {
  const t0 = Date.now();
  const items = base.map((it) => ({ ...it, weight: 1 }));
  for (const it of items) {
    it.features = v.features(it);
    it.evidence = process.env.GATE === 'off' || hasRiskEvidence(it.features) || (process.env.GATE === 'life' && it.features.some((f) => LIFE_STEMS.has(f)));
    it.weight = (it.category === 'ordinary' ? Number(process.env.ORDNEG) : (v.weight?.(it) ?? 1)) * (it.aug ? Number(process.env.AUGW ?? 0.5) : 1);
    it.trainFeatures = v.train ? v.train(it) : it.features;
    if (v.windows) it.windows = windowFeatures(it.clauses);
  }
  const groups = [...new Set(items.map((it) => it.author))].filter((g) => g !== 'ordinary').sort();
  const oof: Scored[] = [];
  for (const g of groups) {
    const train = items.filter((it) => it.author !== g);
    const vocab = vocabulary(train.map((it) => ({ ...it, features: it.trainFeatures! })), v.minDocs ?? 2);
    const xs = train.map((it) => encode(vocab, it.trainFeatures!));
    const names = [...vocab.keys()];
    // A length scale on the text's features (not the rules'), so a long story's many small weights do not outvote its one disclosure.
    const valuesOf = (it: Item, x: Sparse) => { const s = v.scale!(it); return x.map((j) => (names[j].startsWith('r:') ? 1 : s)); };
    const m = v.scale
      ? trainBinaryValued(xs, train.map((it, k) => valuesOf(it, xs[k])), train.map((it) => (it.tier === 'crisis' ? 1 : 0)), vocab.size, v.lambda ?? 0.001)
      : (() => { const [X, Y, W] = dropped(xs, train.map((it) => (it.tier === 'crisis' ? 1 : 0)), train.map((it) => it.weight)); return trainBinary(X, Y, vocab.size, v.lambda ?? 0.001, W); })();
    const predict = (it: Item) => { const x = encode(vocab, it.features); if (!v.scale) return predictBinary(m, x); const val = valuesOf(it, x); let z = m.b; x.forEach((j, i) => (z += m.w[j] * val[i])); return 1 / (1 + Math.exp(-z)); };
    if (process.env.DEBUG === g) {
      const names = [...vocab.keys()];
      const order = [...m.w.keys()].sort((a, b) => m.w[a] - m.w[b]);
      const probe = items.find((it) => it.author === g && it.tier === 'crisis' && it.rule.tier === 'crisis')!;
      const x = encode(vocab, probe.features);
      const names0 = [...vocab.keys()];
      const contrib = x.map((j) => [names0[j], m.w[j]] as const).sort((a, b) => a[1] - b[1]);
      console.log(`  probe ${probe.id} p=${predictBinary(m, x).toFixed(3)} n=${x.length} lowest ${contrib.slice(0, 10).map(([f, w]) => `${f}=${w.toFixed(2)}`).join(' ')}`);
      console.log(`  fold ${g}: bias ${m.b.toFixed(2)}; most negative ${order.slice(0, 8).map((j) => `${names[j]}=${m.w[j].toFixed(2)}`).join(' ')}; most positive ${order.slice(-5).map((j) => `${names[j]}=${m.w[j].toFixed(2)}`).join(' ')}`);
    }
    let second: ((it: Item) => number) | undefined;
    if (v.windows) {
      // Multiple-instance: a crisis message's riskiest window (by the message model) is the positive; every window of the others a negative.
      const wx: Sparse[] = [];
      const wy: number[] = [];
      for (const it of train) {
        const ws = it.windows!.map((w) => encode(vocab, w));
        if (it.tier === 'crisis') {
          let best = ws[0];
          let bz = -Infinity;
          for (const w of ws) { let z = 0; for (const j of w) z += m.w[j]; if (z > bz) { bz = z; best = w; } }
          wx.push(best);
          wy.push(1);
        } else for (const w of ws) { wx.push(w); wy.push(0); }
      }
      const m2 = trainBinary(wx, wy, vocab.size, v.lambda ?? 0.001);
      second = (it) => Math.max(...it.windows!.map((w) => predictBinary(m2, encode(vocab, w))));
    }
    for (const it of items) {
      if (it.author !== g || it.aug) continue;
      const p1 = predict(it);
      const p = second ? (v.windows === 'max' ? Math.max(p1, second(it)) : (p1 + second(it)) / 2) : p1;
      oof.push({ it, p, q: it.without && predict({ ...it, features: v.features({ ...it, clauses: it.without }) }) });
    }
  }
  const line: string[] = [];
  let R = 0;
  let C = 0;
  let F = 0;
  let B = 0;
  const perCat = new Map<string, [number, number]>();
  for (const g of groups) {
    const pol = choose(oof.filter((s) => s.it.author !== g));
    const mine = oof.filter((s) => s.it.author === g);
    const crisis = mine.filter((s) => s.it.tier === 'crisis');
    const benign = mine.filter((s) => s.it.tier === 'none');
    const r = crisis.filter((s) => decide(pol, s)).length;
    const f = benign.filter((s) => decide(pol, s)).length;
    for (const s of crisis) {
      const c = perCat.get(s.it.category) ?? [0, 0];
      c[0] += decide(pol, s) ? 1 : 0;
      c[1]++;
      perCat.set(s.it.category, c);
    }
    R += r;
    C += crisis.length;
    F += f;
    B += benign.length;
    if (process.env.MISSES === g || process.env.MISSES === 'all') {
      const text = new Map(cases.map((c) => [c.id, lastTurn(c.say)]));
      for (const x of crisis.filter((s) => !decide(pol, s))) console.log(`  MISS ${g} ${x.it.category} p=${x.p.toFixed(2)} rule=${x.it.rule.tier} ev=${x.it.evidence ? 1 : 0} t=${pol.threshold.toFixed(3)} ${text.get(x.it.id)!.slice(0, 220)}`);
      for (const x of benign.filter((s) => decide(pol, s))) console.log(`  FA ${g} ${x.it.category} p=${x.p.toFixed(2)} rule=${x.it.rule.tier} [${x.it.rule.cues.map((c) => `${c.id}:${c.weight.toFixed(2)}`).join(' ')}] ${text.get(x.it.id)!.slice(0, 220)}`);
    }
    const own = choose(mine);
    const o = crisis.filter((s) => decide(own, s)).length;
    line.push(`${g} ${((100 * r) / crisis.length).toFixed(0)}/${((100 * f) / benign.length).toFixed(1)} [${((100 * o) / crisis.length).toFixed(0)}]`);
  }
  // Also: one pooled policy (recall at <= 2% pooled false alarms), a threshold-noise-free comparison.
  const pooled = choose(oof);
  const pr = oof.filter((s) => s.it.tier === 'crisis' && decide(pooled, s)).length;
  const modelOnly = (() => {
    const benign = oof.filter((s) => s.it.tier === 'none').map((s) => s.p).sort((a, b) => b - a);
    const t = benign[Math.floor(FA * benign.length)] + 1e-9;
    return oof.filter((s) => s.it.tier === 'crisis' && s.p >= t).length;
  })();
  if (process.env.ORDINARY) {
    // Ordinary SEND questions (no crisis among them, save the dev sets' safeguard cases): how many would this model call a crisis?
    const vocab = vocabulary(items.map((it) => ({ ...it, features: it.trainFeatures! })), v.minDocs ?? 2);
    const m = trainBinary(items.map((it) => encode(vocab, it.trainFeatures!)), items.map((it) => (it.tier === 'crisis' ? 1 : 0)), vocab.size, v.lambda ?? 0.001, items.map((it) => it.weight));
    for (const file of ['tests/questions/realistic/tune.json', '../shared/eval/dev.json', '../shared/eval/dev2.json']) {
      const qs = (JSON.parse(readFileSync(file, 'utf8')) as { cases: { kind: string; say: string | string[] }[] }).cases;
      const tally = { safeguard: [0, 0], other: [0, 0], gated: 0 };
      for (const [qi, q] of qs.entries()) {
        if (process.env.ORDNEG && file.includes('realistic') && qi % 2 === 0) continue;
        const rule = screenConversation(q.say, { rulesOnly: true });
        const heard = hear(lastTurn(q.say));
        const clauses = heard.normalised;
        const it: Item = { id: '', category: '', tier: 'none', author: '', clauses, noq: [], without: withoutPlainQuestions(heard, rule.cues), rule, features: [], evidence: false, serious: saysSerious(clauses, rule.cues), weight: 1 };
        it.features = v.features(it);
        it.evidence = process.env.GATE === 'off' || hasRiskEvidence(it.features);
        const sc = { it, p: predictBinary(m, encode(vocab, it.features)), q: it.without && predictBinary(m, encode(vocab, v.features({ ...it, clauses: it.without }))) };
        const hit = decide(pooled, sc);
        if (q.kind === 'safeguard' && rule.tier === 'crisis') console.log(`   sg rule crisis p=${sc.p.toFixed(2)} score=${ruleMax(rule).toFixed(2)}`);
        const k = q.kind === 'safeguard' ? 'safeguard' : 'other';
        tally[k][0] += hit ? 1 : 0;
        tally[k][1]++;
        if (k === 'other' && hit && !hasRiskEvidence(it.features)) tally.gated++;
        if (k === 'other' && hit && file.includes('realistic')) console.log(`   ordinary as crisis p=${sc.p.toFixed(2)} rule=${rule.tier}: ${lastTurn(q.say).slice(0, 160)}`);
      }
      console.log(`  ${file}: safeguard ${tally.safeguard[0]}/${tally.safeguard[1]} crisis; others ${tally.other[0]}/${tally.other[1]} crisis (${tally.gated} without risk evidence)`);
    }
  }
  if (process.env.TRADE) {
    const crisis = oof.filter((x) => x.it.tier === 'crisis');
    const benign = oof.filter((x) => x.it.tier === 'none');
    for (const veto of VETOES) {
      const lost = crisis.filter((x) => x.it.rule.tier === 'crisis' && overrules(veto, x)).length;
      const ruleFa = benign.filter((x) => x.it.rule.tier === 'crisis' && !overrules(veto, x)).length;
      const cells = [0.02, 0.03, 0.04, 0.05].map((fa) => {
        const allow = Math.floor(fa * benign.length);
        if (ruleFa > allow) return `${fa}: -`;
        const free = benign.filter((x) => x.it.evidence && !(x.it.rule.tier === 'crisis' && !overrules(veto, x))).map((x) => x.p).sort((a, b) => b - a);
        const pol = { veto, threshold: (free[allow - ruleFa] ?? 0) + 1e-6 };
        return `${fa}: ${((100 * crisis.filter((x) => decide(pol, x)).length) / crisis.length).toFixed(1)}% (t${pol.threshold.toFixed(2)})`;
      });
      console.log(`  veto ${veto}: crises vetoed ${lost}/${crisis.length}, benign rule alarms left ${ruleFa}/${benign.length} | ${cells.join('  ')}`);
    }
  }
  if (process.env.SCORES) {
    for (const x of oof.filter((x) => x.it.rule.tier === 'crisis' && x.it.tier === 'none').sort((a, b) => ruleMax(b.it.rule) - ruleMax(a.it.rule))) console.log(`  benign rule-crisis score=${ruleMax(x.it.rule).toFixed(2)} p=${x.p.toFixed(2)} ${x.it.category}`);
    const cr = oof.filter((x) => x.it.rule.tier === 'crisis' && x.it.tier === 'crisis');
    for (const t of [1, 1.25, 1.5, 2, 2.5, 3]) console.log(`  crisis rule hits with score >= ${t}: ${cr.filter((x) => ruleMax(x.it.rule) >= t).length}/${cr.length}; of them p<0.5: ${cr.filter((x) => ruleMax(x.it.rule) >= t && x.p < 0.5).length}`);
  }
  if (process.env.CUES) {
    // Per cue (of a family at crisis score), over the out-of-fold rule crises: benign / crisis cases, those left standing at
    // the pooled veto, and the crises no other crisis-family cue and not the model alone would have caught.
    const pol = choose(oof);
    const tally = new Map<string, { b: number; c: number; bStand: number; cStand: number; only: number; authors: Set<string> }>();
    for (const x of oof.filter((x) => x.it.rule.tier === 'crisis' && x.it.tier !== 'distress')) {
      const r = x.it.rule;
      const hot = r.cues.filter((c) => (r.scores[c.family] ?? 0) >= 1);
      const stand = !overrules(pol.veto, x);
      const alone = x.p >= pol.threshold && x.it.evidence;
      for (const c of new Set(hot.map((c) => `${c.family}:${c.id}`))) {
        const t = tally.get(c) ?? { b: 0, c: 0, bStand: 0, cStand: 0, only: 0, authors: new Set<string>() };
        if (x.it.tier === 'none') { t.b++; if (stand) { t.bStand++; t.authors.add(x.it.author); } }
        else { t.c++; if (stand) t.cStand++; if (stand && !alone && hot.length === hot.filter((h) => `${h.family}:${h.id}` === c).length) t.only++; }
        tally.set(c, t);
      }
    }
    for (const [c, t] of [...tally.entries()].sort((a, b) => b[1].bStand - a[1].bStand)) if (t.b) console.log(`  cue ${c.padEnd(36)} benign ${t.b} (standing ${t.bStand}, authors ${[...t.authors].join(',')}) crisis ${t.c} (standing ${t.cStand}, only this cue and not the model ${t.only})`);
  }
  // CATS=1: recall of every crisis category, out of author.
  if (process.env.CATS) console.log(`  categories: ${[...perCat.entries()].sort().map(([c, [h, n]]) => `${c} ${h}/${n}`).join(', ')}`);
  const weak = ['wish-to-be-dead', 'method-seeking', 'preparatory', 'plan', 'passive-ideation'].map((c) => `${c.split('-')[0]} ${((100 * perCat.get(c)![0]) / perCat.get(c)![1]).toFixed(0)}`);
  console.log(
    `${name.padEnd(10)} LOAO ${((100 * R) / C).toFixed(1)}% / FA ${((100 * F) / B).toFixed(1)}% (${R}/${C}, ${F}/${B}) | pooled@2% ${((100 * pr) / C).toFixed(1)}% (v${pooled.veto} t${pooled.threshold.toFixed(3)}) model-only@2% ${((100 * modelOnly) / C).toFixed(1)}% | ${line.join('  ')} | ${weak.join(' ')} (${((Date.now() - t0) / 1000).toFixed(0)}s)`,
  );
}

for (const name of process.argv.slice(2)) {
  const v = VARIANTS[name];
  if (!v) throw new Error(`no variant ${name}: ${Object.keys(VARIANTS).join(', ')}`);
  run(name, v);
}
