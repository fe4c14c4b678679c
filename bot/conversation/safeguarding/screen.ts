import { removeIdioms } from '../../knowledge/idioms';
import { clauses as splitClauses } from '../question-text';
import { CRISIS_SCORE, DISTRESS_SCORE, LADDER, URGENCY, type Category, type CrisisCategory, type Family, type Tier } from './categories';
import { BROAD_CUES } from './broad';
import { BOOSTERS, CUES, FRAMES, HAPPENING_NOW, MESSAGE_FRAMES, NEIGHBOUR_FRAMES, type Cue } from './cues';
import { normalise } from './normalise';
import { crisisModel, describeFeature, type CrisisModel } from './model';
import { modelOverrules, saysSerious } from './policy';
import type { RuleView } from './model-features';
import { aboutNoRealPerson, knownPersonTellsHarm, namesPerson, subjectAt, type Person } from './people';
import { Prefilter } from '../../knowledge/prefilter';
import { violence } from './violence';

/**
 * The safeguarding screener. Every message passes through it before anything else: it reads
 * each clause for small signals (cues), scores them in families, and says whether the message
 * is a crisis (a risk to life, or a child at risk), distress without risk cues, or neither,
 * with the category and the cues that decided it. Pure and fast: no I/O, no state.
 */
export type FiredCue = {
  id: string;
  family: Family;
  category?: CrisisCategory;
  weight: number;
  /** The words that matched, normalised. For explaining a decision to staff; never logged. */
  text: string;
  /** Someone the writer knows says it of themselves ("my son told me he wants to die"): see people.ts knownPersonTellsHarm. */
  told?: boolean;
  clause: number;
  person?: Person;
};

export type Screening = {
  tier: Tier;
  /** The category that decided the tier ('distress' for the distress tier). */
  category?: Category;
  /** Whose safety it is about: the person typing, or someone else (a child, a partner, a friend). */
  about: 'self' | 'other';
  /** Family scores; 1 or more is crisis. */
  scores: Partial<Record<Family, number>>;
  /** The cues that counted, strongest first. */
  cues: FiredCue[];
  /** Boosters that added to a family's score. */
  boosters: string[];
  /** Figures of speech set aside before screening ("this form is killing me"). */
  idioms: string[];
  /** The message with the disclosure clauses and idioms set aside: what is left to answer. */
  rest: string;
};

/** Phrases whose harm words carry an everyday meaning in SEND talk; hidden from the cues only. */
const NEUTRAL: readonly RegExp[] = [
  /\bhurt(?:s|ing)? (?:his|her|their|my|your|our) feelings\b/g,
  /\b(?:kick|kicks|kicking|kicked) off\b/g,
  /\bhit (?:the roof|the ceiling|a wall|a target|his targets?|her targets?|the ground running|it off|and miss|or miss|puberty|a milestone|milestones)\b/g,
  /\bcut(?:s|ting)? (?:off|down|back|out|short)\b/g,
  /\b(?:touch base|in touch|touched by (?:your|the|how|all)|touch wood)\b/g,
  /\bburn(?:t|ed)? out\b/g,
  /\bthrow(?:s|ing)? up\b(?! after)/g,
  /\bpush(?:es|ed|ing)? (?:for|the school|the council|them|back)\b/g,
  /\bshak(?:e|es|ing) (?:hands|things up|it off)\b/g,
  /\bbeat(?:s)? (?:me|the queue|the traffic|the record|the rush|around the bush)\b(?! up)/g,
  /\b(?:knife and fork|knives and forks)\b/g,
  /\b(?:carbon monoxide|smoke|co|gas) (?:alarm|alarms|detector|detectors|monitor|monitors)\b/g,
  /\bjump(?:s|ed|ing)? ship\b/g,
  /\b(?:doesnt|dont|cant|hates?|hating|wont) (?:like |stand |tolerate )?(?:being )?touch(?:ed)?\b/g,
  /\bno longer (?:has|needs|gets)\b/g,
  /\bend(?:ing|ed|s)? (?:it|things|everything) (?:with|between)\b/g,
  /\b(?:sleep|sleeping|slept) (?:all day|in (?:late|till|until|at the weekend)|through)\b/g,
];

