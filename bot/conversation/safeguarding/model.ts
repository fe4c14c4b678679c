import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { CRISIS_CATEGORIES, type CrisisCategory } from './categories';
import { modelRaises } from './policy';
import { eachModelFeature, hasRiskEvidence, modelFeatures, ruleFeatures, type Lexicon, type RuleView } from './model-features';

/**
 * The learned layer of the safeguarding screener: a regularised logistic regression over the
 * features in model-features.ts, trained by `npm run train:safeguarding` on the tune split only,
 * and a multinomial head that names the category when no rule cue did. Inference is a sum of
 * weights; the model file is read once.
 */
const Options = z.object({ bigrams: z.boolean(), negation: z.boolean(), pairs: z.boolean(), functionWords: z.boolean().optional(), rules: z.boolean().optional(), chars: z.array(z.number().int()).length(2).optional() });

export const ModelFileSchema = z.object({
  version: z.literal(1),
  /** What it was trained on: a stale model is caught by comparing this hash with the data. */
  trainedOn: z.object({ file: z.string(), sha256: z.string(), cases: z.number().int() }),
  options: Options,
  /** Probability at or above which the model alone means crisis, chosen in cross-validation. */
  threshold: z.number(),
  /** A rule crisis the model scores below this is overruled (0: never). Chosen in cross-validation to lose almost no crisis. */
  veto: z.number().default(0),
  /**
   * Probability at or above which the model alone means crisis even when the message names no harm (above 1: never).
   * Disclosures without a harm word ("wrote letters to both kids for after", "they'd manage better with me gone") are
   * common; the gate below this still keeps "i want a person, not a bot" from a crisis on a middling score.
   */
  bare: z.number().default(2),
  lambda: z.number(),
  bias: z.number(),
  weights: z.record(z.number()),
  categories: z.array(z.enum(CRISIS_CATEGORIES)),
  head: z.object({ bias: z.array(z.number()), weights: z.record(z.array(z.number())) }),
  /** Concept class → the word stems in it (from WordNet and a few hand lists). */
  concepts: z.record(z.array(z.string())),
  /** The cross-validation figures the threshold came from, for the record. */
  report: z.record(z.unknown()).optional(),
});
export type ModelFile = z.infer<typeof ModelFileSchema>;

export type Contribution = { feature: string; weight: number };

/** A message's score so far: the sum of its weights, its strongest contributions, and its features' rows in the category head. */
type Sum = { z: number; top: Contribution[]; heads: number[] };

export type ModelVerdict = {
  /** Probability of crisis. */
  p: number;
  /** Crisis on the model's word: at the threshold with some word of harm in the message, or at `bare` without one. */
  crisis: boolean;
  /** The head's best category, and its probability among crisis categories (worked out only when `crisis`). */
  category: CrisisCategory;
  categoryP: number;
  /** The features that pushed hardest towards crisis, strongest first. */
  top: Contribution[];
};

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Keeps the `max` strongest contributions, strongest first, ties in arrival order: the start of a stable sort, without sorting them all. */
function keepStrongest(top: Contribution[], feature: string, weight: number, max: number): void {
  let at = top.length;
  while (at > 0 && top[at - 1].weight < weight) at--;
  if (at >= max) return;
  top.splice(at, 0, { feature, weight });
  if (top.length > max) top.pop();
}

export class CrisisModel {
  readonly threshold: number;
  readonly veto: number;
  readonly bare: number;
  /**
   * Each feature the model knows, numbered: one lookup per feature finds both its weight and its
   * head row, in small flat arrays. Every lookup into a big table of objects is a likely cache
   * miss, and on a long message they were most of the screener's time.
   */
  private readonly ids: ReadonlyMap<string, number>;
  /** Weight by feature number; NaN for a feature with only a head row. */
  private readonly weightOf: Float64Array;
  /** Start of the feature's row in `headRows` (rows of one score per category), or -1. */
  private readonly headRow: Int32Array;
  private readonly headRows: Float64Array;
  private readonly lexicon: Lexicon;
  private readonly wordOptions: ModelFile['options'];
  /** Word pieces (options.chars) with a weight, by number, so a message's pieces are summed without building their strings. */
  private readonly pieceIds = new Map<string, number>();
  private readonly pieceWeights: Float64Array;
  /** A word's weighted pieces, worked out once per word (bounded, like the stems). */
  private readonly wordPieces = new Map<string, Int32Array>();
  /** Which message last counted each piece: a piece counts once per message, as in training. */
  private readonly stamps: Uint32Array;
  private generation = 0;
  /** Which message last counted each feature, by number: a feature counts once per message. */
  private readonly featureStamps: Uint32Array;
  private featureGeneration = 0;

