/**
 * How people type on a phone or in a hurry, written out the way the content says it:
 * "ds (y2) pls" is "son (year 2) please". Applied before anything else reads a message, so
 * clause splitting, question types and search all see ordinary words. Only shorthand with
 * one meaning in a SEND conversation is expanded; acronyms the glossary knows (EHCP, SALT,
 * EP) are left for the glossary, which explains them.
 */
const WORDS: Record<string, string> = {
  ds: 'son',
  dd: 'daughter',
  dc: 'child',
  dcs: 'children',
  dh: 'husband',
  yr: 'year',
  yrs: 'years',
  yo: 'year old',
  yos: 'year olds',
  pls: 'please',
  plz: 'please',
  plse: 'please',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'have to',
  dunno: "don't know",
  u: 'you',
  ur: 'your',
  r: 'are',
  n: 'and',
  b4: 'before',
  every1: 'everyone',
  evry1: 'everyone',
  some1: 'someone',
  sum1: 'someone',
  urself: 'yourself',
  yrself: 'yourself',
  ppl: 'people',
  any1: 'anyone',
  no1: 'no one',
  thx: 'thanks',
  ty: 'thanks',
  coz: 'because',
  cos: 'because',
  cuz: 'because',
  bc: 'because',
  abt: 'about',
  wat: 'what',
  wot: 'what',
  wht: 'what',
  hw: 'how',
  whn: 'when',
  wen: 'when',
  cud: 'could',
  shud: 'should',
  wud: 'would',
  nxt: 'next',
  wk: 'week',
  wks: 'weeks',
  mnth: 'month',
  mnths: 'months',
  appt: 'appointment',
  appts: 'appointments',
  sch: 'school',
  skool: 'school',
  fb: 'facebook',
  paed: 'paediatrician',
  paeds: 'paediatrician',
  govt: 'government',
  leics: 'Leicestershire',
  // Months as people shorten them: a date, not a word to correct ("sept" is not "set").
  jan: 'January',
  feb: 'February',
  aug: 'August',
  sept: 'September',
  oct: 'October',
  nov: 'November',
  app: 'application',
  apps: 'applications',
  ar: 'annual review',
  ars: 'annual reviews',
  lcc: 'Leicester City Council',
  asap: 'soon',
  avg: 'average',
  approx: 'approximately',
  tbh: '',
  tbf: '',
  lol: '',
  lmao: '',
  omg: '',
  ffs: '',
  haha: '',
  hahaha: '',
  xx: '',
  xxx: '',
  idk: "I don't know",
  // Slips in the little words of a question, which spelling correction leaves alone because the
  // content has no need of them: "how lng dose it tak".
  lng: 'long',
  tak: 'take',
  wil: 'will',
  sed: 'said',
  wile: 'while',
  puting: 'putting',
  sumthin: 'something',
  summat: 'something',
  tlk: 'talk',
  tlking: 'talking',
  shld: 'should',
  hav: 'have',
};

const WORD_RE = new RegExp(String.raw`(?<![\p{L}\p{N}'])(${Object.keys(WORDS).join('|')})(?![\p{L}\p{N}'])`, 'giu');

const COUNTED = String.raw`(?:weeks?|months?|years?|days?|hours?|minutes?|times?|pupils?|children|kids|schools?|sessions?|places?|terms?|plans?|people|parents|boys|girls|sons|daughters|of|or|and|to|x|percent|pm|am|\d)`;
const NUMBERED = String.raw`(?:son|daughter|child|kid|boy|girl|lad|he|she|hes|shes|year|yr|y|tier|element|band|phase|stage|key|cohort|cohorts|part|level|section|my|our|his|her|their|the|a|these|those|all|only|about|around|over|under|last|next|first|every|aged|age|is|was|turns|turned|top|page|step|number|no|e|ks|and|or|to|of|than|just|least|most|have|has|had|got|get|gets|need|needs|want|with|for|at|by|in|on|from|another|extra|\d)`;
const NUMBER_WORD = new RegExp(String.raw`(\b(?!${NUMBERED}\b)[a-z]+\s)([24])(?=\s(?!${COUNTED}\b)[a-z])`, 'gi');

/** Spell out text-speak: years and ages, family shorthand, and chat abbreviations. */
export function expandTextSpeak(text: string): string {
  return (
    text
      .replace(/[\u2018\u2019]/g, "'")
      // Emoji and pictographs carry feelings, not topics.
      .replace(/[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u200d\ufe0f]/gu, ' ')
      // "y2", "yr2", "yr 2", "Y10" -> "year 2"; "6yo", "6 y/o", "6yr old" -> "6 year old".
      .replace(/\b(?:y|yr|year)\s?(1[0-3]|[1-9])\b/gi, 'year $1')
      .replace(/\b(\d{1,2})\s?(?:yo|y\/o|yrs? old|yr|years? old)\b/gi, '$1 year old')
      .replace(/\b(\d{1,2})\s?(?:yr|year)s?\s?\+/gi, '$1 years plus')
      .replace(/\b(\d+)\s?wks?\b/gi, '$1 weeks')
      // "ehc plan", "e.h.c.p" -> EHCP, so the glossary sees one name.
      // (A full stop after a plain "ehcp." ends the sentence: only "e.h.c.p." loses its last dot.)
      .replace(/\be\.h\.c\.\s?p\b\.?/gi, 'EHCP')
      .replace(/\be\.?h\.?c\.?\s?p\b/gi, 'EHCP')
      // "co-ordinate" is "coordinate", as the index reads it (see normalise).
      .replace(/\b(co)-(?=[a-z])/gi, '$1')
      .replace(/\bqa'?d\b/gi, 'quality assured')
      .replace(WORD_RE, (w) => WORDS[w.toLowerCase()] ?? w)
      .replace(/\bdose (it|he|she|they|this|that|the|my|our)\b/gi, 'does $1')
      .replace(/\bat the mo\b/gi, 'at the moment')
      // "start 2 finish", "wait 4 speech therapy": a lone 2 or 4 between words, where no
      // number would stand (not "year 4", "my 2 kids", "4 weeks"), is "to" or "for".
      .replace(NUMBER_WORD, (m, before: string, n: string) => `${before}${n === '2' ? 'to' : 'for'}`)
      .replace(/\s{2,}/g, ' ')
      .trim()
  );
}
