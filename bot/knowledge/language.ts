import { francAll } from 'franc-min';
import { wordRank } from './understanding/common-words';

/** SUBTLEX rank within which a word is everyday English. */
const EVERYDAY_ENGLISH = 20000;

/**
 * Which language a message is written in, when it is clearly not English. Short messages are
 * hard for any detector, so a language is named only with enough evidence: for scripts other
 * than Latin, enough letters in one script (Gujarati, Gurmukhi and Bengali each belong to one
 * language; Arabic script is told apart by letters Urdu uses and Arabic does not); for Latin
 * script, enough words and a trigram model (franc-min) that puts English well behind. English
 * with a few words from another language ("my son goes to madrasa") stays English.
 *
 * Returns an ISO 639-3 code (`pol`, `urd`…), `other` for a language the bot has no reply for,
 * or undefined for English or "cannot tell".
 */
export function detectLanguage(text: string): string | undefined {
  // Acronyms (SENCo, EHCP, E3) and links say nothing about the language around them.
  const cleaned = text
    .replace(/https?:\/\/\S+|\S+@\S+/g, ' ')
    .replace(/\b[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9]*\b/g, ' ')
    .replace(/\b[A-Z]{2,}\b/g, ' ');
  const letters = [...cleaned.matchAll(/\p{L}/gu)].length;
  if (letters < MIN_SCRIPT_LETTERS) return undefined;

  const script = dominantScript(cleaned, letters);
  if (script && script !== 'Latin') return fromScript(script, cleaned);
  if (script !== 'Latin') return undefined;
  return fromLatin(cleaned, letters);
}

/** Fewest letters of a non-Latin script for a message to count as written in it. */
const MIN_SCRIPT_LETTERS = 3;
/** Latin script carries no language by itself: a trigram model needs words to go on. */
const MIN_LATIN_LETTERS = 14;
const MIN_LATIN_WORDS = 3;
/** How close to the best guess English may score before the message is taken as English. */
const ENGLISH_MARGIN = 0.85;
/** For languages we have no reply for, a message must be longer and English further behind. */
const OTHER_MIN_WORDS = 5;
const OTHER_ENGLISH_MARGIN = 0.75;

const SCRIPTS = ['Latin', 'Arabic', 'Gujarati', 'Gurmukhi', 'Bengali', 'Devanagari', 'Cyrillic', 'Greek', 'Han', 'Hangul', 'Hiragana', 'Katakana', 'Thai', 'Tamil', 'Telugu', 'Hebrew', 'Ethiopic', 'Armenian', 'Georgian', 'Sinhala', 'Malayalam', 'Kannada', 'Myanmar', 'Khmer'] as const;
type Script = (typeof SCRIPTS)[number];
const scriptPatterns = SCRIPTS.map((s) => ({ script: s, re: new RegExp(`\\p{Script=${s}}`, 'gu') }));

/** The script at least half the letters are in, if any. */
function dominantScript(text: string, letters: number): Script | undefined {
  let best: { script: Script; count: number } | undefined;
  for (const { script, re } of scriptPatterns) {
    const count = text.match(re)?.length ?? 0;
    if (count > (best?.count ?? 0)) best = { script, count };
  }
  if (!best || best.count * 2 < letters) return undefined;
  if (best.script !== 'Latin' && best.count < MIN_SCRIPT_LETTERS) return undefined;
  return best.script;
}

const oneLanguageScripts: Partial<Record<Script, string>> = { Gujarati: 'guj', Gurmukhi: 'pan', Bengali: 'ben' };

/** Letters of Urdu's alphabet that Arabic does not use, and the reverse. */
const URDU_ONLY = /[\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2\u06CC\u06AF\u067E\u0686]/u;
const ARABIC_ONLY = /[\u0629\u0643\u064A\u0649]/u;

function fromScript(script: Script, text: string): string {
  const single = oneLanguageScripts[script];
  if (single) return single;
  if (script !== 'Arabic') return 'other';
  const urdu = URDU_ONLY.test(text);
  const arabic = ARABIC_ONLY.test(text);
  if (urdu && !arabic) return 'urd';
  if (arabic && !urdu) return 'arb';
  // Both or neither: let the trigram model choose among the Arabic-script languages it knows.
  const [best] = francAll(text, { only: ['urd', 'arb', 'pes'], minLength: 1 });
  return best && best[0] !== 'und' && best[0] !== 'pes' ? best[0] : 'other';
}

/** Latin-script languages the bot has a reply for. */
const LATIN_REPLIES = new Set(['pol', 'som']);

/**
 * Little words nearly every English sentence has, however it is spelt otherwise: a message
 * with several of them is English, whatever a trigram model makes of "pls hlp my kid skool".
 */
const ENGLISH_WORDS = new Set(
  'a an the and or but if so to of in on at for from with by about my our his her their your its i me we he she it they you is are was were be been am do does did has have had can could will would should may might not no yes what when where who why how which this that there here please help thanks thank'.split(' '),
);

/** Letters Polish has and English never uses: two words with them are evidence enough. */
const POLISH_LETTERS = /[ąćęłńśźż]/iu;

function fromLatin(text: string, letters: number): string | undefined {
  const words = text.toLowerCase().split(/[^\p{L}']+/u).filter((w) => w.length > 0);
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  // One English little word in five is English with a few borrowed words, not another language.
  if (english * 5 > words.length) return undefined;
  // Shorthand with no little words ("emergency top-up queries email") is still English when
  // nearly every word is an everyday English one.
  const everyday = words.filter((w) => (wordRank(w) ?? Infinity) <= EVERYDAY_ENGLISH).length;
  if (everyday * 5 >= words.length * 4) return undefined;
  const polishLetters = POLISH_LETTERS.test(text);
  if (!(polishLetters && words.length >= 2) && (letters < MIN_LATIN_LETTERS || words.length < MIN_LATIN_WORDS)) return undefined;
  const ranked = francAll(text, { minLength: 1 });
  const [top] = ranked;
  if (!top || top[0] === 'und' || top[0] === 'eng') return undefined;
  const englishScore = ranked.find(([code]) => code === 'eng')?.[1] ?? 0;
  if (LATIN_REPLIES.has(top[0])) return englishScore < ENGLISH_MARGIN ? top[0] : undefined;
  return english === 0 && words.length >= OTHER_MIN_WORDS && englishScore < OTHER_ENGLISH_MARGIN ? 'other' : undefined;
}
