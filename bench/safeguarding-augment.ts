/**
 * Training-time variants of a message (bench only: the shipped screener never sees them), the ways
 * people change the same disclosure or the same look-alike when they type it: the message said
 * inside an ordinary SEND question (before it, after it, between its sentences), and typed in a
 * hurry (no capitals, no punctuation, text-speak, a few slipped letters). A crisis stays a crisis and
 * a look-alike stays benign, so the model is pushed to weigh the idea and not the writer's wrapping,
 * spelling or the SEND words around it. Everything here is generic: no wording of any case is used.
 */

/** Whole-word text-speak, typed forms of ordinary words (the normaliser reads some back; the others stay as typed). */
const SPEAK: ReadonlyArray<readonly [RegExp, string]> = [
  [/\byou\b/gi, 'u'],
  [/\byour\b/gi, 'ur'],
  [/\byou'?re\b/gi, 'ur'],
  [/\bi'?m\b/gi, 'im'],
  [/\bdon'?t\b/gi, 'dont'],
  [/\bcan'?t\b/gi, 'cant'],
  [/\bwon'?t\b/gi, 'wont'],
  [/\bi'?ve\b/gi, 'ive'],
  [/\bbecause\b/gi, 'cos'],
  [/\bplease\b/gi, 'pls'],
  [/\btonight\b/gi, '2nite'],
  [/\btomorrow\b/gi, 'tmrw'],
  [/\bgoing to\b/gi, 'gonna'],
  [/\bwant to\b/gi, 'wanna'],
  [/\bpeople\b/gi, 'ppl'],
  [/\breally\b/gi, 'rly'],
  [/\bthough\b/gi, 'tho'],
  [/\bwith\b/gi, 'wiv'],
  [/\bwhat\b/gi, 'wat'],
  [/\babout\b/gi, 'abt'],
  [/\bsomeone\b/gi, 'some1'],
  [/\band\b/gi, 'n'],
  [/\bknow\b/gi, 'kno'],
  [/\bthanks\b/gi, 'thx'],
];

export type Random = () => number;

const pick = <T>(xs: readonly T[], rnd: Random): T => xs[Math.floor(rnd() * xs.length)];

/** One slipped letter in a word: dropped, doubled, or two neighbours swapped (never the first letter). */
function slip(word: string, rnd: Random): string {
  if (word.length < 4 || !/^\p{L}+$/u.test(word)) return word;
  const i = 1 + Math.floor(rnd() * (word.length - 1));
  const r = rnd();
  if (r < 0.4) return word.slice(0, i) + word.slice(i + 1);
  if (r < 0.6) return word.slice(0, i) + word[i] + word.slice(i);
  if (i < word.length - 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return word.slice(0, i);
}

/** The message as typed in a hurry: each habit applied with some chance, so variants differ. */
export function hurried(text: string, rnd: Random, typoRate = 0.08): string {
  let t = text;
  if (rnd() < 0.7) t = t.toLowerCase();
  if (rnd() < 0.6) t = t.replace(/[\u2018\u2019']/g, '');
  if (rnd() < 0.5) for (const [re, to] of SPEAK) t = t.replace(re, (m) => (rnd() < 0.6 ? to : m));
  if (rnd() < 0.4) t = t.replace(/[.,;:!?]+(\s|$)/g, ' ').replace(/\s+/g, ' ').trim();
  return t
    .split(/(\s+)/)
    .map((w) => (/\s/.test(w) || rnd() >= typoRate ? w : slip(w, rnd)))
    .join('');
}

/** Sentences of a text, kept with their own punctuation. */
const sentences = (text: string) => text.match(/[^.!?]+[.!?]*\s*/g)?.map((s) => s.trim()).filter(Boolean) ?? [text];

/** The message said before, after or between the sentences of an ordinary SEND question. */
export function embedded(text: string, question: string, rnd: Random): string {
  const parts = sentences(question);
  const r = rnd();
  if (parts.length >= 2 && r < 0.34) {
    const at = 1 + Math.floor(rnd() * (parts.length - 1));
    return [...parts.slice(0, at), text, ...parts.slice(at)].join(' ');
  }
  return r < 0.67 ? `${question} ${text}` : `${text} ${question}`;
}

export type VariantKind = 'embed' | 'noise' | 'both';

/** `count` variants of each kind asked for. */
export function variants(text: string, kinds: Readonly<Partial<Record<VariantKind, number>>>, questions: readonly string[], rnd: Random): string[] {
  const out: string[] = [];
  for (let k = 0; k < (kinds.embed ?? 0); k++) out.push(embedded(text, pick(questions, rnd), rnd));
  for (let k = 0; k < (kinds.noise ?? 0); k++) out.push(hurried(text, rnd));
  for (let k = 0; k < (kinds.both ?? 0); k++) out.push(hurried(embedded(text, pick(questions, rnd), rnd), rnd));
  return out;
}
