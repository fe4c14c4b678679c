import { z } from 'zod';
import { isQuestionStopWord, words } from '../bot/knowledge/text';

/**
 * A ranking and answer decision learned from realistic messages (tests/questions/realistic/
 * tune.json), laid over the hand rules: a re-rank of the top hits and an answer gate, both
 * logistic (fitted in bench/learn-ranking.ts, tested leave-one-round-out by bench/rank-loro.ts).
 * Their one feature the hand rules lack is each item's word profile: the words people used when
 * that item was the answer. An experiment, not part of the bot: it gained 1.6 points on rounds
 * left out but lost dev2 cases (see bench/rank-loro.ts). Pure: the same message, hits and model
 * always give the same choice.
 */
const linearSchema = z.object({ mu: z.array(z.number()), sd: z.array(z.number()), w: z.array(z.number()) });
export const learnedRankingSchema = z.object({
  about: z.string(),
  profile: z.object({ n: z.number(), df: z.record(z.number()), words: z.record(z.record(z.number())) }),
  rerank: linearSchema,
  gate: linearSchema.extend({ t: z.number() }),
});
export type LearnedRanking = z.infer<typeof learnedRankingSchema>;
export type Linear = z.infer<typeof linearSchema>;
export type Profile = LearnedRanking['profile'];

/** What the features read about one hit. */
export type Candidate = { id: string; rank: number; raw: number; ratio: number; coverage: number; strong: number; matched: number; kind: string; ownAudience: boolean };
/** What the features read about the message, and what the hand rules decided for it. */
export type MessageFacts = { tokens: ReadonlySet<string>; words: number; concepts: number; unknown: number; neutral: number; context: number; typed: boolean; decision: 'answer' | 'suggest' | 'decline' };

/** A message's words as the profile counts them: the bot's tokenizer, no question stop words, a plural's s off. */
export function profileTokens(text: string): Set<string> {
  return new Set(words(text).filter((w) => !isQuestionStopWord(w) && w.length > 1).map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w)));
}

/** How much of the message's words one item's profile holds, rarer profile words counting more. */
export function similarity(tokens: ReadonlySet<string>, id: string, profile: Profile): number {
  const counts = Object.hasOwn(profile.words, id) ? profile.words[id] : undefined;
  if (!counts) return 0;
  let s = 0;
  for (const w of tokens) if (Object.hasOwn(counts, w)) s += Math.log(1 + counts[w]) * Math.log(1 + profile.n / profile.df[w]);
  return s / Math.sqrt(tokens.size + 1);
}

const KINDS = ['article', 'service', 'form', 'session', 'contact'];

/** The re-rank's features for one of the hits, beside the first hit and the best similarity among them. */
export function hitFeatures(m: MessageFacts, c: Candidate, top: Candidate, sim: number, bestSim: number): number[] {
  return [
    c.rank, Math.log(1 + c.rank), c.ratio, c.coverage, c.strong, Math.log(c.raw + 1e-3), c.matched / Math.max(1, m.concepts),
    c.coverage - top.coverage, c.strong - top.strong, c.ownAudience ? 1 : 0, c.coverage >= 0.999 ? 1 : 0,
    ...KINDS.map((k) => (c.kind === k ? 1 : 0)), sim, sim - bestSim, sim === bestSim && sim > 0 ? 1 : 0,
  ];
}

/** The gate's features for the hit the re-rank put first. */
export function gateFeatures(m: MessageFacts, c: Candidate, sim: number): number[] {
  return [
    c.coverage, c.strong, Math.log(c.raw + 1e-3), c.matched / Math.max(1, m.concepts), Math.log(1 + m.concepts), m.unknown, m.neutral,
    m.typed ? 1 : 0, Math.log(m.words), Math.log(1 + m.context), sim, m.decision === 'answer' ? 1 : 0, m.decision === 'suggest' ? 1 : 0,
  ];
}

/** A fitted logistic model's linear score (features standardised as when it was fitted). */
export function linearScore(model: Linear, x: readonly number[]): number {
  let s = model.w[x.length];
  for (let j = 0; j < x.length; j++) s += ((x[j] - model.mu[j]) / model.sd[j]) * model.w[j];
  return s;
}

/** Which hit the re-rank puts first, and its profile similarity. */
export function rerankChoice(rerank: Linear, profile: Profile, m: MessageFacts, hits: readonly Candidate[]): { best: number; sim: number } {
  const sims = hits.map((h) => similarity(m.tokens, h.id, profile));
  const bestSim = Math.max(...sims);
  let best = 0;
  let bestScore = -Infinity;
  for (const [i, h] of hits.entries()) {
    const s = linearScore(rerank, hitFeatures(m, h, hits[0], sims[i], bestSim));
    if (s > bestScore) [best, bestScore] = [i, s];
  }
  return { best, sim: sims[best] };
}

/** Which hit to put first, and whether it is likely enough to be right to answer with. */
export function learnedChoice(model: LearnedRanking, m: MessageFacts, hits: readonly Candidate[]): { best: number; p: number; answer: boolean } | undefined {
  if (hits.length === 0) return undefined;
  const { best, sim } = rerankChoice(model.rerank, model.profile, m, hits);
  const p = 1 / (1 + Math.exp(-linearScore(model.gate, gateFeatures(m, hits[best], sim))));
  return { best, p, answer: p >= model.gate.t };
}
