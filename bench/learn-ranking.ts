import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBase } from '../bot/knowledge/knowledge-base';
import { replyToQuestion } from '../bot/conversation/answering';
import { preferencesFor } from '../bot/conversation/preferences';
import { render } from '../bot/channels/render';
import type { Item } from '../bot/knowledge/schema';
import { gateFeatures, hitFeatures, learnedChoice, profileTokens, rerankChoice, similarity, type Candidate, type LearnedRanking, type Linear, type MessageFacts, type Profile } from './learned-model';
import { visibleText } from '../tests/helpers/replies';
import { QUESTIONS_DIR } from '../tests/helpers/question-sets';

/**
 * Fitting the learned ranking (bench/learned-model.ts) from the realistic tune set, for the
 * leave-one-round-out harness (bench/rank-loro.ts).
 */

export const TUNE_FILE = join(QUESTIONS_DIR, 'realistic', 'tune.json');
/** L2 strength: strong, since a few hundred cases fit twenty features. */
export const LAMBDA = 3;
/** The gate may answer at most this share of the out-of-scope cases the hand rules answer in training. */
export const OUT_OF_SCOPE_SHARE = 0.8;

export type TuneCase = { id: string; kind: string; channel?: 'webchat' | 'msteams'; say: string; expect: { all?: string[][] } };
export type RowHit = Candidate & { right: boolean };
/** One single-message tune case as the hand rules see it: the top hits (right or not) and whether the reply passes. */
export type Row = {
  id: string; kind: string; say: string; decision: 'answer' | 'clarify' | 'suggest' | 'decline'; answered?: string; ok: boolean;
  facts: Omit<MessageFacts, 'decision' | 'tokens'> & { tokens: string[] }; rightIds: string[]; hits: RowHit[];
};

export function tuneCases(file = TUNE_FILE): TuneCase[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { cases: (Omit<TuneCase, 'say'> & { say: unknown })[] }).cases.filter(
    (c): c is TuneCase => typeof c.say === 'string' && ['answer', 'route', 'decline'].includes(c.kind),
  );
}

