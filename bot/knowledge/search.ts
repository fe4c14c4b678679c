import lunr from 'lunr';
import type { Area, Audience, Item, Kind } from './schema';
import { NAME_MATCH, type Concept } from './query';
import { FIELDS, type Field } from './index-builder';
import { normalise } from './text';
import { wordRank } from './understanding/common-words';

/** An everyday English word (numbers are not words: "2026" names a year). */
const common = (word: string): boolean => /^[a-z]+$/.test(word) && (wordRank(word) ?? Infinity) <= RANKING.commonRank;

/** What we know about the person asking, used to prefer items for their area and role. */
export type Preferences = { area?: Area; audience?: Audience; prefer?: Kind };

export type Hit = {
  item: Item;
  /** Final ranking score (lunr's BM25 score adjusted for coverage and preferences). */
  score: number;
  /** lunr's own score. */
  raw: number;
  /** Share of the question's meaning (weighted by rarity) that this item matched, 0–1. */
  coverage: number;
  /** Share of the question's meaning matched in the title, questions, tags or summary, 0–1. */
  strongCoverage: number;
  /** The question's words that this item matched. */
  matched: string[];
};

export type Resolved = {
  concept: Concept;
  terms: { term: string; boost: number; df: number; corrected?: boolean }[];
  idf: number;
  /**
   * 'neutral': an everyday English word the content never uses ("nightmare"), which says
   * nothing either way. 'unknown': a word that is neither in the content nor everyday English
   * (usually the name of something: "DLA", "Nottingham"), which is evidence the question is
   * about something the content does not cover.
   */
  absent?: 'neutral' | 'unknown';
};

/** The parts of a built knowledge base that search reads. */
export type SearchIndex = {
  index: lunr.Index;
  byId: ReadonlyMap<string, Item>;
  documentFrequency(term: string): number;
  /** Index terms for known words close in spelling to an unknown word as typed. */
  suggest(word: string): string[];
  /** In how many items' `field` a term appears. */
  postingSize(term: string, field: Field): number;
  /** The fields of one item that contain a term. */
  fieldsContaining(term: string, ref: string): Field[];
};

const STRONG_FIELDS: readonly Field[] = ['title', 'questions', 'tags', 'summary'];
/**
 * lunr's query costs about 14 µs for every item and field a query term reaches. On a large
 * corpus we therefore hand lunr the rarest terms first and the fields that say most first
 * (title and questions, then tags and summary, then body) until this many postings are
 * reached. Common words still count for coverage, looked up directly. Small corpora are
 * always queried in full.
 */
const POSTING_BUDGET = 800;
const FIELD_TIERS: readonly (readonly Field[])[] = [['title', 'questions'], ['tags', 'summary'], ['body']];

export type Clause = { term: string; boost: number; fields: Field[] };

/** Which terms to query in which fields, within the posting budget. */
export function planQuery(idx: Pick<SearchIndex, 'postingSize'>, terms: readonly { term: string; boost: number; df: number }[], budget = POSTING_BUDGET): Clause[] {
  const cost = (term: string, fields: readonly Field[]) => fields.reduce((sum, f) => sum + idx.postingSize(term, f), 0);
  const all = terms.map((t) => ({ ...t, fields: [] as Field[] }));
  if (terms.reduce((sum, t) => sum + cost(t.term, FIELDS), 0) <= budget) {
    return all.map((t) => ({ term: t.term, boost: t.boost, fields: [...FIELDS] }));
  }
  const byRarity = [...all].sort((a, b) => a.df - b.df);
  let used = 0;
  for (const tier of FIELD_TIERS) {
    for (const [i, t] of byRarity.entries()) {
      const c = cost(t.term, tier);
      // The rarest term is always searched in titles and questions, whatever the cost.
      if (used + c <= budget || (tier === FIELD_TIERS[0] && i === 0)) {
        t.fields.push(...tier);
        used += c;
      }
    }
  }
  return all.filter((t) => t.fields.length > 0).map((t) => ({ term: t.term, boost: t.boost, fields: t.fields }));
}

/**
 * Every weight in ranking, in one place, so calibration changes numbers here and nowhere
 * else. Re-run `npm run calibrate` after changing one.
 */
