/**
 * A cheap test that rules most cue patterns out before any of them runs. Every pattern is read
 * once, at start-up, for the literal words any match of it must contain ("kill", "overdos",
 * "not breathing"); one pass over the message (Aho-Corasick) finds which of those words occur,
 * and a pattern whose words are absent cannot match, so it is skipped. Most messages are SEND
 * questions that hold none of a cue's words, so most of the ~130 patterns never run.
 *
 * Why it matters: V8 stops optimising regular expressions once a process has compiled a lot of
 * code (its TooMuchRegExpCode heuristic: over 1 MB of regexp code and 16 MB of executable
 * memory). The server passes that while it builds the search index, so the screener's patterns,
 * compiled lazily afterwards, run unoptimised and several times slower; `npm run bench` sees it.
 *
 * The filter only ever says "cannot match" when that is certain: anything in a pattern it does
 * not understand counts as "may match", so a pattern is never wrongly skipped. Case-insensitive
 * patterns (the idioms) are read in lower case and checked against the text case-folded.
 */

import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** What a part of a pattern matches: every string exactly, if few; else clauses, each a set of strings one of which any match contains. */
type Info = { exact: Set<string> | null; clauses: Set<string>[] };

/** Larger exact sets are cut down to clauses, so start-up stays quick and the word lists small. */
const MAX_EXACT = 24;
/** A group of alternatives stays exact up to this many strings, so the spaces around it still join it (" hit "). */
const MAX_UNION = 64;
/** A clause whose shortest string is shorter than this ("a", "i ") is met by nearly every message: not worth keeping. */
const MIN_LENGTH = 3;
/** Longer strings are cut to their start: a text holding the whole holds the start, and the table stays small. */
const MAX_LENGTH = 8;
/** The most selective clauses kept per alternative: more would add words to scan for and rule out little more. */
const MAX_CLAUSES = 3;

const ANYTHING: Info = { exact: null, clauses: [] };
const EMPTY: Info = { exact: new Set(['']), clauses: [] };

/** A clause's strings, minus any that contain another (a text holding "killed" holds "kill"). */
function minimal(strings: Set<string>): Set<string> {
  const sorted = [...new Set([...strings].map((s) => s.slice(0, MAX_LENGTH)))].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return new Set(kept);
}

const shortest = (clause: Set<string>) => Math.min(...[...clause].map((s) => s.length));

/** Better clauses first: longer shortest string, then fewer strings. */
const byStrength = (a: Set<string>, b: Set<string>) => shortest(b) - shortest(a) || a.size - b.size;

/** The clause an exact set amounts to: nothing when it can match the empty string. */
function clauseOf(exact: Set<string>): Set<string> | null {
  if (exact.has('')) return null;
  return minimal(exact);
}

function clausesOf(info: Info): Set<string>[] {
  if (info.exact) {
    const c = clauseOf(info.exact);
    return c ? [c] : [];
  }
  return info.clauses;
}

