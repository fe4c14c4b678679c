import lunr from 'lunr';
import { LRUCache } from 'lru-cache';
import type { GlossaryEntry, Item } from './schema';
import { Glossary } from './glossary';
import { buildIndex, contentWords, FIELDS, type Field } from './index-builder';
import { isQuestionStopWord, normalise, stem, words } from './text';
import { parseQuestion, type Concept } from './query';
import { rank, resolveConcepts, type Hit, type Preferences, type Resolved, type SearchIndex } from './search';
import { decide, type Decision } from './decide';
import { Spelling } from './spelling';
import { understand, type Understanding } from './understanding/understand';
import { wordRank } from './understanding/common-words';
import { areaOf } from './understanding/profile';
import { relatedWords } from './understanding/thesaurus';
import { RANKING } from './tuning';

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

/**
 * Short phrases in quotes that name something: 'busy room', "tier 2". Quoted speech ("waiting on
 * E3", 'it takes ages') has the little words of a sentence and is not a name. An apostrophe
 * inside a word (he's) does not open a quote.
 */
const QUOTED = /(?<![\p{L}\p{N}])['"\u2018\u201c]([^'"\u2018\u2019\u201c\u201d]{2,40}?)['"\u2019\u201d](?![\p{L}\p{N}])/gu;
function quotedPhrases(text: string): string[] {
  const quoted = [...text.matchAll(QUOTED)].map((m) => m[1]).filter((q) => q.trim().split(/\s+/).length <= 3 && words(q).every((w) => !isQuestionStopWord(w)));
  // Words Capitalised Together mid-sentence ("a talk about Early Talk Boost") are a name too; a place is not a topic.
  const capitalised = [...text.matchAll(CAPITALISED)].filter((m) => m.index! > 0 && !/[.!?]\s*$/.test(text.slice(0, m.index)) && !areaOf(m[1])).map((m) => m[1]);
  return [...quoted, ...capitalised];
}
const CAPITALISED = /(?<![\p{L}\p{N}])([A-Z][a-z]+(?: (?:(?:for|of|and|the|in|to) )?[A-Z][A-Za-z]+){1,3})(?![\p{L}\p{N}])/gu;

/**
 * "local offer", "offer directory", "health visitors": each two neighbouring words of an item's
 * title or of one of its tags (staff-written names), little words left out.
 */
function titleWordPairs(items: readonly Item[]): Set<string> {
  const pairs = new Set<string>();
  for (const item of items) {
    for (const name of [item.title, ...item.tags]) {
      const w = normalise(name).split(' ').filter((x) => !isQuestionStopWord(x));
      for (let i = 1; i < w.length; i++) pairs.add(`${w[i - 1]} ${w[i]}`);
    }
  }
  return pairs;
}

type Resolver = (concepts: readonly Concept[]) => Resolved[];

const conceptKey = (c: Concept) => c.terms.map((t) => t.stem).join(' ');

/** Of a question's own ideas (not the story's), the share of their weight the best item matches. */
const QUESTION_ALONE = 0.5;

/**
 * A question read apart from the rest of its message must be answered for its own words, not
 * for the story's: the best item matches one of its specific ideas and at least half of all
 * of them ("will the school accept a private diagnosis" is not answered by the waiting story).
 */
function answersItself(one: Asked, own: readonly Concept[], named: boolean): boolean {
  const keys = new Set(own.map(conceptKey));
  const matched = new Set(one.hits[0]?.matched ?? []);
  const mine = one.resolved.filter((r) => keys.has(conceptKey(r.concept)));
  const total = mine.reduce((sum, r) => sum + r.idf, 0);
  const got = mine.filter((r) => matched.has(r.concept.label)).reduce((sum, r) => sum + r.idf, 0);
  // Everyday words that together name an item ("is that health visitors?") are as specific as a rare one.
  return (named || mine.some((r) => !isWeak(r) && matched.has(r.concept.label))) && total > 0 && got / total >= QUESTION_ALONE;
}

