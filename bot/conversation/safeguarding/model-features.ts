import lunr from 'lunr';
import { personOf } from './people';

/**
 * What the learned safeguarding layer reads from a message: the screener's normalised clauses
 * (idioms already set aside), as word stems, pairs of neighbouring stems, and concept classes.
 * A concept ("medicine", "high place", "dying", "farewell") comes from a word list derived from
 * WordNet at train time and stored in model.json, so a word nobody wrote in the training set
 * ("amitriptyline", "viaduct") still lands on a concept the model has a weight for. Concepts
 * heard together in a clause or the one before it ("self" + "dying", "child" + "injury") are
 * features too. The same function runs at train time and in the bot, so the two cannot drift.
 */
export type FeatureOptions = {
  /** Stem pairs within a clause ("no_point", "without_me"). */
  bigrams: boolean;
  /** Words within three of a negator ("not", "never", "no longer") are marked, so "not dying" differs from "dying". */
  negation: boolean;
  /** Concept pairs heard in the same or the previous clause. */
  pairs: boolean;
  /** Function words ("the", "and", "been") as single features: they carry a writer's style more than a risk. Pairs keep them. */
  functionWords?: boolean;
  /** What the rules heard (cues, family scores, tier) as features, so the model can also overrule a rule's false alarm. */
  rules?: boolean;
  /**
   * Character n-grams of each word, [shortest, longest] ("<kil", "kil", "ill>"), so a typo or a
   * spelling no one in the training set used ("kil", "tablts", "suicidel") still shares most of its
   * pieces with the word it means. Leave-one-author-out, they raised the model's recall at 2% false alarms the most of anything tried.
   */
  chars?: number[];
};

/** Concept classes that name a harm, a means or a risk; "child", "eat" or "body" alone do not. */
const RISK_CONCEPTS = new Set(['medicine', 'poison', 'cord', 'blade', 'weapon', 'height', 'vehicle', 'water', 'dying', 'kill', 'injury', 'hit', 'farewell', 'despair', 'fear', 'sex', 'vanish', 'purge', 'starve', 'photo', 'secret', 'threat', 'confine', 'dirty', 'unconscious', 'alone', 'abuse', 'end', 'alcohol', 'shout']);

/**
 * May the model raise a crisis the rules did not? Only when the message names some harm: a risk
 * concept (not negated) or a rule cue of any strength. A message with none ("i dont want a bot, i
 * want a person") is never a crisis on word patterns alone.
 */
export function hasRiskEvidence(features: readonly string[]): boolean {
  return features.some((f) => (f.startsWith('c:') && RISK_CONCEPTS.has(f.slice(2))) || f === 'c:!life' || f.startsWith('r:cue-') || (f.startsWith('r:') && f.endsWith('-low') && f !== 'r:distress-low'));
}

/** The part of a rule screening the model reads. */
export type RuleView = { tier: string; scores: Partial<Record<string, number>>; cues: readonly { id: string }[]; boosters: readonly string[]; idioms: readonly string[] };

/** The rules' view of a message as features: their tier, each cue that fired, each family's score in bands, boosters, idioms. */
export function ruleFeatures(r: RuleView): string[] {
  const out = new Set<string>([`r:tier-${r.tier}`]);
  for (const c of r.cues) out.add(`r:cue-${c.id}`);
  for (const [family, score = 0] of Object.entries(r.scores)) {
    if (score >= 1) out.add(`r:${family}-high`);
    if (score >= 0.5) out.add(`r:${family}-mid`);
    if (score > 0) out.add(`r:${family}-low`);
  }
  for (const b of r.boosters) out.add(`r:boost-${b.split(':')[1] ?? b}`);
  if (r.idioms.length) out.add('r:idiom');
  return [...out];
}

/** Stem → the concept classes it belongs to. */
export type Lexicon = ReadonlyMap<string, readonly string[]>;

const NEGATORS = new Set(['not', 'never', 'no', 'isnt', 'doesnt', 'dont', 'didnt', 'wasnt', 'hasnt', 'havent', 'arent', 'wouldnt', 'wont', 'cant', 'nothing', 'nobody', 'without']);
const FUNCTION_WORDS = new Set(
  'the a an and or but so to of in on at for with from by as is are was were be been being am it its this that these those there then than just really very have has had do does did get got about what how when where which who why if can could would should will shall may might must also too some any all'.split(' '),
);
/** Time words that make a risk present rather than past or hypothetical. */
const NOW = new Set(['tonight', 'now', 'today', 'tomorrow', 'soon', 'weekend', 'morning', 'evening', 'again', 'currently', 'still', 'anymore', 'lately', 'recently']);
const PAST = new Set(['used', 'ago', 'years', 'past', 'recovered', 'resolved', 'closed', 'clear', 'history', 'previously', 'once']);

/**
 * Porter stems, from lunr (already the search index's stemmer), so the bot needs no other
 * package. Worked-out stems are kept: the same words come up again and again. Bounded.
 */
