/**
 * Text as people type it at midnight on a phone, made regular enough for the cue patterns:
 * lower case, no apostrophes ("can't" → "cant"), text-speak spelled out ("wanna", "ds", "cnt",
 * "2nite"), dropped g's put back on the words that matter ("chuckin" → "chucking"), and one-slip
 * misspellings of the long risk words corrected ("dissapear", "suicde", "paracetemol").
 * Patterns are then written once, against this form.
 */

/** Whole-token rewrites. Keys are typed forms; values what the patterns expect. */
const SPEAK: Record<string, string> = {
  wanna: 'want to',
  wana: 'want to',
  gonna: 'going to',
  gunna: 'going to',
  goin: 'going',
  gotta: 'got to',
  cnt: 'cant',
  cannot: 'cant',
  carnt: 'cant',
  kant: 'cant',
  dnt: 'dont',
  wnt: 'want',
  u: 'you',
  ya: 'you',
  ur: 'your',
  r: 'are',
  n: 'and',
  ds: 'son',
  dd: 'daughter',
  dh: 'husband',
  dp: 'partner',
  hubby: 'husband',
  bf: 'boyfriend',
  gf: 'girlfriend',
  pls: 'please',
  plz: 'please',
  coz: 'because',
  cos: 'because',
  cuz: 'because',
  bc: 'because',
  tonite: 'tonight',
  '2nite': 'tonight',
  '2night': 'tonight',
  '2day': 'today',
  '2moro': 'tomorrow',
  tmrw: 'tomorrow',
  tmw: 'tomorrow',
  b4: 'before',
  ppl: 'people',
  every1: 'everyone',
  evry1: 'everyone',
  no1: 'no one',
  noone: 'no one',
  sum1: 'someone',
  some1: 'someone',
  any1: 'anyone',
  wiv: 'with',
  wat: 'what',
  wot: 'what',
  yr: 'year',
  yrs: 'years',
  ded: 'dead',
  kil: 'kill',
  kild: 'killed',
  kiled: 'killed',
  kils: 'kills',
  kms: 'kill myself',
  kys: 'kill yourself',
  unalive: 'kill',
  unalived: 'killed',
  unaliving: 'killing',
  sewerslide: 'suicide',
  suicidel: 'suicidal',
  od: 'overdose',
  oded: 'overdosed',
  meds: 'medication',
  paracetamols: 'paracetamol',
  pcm: 'paracetamol',
  mom: 'mum',
  mam: 'mum',
  ma: 'mum',
  nomore: 'anymore',
  enuf: 'enough',
  nuffin: 'nothing',
  nothin: 'nothing',
  luv: 'love',
  thx: 'thanks',
  txt: 'text',
  txted: 'texted',
  msg: 'message',
  msgs: 'messages',
  msging: 'messaging',
  pix: 'pics',
  tho: 'though',
  rly: 'really',
  realy: 'really',
  alot: 'a lot',
  atm: 'right now',
  rn: 'right now',
  abt: 'about',
  bout: 'about',
  wiht: 'with',
  teh: 'the',
  ths: 'this',
  dis: 'this',
  evryone: 'everyone',
  wud: 'would',
  wld: 'would',
  wuld: 'would',
  b: 'be',
  wivout: 'without',
  witout: 'without',
  wthout: 'without',
  wiout: 'without',
  shud: 'should',
  cud: 'could',
  hw: 'how',
  wen: 'when',
  nite: 'night',
  gud: 'good',
};

/** -ing words whose dropped-g forms ("chuckin", "hittin") must still be heard. */
const ING = new Set(
  [
    'chucking', 'throwing', 'hitting', 'beating', 'punching', 'kicking', 'slapping', 'smacking', 'hurting', 'harming', 'cutting',
    'killing', 'starving', 'smashing', 'screaming', 'shouting', 'touching', 'messaging', 'threatening', 'bleeding', 'going',
    'thinking', 'sending', 'taking', 'saying', 'grabbing', 'choking', 'strangling', 'burning', 'doing', 'talking', 'texting',
    'drinking', 'shaking', 'pushing', 'kicking', 'trying', 'planning', 'hiding', 'crying', 'leaving', 'ending', 'jumping', 'hanging',
    'googling', 'looking', 'getting', 'coming', 'running', 'being', 'living', 'losing', 'feeling', 'having', 'breaking',
  ],
);

/**
 * Long, distinctive risk words, corrected from a one-letter slip. Short or common words
 * ("cutting" ~ "putting", "kill" ~ "skill") are deliberately absent: a wrong correction there
 * would raise false alarms.
 */