/** How far a decision gets a person: an answer, then a choice, then a "did you mean", then nothing. */
const REACH: Record<Decision['kind'], number> = { answer: 3, clarify: 2, suggest: 1, decline: 0 };
/** A word and its regular inflections ("overwhelm", "overwhelms", "overwhelmed", "overwhelming"). */
export function inflections(word: string): string[] {
  const bare = word.endsWith('e') ? word.slice(0, -1) : word;
  return [word, `${word}s`, `${word}es`, `${bare}ed`, `${bare}ing`, word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`];
}

/** Whether one reading of a message is answered better than another. */
const better = (a: Asked, b: Asked) =>
  REACH[a.decision.kind] > REACH[b.decision.kind] || (REACH[a.decision.kind] === REACH[b.decision.kind] && (a.hits[0]?.coverage ?? 0) > (b.hits[0]?.coverage ?? 0) + 0.1);

/**
 * Everything the bot knows for one content version. Built once and never changed: a reload
 * builds a new one and swaps it in, so a question in flight always sees one consistent version.
 */
export class KnowledgeBase implements SearchIndex {
  readonly byId: ReadonlyMap<string, Item>;
  readonly glossary: Glossary;
  private spelling?: Spelling;
  private wordSet?: ReadonlySet<string>;
  private readonly dfCache = new Map<string, number>();
  private readonly asked = new LRUCache<string, Asked>({ max: 2000 });
  private readonly sizeCache = new Map<string, number>();
  /** Pairs of neighbouring words in item titles, built with the rest of this content version. */
  private readonly titlePairs: ReadonlySet<string>;

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
    this.titlePairs = titleWordPairs(items);
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

  /**
   * Index terms for WordNet's other words for a word, each only when the content writes that
   * word itself (or an inflection of it): its stem alone could be another word's ("figurer",
   * one of WordNet's words for a computer, stems like "figures").
   */
  related(word: string): string[] {
    this.wordSet ??= new Set(this.words);
    const written = (w: string) => inflections(w).some((f) => this.wordSet!.has(f));
    const stems = relatedWords(word).filter(written).map(stem);
    // A word much of the content uses ("place", "new") names no topic: it would only add noise.
    const specific = (s: string) => Math.log(1 + this.items.length / (1 + this.documentFrequency(s))) >= RANKING.generalIdf;
    return [...new Set(stems)].filter((s) => this.documentFrequency(s) > 0 && specific(s));
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
    const story = parseQuestion(understanding.context, this.glossary);
    // Each reading of the message resolves many of the same words: spelling correction is the costly part, done once.
    const resolve = this.resolver();
    const whole = this.search(understanding, parseQuestion(understanding.topic, this.glossary), story, prefs, resolve);
    if (understanding.questions.length < 2 || whole.decision.kind === 'answer' || understanding.task) return whole;
    // Two questions, or a question and a remark ("is there a forum? I want a say about how
    // rubbish it's been"): each is read on its own with the other as story, and the one that is
    // answered best wins. Together they dilute each other; apart, the other still helps choose.
    let best = whole;
    const perQuestion = understanding.questions.map((q) => parseQuestion(q.topic, this.glossary));
    for (const [i, q] of understanding.questions.entries()) {
      const others = perQuestion.filter((_, j) => j !== i).flat();
      // A name the content never uses, in either question, still says the message is about
      // something else ("… and is there an inset day?"): it keeps counting against.
      const unknown = resolve(others).filter((r) => r.absent === 'unknown').map((r) => r.concept);
      const own = [...perQuestion[i], ...unknown];
      if (!own.some(isSpecific)) continue;
      const one = this.search({ ...understanding, topic: q.topic, type: q.type ?? understanding.type }, own, [...others, ...story], prefs, resolve);
      if (answersItself(one, perQuestion[i], this.namesAnItem(perQuestion[i].map((c) => c.label))) && better(one, best)) best = one;
    }
    return best;
  }

  /** Whether two words next to each other in a question stand together in some item's title or one of its tags ("local offer", "health visitors"). */
  private namesAnItem(labels: readonly string[]): boolean {
    for (let i = 1; i < labels.length; i++) if (this.titlePairs.has(`${labels[i - 1]} ${labels[i]}`)) return true;
    return false;
  }

  /** resolveConcepts for one message, remembering each concept's result. */
  private resolver(): Resolver {
    const known = new Map<string, Resolved>();
    return (concepts) => {
      const key = (c: Concept) => `${c.label}\u0000${conceptKey(c)}`;
      const missing = concepts.filter((c) => !known.has(key(c)));
      for (const r of resolveConcepts(this, missing)) known.set(key(r.concept), r);
      return concepts.map((c) => known.get(key(c))!);
    };
  }

  /** Search for a question's concepts with the story's as context, and decide. */
  private search(understanding: Understanding, asked: Concept[], story: Concept[], prefs: Preferences, resolve: Resolver): Asked {
    let concepts = asked;
    const keys = new Set(concepts.map(conceptKey));
    let storyConcepts = story.filter((c) => !keys.has(conceptKey(c)));
    let resolved = resolve(concepts);
    let context = resolve(storyConcepts);
    // "The school mentioned a SEIP, what is that?": a question with no topic of its own is
    // about what was said just before it; the rest of the story stays context.
    // A question with no idea of its own ("how short are they really?") leaves the story to say what it is about.
    // The child's stage ("can his secondary do it") says who it is for, not what it is about.
    const stage = understanding.profile.phase;
    const isStage = (r: Resolved) => stage !== undefined && stage.includes(r.concept.label);
    // One word much of the content uses ("funding", "school") names no topic either.
    const general = (r: Resolved) => !r.concept.glossary && r.idf < RANKING.generalIdf;
    // Everyday words that stand together as an item's name ("local offer", "short breaks") are a topic.
    const named = this.namesAnItem(resolved.map((r) => r.concept.label));
    const vague = !named && resolved.every((r) => isWeak(r) || isStage(r) || general(r)) && resolved.filter((r) => !isWeak(r) && !isStage(r)).length <= 1 && understanding.nearest !== undefined;
    const nearest = understanding.nearest;
    if ((vague || understanding.pointsBack) && nearest !== undefined) {
      // Only its specific words ("PINS", "tier 3 placement"); everyday ones stay context.
      // A story word no item uses ("escalated massively since Christmas") is not what was
      // asked about: it must not make the question look out of scope. A question with no
      // words of its own at all ("is that a thing?") asks about the whole of that statement.
      const candidates = parseQuestion(nearest, this.glossary).filter((c) => !keys.has(conceptKey(c)));
      // Words put in quotes ("a 'busy room'", "'tier 2'") are what someone called a thing: its name, however everyday the words.
      const quotedNames = new Set(quotedPhrases(nearest).flatMap((q) => parseQuestion(q, this.glossary).map(conceptKey)));
      const naming = (c: Concept) => isSpecific(c) || quotedNames.has(conceptKey(c));
      const wanted = resolved.length === 0 && !candidates.some(naming) ? candidates : candidates.filter(naming);
      // Said in passing, the story's words count for an item that has them, and against one that lacks them less than the question's own.
      const nearResolved = resolve(wanted)
        .filter((r) => r.absent === undefined)
        .map((r): Resolved => ({ ...r, near: true }));
      const near = nearResolved.map((r) => r.concept);
      const nearKeys = new Set(near.map(conceptKey));
      concepts = [...concepts, ...near];
      resolved = [...resolved, ...nearResolved];
      storyConcepts = storyConcepts.filter((c) => !nearKeys.has(conceptKey(c)));
      context = context.filter((r) => !nearKeys.has(conceptKey(r.concept)));
    }
    const bare = resolved.every((r) => isWeak(r) || isStage(r)) && context.every((r) => r.absent !== undefined || isStage(r));
    const hits = rank(this, resolved, { ...prefs, field: understanding.type }, 10, context, vague ? RANKING.vagueContextBoost : RANKING.contextBoost);
    // A subject named and nothing else ("annual review"): no question type, story or earlier answer to narrow it.
    const topicOnly = understanding.type === undefined && !understanding.refersBack && context.length === 0 && understanding.questions.length <= 1;
    const decision: Decision = understanding.task ? { kind: 'decline', nearest: [], reason: 'a task, not a question' } : decide(hits, resolved, topicOnly);
    return { concepts, resolved, context, hits, decision, understanding, bare };
  }
}