function product(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** The strings' endings, as long as there can be while `times` of them stay within MAX_EXACT. */
function suffixes(run: Set<string>, times: number): Set<string> {
  for (let k = Math.max(...[...run].map((s) => s.length)); k > 0; k--) {
    const ends = new Set([...run].map((s) => s.slice(-k)));
    if (ends.size * times <= MAX_EXACT) return ends;
  }
  return new Set(['']);
}

/** A sequence of parts: exact runs multiply out while small; any other part adds its clauses. */
function sequence(parts: Info[]): Info {
  let run = new Set(['']);
  let exactSoFar = true;
  const clauses: Set<string>[] = [];
  const flush = () => {
    const c = clauseOf(run);
    if (c) clauses.push(c);
  };
  for (const p of parts) {
    if (p.exact) {
      if (run.size > 1 && run.size * p.exact.size > MAX_EXACT) {
        // Too many to multiply out: keep the run as a clause, then carry on from only its last few
        // characters ("a the " -> " "), so a short word after it ("tv") still gets some context (" tv").
        flush();
        exactSoFar = false;
        run = suffixes(run, p.exact.size);
      }
      run = product(run, p.exact);
    } else {
      flush();
      clauses.push(...p.clauses);
      run = new Set(['']);
      exactSoFar = false;
    }
  }
  if (exactSoFar) return { exact: run, clauses: [] };
  flush();
  return { exact: null, clauses };
}

/** Alternatives inside a group: exact if all are and few; else one clause, each alternative's best clause joined. */
function either(alternatives: Info[]): Info {
  if (alternatives.every((a) => a.exact)) {
    const all = new Set<string>();
    for (const a of alternatives) for (const s of a.exact!) all.add(s);
    if (all.size <= MAX_UNION) return { exact: all, clauses: [] };
  }
  const joined = new Set<string>();
  for (const a of alternatives) {
    const best = [...clausesOf(a)].sort(byStrength)[0];
    if (!best) return ANYTHING;
    for (const s of best) joined.add(s);
  }
  return { exact: null, clauses: [minimal(joined)] };
}

function repeat(p: Info, min: number, max: number): Info {
  if (min === 0) return max === 1 && p.exact ? { exact: new Set([...p.exact, '']), clauses: [] } : ANYTHING;
  if (p.exact && min === max && p.exact.size ** min <= MAX_EXACT) {
    let out = new Set(['']);
    for (let i = 0; i < min; i++) out = product(out, p.exact);
    return { exact: out, clauses: [] };
  }
  return { exact: null, clauses: clausesOf(p) };
}

/**
 * Text as a case-insensitive pattern sees it, for the filter: lower case, and the two characters
 * that match an ASCII letter under /iu without lowering to it (long s, and the Kelvin sign, which lowers to k).
 */
export function caseFold(text: string): string {
  return text.toLowerCase().replace(/\u017f/g, 's');
}

/**
 * What a pattern's syntax tree matches, read bottom-up. The tree comes from regexpp (the parser
 * ESLint uses), so every valid pattern is read the way the engine reads it.
 */
class Reader {
  /** Reading for case-folded text: literals in lower case; a cased letter beyond ASCII could be anything. */
  constructor(private readonly caseless: boolean) {}

  private literal(c: string): Info {
    if (!this.caseless) return { exact: new Set([c]), clauses: [] };
    if (c.charCodeAt(0) < 128) return { exact: new Set([c.toLowerCase()]), clauses: [] };
    return c.toLowerCase() === c && c.toUpperCase() === c ? { exact: new Set([c]), clauses: [] } : ANYTHING;
  }

  alternative(alt: AST.Alternative): Info {
    return sequence(alt.elements.map((e) => this.element(e)));
  }

  private element(e: AST.Element): Info {
    switch (e.type) {
      case 'Character':
        return this.literal(String.fromCodePoint(e.value));
      case 'Group':
      case 'CapturingGroup':
        return either(e.alternatives.map((a) => this.alternative(a)));
      case 'Quantifier':
        return repeat(this.element(e.element), e.min, e.max);
      case 'CharacterClass':
        return e.unicodeSets ? ANYTHING : this.characterClass(e);
      // A lookaround or boundary consumes nothing; leaving its condition out only lets more through.
      case 'Assertion':
        return EMPTY;
      // \d, \w, \p{L}, ".", a back-reference, a set expression: one of many.
      default:
        return ANYTHING;
    }
  }

  /** A small class ([89], [2-9]) is its characters; a negated or large one could be anything. */
  private characterClass(c: AST.ClassRangesCharacterClass): Info {
    if (c.negate) return ANYTHING;
    const chars = new Set<string>();
    for (const member of c.elements) {
      if (member.type === 'Character') chars.add(String.fromCodePoint(member.value));
      else if (member.type === 'CharacterClassRange' && member.max.value - member.min.value <= 10) {
        for (let x = member.min.value; x <= member.max.value; x++) chars.add(String.fromCodePoint(x));
      } else return ANYTHING;
    }
    return either([...chars].map((ch) => this.literal(ch)));
  }
}

const parser = new RegExpParser();

/**
 * What any match of a pattern must contain, as alternatives (one for each top-level `|`), each
 * a list of clauses that must all hold, each clause a set of strings of which the text holds
 * at least one. Null when there is no such condition (or the flags are ones this filter does not read).
 */
export function requirements(re: RegExp, caseless = false): Set<string>[][] | null {
  if ((re.flags.includes('i') && !caseless) || re.flags.includes('v')) return null;
  const reader = new Reader(caseless);
  const alts = parser.parsePattern(re.source, 0, re.source.length, { unicode: re.flags.includes('u') }).alternatives.map((a) => reader.alternative(a));
  const out: Set<string>[][] = [];
  for (const a of alts) {
    const clauses = clausesOf(a)
      .filter((c) => shortest(c) >= MIN_LENGTH)
      .sort(byStrength)
      .slice(0, MAX_CLAUSES);
    if (!clauses.length) return null;
    out.push(clauses);
  }
  return out;
}

/** Aho-Corasick over every string of every clause, as a dense table over the characters they use. */
class Automaton {
  /** Character code (below 128) to symbol; 0 is any character no string uses. */
  private readonly ascii = new Uint8Array(128);
  private readonly other = new Map<number, number>();
  private readonly width: number;
  /** The transition table, 16-bit when the states allow: half the memory is fewer cache misses per character. */
  private readonly next: Uint16Array | Int32Array;
  /** The clauses met on reaching each state (through its suffix links too): metIds[metAt[s] .. metAt[s + 1]). */
  private readonly metAt: Int32Array;
  private readonly metIds: Int32Array;
  readonly states: number;

  constructor(clauses: readonly Set<string>[]) {
    let symbols = 0;
    const symbol = (code: number) => {
      if (code < 128) return this.ascii[code] || (this.ascii[code] = ++symbols);
      let s = this.other.get(code);
      if (s === undefined) this.other.set(code, (s = ++symbols));
      return s;
    };
    // The trie, sparse while it is built.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    clauses.forEach((clause, id) => {
      for (const str of clause) {
        let state = 0;
        for (let k = 0; k < str.length; k++) {
          const sym = symbol(str.charCodeAt(k));
          let to = children[state].get(sym);
          if (to === undefined) {
            to = children.length;
            children[state].set(sym, to);
            children.push(new Map());
            ends.push([]);
          }
          state = to;
        }
        ends[state].push(id);
      }
    });
    const width = symbols + 1;
    const next = new Int32Array(children.length * width);
    const met: number[][] = ends.map((e) => [...new Set(e)]);
    const fail = new Int32Array(children.length);
    // Breadth first, so a state's failure link is complete before the state: its row starts as a copy of that link's row.
    const queue = [0];
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q];
      if (state !== 0) next.copyWithin(state * width, fail[state] * width, fail[state] * width + width);
      for (const [sym, to] of children[state]) {
        fail[to] = state === 0 ? 0 : next[fail[state] * width + sym];
        if (met[fail[to]].length) met[to] = [...new Set([...met[to], ...met[fail[to]]])];
        next[state * width + sym] = to;
        queue.push(to);
      }
    }
    this.width = width;
    this.next = children.length <= 0xffff ? Uint16Array.from(next) : next;
    this.metAt = new Int32Array(children.length + 1);
    met.forEach((ids, state) => (this.metAt[state + 1] = this.metAt[state] + ids.length));
    this.metIds = Int32Array.from(met.flat());
    this.states = children.length;
  }

  /** Which clauses the text meets, as flags by clause id. */
  scan(text: string, clauseCount: number): Uint8Array {
    const found = new Uint8Array(clauseCount);
    const { next, width, ascii, other, metAt, metIds } = this;
    let state = 0;
    for (let k = 0; k < text.length; k++) {
      const code = text.charCodeAt(k);
      state = next[state * width + (code < 128 ? ascii[code] : (other.get(code) ?? 0))];
      for (let j = metAt[state], end = metAt[state + 1]; j < end; j++) found[metIds[j]] = 1;
    }
    return found;
  }
}

