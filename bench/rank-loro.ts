import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUESTIONS_DIR } from '../tests/helpers/question-sets';
import { isQuestionStopWord, stem, words } from '../bot/knowledge/text';
import { expandTextSpeak } from '../bot/knowledge/understanding/text-speak';

/**
 * Leave-one-round-out (LORO) test of a learned answer gate and a learned re-rank of the top hits,
 * against today's hand rule, over the dump that bench/rank-dump.ts writes. Fit on all rounds but
 * one (id prefixes r-, r2-, …), score the one left out, pool: a change that helps an author the
 * rules were not read from is what counts. In-process outcomes stand for the server's (they agree
 * on 779 of 788 tune cases).
 *
 *   npx tsx bench/rank-dump.ts /tmp/rank-dump.json && npx tsx bench/rank-loro.ts /tmp/rank-dump.json
 *
 * Switches (env): MODE=gate|rerank|both (default both), PROFILE=0 to leave out the learned
 * word profile, LAMBDA (L2, default 3), OOS (share of today's out-of-scope answers the gate may
 * make on the training rounds, default 0.8).
 *
 * The word profile: for each item, the words of the training rounds' messages whose right item it
 * is; a hit's profile score is how much of the message's words its profile holds, weighted by
 * rarity. It is the only feature that knows anything beyond this message's lexical match.
 *
 * Result on main 37b3034 (788 single-message tune cases, rounds r–r5; today's rule is in-sample,
 * its hand rules were read off these rounds): today 726 = 92.1%. Learned, scored on the round
 * left out: gate alone 712 (90.4%), re-rank alone 724, both 709; with the word profile: gate 723,
 * re-rank 732, both 739 = 93.8% (out-of-scope answered 7 -> 6). Below the 2-point bar that would
 * justify shipping tune messages' words inside the bot; bench/rank-weights.ts: weights chosen by
 * LORO 723. Nothing learned was shipped.
 */
type Hit = { id: string; rank: number; score: number; raw: number; ratio: number; coverage: number; strong: number; matched: number; kind: string; ownAudience: boolean; right: boolean };
type Row = {
  id: string; kind: string; words: number; decision: string; answered?: string; ok: boolean; type: string | null;
  concepts: number; unknown: number; neutral: number; context: number; hits: Hit[]; toks?: Set<string>;
};
const rows = JSON.parse(readFileSync(process.argv[2] ?? '/tmp/rank-dump.json', 'utf8')) as Row[];
const say = new Map((JSON.parse(readFileSync(process.env.TUNE ?? join(QUESTIONS_DIR, 'realistic', 'tune.json'), 'utf8')) as { cases: { id: string; say: unknown }[] }).cases.map((c) => [c.id, String(c.say)]));
const MODE = process.env.MODE ?? 'both';
const PROFILE = process.env.PROFILE !== '0';
const LAMBDA = Number(process.env.LAMBDA ?? 3);
const OOS = Number(process.env.OOS ?? 0.8);

const STOP = new Set("a an the and or but if of to in on at for with is are was were be been do does did i im i'm my we our us you your he she his her they them their it its this that there what which who how when where why can could would should will have has had not no yes so just me any anything about from as by than then also get got".split(' '));
const simpleToks = (s: string) => new Set((s.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP.has(w) && w.length > 1).map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w)));
/** TOKENS=bot: the bot's own reading of words (text-speak expanded, question stop words out, stemmed). */
const botToks = (s: string) => new Set(words(expandTextSpeak(s)).filter((w) => !isQuestionStopWord(w) && w.length > 1).map(stem));
const toks = process.env.TOKENS === 'bot' ? botToks : simpleToks;
for (const r of rows) r.toks = toks(say.get(r.id) ?? '');

