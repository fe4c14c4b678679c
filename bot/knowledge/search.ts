import lunr from 'lunr';
import type { Area, Audience, Item, Kind } from './schema';
import { NAME_MATCH, type Concept } from './query';
import { FIELDS, type Field } from './index-builder';
import { normalise } from './text';
import { wordRank } from './understanding/common-words';
import { areaOf } from './understanding/profile';
import { scoreTerms } from './scoring';
import type { QuestionType } from './understanding/question-type';
import { RANKING } from './tuning';

export { RANKING } from './tuning';

/** An everyday English word (numbers are not words: "2026" names a year). */
const common = (word: string): boolean => /^[a-z]+$/.test(word) && (wordRank(word) ?? Infinity) <= RANKING.commonRank;

/** What we know about the person asking, used to prefer items for their area and role. */
export type Preferences = { area?: Area; audience?: Audience; prefer?: Kind; field?: QuestionType };

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
   * Set for a word no item uses, even when other words for it were found (its terms are then
   * those, each a guess). 'neutral': an everyday English word the content never uses ("nightmare"), which says
   * nothing either way. 'unknown': a word that is neither in the content nor everyday English
   * (usually the name of something: "DLA", "Nottingham"), which is evidence the question is
   * about something the content does not cover.
   */
  absent?: 'neutral' | 'unknown';
  /**
   * Taken from the statement before a question with no topic of its own ("… HI and SLCN DSP
   * routes. is there one school that has both?"): it counts for an item that has it, and
   * against one that lacks it only at RANKING.nearShare of its weight.
   */
  near?: true;
};

/** The parts of a built knowledge base that search reads. */
export type SearchIndex = {
  index: lunr.Index;
  byId: ReadonlyMap<string, Item>;
  documentFrequency(term: string): number;
  /** Index terms for known words close in spelling to an unknown word as typed. */
  suggest(word: string): string[];
  /** Index terms for other English words with the same meaning (or, for an adjective, its opposite) as a word no item uses. */
  related?(word: string): string[];
  /** In how many items' `field` a term appears. */
  postingSize(term: string, field: Field): number;
  /** The fields of one item that contain a term. */
  fieldsContaining(term: string, ref: string): Field[];
  /** The same as a bit mask (bit i for FIELDS[i]), 0 when none: for the hot path. */
  fieldMask(term: string, ref: string): number;
};