/** Patterns, with what each needs to have any chance of matching. */
export class Prefilter {
  /** Per pattern: null (always try it), or alternatives of clause ids. */
  private readonly needs: (number[][] | null)[];
  private readonly clauseCount: number;
  private readonly automaton: Automaton;
  /** Does the text need case-folding first (some pattern ignores case)? */
  private readonly caseless: boolean;

  constructor(private readonly patterns: readonly RegExp[]) {
    this.caseless = patterns.some((re) => re.flags.includes('i'));
    const ids = new Map<string, number>();
    const clauses: Set<string>[] = [];
    this.needs = patterns.map((re) => {
      const r = requirements(re, this.caseless);
      return (
        r?.map((alt) =>
          alt.map((clause) => {
            const key = [...clause].sort().join('\u0000');
            let id = ids.get(key);
            if (id === undefined) {
              id = clauses.length;
              ids.set(key, id);
              clauses.push(clause);
            }
            return id;
          }),
        ) ?? null
      );
    });
    this.clauseCount = clauses.length;
    this.automaton = new Automaton(clauses);
  }

  /** For each pattern, false only when it certainly cannot match anywhere in `text`. */
  possible(text: string): boolean[] {
    const found = this.automaton.scan(this.caseless ? caseFold(text) : text, this.clauseCount);
    // Plain loops, no callbacks: this runs for every pattern on every message.
    const out = new Array<boolean>(this.needs.length);
    for (let p = 0; p < this.needs.length; p++) {
      const alts = this.needs[p];
      let ok = alts === null;
      for (let a = 0; !ok && a < alts!.length; a++) {
        const alt = alts![a];
        let all = true;
        for (let c = 0; all && c < alt.length; c++) all = found[alt[c]] === 1;
        ok = all;
      }
      out[p] = ok;
    }
    return out;
  }

  /**
   * Each pattern's matches replaced, pattern by pattern in order, trying only the patterns that may
   * match. Once one has changed the text every later one is tried, because the filter read the text
   * before the change.
   */
  replaceInOrder(text: string, replacement: (match: string) => string): string {
    const possible = this.possible(text);
    let out = text;
    let changed = false;
    this.patterns.forEach((re, i) => {
      if (!changed && !possible[i]) return;
      out = out.replace(re, (m) => {
        changed = true;
        return replacement(m);
      });
    });
    return out;
  }

  /** How many patterns the filter can rule out at all (the rest are always tried). */
  get filterable(): number {
    return this.needs.filter((n) => n !== null).length;
  }

  get states(): number {
    return this.automaton.states;
  }
}