const norm = (s: string) =>
  s.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u2013\u2014]/g, '-').replace(/\u00A0/g, ' ').replace(/[*_`>#]|\\(?=\S)/g, '').replace(/\s+/g, ' ').toLowerCase();
function strings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => strings(n, out));
  else if (node && typeof node === 'object') Object.values(node).forEach((n) => strings(n, out));
  return out;
}

/**
 * Every case through the hand rules alone (what the learned part is laid over), judged as the
 * shared runner judges: an answer must cite and show every `expect` group, a decline must not
 * cite. A right item is one whose text holds an alternative of every group.
 */
export function tuneRows(kb: KnowledgeBase, cases: readonly TuneCase[], now = new Date()): Row[] {
  const text = new Map(kb.items.map((i) => [i.id, norm(strings(i).join('\n'))]));
  return cases.map((c) => {
    const channel = c.channel ?? 'webchat';
    const prefs = preferencesFor({}, channel);
    const groups = c.expect.all ?? [];
    const isRight = (item: Item) => c.kind !== 'decline' && groups.length > 0 && groups.every((g) => g.some((alt) => text.get(item.id)!.includes(norm(alt))));
    const asked = kb.ask(c.say, prefs);
    const { reply, decision } = replyToQuestion(kb, c.say, prefs, { now, publicUrl: 'http://localhost' });
    const shown = norm(visibleText([render(reply, channel)]));
    const cited = decision.kind === 'answer';
    const first = asked.hits[0]?.score || 1;
    return {
      id: c.id,
      kind: c.kind,
      say: c.say,
      decision: decision.kind,
      answered: decision.kind === 'answer' ? decision.best.item.id : undefined,
      ok: c.kind === 'decline' ? !cited : cited && groups.every((g) => g.some((alt) => shown.includes(norm(alt)))),
      facts: {
        tokens: [...profileTokens(c.say)], words: c.say.split(/\s+/).length, concepts: asked.resolved.length,
        unknown: asked.resolved.filter((r) => r.absent === 'unknown').length, neutral: asked.resolved.filter((r) => r.absent === 'neutral').length,
        context: asked.context.length, typed: asked.understanding.type !== undefined,
      },
      rightIds: c.kind === 'decline' ? [] : kb.items.filter(isRight).map((i) => i.id),
      hits: asked.hits.map((h, rank) => ({
        id: h.item.id, rank, raw: h.raw, ratio: h.score / first, coverage: h.coverage, strong: h.strongCoverage, matched: h.matched.length, kind: h.item.kind,
        ownAudience: prefs.audience ? h.item.audiences.includes(prefs.audience) : true, right: isRight(h.item),
      })),
    };
  });
}

/** Each item's profile: the words of the messages it is a right answer to, a message's words shared among its right items. */
export function buildProfile(rows: readonly Row[]): Profile {
  const words: Record<string, Record<string, number>> = {};
  for (const r of rows) {
    if (r.kind === 'decline') continue;
    const right = r.hits.filter((h) => h.right);
    for (const h of right) {
      const counts = (words[h.id] ??= {});
      for (const w of r.facts.tokens) counts[w] = (counts[w] ?? 0) + 1 / right.length;
    }
  }
  const df: Record<string, number> = {};
  for (const counts of Object.values(words)) for (const w of Object.keys(counts)) df[w] = (df[w] ?? 0) + 1;
  return { n: Math.max(1, Object.keys(words).length), df, words };
}

const factsOf = (r: Row): MessageFacts => ({ ...r.facts, tokens: new Set(r.facts.tokens), decision: r.decision === 'clarify' ? 'decline' : r.decision });

/**
 * Whether a case passes with the learned part over the hand rules: "which one?" stays; the gate
 * answers with the re-rank's first hit when likely right, and turns an answer it doubts into
 * "did you mean…" (not cited). LEARNED_MODE=noveto keeps every hand answer; =rescue also keeps
 * its item (the gate only answers what the hand rules would not).
 */
export function outcome(r: Row, model: Pick<LearnedRanking, 'rerank' | 'gate'>, profile: Profile): boolean {
  if (r.hits.length === 0 || r.decision === 'clarify') return r.ok;
  const choice = learnedChoice({ ...model, about: '', profile }, factsOf(r), r.hits)!;
  const top = r.hits[choice.best];
  const MODE = process.env.LEARNED_MODE ?? 'full';
  if (MODE !== 'full' && r.decision === 'answer' && (!choice.answer || MODE === 'rescue')) return r.ok;
  if (!choice.answer) return r.kind === 'decline' || (r.decision !== 'answer' && r.ok);
  if (r.kind === 'decline') return false;
  if (r.decision === 'answer' && r.answered === top.id) return r.ok;
  return top.right;
}

/** L2-regularised logistic regression by Newton's method on standardised features. */
export function fitLogistic(X: readonly number[][], y: readonly number[], lambda = LAMBDA): Linear {
  const d = X[0].length;
  const mu = Array.from({ length: d }, (_, j) => X.reduce((s, x) => s + x[j], 0) / X.length);
  const sd = Array.from({ length: d }, (_, j) => Math.sqrt(X.reduce((s, x) => s + (x[j] - mu[j]) ** 2, 0) / X.length) + 1e-9);
  const Z = X.map((x) => [...x.map((v, j) => (v - mu[j]) / sd[j]), 1]);
  const w = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < 30; it++) {
    const g = new Array<number>(d + 1).fill(0);
    const H = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
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
  return { mu, sd, w };
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

export const roundOf = (id: string) => id.split('-')[0];

/**
 * Fit the re-rank, the gate and its threshold on some rounds. Each training row's profile
 * feature comes from a profile built without its own round, as a new author's message meets a
 * profile built without theirs; the shipped profile uses every round.
 */
export function fitRanking(rows: readonly Row[], about: string): LearnedRanking {
  const inner = new Map([...new Set(rows.map((r) => roundOf(r.id)))].map((k) => [k, buildProfile(rows.filter((r) => roundOf(r.id) !== k))]));
  const profileFor = (r: Row) => inner.get(roundOf(r.id))!;
  const simsOf = (r: Row) => r.hits.map((h) => similarity(new Set(r.facts.tokens), h.id, profileFor(r)));
  const ranked = rows.filter((r) => r.kind !== 'decline' && r.hits.some((h) => h.right));
  const X: number[][] = [];
  const y: number[] = [];
  for (const r of ranked) {
    const sims = simsOf(r);
    const best = Math.max(...sims);
    const f = factsOf(r);
    r.hits.forEach((h, i) => {
      X.push(hitFeatures(f, h, r.hits[0], sims[i], best));
      y.push(h.right ? 1 : 0);
    });
  }
  const rerank = fitLogistic(X, y);
  const withHits = rows.filter((r) => r.hits.length > 0);
  const picks = withHits.map((r) => rerankChoice(rerank, profileFor(r), factsOf(r), r.hits));
  const gateLinear = fitLogistic(
    withHits.map((r, i) => gateFeatures(factsOf(r), r.hits[picks[i].best], picks[i].sim)),
    withHits.map((r, i) => (r.hits[picks[i].best].right ? 1 : 0)),
  );
  // The threshold that passes most training cases while answering fewer out-of-scope ones than the hand rules.
  const oos = (ok: (r: Row) => boolean) => rows.filter((r) => r.kind === 'decline' && !ok(r)).length;
  const limit = oos((r) => r.ok) * OUT_OF_SCOPE_SHARE;
  let best: { s: number; t: number } | undefined;
  for (let i = 5; i <= 95; i++) {
    const t = i / 100;
    const ok = (r: Row) => outcome(r, { rerank, gate: { ...gateLinear, t } }, profileFor(r));
    if (oos(ok) > limit) continue;
    const s = rows.filter(ok).length;
    if (!best || s > best.s) best = { s, t };
  }
  return { about, profile: buildProfile(rows), rerank, gate: { ...gateLinear, t: best?.t ?? 0.95 } };
}

/** Rows of the tune set for this content, through the hand rules alone. */
export function rowsFor(kb: KnowledgeBase, file = TUNE_FILE): Row[] {
  return tuneRows(kb, tuneCases(file));
}