const STRONG_FIELDS: readonly Field[] = ['title', 'questions', 'tags', 'summary'];
const STRONG_MASK = FIELDS.reduce((mask, f, i) => (STRONG_FIELDS.includes(f) ? mask | (1 << i) : mask), 0);
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
      const absent = common(concept.label) ? ('neutral' as const) : ('unknown' as const);
      // A town in Leicester, Leicestershire or Rutland ("Oakham") says where the person is, not what they ask about.
      if (absent === 'unknown' && areaOf(concept.label)) return { concept, terms, idf: 0, absent: 'neutral' as const };
      const idf = Math.log(1 + n) * (absent === 'neutral' ? RANKING.neutralShare : 1);
      // A real word the content does not use ("compulsory") reaches the words it does use for
      // the same idea ("optional") as a guess, like a correction. It weighs what the absent word
      // weighs, so it can only help an item that has one of them, never hurt one that does not.
      if (concept.label.length >= RANKING.minRelatedLength && /^[a-z]+$/.test(concept.label)) {
        for (const term of idx.related?.(concept.label) ?? []) terms.push({ term, boost: RANKING.relatedBoost, df: idx.documentFrequency(term), corrected: true });
      }
      return { concept, terms, idf, absent };
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
export function rank(idx: SearchIndex, resolved: readonly Resolved[], prefs: Preferences = {}, limit = 10, context: readonly Resolved[] = [], contextBoost: number = RANKING.contextBoost): Hit[] {
  const terms = [...resolved.flatMap((r) => r.terms), ...context.flatMap((r) => r.terms.map((t) => ({ ...t, boost: t.boost * contextBoost })))];
  if (terms.length === 0) return [];
  const results = scoreTerms(idx.index, planQuery(idx, terms));
  const totalIdf = resolved.reduce((sum, r) => sum + r.idf, 0) || 1;
  const storyIdf = context.reduce((sum, r) => sum + (r.terms.length ? r.idf : 0), 0);
  const labels = resolved.filter((r) => !r.concept.label.includes(' ')).map((r) => r.concept.label);
  const phrases = labels.slice(1).map((w, i) => ` ${labels[i]} ${w} `);
  const hits: Hit[] = [];
  for (const result of results.slice(0, Math.max(limit * 3, RANKING.rescoreAtLeast))) {
    const item = idx.byId.get(result.ref);
    if (!item) continue;
    const own = coverageOf(idx, resolved, result.ref);
    // The story's ideas count for an item that has them and never against one that lacks them.
    const story = context.length ? coverageOf(idx, context, result.ref) : { covered: 0, strong: 0, matched: [], missedNear: 0 };
    const total = totalIdf - own.missedNear * (1 - RANKING.nearShare) + story.covered * RANKING.contextShare;
    const coverage = (own.covered + story.covered * RANKING.contextShare) / total;
    const strongCoverage = (own.strong + story.strong * RANKING.contextShare) / total;
    const matched = [...own.matched, ...story.matched];
    const together = phrases.filter((p) => titleWords(item).includes(p)).length;
    // Words that stand together in the question and in the title ("SEND support plan") say
    // more than the same words scattered.
    const score =
      result.score *
      (RANKING.coverageFloor + coverage) ** RANKING.coveragePower *
      (RANKING.strongFloor + strongCoverage * RANKING.strongWeight) *
      (1 + RANKING.phraseBonus * together) *
      // Of two items that answer the question, the one that also fits more of the story.
      (1 + RANKING.storyBonus * (storyIdf > 0 ? story.covered / storyIdf : 0)) *
      preference(item, prefs);
    hits.push({ item, score, raw: result.score, coverage, strongCoverage, matched });
  }
  return hits.sort((a, b) => b.score - a.score || a.item.id.localeCompare(b.item.id)).slice(0, limit);
}

/** How much of the concepts' weight (idf) one item matches, anywhere and in its strong fields. */
function coverageOf(idx: SearchIndex, resolved: readonly Resolved[], ref: string): { covered: number; strong: number; matched: string[]; missedNear: number } {
  let covered = 0;
  let strong = 0;
  let missedNear = 0;
  const matched: string[] = [];
  for (const r of resolved) {
    if (r.terms.length === 0) continue;
    // Hot path (every concept of every candidate): bit masks, no arrays.
    let any = 0;
    let allCorrected = true;
    let present: Set<string> | undefined;
    for (const t of r.terms) {
      const mask = idx.fieldMask(t.term, ref);
      if (mask === 0) continue;
      any |= mask;
      if (!t.corrected) allCorrected = false;
      if (r.concept.names) (present ??= new Set()).add(t.term);
    }
    const names = r.concept.names;
    if (any === 0 || (names && !names.some((n) => n.filter((s) => present!.has(s)).length >= Math.ceil(n.length * NAME_MATCH)))) {
      if (r.near) missedNear += r.idf;
      continue;
    }
    // A word found only by correcting its spelling is a guess: it counts for less.
    const credit = allCorrected ? RANKING.correctedCredit : 1;
    covered += r.idf * credit;
    matched.push(r.concept.label);
    if (any & STRONG_MASK) strong += r.idf * credit;
  }
  return { covered, strong, matched, missedNear };
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
  if (prefs.field && hasField(item, prefs.field)) p *= RANKING.hasAskedField;
  return p;
}

/** Whether an item can answer what a question type asks for. */
function hasField(item: Item, field: QuestionType): boolean {
  switch (field) {
    case 'contact':
      return item.contact !== undefined && (item.contact.email !== undefined || item.contact.phone !== undefined);
    case 'booking':
      return item.kind === 'session' && item.booking !== undefined;
    case 'place':
      return item.kind === 'session' && (item.place !== undefined || item.online);
    case 'apply':
    case 'eligibility':
      return item.kind === 'form';
    case 'when':
      return (item.kind === 'form' && item.turnaround !== undefined) || item.kind === 'session';
    case 'cost':
      return false;
  }
}