const NEUTRAL_WORDS = new Prefilter(NEUTRAL);

/** A story or report (book, film, news) whose topic frame carries to later clauses, a little weaker there. */
const STORY = /\b(?:book|novel|story|storyline|film|movie|tv|telly|programme|documentary|news|article|podcast|episode|series|drama|soap|character|plot|show|paper|headline|report on|reading|studying)\b/;
const CARRY = 0.2;

/** Suicide and self-injury words about no real person the writer knows (a character, a word or a service asked about) count this much (people.ts aboutNoRealPerson). */
const NO_REAL_PERSON = 0.3;
const PERSONAL_FAMILIES: ReadonlySet<Family> = new Set(['suicide', 'self-injury', 'abuse', 'online', 'domestic']);

const ALL_CUES: readonly Cue[] = [...CUES, ...BROAD_CUES];

/** One prefilter per cue table, over its cues then the frames: built once (a test may inject its own table). */
const prefilters = new WeakMap<readonly Cue[], Prefilter>();
function prefilterFor(cues: readonly Cue[]): Prefilter {
  let p = prefilters.get(cues);
  if (!p) prefilters.set(cues, (p = new Prefilter([...cues, ...FRAMES].map((x) => x.re))));
  return p;
}
prefilterFor(ALL_CUES); // at start-up, not on the first person's message

const NEGATORS = /^(?:not|never|no|isnt|doesnt|dont|didnt|wasnt|hasnt|havent|arent|wouldnt|nothing|without|denies|denied)$/;

const personCue = (cue: Cue) => cue.who === 'subject';