type Profile = { words: Map<string, Map<string, number>>; df: Map<string, number>; n: number };
function profile(train: readonly Row[]): Profile {
  const words = new Map<string, Map<string, number>>();
  for (const r of train) {
    if (r.kind === 'decline') continue;
    const right = r.hits.filter((h) => h.right);
    for (const h of right) {
      const c = words.get(h.id) ?? new Map<string, number>();
      for (const w of r.toks!) c.set(w, (c.get(w) ?? 0) + 1 / right.length);
      words.set(h.id, c);
    }
  }
  const df = new Map<string, number>();
  for (const c of words.values()) for (const w of c.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  return { words, df, n: Math.max(1, words.size) };
}
function similarity(r: Row, h: Hit, p: Profile): number {
  if (!PROFILE) return 0;
  const c = p.words.get(h.id);
  if (!c) return 0;
  let s = 0;
  for (const w of r.toks!) if (c.has(w)) s += Math.log(1 + c.get(w)!) * Math.log(1 + p.n / p.df.get(w)!);
  return s / Math.sqrt(r.toks!.size + 1);
}
const KINDS = ['article', 'service', 'form', 'session', 'contact'];
function hitFeatures(r: Row, h: Hit, p: Profile): number[] {
  const top = r.hits[0];
  const s = similarity(r, h, p);
  const s0 = Math.max(...r.hits.map((x) => similarity(r, x, p)));
  return [h.rank, Math.log(1 + h.rank), h.ratio, h.coverage, h.strong, Math.log(h.raw + 1e-3), h.matched / Math.max(1, r.concepts), h.coverage - top.coverage, h.strong - top.strong, h.ownAudience ? 1 : 0, h.coverage >= 0.999 ? 1 : 0, ...KINDS.map((k) => (h.kind === k ? 1 : 0)), s, s - s0, s === s0 && s > 0 ? 1 : 0];
}
function gateFeatures(r: Row, h: Hit, p: Profile): number[] {
  return [h.coverage, h.strong, Math.log(h.raw + 1e-3), h.matched / Math.max(1, r.concepts), Math.log(1 + r.concepts), r.unknown, r.neutral, r.type ? 1 : 0, Math.log(r.words), Math.log(1 + r.context), similarity(r, h, p), r.decision === 'answer' ? 1 : 0, r.decision === 'suggest' ? 1 : 0];
}

/** L2-regularised logistic regression by Newton's method on standardised features; returns the linear score. */
function fit(X: number[][], y: number[], lambda: number): (x: number[]) => number {
  const d = X[0].length;
  const mu = Array.from({ length: d }, (_, j) => X.reduce((s, x) => s + x[j], 0) / X.length);
  const sd = Array.from({ length: d }, (_, j) => Math.sqrt(X.reduce((s, x) => s + (x[j] - mu[j]) ** 2, 0) / X.length) + 1e-9);
  const Z = X.map((x) => [...x.map((v, j) => (v - mu[j]) / sd[j]), 1]);
  const w = new Array(d + 1).fill(0);
  for (let it = 0; it < 30; it++) {
    const g = new Array(d + 1).fill(0);
    const H = Array.from({ length: d + 1 }, () => new Array(d + 1).fill(0));
    for (let i = 0; i < Z.length; i++) {
      const z = Z[i];
      const p = 1 / (1 + Math.exp(-z.reduce((s, v, j) => s + v * w[j], 0)));
      for (let j = 0; j <= d; j++) {
        g[j] += (p - y[i]) * z[j];
        for (let k = 0; k <= d; k++) H[j][k] += p * (1 - p) * z[j] * z[k];
      }
    }
    for (let j = 0; j < d; j++) {
      g[j] += lambda * w[j];
      H[j][j] += lambda;
    }
    H[d][d] += 1e-6;
    const step = solve(H, g);
    for (let j = 0; j <= d; j++) w[j] -= step[j];
  }
  return (x) => x.reduce((s, v, j) => s + ((v - mu[j]) / sd[j]) * w[j], w[d]);
}
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[piv][c])) piv = r;
    [M[c], M[piv]] = [M[piv], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || M[c][c] === 0) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}

