/**
 * Who a harm is about: the speaker, a child, or another adult. Read from the nearest person
 * word before a cue (or inside it: "kill myself", "better off without me"), the way a reader
 * resolves "my son said he wants to die" to the son.
 */
export type Person = 'self' | 'child' | 'partner' | 'adult' | 'pronoun';

const SELF = new Set(['i', 'im', 'ive', 'id', 'ill', 'me', 'myself', 'meself', 'we', 'us', 'ourselves', 'were', 'weve']);
const CHILD = new Set([
  'son', 'sons', 'daughter', 'daughters', 'child', 'childs', 'children', 'kid', 'kids', 'boy', 'boys', 'girl', 'girls', 'baby', 'babys',
  'toddler', 'teen', 'teenager', 'teenagers', 'pupil', 'pupils', 'student', 'students', 'stepson', 'stepdaughter', 'grandson',
  'granddaughter', 'nephew', 'niece', 'twins', 'youngest', 'eldest', 'ds', 'dd', 'lad', 'brother', 'sister',
]);
const PARTNER = new Set(['husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'ex', 'fiance', 'fiancee', 'husbands', 'partners', 'boyfriends', 'exs']);
const ADULT = new Set([
  'dad', 'mum', 'mother', 'father', 'stepdad', 'stepmum', 'uncle', 'aunt', 'auntie', 'nan', 'nana', 'grandad', 'grandma', 'grandpa',
  'cousin', 'teacher', 'ta', 'carer', 'man', 'woman', 'adult', 'adults', 'lads', 'men', 'someone', 'stranger', 'neighbour',
  'friend', 'mate', 'colleague', 'bloke', 'guy', 'babysitter', 'coach', 'parent', 'staff', 'dads', 'mums', 'uncles', 'stepdads',
  'grandads', 'parents', 'people', 'guys', 'stepfather', 'stepmother', 'grandfather', 'grandmother', 'inlaw', 'mil', 'fil', 'worker',
]);
const PRONOUN = new Set(['he', 'she', 'they', 'hes', 'shes', 'theyre', 'him', 'her', 'them', 'himself', 'herself', 'themselves', 'themself', 'hisself', 'theyve', 'hed', 'shed', 'hell', 'shell']);

export function personOf(token: string): Person | undefined {
  if (SELF.has(token)) return 'self';
  if (CHILD.has(token)) return 'child';
  if (PARTNER.has(token)) return 'partner';
  if (ADULT.has(token)) return 'adult';
  if (PRONOUN.has(token)) return 'pronoun';
  // "my 12 year old", "a y5": the child named by age or school year
  if (token === 'old' || /^(?:y|yr|year)\d{1,2}$/.test(token)) return 'child';
  return undefined;
}

/** Reported speech ("she said", "pupil told me", "texted me saying") puts a following "I" in someone else's mouth. */
const REPORTING = /^(?:said|says|saying|told|tells|telling|texted|text|wrote|writes|written|messaged|posted|disclosed|shouted|screamed|keeps|emailed|sent)$/;

/**
 * The person a cue at `start` (a character offset into `text`) is about: first a person word
 * inside the cue, then the nearest one before it in the same clause.
 */
export function subjectAt(text: string, start: number, end: number): Person | undefined {
  const inside = text.slice(start, end).split(' ').filter(Boolean);
  const before = text.slice(0, start).split(' ').filter(Boolean);
  for (const t of inside) {
    const p = personOf(t);
    if (p) return p === 'self' && reported(before) ? 'pronoun' : p;
  }
  for (let i = before.length - 1; i >= 0 && i >= before.length - 10; i--) {
    const t = before[i];
    if (t === '.') break;
    if (t === 'my' || t === 'our') continue;
    const p = personOf(t);
    if (p) return p === 'self' && reported(before.slice(0, i)) ? 'pronoun' : p;
  }
  return undefined;
}

function reported(before: string[]): boolean {
  for (let i = before.length - 1; i >= 0 && i >= before.length - 6; i--) {
    if (before[i] === '.') return false;
    if (REPORTING.test(before[i])) {
      const who = before.slice(Math.max(0, i - 3), i).map(personOf);
      return who.some((p) => p && p !== 'self');
    }
  }
  return false;
}

/** Does the text name any person at all? */
export function namesPerson(text: string): boolean {
  return text.split(' ').some((t) => personOf(t) !== undefined || t === 'my' || t === 'our');
}