const stems = new Map<string, string>();
export function stemOf(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = /^\d+$/.test(word) ? '#' : lunr.stemmer(new lunr.Token(word, {})).toString();
    if (stems.size > 20_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

function conceptsOf(token: string, s: string, lexicon: Lexicon): string[] {
  const out = [...(lexicon.get(s) ?? [])];
  const person = personOf(token);
  if (person) out.push(`who-${person}`);
  if (token === 'my' || token === 'our') out.push('who-mine');
  if (NOW.has(token)) out.push('time-now');
  if (PAST.has(token)) out.push('time-past');
  return out;
}

function grams(token: string, [lo, hi]: readonly number[], add: (feature: string) => void): void {
  const w = `<${token}>`;
  for (let n = lo; n <= hi; n++) for (let i = 0; i + n <= w.length; i++) add(`g:${w.slice(i, i + n)}`);
}

/** A word's own features, plain and negated: its stem, "w:" feature and concept classes with their "c:" features. */
type WordFeatures = { stem: string; word: readonly [string, string]; concepts: readonly string[]; concept: readonly [readonly string[], readonly string[]] };

/**
 * Each word's features, worked out once per lexicon (a lexicon is not changed once made): the same words come up again and again, and
 * a feature string made once is hashed once for the weight lookup, not on every message. Bounded.
 */
const wordCache = new WeakMap<Lexicon, Map<string, WordFeatures>>();
function wordFeatures(token: string, lexicon: Lexicon): WordFeatures {
  let cache = wordCache.get(lexicon);
  if (!cache) wordCache.set(lexicon, (cache = new Map()));
  let f = cache.get(token);
  if (!f) {
    const stem = stemOf(token);
    const concepts = conceptsOf(token, stem, lexicon);
    f = { stem, word: [`w:${stem}`, `w:!${stem}`], concepts, concept: [concepts.map((c) => `c:${c}`), concepts.map((c) => `c:!${c}`)] };
    if (cache.size > 20_000) cache.clear();
    cache.set(token, f);
  }
  return f;
}

/** Features made of two parts ("b:no_point", "p:dying+self"), kept for the same reason as the words' features. Bounded. */
class Joined {
  private readonly byFirst = new Map<string, Map<string, string>>();
  private size = 0;
  constructor(
    private readonly prefix: string,
    private readonly separator: string,
  ) {}

  get(a: string, b: string): string {
    let byA = this.byFirst.get(a);
    if (!byA) this.byFirst.set(a, (byA = new Map()));
    let s = byA.get(b);
    if (s === undefined) {
      s = `${this.prefix}${a}${this.separator}${b}`;
      if (++this.size > 50_000) {
        this.byFirst.clear();
        this.size = 0;
      }
      byA.set(b, s);
    }
    return s;
  }
}
const BIGRAMS = new Joined('b:', '_');
const PAIRS = new Joined('p:', '+');

/** The features of a message, each once. `clauses` are the screener's normalised clauses. */
export function modelFeatures(clauses: readonly string[], lexicon: Lexicon, options: FeatureOptions): string[] {
  const out = new Set<string>();
  eachModelFeature(clauses, lexicon, options, (f) => out.add(f));
  return [...out];
}

/**
 * The same features handed to `add` as they are found, repeats included, in the order `modelFeatures` lists them:
 * the bot's model sums their weights as it goes instead of building a set of strings for every message.
 */
export function eachModelFeature(clauses: readonly string[], lexicon: Lexicon, options: FeatureOptions, add: (feature: string) => void): void {
  let previous: string[] = [];
  for (const clause of clauses) {
    const here = new Set<string>();
    for (const sentence of clause.split(' . ')) {
      const tokens = sentence.split(' ').filter((t) => t && t !== '.');
      let scope = 0;
      let last = '';
      for (const token of tokens) {
        const f = wordFeatures(token, lexicon);
        const s = f.stem;
        const negated = options.negation && scope > 0;
        scope = NEGATORS.has(token) ? 3 : Math.max(0, scope - 1);
        const mark = negated ? 1 : 0; // index of the negated ('!') form
        if (options.functionWords !== false || !FUNCTION_WORDS.has(token)) add(f.word[mark]);
        if (options.chars && token.length >= 3) grams(token, options.chars, add);
        if (options.bigrams && last) add(BIGRAMS.get(last, s));
        last = s;
        for (let k = 0; k < f.concepts.length; k++) {
          add(f.concept[mark][k]);
          if (!negated) here.add(f.concepts[k]);
        }
      }
    }
    if (options.pairs) {
      const now = [...here];
      const window = [...new Set([...now, ...previous])].sort();
      for (let i = 0; i < window.length; i++) {
        for (let j = i + 1; j < window.length; j++) {
          if (here.has(window[i]) || here.has(window[j])) add(PAIRS.get(window[i], window[j]));
        }
      }
      previous = now;
    }
  }
}