export const RANKING = {
  /** Final score = lunr score × (coverageFloor + coverage) × …: an item matching none of the ideas keeps a little of its score. */
  coverageFloor: 0.25,
  /** … × (strongFloor + strongCoverage × strongWeight): ideas found in the title, questions, tags or summary count extra. */
  strongFloor: 0.75,
  strongWeight: 0.5,
  /** … × (1 + phraseBonus × phrases): words standing together in the question and in the title ("SEND support plan"). */
  phraseBonus: 0.3,
  /** Share of a concept's credit when it was found only by correcting its spelling: a guess counts for less. */
  correctedCredit: 0.7,
  /** lunr boost for a spelling correction, relative to the word as typed. */
  correctedBoost: 0.6,
  /** Most spelling corrections tried per word: more only slows the query and adds noise. */
  maxFuzzy: 3,
  /** Words typed shorter than this are never spelling-corrected ("ot" is not a typo for "of"). */
  minCorrectLength: 5,
  /** lunr boost for the story's words (context), relative to the question's own words. */
  contextBoost: 0.3,
  /** … × (1 + contextBonus × contextCoverage): an item that also fits the story comes first. */
  contextBonus: 0.3,
  /** Everyday words at or above this SUBTLEX rank are "common": neutral when the content never uses them. */
  commonRank: 20000,
  /**
   * An everyday word no item uses ("recycling") weighs this share of an unknown name: it says
   * less than a name, but a question full of words the content never uses is about something else.
   */
  neutralShare: 0.6,
  /** How many lunr results are re-scored for coverage, at least. */
  rescoreAtLeast: 30,
  /** Preferences: the person's own area, another area only, their audience or not, the kind of item they want. */
  ownArea: 1.15,
  otherAreaOnly: 0.8,
  ownAudience: 1.05,
  otherAudience: 0.9,
  preferredKind: 1.3,
} as const;
const titleWordsCache = new WeakMap<Item, string>();
/** The title and staff-written questions as one padded string of normalised words. */
function titleWords(item: Item): string {
  let text = titleWordsCache.get(item);
  if (text === undefined) {
    text = ` ${normalise([item.title, ...item.questions].join(' . '))} `;
    titleWordsCache.set(item, text);
  }
  return text;
}


/** Find which index terms stand for each concept, correcting spelling where a word is unknown. */
export function resolveConcepts(idx: SearchIndex, concepts: readonly Concept[]): Resolved[] {
  const n = Math.max(1, idx.byId.size);
  return concepts.map((concept) => {
    const terms: Resolved['terms'] = [];
    for (const { stem, weight } of concept.terms) {
      const df = idx.documentFrequency(stem);
      if (df > 0) {
        terms.push({ term: stem, boost: weight, df });
      } else if (weight === 1 && !concept.label.includes(' ') && !common(concept.label) && concept.label.length >= RANKING.minCorrectLength && !/[0-9]/.test(concept.label)) {
        // Correct the word as typed, not its stem: stems of different words collide
        // ("house" and "hours" both stem near "hou…"). An everyday word is not a typo.
        for (const fix of corrections(idx, concept.label)) terms.push({ term: fix.term, boost: weight * RANKING.correctedBoost, df: fix.df, corrected: true });
      }
    }
    if (terms.length === 0 && !concept.glossary && !concept.label.includes(' ')) {
      // A word no item uses: an everyday one is neutral, anything else is as rare as a word can be.
      if (common(concept.label)) return { concept, terms, idf: Math.log(1 + n) * RANKING.neutralShare, absent: 'neutral' as const };
      return { concept, terms, idf: Math.log(1 + n), absent: 'unknown' as const };
    }
    // A concept nobody wrote about is as rare as a word can be: missing it matters a lot.
    const minDf = terms.length ? Math.min(...terms.map((t) => t.df)) : 0;
    return { concept, terms, idf: Math.log(1 + n / (1 + minDf)) };
  });
}

function corrections(idx: SearchIndex, word: string): { term: string; df: number }[] {
  return idx
    .suggest(word)
    .map((term) => ({ term, df: idx.documentFrequency(term) }))
    .sort((a, b) => b.df - a.df || a.term.localeCompare(b.term))
    .slice(0, RANKING.maxFuzzy);
}