  constructor(readonly file: ModelFile) {
    this.threshold = file.threshold;
    this.veto = file.veto;
    this.bare = Math.max(file.bare, file.threshold);
    const ids = new Map<string, number>();
    for (const f of [...Object.keys(file.weights), ...Object.keys(file.head.weights)]) if (!ids.has(f)) ids.set(f, ids.size);
    this.ids = ids;
    this.featureStamps = new Uint32Array(ids.size);
    this.weightOf = new Float64Array(ids.size).fill(NaN);
    for (const [f, w] of Object.entries(file.weights)) this.weightOf[ids.get(f)!] = w;
    const width = file.head.bias.length;
    const rows = Object.entries(file.head.weights);
    this.headRow = new Int32Array(ids.size).fill(-1);
    this.headRows = new Float64Array(rows.length * width);
    rows.forEach(([f, h], r) => {
      if (h.length !== width) throw new Error(`safeguarding model: the head row of ${f} has ${h.length} scores, not ${width}`);
      this.headRow[ids.get(f)!] = r * width;
      this.headRows.set(h, r * width);
    });
    const lexicon = new Map<string, string[]>();
    for (const [concept, stems] of Object.entries(file.concepts)) {
      for (const s of stems) lexicon.set(s, [...(lexicon.get(s) ?? []), concept]);
    }
    this.lexicon = lexicon;
    this.wordOptions = { ...file.options, chars: undefined };
    const pieces = Object.entries(file.weights).filter(([f]) => f.startsWith('g:'));
    this.pieceWeights = new Float64Array(pieces.length);
    pieces.forEach(([f, w], i) => {
      this.pieceIds.set(f, i);
      this.pieceWeights[i] = w;
    });
    this.stamps = new Uint32Array(pieces.length);
  }

  private piecesOf(word: string, [lo, hi]: readonly number[]): Int32Array {
    let ids = this.wordPieces.get(word);
    if (!ids) {
      const found: number[] = [];
      const w = `<${word}>`;
      for (let n = lo; n <= hi; n++) {
        for (let i = 0; i + n <= w.length; i++) {
          const id = this.pieceIds.get(`g:${w.slice(i, i + n)}`);
          if (id !== undefined) found.push(id);
        }
      }
      ids = Int32Array.from(found);
      if (this.wordPieces.size > 20_000) this.wordPieces.clear();
      this.wordPieces.set(word, ids);
    }
    return ids;
  }

