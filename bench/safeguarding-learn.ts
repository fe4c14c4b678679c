import { rng } from '../tests/helpers/seeded-random.mjs';
/**
 * The learning arithmetic for the safeguarding model, kept apart from the data handling:
 * L2-regularised logistic regression (binary, and multinomial for the category head) on sparse
 * binary features, trained by full-batch Adam for a fixed number of steps, so the same data
 * always gives the same weights.
 *
 * Why not a package: ml-logistic-regression (the maintained JavaScript one) has no
 * regularisation and works on dense matrices; with a few thousand sparse features and a few
 * hundred messages, unregularised weights overfit the authors' phrasings, which is the problem
 * this layer exists to solve.
 */
export type Sparse = readonly number[]; // indexes of the features present (value 1)

const STEPS = 300;
const RATE = 0.1;
const B1 = 0.9;
const B2 = 0.999;
const EPS = 1e-8;

function adam(size: number) {
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  let t = 0;
  return {
    step(params: Float64Array, grad: Float64Array) {
      t++;
      const c1 = 1 - B1 ** t;
      const c2 = 1 - B2 ** t;
      for (let i = 0; i < size; i++) {
        m[i] = B1 * m[i] + (1 - B1) * grad[i];
        v[i] = B2 * v[i] + (1 - B2) * grad[i] * grad[i];
        params[i] -= (RATE * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + EPS);
      }
    },
  };
}

export type Binary = { w: Float64Array; b: number };

/** Minimises mean (optionally weighted) log loss + lambda/2 |w|^2 (bias not penalised). */
export function trainBinary(xs: readonly Sparse[], ys: readonly number[], dims: number, lambda: number, weights?: readonly number[]): Binary {
  const params = new Float64Array(dims + 1); // last is the bias
  const grad = new Float64Array(dims + 1);
  const opt = adam(dims + 1);
  const n = weights ? weights.reduce((s, w) => s + w, 0) : xs.length;
  for (let step = 0; step < STEPS; step++) {
    grad.fill(0);
    for (let k = 0; k < xs.length; k++) {
      let z = params[dims];
      for (const j of xs[k]) z += params[j];
      const g = ((1 / (1 + Math.exp(-z)) - ys[k]) * (weights ? weights[k] : 1)) / n;
      for (const j of xs[k]) grad[j] += g;
      grad[dims] += g;
    }
    for (let j = 0; j < dims; j++) grad[j] += lambda * params[j];
    opt.step(params, grad);
  }
  return { w: params.subarray(0, dims), b: params[dims] };
}

export function predictBinary(model: Binary, x: Sparse): number {
  let z = model.b;
  for (const j of x) z += model.w[j];
  return 1 / (1 + Math.exp(-z));
}

export type Multi = { w: Float64Array; b: Float64Array; classes: number }; // w[j * classes + c]

/** Multinomial (softmax) regression: mean cross-entropy + lambda/2 |w|^2. */
export function trainMulti(xs: readonly Sparse[], ys: readonly number[], dims: number, classes: number, lambda: number): Multi {
  const size = (dims + 1) * classes;
  const params = new Float64Array(size); // bias block at dims * classes
  const grad = new Float64Array(size);
  const opt = adam(size);
  const n = xs.length;
  const scores = new Float64Array(classes);
  for (let step = 0; step < STEPS; step++) {
    grad.fill(0);
    for (let k = 0; k < n; k++) {
      for (let c = 0; c < classes; c++) scores[c] = params[dims * classes + c];
      for (const j of xs[k]) for (let c = 0; c < classes; c++) scores[c] += params[j * classes + c];
      let max = -Infinity;
      for (let c = 0; c < classes; c++) max = Math.max(max, scores[c]);
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += scores[c] = Math.exp(scores[c] - max);
      for (let c = 0; c < classes; c++) {
        const g = (scores[c] / sum - (ys[k] === c ? 1 : 0)) / n;
        for (const j of xs[k]) grad[j * classes + c] += g;
        grad[dims * classes + c] += g;
      }
    }
    for (let i = 0; i < dims * classes; i++) grad[i] += lambda * params[i];
    opt.step(params, grad);
  }
  return { w: params.subarray(0, dims * classes), b: params.subarray(dims * classes), classes };
}

export function predictMulti(model: Multi, x: Sparse): number {
  const scores = Array.from(model.b);
  for (const j of x) for (let c = 0; c < model.classes; c++) scores[c] += model.w[j * model.classes + c];
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  return best;
}

/** The question sets' seeded generator (mulberry32), so folds are the same on every run. */
export const seeded = (seed: number): (() => number) => rng(seed);

/** Fold number (0..k-1) for each item, stratified by its label: each label is dealt round the folds after a seeded shuffle. */
export function stratifiedFolds(labels: readonly string[], k: number, random: () => number): number[] {
  const folds = new Array<number>(labels.length).fill(0);
  const byLabel = new Map<string, number[]>();
  labels.forEach((l, i) => byLabel.set(l, [...(byLabel.get(l) ?? []), i]));
  let offset = 0;
  for (const label of [...byLabel.keys()].sort()) {
    const items = byLabel.get(label)!;
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    items.forEach((item, i) => (folds[item] = (i + offset) % k));
    offset += items.length;
  }
  return folds;
}

/** As trainBinary, with a value per feature present (`values[k][i]` for `xs[k][i]`) instead of 1. */
export function trainBinaryValued(xs: readonly Sparse[], values: readonly (readonly number[])[], ys: readonly number[], dims: number, lambda: number): Binary {
  const params = new Float64Array(dims + 1);
  const grad = new Float64Array(dims + 1);
  const opt = adam(dims + 1);
  const n = xs.length;
  for (let step = 0; step < STEPS; step++) {
    grad.fill(0);
    for (let k = 0; k < n; k++) {
      const x = xs[k];
      const v = values[k];
      let z = params[dims];
      for (let i = 0; i < x.length; i++) z += params[x[i]] * v[i];
      const g = (1 / (1 + Math.exp(-z)) - ys[k]) / n;
      for (let i = 0; i < x.length; i++) grad[x[i]] += g * v[i];
      grad[dims] += g;
    }
    for (let j = 0; j < dims; j++) grad[j] += lambda * params[j];
    opt.step(params, grad);
  }
  return { w: params.subarray(0, dims), b: params[dims] };
}