const FUZZY = [
  'suicide', 'suicidal', 'disappear', 'overdose', 'overdosed', 'paracetamol', 'ibuprofen', 'tablets', 'himself', 'herself',
  'myself', 'yourself', 'themselves', 'anymore', 'bruises', 'bruised', 'bruising', 'strangled', 'strangling', 'grooming',
  'groomed', 'absconded', 'worthless', 'hopeless', 'pointless', 'goodbye', 'medication', 'antidepressants', 'harming',
  'hurting', 'starving', 'bleeding', 'threatened', 'threatening', 'touching', 'sexually', 'inappropriately', 'violent',
  'violence', 'abusive', 'abusing', 'neglected', 'neglecting', 'anorexia', 'anorexic', 'bulimia', 'laxatives', 'unconscious',
  'breathing', 'everyone', 'everything', 'anything', 'nothing', 'someone', 'tonight', 'swallowed', 'punching', 'strangle',
  'exhausted', 'desperate', 'miserable', 'depressed', 'scratching', 'slapping', 'smacking', 'screaming', 'shouting',
  'daughter', 'grandson', 'granddaughter', 'teenager', 'husband', 'boyfriend', 'partner', 'killing', 'disappeared',
  'screenshots', 'snapchat', 'instagram', 'messaging', 'exploited', 'exploitation', 'paedophile', 'pedophile', 'planned',
];

const deletions = (w: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
};

/** Every word of FUZZY and each of its one-letter deletions, pointing at the word. */
const FUZZY_INDEX: Map<string, string> = (() => {
  const index = new Map<string, string>();
  for (const word of FUZZY) {
    for (const d of deletions(word)) if (!index.has(d)) index.set(d, word);
  }
  for (const word of FUZZY) index.set(word, word);
  return index;
})();

/** True when a and b differ by at most one insertion, deletion, substitution or swap. */
function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/** Doubled letters typed by accident ("dissappear", "killl") reduced before looking up. */
const undouble = (w: string) => w.replace(/(\p{L})\1+/gu, '$1$1');

function correct(token: string): string {
  if (token.length < 5 || FUZZY_INDEX.get(token) === token) return token;
  const t = undouble(token);
  const direct = FUZZY_INDEX.get(t);
  if (direct && withinOne(t, direct)) return direct;
  for (const d of deletions(t)) {
    const word = FUZZY_INDEX.get(d);
    if (word && Math.abs(word.length - t.length) <= 1 && withinOne(t, word)) return word;
  }
  // A letter dropped and another doubled ("dissapear"): only on long words, same start and end.
  if (t.length >= 8) {
    for (const d of deletions(t)) {
      const word = FUZZY_INDEX.get(d);
      if (word && word.length === t.length && word[0] === t[0] && word.slice(-2) === t.slice(-2)) return word;
    }
  }
  return token;
}

/** Corrections already worked out: the same words come up again and again. Bounded, so it cannot grow without limit. */
const seen = new Map<string, string>();

function token(raw: string): string {
  const known = seen.get(raw);
  if (known !== undefined) return known;
  const out = spell(raw);
  if (seen.size > 20_000) seen.clear();
  seen.set(raw, out);
  return out;
}

function spell(raw: string): string {
  const mapped = SPEAK[raw];
  if (mapped !== undefined) return mapped;
  if (raw.endsWith('in') && ING.has(`${raw}g`)) return `${raw}g`;
  if (raw.endsWith('in') && ING.has(`${raw.slice(0, -2)}ing`)) return `${raw.slice(0, -2)}ing`;
  return correct(raw);
}

/** Tears of joy, rolling on the floor, grinning squint, the laughing cat, the skull (with or without its emoji selector). */
const LAUGHING_FACE = /[\u{1F602}\u{1F923}\u{1F606}\u{1F639}\u{1F480}\u2620]\uFE0F?/gu;

/**
 * The normal form the cue patterns read: lower case, letters, digits and spaces only, with
 * sentence punctuation kept as " . " so a pattern cannot run across a full stop.
 */
export function normalise(text: string): string {
  // Each rewrite is tried only when a word it needs is there: the check is far cheaper than the
  // pattern, which V8 runs unoptimised once the server has compiled its search index.
  let lower = text.toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'");
  if (lower.includes("'")) lower = lower.replace(/'/g, '');
  if (/[0-9]/.test(lower)) lower = lower.replace(/(\d+)\s*(?:yo|y\/o|(?:yrs?|years?)\s*old)\b/g, '$1 year old ');
  if (lower.includes('any more')) lower = lower.replace(/\bany more\b/g, 'anymore');
  if (lower.includes('no more')) lower = lower.replace(/\bno more\b/g, 'anymore');
  if (lower.includes('self')) lower = lower.replace(/self[\s-]+harm/g, 'selfharm');
  if (lower.includes('step')) lower = lower.replace(/\bstep[\s-]+(dad|mum|father|mother|son|daughter)/g, 'step$1');
  if (lower.includes('law')) lower = lower.replace(/\b(mother|father)[\s-]+in[\s-]+law\b/g, '$1');
  // Laughing faces and the skull are read as the laugh they stand for, so the screener can tell a joke from a disclosure.
  if (lower.search(LAUGHING_FACE) >= 0) lower = lower.replace(LAUGHING_FACE, ' haha ');
  lower = lower.replace(/[.!?;]+/g, ' . ').replace(/[^\p{L}\p{N}\s.]+/gu, ' ');
  const out: string[] = [];
  for (const raw of lower.split(/\s+/)) {
    if (!raw) continue;
    out.push(raw === '.' ? '.' : token(raw));
  }
  return ` ${out.join(' ')} `;
}
