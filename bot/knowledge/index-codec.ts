import lunr from 'lunr';

/**
 * A compact form of a built lunr index for the start-up cache. lunr's own JSON repeats every
 * item id once per word and field ("ref": {}), which made a 10,000-item cache over 100 MB and
 * most of start-up time; here ids are numbers and scores are rounded to 4 decimal places
 * (far below what changes a ranking).
 */
export type CompactIndex = {
  lunr: string;
  fields: string[];
  pipeline: string[];
  refs: string[];
  terms: string[];
  /** For each term: its vector position, then one list of item numbers per field. */
  postings: [number, ...number[][]][];
  /** For each field and item: the field vector as [position, score, position, score…]. */
  vectors: [number, number, number[]][];
};

type Posting = Record<string, Record<string, object> | number>;
type IndexInternals = { invertedIndex: Record<string, Posting>; fieldVectors: Record<string, lunr.Vector & { elements: number[] }>; fields: string[]; pipeline: lunr.Pipeline };

export function encodeIndex(index: lunr.Index): CompactIndex {
  const idx = index as unknown as IndexInternals;
  const refs: string[] = [];
  const refNumber = new Map<string, number>();
  const numberOf = (ref: string) => {
    let n = refNumber.get(ref);
    if (n === undefined) {
      n = refs.length;
      refs.push(ref);
      refNumber.set(ref, n);
    }
    return n;
  };
  const terms = Object.keys(idx.invertedIndex).sort();
  const postings = terms.map((term): [number, ...number[][]] => {
    const posting = idx.invertedIndex[term];
    return [posting._index as number, ...idx.fields.map((f) => Object.keys((posting[f] as Record<string, object>) ?? {}).map(numberOf))];
  });
  const vectors = Object.entries(idx.fieldVectors).map(([fieldRef, vector]): [number, number, number[]] => {
    const slash = fieldRef.indexOf('/');
    const elements = vector.elements.map((v, i) => (i % 2 === 0 ? v : Math.round(v * 1e4) / 1e4));
    return [idx.fields.indexOf(fieldRef.slice(0, slash)), numberOf(fieldRef.slice(slash + 1)), elements];
  });
  return { lunr: lunr.version, fields: idx.fields, pipeline: idx.pipeline.toJSON() as unknown as string[], refs, terms, postings, vectors };
}

/**
 * Rebuild the index lunr would have loaded from its own JSON. lunr reads the postings of a
 * term only when a query uses it, so each term's posting is built the first time it is looked
 * up: building all of them up front was most of start-up time at 10,000 items.
 */
export function decodeIndex(c: CompactIndex): lunr.Index {
  // lunr only reads the per-item metadata (empty: no metadata is indexed), so one shared
  // frozen object serves every posting instead of millions of empty ones.
  const none = Object.freeze({});
  const termNumber = new Map(c.terms.map((term, i) => [term, i]));
  const built = new Map<string, Posting>();
  const posting = (term: string): Posting | undefined => {
    const known = built.get(term);
    if (known) return known;
    const i = termNumber.get(term);
    if (i === undefined) return undefined;
    const [position, ...perField] = c.postings[i];
    const result: Posting = { _index: position };
    c.fields.forEach((field, f) => {
      const docs: Record<string, object> = {};
      for (const n of perField[f]) docs[c.refs[n]] = none;
      result[field] = docs;
    });
    built.set(term, result);
    return result;
  };
  const invertedIndex = new Proxy(Object.create(null) as Record<string, Posting>, {
    get: (_target, term) => (typeof term === 'string' ? posting(term) : undefined),
    has: (_target, term) => typeof term === 'string' && termNumber.has(term),
    ownKeys: () => [...c.terms],
    getOwnPropertyDescriptor: (_target, term) => {
      const value = typeof term === 'string' ? posting(term) : undefined;
      return value && { value, enumerable: true, configurable: true, writable: false };
    },
  });
  const fieldVectors: Record<string, lunr.Vector> = {};
  for (const [f, n, elements] of c.vectors) fieldVectors[`${c.fields[f]}/${c.refs[n]}`] = new lunr.Vector(elements);
  // The builder is public in lunr but missing from its type definitions.
  const Builder = (lunr.TokenSet as unknown as { Builder: new () => { insert(term: string): void; finish(): void; root: lunr.TokenSet } }).Builder;
  const tokens = new Builder();
  for (const term of c.terms) tokens.insert(term);
  tokens.finish();
  const LunrIndex = lunr.Index as unknown as new (attrs: object) => lunr.Index;
  return new LunrIndex({ invertedIndex, fieldVectors, tokenSet: tokens.root, fields: c.fields, pipeline: lunr.Pipeline.load(c.pipeline) });
}

/**
 * True when a decoded cache is a whole index over exactly these item ids: every posting has a
 * list per field, every number points at a real item, term and field. A cache that passes its
 * checksum can still have been written wrong (or by hand); one that fails is rebuilt.
 */
export function isWholeIndex(c: CompactIndex, ids: readonly string[]): boolean {
  if (!Array.isArray(c.refs) || !Array.isArray(c.terms) || !Array.isArray(c.postings) || !Array.isArray(c.vectors) || !Array.isArray(c.fields)) return false;
  if (c.refs.length !== ids.length || new Set(c.refs).size !== ids.length || !ids.every((id) => c.refs.includes(id))) return false;
  if (c.postings.length !== c.terms.length || c.fields.length === 0) return false;
  const isRef = (n: unknown) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < c.refs.length;
  for (const posting of c.postings) {
    if (!Array.isArray(posting) || posting.length !== c.fields.length + 1 || !Number.isInteger(posting[0])) return false;
    for (let f = 1; f < posting.length; f++) {
      const docs = posting[f];
      if (!Array.isArray(docs) || !docs.every(isRef)) return false;
    }
  }
  // One vector per field and item.
  if (c.vectors.length !== c.fields.length * c.refs.length) return false;
  for (const vector of c.vectors) {
    if (!Array.isArray(vector) || vector.length !== 3) return false;
    const [field, ref, elements] = vector;
    if (!Number.isInteger(field) || field < 0 || field >= c.fields.length || !isRef(ref) || !Array.isArray(elements) || elements.length % 2 !== 0) return false;
    if (!elements.every((v) => typeof v === 'number' && Number.isFinite(v))) return false;
  }
  return true;
}
