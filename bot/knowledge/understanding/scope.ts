import lunr from 'lunr';
import type { Glossary } from '../glossary';
import type { Item } from '../schema';
import type { Resolved } from '../search';
import { isQuestionStopWord, stem, words } from '../text';
import { wordRank } from './common-words';
import { profileOf } from './profile';
import type { Understanding } from './understand';

/**
 * Out-of-scope look-alikes: "how do I apply for free school meals?" scores well against a
 * table of figures that mentions free school meals, and "30 hours free childcare" against an
 * early-years fund whose drop-in ends at 11:30. Search ranks by shared words; this asks whether
 * the chosen item covers the thing the question names, read as phrases, not words. Pure.
 */

/** One idea in a question's phrase: a glossary term (any of its names) or one word (and its spelling correction). */
type Unit = { label: string; names: string[][]; term: boolean };

const isLunrStopWord = (w: string) => lunr.stopWordFilter(new lunr.Token(w, {})) === undefined;
const isNoise = (w: string) => isQuestionStopWord(w) || isLunrStopWord(w) || (w.length === 1 && !/[0-9]/.test(w));

/** Places, years and months qualify what is asked ("in the city", "2026/27", "in February"); they are not the thing asked about. */
const QUALIFIER = /^(?:leicester|leicestershire|leics|city|county|rutland|llr|uk|england|(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
/** Words for the form an answer takes ("the actual numbers", "the figures"), not for what it is about. */
const ANSWER_FORM = /^(?:numbers?|figures?|stats?|statistics|data|percentages?|amounts?|totals?|details?|facts?|info)$/;
/** A school year or an age ("year 11s", "aged 4"): said of the child, not the name of a thing. */
const AGE_WORD = /^(?:year|years|yr|yrs|y|aged?|ages)$/;

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The runs of adjacent content words in a question (its noun phrases), glossary terms as one unit. */
export function phrasesOf(text: string, glossary: Glossary, spelt: ReadonlyMap<string, readonly string[]> = new Map()): Unit[][] {
  const tokens = words(text);
  const matches = glossary.find(tokens);
  const runs: Unit[][] = [];
  let run: Unit[] = [];
  const end = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  let m = 0;
  for (let i = 0; i < tokens.length; ) {
    const match = matches[m];
    if (match && match.start === i) {
      m += 1;
      const typed = tokens.slice(i, i + match.length);
      i += match.length;
      const names = [match.entry.term, ...match.entry.synonyms, match.entry.expansion, typed.join(' ')]
        .map((n) => words(n).filter((w) => !isNoise(w)).map(stem))
        .filter((n) => n.length > 0);
      run.push({ label: typed.join(' '), names, term: true });
      continue;
    }
    const w = tokens[i];
    i += 1;
    // "2026/27": the second half of a year range is part of the year.
    const afterYear = /^\d\d$/.test(w) && /^(?:19|20)\d\d$/.test(tokens[i - 2] ?? '');
    const ofChild = /^\d+s?$/.test(w) && AGE_WORD.test(tokens[i - 2] ?? '');
    if (isNoise(w) || QUALIFIER.test(w) || ANSWER_FORM.test(w) || afterYear || ofChild) {
      end();
      continue;
    }
    // A word the search corrected ("elemnt") also stands for what it was corrected to, and a
    // small number for its word ("4 criteria" is "four criteria").
    const spelled = NUMBER_WORDS[Number(w)] && /^\d+$/.test(w) ? [[stem(NUMBER_WORDS[Number(w)])]] : [];
    run.push({ label: w, names: [[stem(w)], ...spelled, ...(spelt.get(w) ?? []).map((t) => [t])], term: false });
  }
  end();
  return runs;
}

/** An item's text as content-word stems, one list per field so words from different fields are never "together". */
function itemPassages(item: Item): string[][] {
  const texts = [item.title, item.summary, ...item.tags.map(String), ...item.questions, ...item.body.split(/\n{2,}|\n(?=\s*[-*\d])/)];
  if (item.kind === 'form') texts.push(item.who_can_use, ...item.eligibility, item.how_to_submit, item.turnaround ?? '', item.talk_to_first ?? '');
  return texts.map((t) => words(t).filter((w) => !isNoise(w)).map(stem)).filter((p) => p.length > 0);
}

/** Where in a passage a unit appears: each position of any of its names (a name's words in a row). */
function positions(unit: Unit, passage: string[]): number[] {
  const out: number[] = [];
  for (const name of unit.names) {
    for (let i = 0; i + name.length <= passage.length; i++) {
      if (name.every((s, j) => passage[i + j] === s)) out.push(i);
    }
  }
  return out;
}

/** Whether the units all appear close together (within `slack` extra words) in one passage. */
function together(units: readonly Unit[], passages: readonly string[][], slack = 1): boolean {
  for (const p of passages) {
    const pos = units.map((u) => positions(u, p));
    if (pos.some((x) => x.length === 0)) continue;
    // Any start point: every unit found within the window that follows or precedes it.
    const width = units.length + slack + units.reduce((n, u) => n + Math.max(...u.names.map((x) => x.length)) - 1, 0);
    for (const start of pos[0]) {
      if (pos.every((x) => x.some((q) => Math.abs(q - start) < width))) return true;
    }
  }
  return false;
}

export type ScopeVerdict = { covered: true } | { covered: false; rule: string; phrase: string };

const isNumber = (u: Unit) => !u.term && /^\d+$/.test(u.names[0][0]);

/** Words that say what something costs. */
const PRICE = /£|\b(?:costs?|charges?|charged|fees?|prices?|free|pay|paid|payment|no cost|fully funded|funded by|(?:open|available) to (?:all|anyone|everyone))\b/i;
/** Words that say how to get or ask for something. */
const ROUTE = /\b(?:apply|applies|applying|application|refer|referral|referrals|self-refer|form|forms|submit|request|register|sign up|book|booking|contact|email|phone|call|ring|ask (?:your|their|the|for|a|an)|talk to|speak to|get involved|take part|join)\b/i;

/** "How much is a…", "what does it cost": asking a price, whatever the type says. */
const ASKS_PRICE = /\bhow much (?:is|are|does|do|would|will|did)\b|\b(?:costs?|price|fees?|charges?)\b/i;

/** "How do I claim…", "can we apply for…": asking how to get something, whatever the type says. */
const ASKS_ROUTE = /\b(?:how (?:do|can|could|would|should) (?:i|we|you|parents)|can (?:i|we)|where (?:do|can) (?:i|we)) (?:apply|claim|qualify|sign up|register|enrol|enroll)\b/i;

const itemText = (item: Item) => [item.title, item.summary, item.body, ...(item.kind === 'form' ? [item.how_to_submit, item.who_can_use] : [])].join('\n');
const offersRoute = (item: Item) => item.kind !== 'article' || Boolean(item.contact) || item.links.length > 0 || ROUTE.test(itemText(item));

/** A glossary term, a number, or a word rarer than everyday English: a name for something. */
const isSpecific = (u: Unit) => u.term || /\d/.test(u.label) || (wordRank(u.label) ?? Infinity) > SPECIFIC_RANK;
const SPECIFIC_RANK = 3000;
/** Words this common ("back", "working", "room") say how, not what. */
const EVERYDAY_RANK = 500;

/** A word that names a thing rather than saying how ("term", "meals"; not "back", "working"). */
const isNaming = (u: Unit) => isSpecific(u) || (wordRank(u.label) ?? Infinity) > EVERYDAY_RANK;

/**
 * A place named as where something is ("in Derby", "Coventry council") that is outside LLR, if
 * any, with the body it was named with ("council", "local offer"): "Derby City Council" is not
 * covered by an item that only mentions the University of Derby.
 */
function elsewhere(topic: string, glossary: Glossary): { place: string; body?: string } | undefined {
  const t = words(topic).join(' ');
  // "in X" only where X ends the phrase ("the wait in Lincolnshire"), not "in multiagency panels".
  const named = [...t.matchAll(/\b(?:in|from|near) ([a-z]+)(?= ([a-z]+)|$)|\b([a-z]+) (?:city |county |borough )?(council|county council|city council|borough|local offer|sendiass|iass|local authority|la)\b/g)]
    .filter((m) => m[3] || !m[2] || isNoise(m[2]))
    .map((m) => ({ place: m[1] ?? m[3], body: m[4]?.split(' ').pop() }));
  return named.find(({ place: w }) => !isNoise(w) && !QUALIFIER.test(w) && wordRank(w) === undefined && !glossary.lookup(w) && !profileOf(w).area);
}

/** A place outside LLR that the story says the person lives in or is moving to ("we're moving to Derby"), if any. */
function homeElsewhere(story: string, glossary: Glossary): { place: string; body?: string } | undefined {
  const t = words(story).join(' ');
  const named = [...t.matchAll(/\b(?:moving|move|relocating) (?:to|up to|down to) ([a-z]+)\b|\b(?:live|living|based) in ([a-z]+)\b/g)].map((m) => m[1] ?? m[2]);
  const place = named.find((w) => !isNoise(w) && !QUALIFIER.test(w) && wordRank(w) === undefined && !glossary.lookup(w) && !profileOf(w).area);
  return place ? { place } : undefined;
}

/** Diagnostic form: which rule, if any, says the item does not cover what the question names. */
export function scopeVerdict(item: Item, topic: string, type: string | undefined, glossary: Glossary, spelt?: ReadonlyMap<string, readonly string[]>, story = ''): ScopeVerdict {
  const runs = phrasesOf(topic, glossary, spelt);
  const passages = itemPassages(item);
  const label = (r: readonly Unit[]) => r.map((u) => u.label).join(' ');
  const found = (u: Unit) => together([u], passages, 0);
  for (const run of runs) {
    // N: a number with the word it counts or names ("30 hours", "tier 2") is one name.
    for (let i = 0; i < run.length; i++) {
      if (!isNumber(run[i])) continue;
      // "wait 4 speech therapy", "talk 2 someone": a 2 or 4 between words may be "to" or "for".
      if (/^[24]$/.test(run[i].label) && run[i - 1] && run[i + 1] && !isNumber(run[i - 1]) && !isNumber(run[i + 1])) continue;
      // With the word before it ("element 3") or after it ("30 hours"): either will do.
      const beside = [run[i - 1], run[i + 1]].filter((u): u is Unit => u !== undefined && !isNumber(u));
      if (beside.length && !beside.some((u) => together([run[i], u], passages, 0))) return { covered: false, rule: 'N', phrase: label(run) };
    }
  }
  // P: another council's area ("Coventry council", "in Lincolnshire"): a place that is not an
  // everyday word, not in Leicester, Leicestershire or Rutland, and not in the item.
  // The same when the story puts the person there ("we're moving to Nottingham, who is their EHCP team").
  const where = elsewhere(topic, glossary) ?? homeElsewhere(story, glossary);
  if (where) {
    const place: Unit = { label: where.place, names: [[stem(where.place)]], term: false };
    const there = where.body ? together([place, { label: where.body, names: [[stem(where.body)]], term: false }], passages, 2) : found(place);
    if (!there) return { covered: false, rule: 'P', phrase: where.place };
  }
  // M: the item covers none of the specific things the question names, and most of the naming
  // words of its main phrase appear nowhere in it ("school term dates" to an item on PINS).
  const namesCovered = runs.some((r) => r.some((u) => isSpecific(u) && found(u)));
  if (!namesCovered) {
    const main = [...runs].sort((a, b) => b.length - a.length)[0];
    // Only words that name things count: "stop working" names nothing, "term dates" does.
    const naming = (main ?? []).filter(isNaming);
    const lost = naming.length >= 2 && naming.filter((u) => !found(u)).length * 2 > naming.length ? main : undefined;
    if (lost) return { covered: false, rule: 'M', phrase: label(lost) };
  }
  // C: a question about a price, to an article that says nothing about cost. (A session or
  // service that does not say is still the thing asked about: how to use it is an answer.)
  if ((type === 'cost' || ASKS_PRICE.test(topic)) && item.kind === 'article' && !PRICE.test(itemText(item))) return { covered: false, rule: 'C', phrase: topic };
  // R: how to apply, to an item that gives no way to get or ask for anything.
  if ((type === 'apply' || ASKS_ROUTE.test(topic)) && !offersRoute(item)) return { covered: false, rule: 'R', phrase: topic };
  return { covered: true };
}

/**
 * Whether an item covers what the question asks about, not just some of its words: "term
 * dates" is not answered by an item that says "once a term", nor "how do I apply for free
 * school meals" by a table of figures that mentions them.
 */
export function coversQuestion(item: Item, understanding: Pick<Understanding, 'topic' | 'type'> & Partial<Pick<Understanding, 'context'>>, glossary: Glossary, resolved: readonly Resolved[] = []): boolean {
  return scopeVerdict(item, understanding.topic, understanding.type, glossary, spellings(resolved), understanding.context ?? '').covered;
}

/** What the search read each typed word as, when it corrected its spelling. */
function spellings(resolved: readonly Resolved[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of resolved) {
    const corrected = r.terms.filter((t) => t.corrected).map((t) => t.term);
    if (corrected.length && !r.concept.label.includes(' ')) out.set(r.concept.label, corrected);
  }
  return out;
}
