import lunr from 'lunr';
import { LRUCache } from 'lru-cache';
import type { GlossaryEntry, Item } from './schema';
import { Glossary } from './glossary';
import { buildIndex, contentWords, FIELDS, type Field } from './index-builder';
import { stem } from './text';
import { parseQuestion, type Concept } from './query';
import { rank, resolveConcepts, type Hit, type Preferences, type Resolved, type SearchIndex } from './search';
import { decide, type Decision } from './decide';
import { Spelling } from './spelling';
import { understand, type Understanding } from './understanding/understand';
import { wordRank } from './understanding/common-words';

/** A concept that cannot carry a question on its own: an everyday word ("even", "quicker") or one no item uses. */
const VERY_COMMON_RANK = 6000;
const isWeak = (r: Resolved) => r.absent !== undefined || (!r.concept.glossary && /^[a-z]+$/.test(r.concept.label) && (wordRank(r.concept.label) ?? Infinity) <= VERY_COMMON_RANK);

export type Asked = {
  /** The question's concepts (what must be answered). */
  concepts: Concept[];
  resolved: Resolved[];
  /** The story's concepts: they help choose but do not count against an item. */
  context: Resolved[];
  hits: Hit[];
  decision: Decision;
  understanding: Understanding;
  /** It asks what kind of thing (a date, a contact) but names no topic: a follow-up about the last answer. */
  bare: boolean;
};

/** A glossary name, a number, or a word rarer than everyday English: what a clause is about. */
const SPECIFIC_RANK = 3000;
const isSpecific = (c: Concept) => c.glossary !== undefined || !/^[a-z]+$/.test(c.label) || (wordRank(c.label) ?? Infinity) > SPECIFIC_RANK;

const conceptKey = (c: Concept) => c.terms.map((t) => t.stem).join(' ');

/**
 * Everything the bot knows for one content version. Built once and never changed: a reload
 * builds a new one and swaps it in, so a question in flight always sees one consistent version.
 */
export class KnowledgeBase implements SearchIndex {
  readonly byId: ReadonlyMap<string, Item>;
  readonly glossary: Glossary;
  private spelling?: Spelling;
  private readonly dfCache = new Map<string, number>();
  private readonly asked = new LRUCache<string, Asked>({ max: 2000 });
  private readonly sizeCache = new Map<string, number>();

  private constructor(
    readonly version: string,
    readonly items: readonly Item[],
    glossary: readonly GlossaryEntry[],
    readonly index: lunr.Index,
    readonly builtAt: Date,
    readonly fromCache: boolean,
    private readonly words: readonly string[],
  ) {
    this.byId = new Map(items.map((i) => [i.id, i]));
    this.glossary = new Glossary(glossary);
    Object.freeze(this.items);
  }

  /** A knowledge base from parsed content; builds the index unless one is given (from the cache). */
  static create(
    content: { items: readonly Item[]; glossary: readonly GlossaryEntry[]; version: string; index?: lunr.Index; words?: string[]; cached?: boolean },
    options: { now?: Date } = {},
  ): KnowledgeBase {
    const index = content.index ?? buildIndex(content.items);
    const words = content.words ?? contentWords(content.items);
    return new KnowledgeBase(content.version, content.items, content.glossary, index, options.now ?? new Date(), content.cached ?? false, words);
  }

  /** Index terms for the content words closest in spelling to a word as typed. */
  suggest(word: string): string[] {
    // Built on first use: most questions are spelt right, and start-up stays fast.
    this.spelling ??= new Spelling(this.words);
    const stems = this.spelling.suggest(word).map(stem);
    return [...new Set(stems)].filter((s) => this.documentFrequency(s) > 0);
  }

  private postings(): Record<string, Record<string, object>> {
    return (this.index as unknown as { invertedIndex: Record<string, Record<string, object>> }).invertedIndex;
  }

  postingSize(term: string, field: Field): number {
    const key = `${field}\u0000${term}`;
    let size = this.sizeCache.get(key);
    if (size === undefined) {
      const posting = Object.hasOwn(this.postings(), term) ? this.postings()[term][field] : undefined;
      size = posting ? Object.keys(posting).length : 0;
      if (this.sizeCache.size < 100_000) this.sizeCache.set(key, size);
    }
    return size;
  }