type Model = { rerank?: (x: number[]) => number; gate?: (x: number[]) => number; t: number };
function pick(r: Row, m: Model, p: Profile): Hit {
  if (!m.rerank || MODE === 'gate') return r.hits[0];
  let best = r.hits[0];
  let bestScore = -Infinity;
  for (const h of r.hits) {
    const s = m.rerank(hitFeatures(r, h, p));
    if (s > bestScore) [best, bestScore] = [h, s];
  }
  return best;
}
/** Whether a case passes under the learned rule: "which one?" and cases with no hits are left as they are. */
function outcome(r: Row, m: Model, p: Profile): boolean {
  if (r.hits.length === 0 || r.decision === 'clarify') return r.ok;
  const top = pick(r, m, p);
  const answers = m.gate && MODE !== 'rerank' ? 1 / (1 + Math.exp(-m.gate(gateFeatures(r, top, p)))) >= m.t : r.decision === 'answer';
  if (!answers) return r.kind === 'decline';
  if (r.kind === 'decline') return false;
  if (r.decision === 'answer' && r.answered === top.id) return r.ok;
  return top.right;
}
const roundOf = (r: Row) => r.id.split('-')[0];
const rounds = [...new Set(rows.map(roundOf))].sort((a, b) => a.length - b.length || a.localeCompare(b));
const oosAnswered = (rs: readonly Row[], ok: (r: Row) => boolean) => rs.filter((r) => r.kind === 'decline' && !ok(r)).length;
let [today, learned, n, oosToday, oosLearned] = [0, 0, 0, 0, 0];
for (const k of rounds) {
  const train = rows.filter((r) => roundOf(r) !== k);
  const test = rows.filter((r) => roundOf(r) === k);
  // Training rows see profiles built without their own round, as a test row sees one built without its.
  const inner = new Map([...new Set(train.map(roundOf))].map((k2) => [k2, profile(train.filter((r) => roundOf(r) !== k2))]));
  const pTest = profile(train);
  const ranked = train.filter((r) => r.kind !== 'decline' && r.hits.some((h) => h.right));
  const m: Model = { t: 0.5 };
  if (MODE !== 'gate') m.rerank = fit(ranked.flatMap((r) => r.hits.map((h) => hitFeatures(r, h, inner.get(roundOf(r))!))), ranked.flatMap((r) => r.hits.map((h) => (h.right ? 1 : 0))), LAMBDA);
  if (MODE !== 'rerank') {
    const withHits = train.filter((r) => r.hits.length > 0);
    const tops = withHits.map((r) => pick(r, m, inner.get(roundOf(r))!));
    m.gate = fit(withHits.map((r, i) => gateFeatures(r, tops[i], inner.get(roundOf(r))!)), tops.map((h) => (h.right ? 1 : 0)), LAMBDA);
    // The threshold: most training cases passed, answering at most OOS × today's out-of-scope answers.
    const limit = oosAnswered(train, (r) => r.ok) * OOS;
    let best: { s: number; t: number } | undefined;
    for (let t = 0.05; t <= 0.951; t += 0.01) {
      const mt = { ...m, t };
      const ok = (r: Row) => outcome(r, mt, inner.get(roundOf(r))!);
      if (oosAnswered(train, ok) > limit) continue;
      const s = train.filter(ok).length;
      if (!best || s > best.s) best = { s, t };
    }
    m.t = best?.t ?? 0.95;
  }
  const a = test.filter((r) => r.ok).length;
  const b = test.filter((r) => outcome(r, m, pTest)).length;
  const oa = oosAnswered(test, (r) => r.ok);
  const ob = oosAnswered(test, (r) => outcome(r, m, pTest));
  console.log(`${k.padEnd(3)} t=${m.t.toFixed(2)} today ${a}/${test.length} learned ${b}/${test.length}  out-of-scope answered ${oa} -> ${ob}`);
  [today, learned, n, oosToday, oosLearned] = [today + a, learned + b, n + test.length, oosToday + oa, oosLearned + ob];
}
const pct = (x: number) => ((100 * x) / n).toFixed(1);
console.log(`pooled (MODE=${MODE} PROFILE=${PROFILE ? 1 : 0} LAMBDA=${LAMBDA} OOS=${OOS}): today ${today}/${n} = ${pct(today)}%, learned ${learned}/${n} = ${pct(learned)}%, out-of-scope answered ${oosToday} -> ${oosLearned}`);