/** Quoted words ("I want to die" in a pupil's journal) belong to whoever is quoted, not the speaker. */
function shiftQuotes(text: string): string {
  const outside = text.replace(/["\u201c\u201d][^"\u201c\u201d]*["\u201c\u201d]/g, ' ');
  if (outside.length === text.length || !/\b(?:he|she|they|his|her|pupil|student|child|son|daughter|friend|brother|sister|dad|mum|parent|husband|partner|wife|ex|boy|girl|y\d+|year \d+)\b/i.test(outside)) return text;
  return text.replace(/(["\u201c\u201d])([^"\u201c\u201d]*)(["\u201c\u201d])/g, (_m, open: string, inner: string, close: string) =>
    `${open}${inner
      .replace(/\bI['\u2019]?m\b/gi, 'they are')
      .replace(/\bI['\u2019]?ve\b/gi, 'they have')
      .replace(/\bI['\u2019]?ll\b/gi, 'they will')
      .replace(/\bI['\u2019]?d\b/gi, 'they would')
      .replace(/\bmyself\b/gi, 'themselves')
      .replace(/\bmy\b/gi, 'their')
      .replace(/\bme\b/gi, 'them')
      .replace(/\bI\b/gi, 'they')}${close}`,
  );
}

function negated(clause: string, index: number): boolean {
  const before = clause.slice(0, index).split(' ').filter(Boolean).slice(-3);
  if (before.includes('.')) return false;
  const joined = before.join(' ');
  if (/\b(?:not sure|dont know|no idea|not certain)\b/.test(joined)) return false;
  return before.some((t) => NEGATORS.test(t));
}

/** A crisis raised earlier in the conversation, so a follow-up ("who do I ring?") gets the help again. */
export type Earlier = { category: CrisisCategory; about: 'self' | 'other' };

type Options = {
  /** Cue and booster tables: injectable so a test or an experiment can try a different vocabulary. */
  cues?: readonly Cue[];
  /** The crisis raised in the last few turns of this conversation, if any. */
  earlier?: Earlier;
  /** The learned layer (model.ts); null screens with the rules alone, as the training script does to compare. */
  model?: CrisisModel | null;
};

/** Categories about someone else's safety: the model's category decides whose help the reply leads with. */
const ABOUT_OTHER: ReadonlySet<CrisisCategory> = new Set(['third-party', 'abuse-physical', 'abuse-sexual', 'abuse-emotional', 'neglect', 'grooming-exploitation', 'child-missing', 'immediate-danger']);

const FOLLOW_UP =
  /\b(?:who (?:do|should|can|would) (?:i|we) (?:ring|call|phone|contact|tell|speak to|report (?:it |this )?to|go to)|what (?:do|should|can|would) (?:i|we) do|what now|what next|next steps?|(?:deal|dealing) with (?:this|that|it)|(?:this|that|it) first|where do (?:i|we) (?:go|report|start)|how do (?:i|we) (?:report|refer|get help|tell)|is (?:that|this) (?:normal|safe|ok|okay|right|serious)|help me|please help|what happens now|do (?:i|we) (?:call|ring|report|tell)|should (?:i|we) (?:call|ring|report|tell|wait))\b/;

/** A message as the screener hears it: its clauses, with idioms set aside, normalised for the cues and the model. */
export type Heard = { original: string[]; plain: { text: string; found: string[] }[]; normalised: string[]; idioms: string[] };

export function hear(message: string): Heard {
  const original = splitClauses(message).filter((c) => c.trim());
  const idioms: string[] = [];
  const plain = original.map((c) => removeIdioms(c));
  // Quoted words are screened as the quoted person's; the punctuation, and so the clauses, stay the same.
  let heard = plain;
  if (/["\u201c\u201d]/.test(message)) {
    const shifted = splitClauses(shiftQuotes(message)).filter((c) => c.trim());
    heard = shifted.length === original.length ? shifted.map((c) => removeIdioms(c)) : plain;
  }
  const normalised = heard.map(({ text, found }) => {
    idioms.push(...found);
    return NEUTRAL_WORDS.replaceInOrder(normalise(text), (m) => (/^burn/.test(m) ? ' burntout ' : ' _ '));
  });
  return { original, plain, normalised, idioms };
}

/** Screen one message. */
export function screen(message: string, options: Options = {}): Screening {
  const cues = options.cues ?? ALL_CUES;
  const { original, plain, normalised, idioms } = hear(message);
  const wholeText = normalised.join(' . ');
  const messageTokens = wholeText.split(' ').filter(Boolean);
  const fired: FiredCue[] = [];
  let lastPerson: Person | undefined;

  // The prefilter rules out, in one pass, the cues and frames whose words are nowhere in the message; then
  // one pass of each remaining cue over the whole message finds the few worth looking for clause by clause.
  const possible = prefilterFor(cues).possible(wholeText);
  const present = cues.filter((cue, i) => possible[i] && (normalised.length <= 1 || cue.re.test(wholeText)));
  const possibleFrames = FRAMES.filter((_, i) => possible[cues.length + i]);
  // A topic frame ("in the book", "on the news", "what is the policy") carries on into the clauses after it,
  // a little weaker: "in the film we watched, the dad hits the boy" is still about the film.
  let carried: typeof FRAMES = [];
  const clauseFrames = normalised.map((clause) => possibleFrames.filter((f) => f.re.test(clause)));
  // A laugh, or a question about procedure, anywhere in the message frames all of it.
  const framing = MESSAGE_FRAMES.filter((f) => f.re.test(wholeText) && !f.cancels?.test(wholeText));
  const covers = (f: { families: Family[] | 'all' }, family: Family) => f.families === 'all' || f.families.includes(family);
  normalised.forEach((clause, ci) => {
    const frames = clauseFrames[ci];
    // History told in the next or last clause ("selfharmed in year 8, three years clear now"), unless this clause says it is happening now.
    const neighbours = [...(clauseFrames[ci - 1] ?? []), ...(clauseFrames[ci + 1] ?? [])].filter((f) => NEIGHBOUR_FRAMES.has(f.id));
    const near = neighbours.length > 0 && HAPPENING_NOW.test(clause) ? [] : neighbours;
    const scaling = [...frames, ...near, ...framing];
    // `told`: someone the writer knows is telling their own mind here, so a topic frame (a film, an article) does not count.
    const factor = (family: Family, told = false) =>
      Math.min(
        scaling.filter((f) => covers(f, family) && !(told && f.id === 'topic')).reduce((m, f) => Math.min(m, f.factor), 1),
        carried.filter((f) => covers(f, family) && !told).reduce((m, f) => Math.min(m, f.factor + CARRY), 1),
      );
    if (STORY.test(clause)) carried = [...carried, ...frames.filter((f) => f.id === 'topic')];
    const hasPerson = namesPerson(clause);
    let unreal: boolean | undefined;
    const noRealPerson = () => (unreal ??= aboutNoRealPerson(normalised, ci));
    for (const cue of present) {
      const m = cue.re.exec(clause);
      if (!m || negated(clause, m.index)) continue;
      if (!m[0].trim()) continue;
      // A second, different match of the same cue ("hiding food … diet pills") adds half again.
      const after = clause.slice(m.index + m[0].length);
      const again = after.length > 3 ? cue.re.exec(after) : null;
      const repeat = again && again[0].trim() && again[0].trim() !== m[0].trim() && !negated(after, again.index) ? 1.5 : 1;
      let person: Person | undefined;
      if (personCue(cue)) person = subjectAt(clause, m.index, m.index + m[0].length) ?? lastPerson;
      if (cue.family === 'distress' && person && person !== 'self') continue;
      const explained = cue.unless !== undefined && cue.unless.test(wholeText);
      const personal = PERSONAL_FAMILIES.has(cue.family);
      const told = personal && knownPersonTellsHarm(normalised, ci, m.index);
      const fictional = personal && !told && noRealPerson();
      const weight = cue.weight * repeat * Math.min(factor(cue.family, told), fictional ? NO_REAL_PERSON : 1) * (cue.needsPerson && !hasPerson ? 0.4 : 1) * (explained ? 0.3 : 1);
      // Someone else's reported words ("my son told me he wants to die") are not the writer's hyperbole ("i want to kill myself lol").
      const toldOfOther = told && person !== undefined && person !== 'self';
      fired.push({ id: cue.id, family: cue.family, category: cue.category, weight, text: m[0].trim(), clause: ci, person, ...(toldOfOther ? { told: true } : {}) });
    }
    for (const v of violence(clause, messageTokens)) {
      const fictional = PERSONAL_FAMILIES.has(v.family) && noRealPerson();
      fired.push({ id: v.id, family: v.family, category: v.category, weight: v.weight * Math.min(factor(v.family), fictional ? NO_REAL_PERSON : 1), text: clause.slice(v.start, v.end).trim(), clause: ci });
    }
    lastPerson = subjectAt(clause, clause.length, clause.length) ?? lastPerson;
  });

  // Family scores: each cue counts once (its strongest match), then boosters for families with real evidence.
  // A cue heard in two clauses ("humiliates me … says I'm disgusting") counts half again.
  const byCue = new Map<string, FiredCue[]>();
  for (const f of fired) {
    const key = `${f.family}:${f.id}`;
    byCue.set(key, [...(byCue.get(key) ?? []), f]);
  }
  const counted = [...byCue.values()]
    .map((fs) => {
      const [first, second] = [...fs].sort((a, b) => b.weight - a.weight);
      return second && second.text !== first.text ? { ...first, weight: Math.min(first.weight * 1.5, first.weight + second.weight / 2) } : first;
    })
    .filter((f) => f.weight > 0.05)
    .sort((a, b) => b.weight - a.weight);
  const scores: Partial<Record<Family, number>> = {};
  for (const f of counted) scores[f.family] = (scores[f.family] ?? 0) + f.weight;
  const whole = normalised.join(' ');
  const boosters: string[] = [];
  for (const family of Object.keys(scores) as Family[]) {
    if (family === 'distress') continue;
    const strongest = counted.find((f) => f.family === family)?.weight ?? 0;
    if (strongest < 0.5) continue;
    let add = 0;
    for (const b of BOOSTERS) {
      if (b.families.includes(family) && b.re.test(whole)) {
        add += b.adds;
        boosters.push(`${family}:${b.id}`);
      }
    }
    scores[family] = (scores[family] ?? 0) + Math.min(add, 0.6);
  }

  const crisisFamilies = (Object.keys(scores) as Family[]).filter((f) => f !== 'distress' && (scores[f] ?? 0) >= CRISIS_SCORE);
  crisisFamilies.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || URGENCY.indexOf(a) - URGENCY.indexOf(b));
  const family = crisisFamilies[0];
  let tier: Tier = 'none';
  let category: Category | undefined;
  let about: 'self' | 'other' = 'self';
  let riskFamilies: Family[] = [];
  if (family) {
    tier = 'crisis';
    const own = counted.filter((f) => f.family === family);
    about = aboutOf(family, own);
    category = categoryOf(family, own, about);
    riskFamilies = (Object.keys(scores) as Family[]).filter((f) => f !== 'distress');
  } else if ((scores.distress ?? 0) >= 1 || (scores.suicide ?? 0) >= DISTRESS_SCORE || (scores['self-injury'] ?? 0) >= DISTRESS_SCORE + 0.2) {
    tier = 'distress';
    category = 'distress';
    riskFamilies = ['distress', 'suicide', 'self-injury'];
  }

  // The learned layer hears phrasings no cue was written for; when it reads the rules' screening too, it may
  // overrule a rule crisis it scores very low (then distress: support offered gently, not alarm).
  const model = options.model === undefined ? crisisModel() : options.model;
  if (model && (tier !== 'crisis' || model.veto > 0)) {
    const rules: RuleView = { tier, scores, cues: counted, boosters, idioms };
    const verdict = model.judge(normalised, rules);
    const why = () => verdict.top.map((c) => describeFeature(c.feature)).join(' + ');
    if (verdict.crisis && tier !== 'crisis') {
      tier = 'crisis';
      category = verdict.category;
      about = ABOUT_OTHER.has(verdict.category) ? 'other' : 'self';
      counted.unshift({ id: 'model', family: familyOf(verdict.category), category, weight: verdict.p, text: `model ${verdict.p.toFixed(2)}: ${why()}`, clause: -1 });
      riskFamilies = [familyOf(verdict.category)];
    } else if (
      tier === 'crisis' &&
      modelOverrules(model, verdict.p, saysSerious(normalised, counted), () => scoreWithoutPlainQuestions(model, { normalised, plain }, counted, rules))
    ) {
      tier = 'distress';
      category = 'distress';
      counted.unshift({ id: 'model-overruled', family: 'distress', weight: verdict.p, text: `model ${verdict.p.toFixed(3)} is below ${model.veto}: ${why() || '-'}`, clause: -1 });
    }
  }

  if (tier !== 'crisis' && options.earlier && FOLLOW_UP.test(wholeText)) {
    tier = 'crisis';
    category = options.earlier.category;
    about = options.earlier.about;
    counted.unshift({ id: 'follow-up', family: familyOf(category), category, weight: 1, text: FOLLOW_UP.exec(wholeText)![0], clause: 0 });
    riskFamilies = [familyOf(category)];
  }

  const riskClauses = new Set(counted.filter((f) => riskFamilies.includes(f.family)).map((f) => f.clause));
  const kept = original.map((c, i) => {
    if (riskClauses.has(i)) return keepQuestion(c, counted.filter((f) => f.clause === i));
    const { text } = plain[i];
    // After a crisis only what asks something is answered, not the rest of the story ("she won't stop crying").
    if (tier === 'crisis' && !asks(text)) return '';
    return text;
  });
  const rest = (kept.some((c) => c.trim()) ? kept : original.map((c, i) => (riskClauses.has(i) ? '' : plain[i].text)))
    .filter((c) => c.trim())
    .join(' ');
  return { tier, category, about, scores, cues: counted, boosters, idioms, rest };
}

/** The model's score for the message without its plain questions (see withoutPlainQuestions); undefined when it has none. */
function scoreWithoutPlainQuestions(model: CrisisModel, heard: Pick<Heard, 'normalised' | 'plain'>, cues: readonly FiredCue[], rules: RuleView): number | undefined {
  const kept = withoutPlainQuestions(heard, cues);
  return kept && model.judge(kept, rules).p;
}

/**
 * The message's clauses without those that only ask an ordinary question (no cue fired in them), for the model's veto;
 * undefined when no clause is such a question, or every clause is. Shared with the trainer, so its veto is chosen on it.
 */
export function withoutPlainQuestions(heard: Pick<Heard, 'normalised' | 'plain'>, cues: readonly { clause: number }[]): string[] | undefined {
  const withCue = new Set(cues.map((c) => c.clause));
  const kept = heard.normalised.filter((_, i) => withCue.has(i) || !asks(heard.plain[i].text));
  return kept.length === heard.normalised.length || kept.length === 0 ? undefined : kept;
}

/** Does a clause ask something or ask for something? */
export function asks(text: string): boolean {
  return /\?|\b(?:what|how|where|when|who|which|why|is there|are there|can (?:i|we|you|someone|they)|could (?:i|we|you)|does|do (?:i|we|you|they)|should|tell me|need|looking for|want to know|help with|apply|information|info|support for|advice|explain|is it|are they|will (?:i|they|it))\b/i.test(text);
}

/** A disclosure clause that is also a question keeps its question words, with the cue words set aside. */
function keepQuestion(clause: string, cues: FiredCue[]): string {
  if (!/\?\s*$/.test(clause) && !/^\s*(?:what|how|where|when|who|which|is there|are there|can|could|does|do|should)\b/i.test(clause)) return '';
  if (cues.some((c) => c.id === 'method-question' || c.id === 'method')) return '';
  const drop = new Set(cues.flatMap((c) => c.text.split(' ')));
  const kept = removeIdioms(clause)
    .text.split(/\s+/)
    .filter((w) => !drop.has(normalise(w).trim()));
  return kept.length >= 3 ? kept.join(' ') : '';
}

function familyOf(category: CrisisCategory): Family {
  if (LADDER.includes(category) || category === 'method-seeking' || category === 'third-party') return 'suicide';
  const families: Partial<Record<CrisisCategory, Family>> = {
    'self-injury': 'self-injury',
    'eating-disorder': 'eating',
    'domestic-abuse': 'domestic',
    'grooming-exploitation': 'online',
    'child-missing': 'missing',
    'immediate-danger': 'danger',
    'dependant-at-risk': 'dependant',
  };
  return families[category] ?? 'abuse';
}

function aboutOf(family: Family, own: FiredCue[]): 'self' | 'other' {
  if (family === 'dependant') return 'self';
  if (family === 'suicide' || family === 'self-injury' || family === 'eating') {
    const self = own.filter((f) => f.person === undefined || f.person === 'self').reduce((s, f) => s + f.weight, 0);
    const other = own.filter((f) => f.person !== undefined && f.person !== 'self').reduce((s, f) => s + f.weight, 0);
    return other > self ? 'other' : 'self';
  }
  return 'other';
}

function categoryOf(family: Family, own: FiredCue[], about: 'self' | 'other'): CrisisCategory {
  switch (family) {
    case 'suicide': {
      if (about === 'other') return 'third-party';
      const strong = own.filter((f) => f.weight >= 0.5 && f.category);
      if (strong[0]?.category === 'method-seeking') return 'method-seeking';
      const rungs = strong.map((f) => LADDER.indexOf(f.category!)).filter((r) => r >= 0);
      return rungs.length ? LADDER[Math.max(...rungs)] : 'passive-ideation';
    }
    case 'self-injury':
      return 'self-injury';
    case 'eating':
      return 'eating-disorder';
    case 'domestic':
      return 'domestic-abuse';
    case 'online':
      return 'grooming-exploitation';
    case 'missing':
      return 'child-missing';
    case 'danger':
      return 'immediate-danger';
    case 'dependant':
      return 'dependant-at-risk';
    default:
      return own[0]?.category ?? 'abuse-physical';
  }
}