  fieldsContaining(term: string, ref: string): Field[] {
    const posting = Object.hasOwn(this.postings(), term) ? this.postings()[term] : undefined;
    return posting ? FIELDS.filter((f) => Object.hasOwn((posting[f] ?? {}) as object, ref)) : [];
  }

  fieldMask(term: string, ref: string): number {
    const postings = this.postings();
    if (!Object.hasOwn(postings, term)) return 0;
    const posting = postings[term];
    let mask = 0;
    for (let i = 0; i < FIELDS.length; i++) {
      const docs = posting[FIELDS[i]];
      if (docs !== undefined && Object.hasOwn(docs, ref)) mask |= 1 << i;
    }
    return mask;
  }

  /** In how many items a stemmed term appears, in any field. */
  documentFrequency(term: string): number {
    const hit = this.dfCache.get(term);
    if (hit !== undefined) return hit;
    const posting = Object.hasOwn(this.postings(), term) ? this.postings()[term] : undefined;
    let df = 0;
    if (posting) {
      const refs = new Set<string>();
      for (const field of FIELDS) for (const ref of Object.keys(posting[field] ?? {})) refs.add(ref);
      df = refs.size;
    }
    if (this.dfCache.size < 50_000) this.dfCache.set(term, df);
    return df;
  }

  /**
   * Parse, search and decide in one step: what the bot would do with this question. Results
   * are remembered for this content version (it never changes), since people ask the same
   * questions again and again; callers must not modify what is returned.
   */
  ask(question: string, prefs: Preferences = {}, earlier?: string): Asked {
    const key = `${prefs.area ?? ''}|${prefs.audience ?? ''}|${prefs.prefer ?? ''}|${prefs.field ?? ''}|${question.trim().toLowerCase()}|${earlier?.trim().toLowerCase() ?? ''}`;
    const known = this.asked.get(key);
    if (known) return known;
    const asked = this.askUncached(question, prefs, earlier);
    this.asked.set(key, asked);
    return asked;
  }

  /** The whole search for one question, never remembered (what the benchmark measures). */
  askUncached(question: string, prefs: Preferences = {}, earlier?: string): Asked {
    const understanding = understand(question, earlier);
    let concepts = parseQuestion(understanding.topic, this.glossary);
    const keys = new Set(concepts.map(conceptKey));
    let storyConcepts = parseQuestion(understanding.context, this.glossary).filter((c) => !keys.has(conceptKey(c)));
    let resolved = resolveConcepts(this, concepts);
    let context = resolveConcepts(this, storyConcepts);
    // "The school mentioned a SEIP, what is that?": a question with no topic of its own is
    // about what was said just before it; the rest of the story stays context.
    if (resolved.every(isWeak) && understanding.nearest) {
      // Only its specific words ("PINS", "tier 3 placement"); everyday ones stay context.
      // A story word no item uses ("escalated massively since Christmas") is not what was
      // asked about: it must not make the question look out of scope.
      const nearResolved = resolveConcepts(this, parseQuestion(understanding.nearest, this.glossary).filter((c) => !keys.has(conceptKey(c)) && isSpecific(c))).filter((r) => r.absent === undefined);
      const near = nearResolved.map((r) => r.concept);
      const nearKeys = new Set(near.map(conceptKey));
      concepts = [...concepts, ...near];
      resolved = [...resolved, ...nearResolved];
      storyConcepts = storyConcepts.filter((c) => !nearKeys.has(conceptKey(c)));
      context = context.filter((r) => !nearKeys.has(conceptKey(r.concept)));
    }
    const bare = resolved.every(isWeak) && context.every((r) => r.absent !== undefined);
    const hits = rank(this, resolved, { ...prefs, field: understanding.type }, 10, context);
    const decision: Decision = understanding.task ? { kind: 'decline', nearest: [], reason: 'a task, not a question' } : decide(hits, resolved);
    return { concepts, resolved, context, hits, decision, understanding, bare };
  }
}