  /** The word pieces' part of the score, and each word whose pieces pushed towards crisis (as "g:<word>"). */
  private pieces(clauses: readonly string[], chars: readonly number[]): { z: number; top: Contribution[] } {
    if (++this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
    const gen = this.generation;
    let z = 0;
    const top: Contribution[] = [];
    for (const clause of clauses) {
      for (const token of clause.split(' ')) {
        if (token.length < 3) continue;
        let sum = 0;
        for (const id of this.piecesOf(token, chars)) {
          if (this.stamps[id] !== gen) {
            this.stamps[id] = gen;
            sum += this.pieceWeights[id];
          }
        }
        z += sum;
        if (sum > 0) keepStrongest(top, `g:<${token}>`, sum, 4);
      }
    }
    return { z, top };
  }

  /** Does the model read the rules' screening too (and so may overrule a rule crisis)? */
  get readsRules(): boolean {
    return this.file.options.rules === true;
  }

  features(clauses: readonly string[], rules?: RuleView): string[] {
    const own = modelFeatures(clauses, this.lexicon, this.file.options);
    return this.readsRules && rules ? [...own, ...ruleFeatures(rules)] : own;
  }

  /** Judge a message from its features (see `features`); `extra` is a part of the score already summed (the word pieces). */
  judgeFeatures(features: readonly string[], extra?: { z: number; top: readonly Contribution[] }): ModelVerdict {
    return this.verdict(
      this.sum(extra, (add) => features.forEach(add)),
      () => hasRiskEvidence(features),
    );
  }

  /**
   * The weights of the features `each` hands over, each feature once however often it comes (as in training), in the
   * order they come: the same sum, bit for bit, as adding up a list of the distinct features.
   */
  private sum(extra: { z: number; top: readonly Contribution[] } | undefined, each: (add: (feature: string) => void) => void): Sum {
    if (++this.featureGeneration === 0xffffffff) {
      this.featureStamps.fill(0);
      this.featureGeneration = 1;
    }
    const gen = this.featureGeneration;
    const sum: Sum = { z: this.file.bias + (extra?.z ?? 0), top: extra ? [...extra.top] : [], heads: [] };
    each((f) => {
      const id = this.ids.get(f);
      if (id === undefined || this.featureStamps[id] === gen) return;
      this.featureStamps[id] = gen;
      if (this.headRow[id] >= 0) sum.heads.push(this.headRow[id]);
      const w = this.weightOf[id];
      if (!Number.isNaN(w)) {
        sum.z += w;
        if (w > 0) keepStrongest(sum.top, f, w, 4);
      }
    });
    return sum;
  }

  private verdict({ z, top, heads }: Sum, evidence: () => boolean): ModelVerdict {
    const p = sigmoid(z);
    const crisis = modelRaises(this, p, evidence);
    // The category head is only worth its sums when the model raises the crisis itself.
    const { category, categoryP } = crisis ? this.category(heads) : { category: this.file.categories[0], categoryP: 0 };
    return { p, crisis, category, categoryP, top };
  }

  /** The head's category from the rows of the message's features (their starts in headRows), added in feature order. */
  private category(heads: readonly number[]): { category: CrisisCategory; categoryP: number } {
    const scores = [...this.file.head.bias];
    for (const at of heads) for (let i = 0; i < scores.length; i++) scores[i] += this.headRows[at + i];
    let best = 0;
    for (let i = 1; i < scores.length; i++) if (scores[i] > scores[best]) best = i;
    const max = scores[best];
    const sum = scores.reduce((s, x) => s + Math.exp(x - max), 0);
    return { category: this.file.categories[best], categoryP: 1 / sum };
  }

  /** Judge a message: the same score as `judgeFeatures(features(...))`, with the word pieces summed from a per-word cache. */
  judge(clauses: readonly string[], rules?: RuleView): ModelVerdict {
    const chars = this.file.options.chars;
    if (!chars) return this.judgeFeatures(this.features(clauses, rules));
    const sum = this.sum(this.pieces(clauses, chars), (add) => {
      eachModelFeature(clauses, this.lexicon, this.wordOptions, add);
      if (this.readsRules && rules) ruleFeatures(rules).forEach(add);
    });
    // Whether the message names a harm is asked rarely (a middling score), so its feature list is made only then.
    return this.verdict(sum, () => hasRiskEvidence(this.features(clauses, rules)));
  }
}

/** A feature as staff read it on /admin try-it: "no point", "[medicine]", "[self+dying]", "not alive". */
export function describeFeature(feature: string): string {
  const [kind, rest] = [feature.slice(0, 1), feature.slice(2)];
  const neg = rest.startsWith('!') ? 'not ' : '';
  const body = neg ? rest.slice(1) : rest;
  if (kind === 'b') return body.replace(/_/g, ' ');
  // A piece of a word: "kil…" starts a word, "…ill" ends one, "…ill…" is inside one.
  if (kind === 'g') return `${body.startsWith('<') ? '' : '…'}${body.replace(/^<|>$/g, '')}${body.endsWith('>') ? '' : '…'}`;
  if (kind === 'c' || kind === 'p') return `${neg}[${body}]`;
  if (kind === 'r') return `rule ${body}`;
  return `${neg}${body}`;
}

/** Where model.json is: in the source tree, found from the project folder, so tsx and build/dist read the same file. */
export function modelPath(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the project folder (no package.json above this file)');
    dir = parent;
  }
  return join(dir, 'bot', 'conversation', 'safeguarding', 'model.json');
}

let shared: CrisisModel | undefined;

/** The trained model, loaded once. A missing or malformed file is an error: the screener must not quietly lose a layer. */
export function crisisModel(): CrisisModel {
  if (!shared) {
    const path = modelPath();
    if (!existsSync(path)) throw new Error(`safeguarding model not found at ${path}: run npm run train:safeguarding`);
    shared = new CrisisModel(ModelFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))));
  }
  return shared;
}
