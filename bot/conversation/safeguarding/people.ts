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

/**
 * A work or a lesson the message is about: a set text, a book, film, play, poem, song, game or series, a character,
 * a news story or a history lesson. Words of the work's world, never titles: a new set text needs no new entry.
 */
const WORK = new RegExp(
  [
    // "story" but not one posted on social media ("posted goodbye on his story").
    String.raw`(?<!\b(?:his|her|my|their|your|snap|insta|instagram|snapchat|whatsapp|facebook|fb|on) )\bstory\b`,
    String.raw`\b(?:book|books|novel|novels|stories|storyline|plot|film|films|movie|movies|playwright|poem|poems|poetry|poet|lyrics|musical|opera|series|episode|episodes|soap|documentary|drama|cartoon|anime|manga|comic|character|characters|protagonist|narrator|villain|heroine|author|chapter|scene|tragedy|shakespeare|sonnet)\b`,
    String.raw`\b(?:the|a|this|that|our|his|her|their|tv|school) (?:play|show|song|game|video game|text|novella|myth|legend|fairy tale)\b`,
    String.raw`\b(?:set texts?|english lit\w*|english (?:class|lesson|homework|teacher|essay|exam|paper)|in english|gcse|a level|coursework|essay|essays|quote|quotes|quotation|theme|themes|act (?:\d|one|two|three|four|five|i|ii|iii|iv|v)\b|history (?:lesson|class|homework|essay|topic)|in history|historical|historian|in the news|on the news|news story|newspaper|local paper|in the paper|headline|article|celebrity|famous|studying|revising)\b`,
  ].join('|'),
);

/** The writer says it is no story or homework ("asking properly, not for a story"): the work words do not frame it. */
const NOT_A_STORY = /\b(?:not|isnt|its not|nothing to do with) (?:for |about |from |in )?(?:a |an |the |my |some )?(?:story|book|film|novel|essay|project|homework|coursework|school thing|lesson)\b|\b(?:asking|ask|asked) (?:properly|seriously|for real|for me)\b|\bfor real\b/;

/** Reported speech or a wish (someone said or keeps saying, is talking about, wants): a real person telling their own mind. */
const TELLS_OWN_MIND = /\b(?:said|says|saying|told|tells|telling|talking about|talks about|talked about|keeps|kept|texted|messaged|posted|posting|sent|wrote (?:to|me)|threaten\w*|tried|trying|attempted|googl\w*|search\w*|planning|now (?:he|she|they))\b/;
const WANTS = /\b(?:want|wants|wanted|wanna|going to|gonna|thinking|thought about|wish|wishes)\b/;
const SERVICE = /\b(?:childline|samaritans|shout|papyrus|nspcc|camhs|kooth|the mix|helplines?|hotlines?|crisis lines?|crisis team|text line|support line)\b/;
const WORD_QUESTION = /\bwhat (?:does|do|is|are) (?:the )?(?:word |term |phrase )?\w+(?: \w+){0,2} mean\b|\bmeaning of\b|\bwhat is meant by\b|\b(?:define|definition of|how do you spell|spelling of)\b/;
/** A question about what someone named did ("does lady macbeth kill herself", "why did the king take his own life"): a story's or history's person. */
const ASKS_OF_NAMED = /^\s*(?:why |how |when |where )?(?:does|did|do)\s+((?:\w+ ){1,3}?)(?:really |actually |ever |finally |just )?(?:kill|kills|end|ends|take|takes|took|commit|commits|stab|stabs|die|dies|hang|hangs|poison|poisons|cut|cuts|jump|jumps)\b/;
const POSSESSIVE = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'mine', 'this', 'that', 'someone', 'anyone', 'somebody', 'anybody', 'people', 'you']);
const asksOfNamed = (clause: string): boolean => {
  const m = ASKS_OF_NAMED.exec(clause);
  return !!m && m[1].split(' ').filter(Boolean).every((t) => !personOf(t) && !POSSESSIVE.has(t));
};
const QUESTION = /\?|^\s*(?:is|are|does|do|can|could|what|why|how|when|who|which|will|would|should)\b/;

/** Does the clause put the writer, or someone the writer knows ("my son", "our dd", "ds"), in it? */
export function namesKnownPerson(clause: string): boolean {
  const tokens = clause.split(' ').filter(Boolean);
  return tokens.some((t, i) => {
    if (SELF.has(t) || t === 'ds' || t === 'dd' || t === 'dh' || t === 'dp') return true;
    if (t !== 'my' && t !== 'our' && t !== 'mine') return false;
    return tokens.slice(i + 1, i + 4).some((u) => { const p = personOf(u); return p === 'child' || p === 'partner' || p === 'adult'; });
  });
}

/**
 * Is a harm word in this clause about no real person the writer knows: a character in a work the message is about
 * ("in the play she kills herself"), or the word or a service asked about ("is that line only for suicidal people")?
 * Not when the clause names the writer or someone they know, nor when a real person is telling their own mind
 * ("after the film my son said he wants to kill himself"; "he keeps saying it" when the message names "my son").
 */
export function aboutNoRealPerson(clauses: readonly string[], at: number): boolean {
  const clause = clauses[at];
  if (namesKnownPerson(clause)) return false;
  // Asking what a service covers or what a word means, with no wish, no telling and no "tonight" in the same breath.
  const plainAsking = !WANTS.test(clause) && !TELLS_OWN_MIND.test(clause) && !/\b(?:tonight|today|now|right now|soon)\b/.test(clause);
  if (plainAsking && QUESTION.test(clause) && (SERVICE.test(clause) || WORD_QUESTION.test(clause))) return true;
  if (asksOfNamed(clause)) return true;
  if (!clauses.some((c) => WORK.test(c)) || clauses.some((c) => NOT_A_STORY.test(c))) return false;
  if (TELLS_OWN_MIND.test(clause)) return false;
  const knownElsewhere = clauses.some((c, i) => i !== at && namesKnownPerson(c));
  return !(knownElsewhere && WANTS.test(clause));
}

const HYPOTHETICAL = /\b(?:if|what if|in case|whether|suppose|imagine)\b/;
const TELLING_VERB = /^(?:want|wants|wanted|wanting|wanna|said|says|saying|told|tells|telling|keeps|kept|threatens|threatened|threatening|going|gonna|trying|tried|planning|thinking)$/;

/**
 * Someone the writer knows tells their own mind in the clause, right before the harm words ("after the film my son said he
 * wants to kill himself"; "my dd read a book about it. she said she wants to die"): a topic (a film, an article) beside it does
 * not make it a topic, unless the clause is a what-if.
 */
export function knownPersonTellsHarm(clauses: readonly string[], at: number, start: number): boolean {
  const clause = clauses[at];
  if (HYPOTHETICAL.test(clause)) return false;
  // "my dd has been reading a book. she said tonight …": the pronoun is the one the writer named before.
  const known = namesKnownPerson(clause) || (clause.split(' ').some((t) => PRONOUN.has(t)) && clauses.slice(0, at).some(namesKnownPerson));
  if (!known) return false;
  return clause.slice(0, start).split(' ').filter(Boolean).slice(-4).some((t) => TELLING_VERB.test(t));
}
