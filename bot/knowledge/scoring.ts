import type lunr from 'lunr';
import type { Field } from './index-builder';

/** One term to score in some fields, with its query boost (as given to lunr's `Query.term`). */
export type ScoredTerm = { term: string; boost: number; fields: readonly Field[] };

type Posting = { _index: number } & Partial<Record<Field, Record<string, unknown>>>;
type Internals = { invertedIndex: Record<string, Posting>; fieldVectors: Record<string, { elements: number[] }> };

/** One term's posting in one field, with each item's BM25 weight for it read out of lunr's field vectors. */
type Weights = { refs: string[]; weights: Float64Array };

/** Per index (immutable, so never stale): weights per field and term, filled as terms are asked about. */
const cache = new WeakMap<lunr.Index, Map<string, Weights>>();
/** Bounds the cache on a huge corpus; past it, weights are computed each time. */
const MAX_CACHED = 200_000;

/**
 * lunr's own scoring (the query vector's cosine with each field's BM25 vector, summed over
 * fields), computed straight from the index lunr built. lunr.Index.query does the same sums but
 * builds MatchData and term sets for every match, which was over half of a search's time; here
 * each term's weights are read once per index and kept. The index, its vectors and so its
 * scores are unchanged. Results best first.
 */
export function scoreTerms(index: lunr.Index, terms: readonly ScoredTerm[]): { ref: string; score: number }[] {
  const { invertedIndex } = index as unknown as Internals;
  // The query vector per field: lunr adds a term's boost once per clause naming it.
  const query = new Map<Field, Map<string, number>>();
  for (const t of terms) {
    if (!Object.hasOwn(invertedIndex, t.term)) continue;
    for (const field of t.fields) {
      let vector = query.get(field);
      if (!vector) query.set(field, (vector = new Map()));
      vector.set(t.term, (vector.get(t.term) ?? 0) + t.boost);
    }
  }
  const scores = new Map<string, number>();
  for (const [field, vector] of query) {
    let sumOfSquares = 0;
    for (const w of vector.values()) sumOfSquares += w * w;
    const magnitude = Math.sqrt(sumOfSquares);
    if (!magnitude) continue;
    for (const [term, boost] of vector) {
      const { refs, weights } = weightsOf(index, field, term);
      const scale = boost / magnitude;
      for (let i = 0; i < refs.length; i++) scores.set(refs[i], (scores.get(refs[i]) ?? 0) + weights[i] * scale);
    }
  }
  const out: { ref: string; score: number }[] = [];
  for (const [ref, score] of scores) out.push({ ref, score });
  return out.sort((a, b) => b.score - a.score);
}

function weightsOf(index: lunr.Index, field: Field, term: string): Weights {
  let perIndex = cache.get(index);
  if (!perIndex) cache.set(index, (perIndex = new Map()));
  const key = `${field}\u0000${term}`;
  const known = perIndex.get(key);
  if (known) return known;
  const { invertedIndex, fieldVectors } = index as unknown as Internals;
  const posting = invertedIndex[term];
  const docs = posting[field] ?? {};
  const refs = Object.keys(docs);
  const weights = new Float64Array(refs.length);
  for (let i = 0; i < refs.length; i++) {
    const elements = fieldVectors[`${field}/${refs[i]}`]?.elements;
    weights[i] = elements ? valueAt(elements, posting._index) : 0;
  }
  const found = { refs, weights };
  if (perIndex.size < MAX_CACHED) perIndex.set(key, found);
  return found;
}

/** A sparse vector's value at an index: elements are [index, value, index, value…] sorted by index. */
function valueAt(elements: readonly number[], index: number): number {
  let lo = 0;
  let hi = elements.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = elements[mid * 2];
    if (at === index) return elements[mid * 2 + 1];
    if (at < index) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