/**
 * Rank items for resolved concepts. `context` holds the story's concepts: they help choose
 * between items but an item is not marked down for missing them. Pure: the same index and
 * question always give the same hits.
 */
export function rank(idx: SearchIndex, resolved: readonly Resolved[], prefs: Preferences = {}, limit = 10, context: readonly Resolved[] = []): Hit[] {
  const terms = [...resolved.flatMap((r) => r.terms), ...context.flatMap((r) => r.terms.map((t) => ({ ...t, boost: t.boost * RANKING.contextBoost })))];
  if (terms.length === 0) return [];
  const results = idx.index.query((q) => {
    for (const c of planQuery(idx, terms)) {
      q.term(c.term, { usePipeline: false, boost: c.boost, fields: c.fields, presence: lunr.Query.presence.OPTIONAL });
    }
  });
  const totalIdf = resolved.reduce((sum, r) => sum + r.idf, 0) || 1;
  const contextIdf = context.reduce((sum, r) => sum + r.idf, 0) || 1;
  const labels = resolved.filter((r) => !r.concept.label.includes(' ')).map((r) => r.concept.label);
  const phrases = labels.slice(1).map((w, i) => ` ${labels[i]} ${w} `);
  const hits: Hit[] = [];
  for (const result of results.slice(0, Math.max(limit * 3, RANKING.rescoreAtLeast))) {
    const item = idx.byId.get(result.ref);
    if (!item) continue;
    const { covered, strong, matched } = coverageOf(idx, resolved, result.ref);
    const coverage = covered / totalIdf;
    const together = phrases.filter((p) => titleWords(item).includes(p)).length;
    const strongCoverage = strong / totalIdf;
    const contextCoverage = context.length ? coverageOf(idx, context, result.ref).covered / contextIdf : 0;
    // Words that stand together in the question and in the title ("SEND support plan") say
    // more than the same words scattered.
    const score =
      result.score *
      (RANKING.coverageFloor + coverage) *
      (RANKING.strongFloor + strongCoverage * RANKING.strongWeight) *
      (1 + RANKING.phraseBonus * together) *
      (1 + RANKING.contextBonus * contextCoverage) *
      preference(item, prefs);
    hits.push({ item, score, raw: result.score, coverage, strongCoverage, matched });
  }
  return hits.sort((a, b) => b.score - a.score || a.item.id.localeCompare(b.item.id)).slice(0, limit);
}

/** How much of the concepts' weight (idf) one item matches, anywhere and in its strong fields. */
function coverageOf(idx: SearchIndex, resolved: readonly Resolved[], ref: string): { covered: number; strong: number; matched: string[] } {
  let covered = 0;
  let strong = 0;
  const matched: string[] = [];
  for (const r of resolved) {
    if (r.terms.length === 0) continue;
    const found = r.terms.map((t) => ({ ...t, fields: idx.fieldsContaining(t.term, ref) })).filter((t) => t.fields.length > 0);
    if (found.length === 0) continue;
    const names = r.concept.names;
    if (names) {
      const present = new Set(found.map((t) => t.term));
      if (!names.some((n) => n.filter((s) => present.has(s)).length >= Math.ceil(n.length * NAME_MATCH))) continue;
    }
    // A word found only by correcting its spelling is a guess: it counts for less.
    const credit = found.every((t) => t.corrected) ? RANKING.correctedCredit : 1;
    covered += r.idf * credit;
    matched.push(r.concept.label);
    if (found.some((t) => t.fields.some((f) => STRONG_FIELDS.includes(f)))) strong += r.idf * credit;
  }
  return { covered, strong, matched };
}

/** How much to prefer an item for this person: their area and role first, as a gentle nudge. */
function preference(item: Item, prefs: Preferences): number {
  let p = 1;
  if (prefs.area) {
    if (item.areas.includes(prefs.area)) p *= RANKING.ownArea;
    else if (!item.areas.some((a) => a === 'llr' || a === 'national')) p *= RANKING.otherAreaOnly;
  }
  if (prefs.audience) p *= item.audiences.includes(prefs.audience) ? RANKING.ownAudience : RANKING.otherAudience;
  if (prefs.prefer && item.kind === prefs.prefer) p *= RANKING.preferredKind;
  return p;
}
