/**
 * A message split into the things it says. People tell a story before they ask ("we applied
 * in September and everyone says… how long will it take?"): the story tells us who and where,
 * the question says what they want answered.
 */
export type Clause = {
  text: string;
  question: boolean;
  /** Ended by a dash, colon or comma rather than a full stop: it may be a heading for what follows. */
  runsOn: boolean;
};

/** Words that open a question or a request, after any greeting or filler. */
const OPENER =
  /^(?:what|whats|how|where|wheres|when|whens|who|whos|whose|which|why|is|isnt|are|arent|am|was|wasnt|(?:were|werent)(?= (?:you|they|there|any|he|she|it|that|this|these|those))|can|cant|could|do|does|did|will|would|should|shall|has|have|any|anyone|anybody|tell|explain|describe|need|i need|we need|i want to know|want to know|looking for|im looking for|i am looking for|wondering|i was wondering|i wonder|please|give me|show me|info on|information on|help with|help me|where can|i would like to know|id like to know|id like|i would like|i want to|we want to|i need to|we need to)\b/;
const FILLER = /^(?:(?:so|and|but|anyway|anyways|ok|okay|right|hi|hello|hey|hiya|help|please|quick question|quick one|also|just|um|erm|hmm|basically|honestly|sorry|thanks|yes|no|well|then|now)\b[\s,]*)+/;

/** Split at sentence ends, and before a question that follows a comma, dash or "and/but/so". */
export function splitClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  for (const m of text.matchAll(SPLIT)) {
    const runsOn = /^[\s]*[-\u2013\u2014,]|\s[-\u2013\u2014]\s/.test(m[0]) || text[m.index! - 1] === ':';
    push(out, text.slice(from, m.index), runsOn);
    from = m.index! + m[0].length;
  }
  push(out, text.slice(from), false);
  return out;
}

function push(out: Clause[], piece: string, runsOn: boolean): void {
  const p = piece.trim();
  if (/[\p{L}\p{N}]/u.test(p)) out.push({ text: p, question: isQuestion(p), runsOn });
}

/** Openers that say what someone needs or wants, which may be a request or may be the story ("we need to name a school … is there a list?"). */
const NEED_OPENER = /^(?:need|i need|we need|i need to|we need to|i want to|we want to|looking for|im looking for|i am looking for|wondering|i was wondering|i wonder|id like|i would like)\b/;

/**
 * A clause that is a question only because it says what someone needs or wants, with no
 * question mark: when the message also asks something outright, it is the story around that.
 */
export function isNeedStatement(clause: string): boolean {
  if (/\?\s*$/.test(clause)) return false;
  return NEED_OPENER.test(plain(clause));
}

const plain = (clause: string) =>
  clause
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(FILLER, '');

const SPLIT =
  /(?<=[.!?;:])\s+|\n+|\s+[-\u2013\u2014]\s+|,\s*(?=(?:and |but |so |anyway )?(?:what|how|where|when|who|which|why|is|are|can|could|do|does|will|would|should|any|tell|explain|please)\b)|\s+(?:and|but|so|anyway)\s+(?=(?:what|how|where|when|who|which|why|is there|are there|can|could|do|does|will|would|should|tell|explain|i need|we need)\b)/gi;

function isQuestion(clause: string): boolean {
  if (/\?\s*$/.test(clause)) return true;
  return OPENER.test(plain(clause));
}

/**
 * Inside one long question, the parts that tell rather than ask. A reason or purpose ("… so I
 * can look at options before his review", "… because the wait is so long") says why they ask,
 * and what someone reported ("someone on the group said …", "I was told …") frames the
 * question that follows it. Both are story: they help choose an item but the item need not
 * contain them. Short questions are left whole: they rarely carry anything but the question.
 */
export function separateStory(question: string): { asked: string; alternatives: string[]; story: string[] } {
  const story: string[] = [];
  let asked = question;
  if (asked.split(/\s+/).length < LONG_QUESTION) return { asked, alternatives: [], story };
  // "someone said (that) …": what follows is what they want checked.
  const reported = REPORTED.exec(asked);
  if (reported && reported.index > 0) {
    const after = asked.slice(reported.index + reported[0].length);
    if (after.split(/\s+/).length >= 3 && isQuestionLike(after, asked)) {
      story.push(asked.slice(0, reported.index + reported[0].length));
      asked = after;
    }
  }
  // "i know it should be 20 weeks but how many …": what they already know is story; the question follows the "but".
  const conceded = CONCESSION.exec(asked);
  if (conceded) {
    const after = asked.slice(conceded[0].length);
    if (after.split(/\s+/).length >= 3 && isQuestionLike(after, asked)) {
      story.push(asked.slice(0, conceded[0].length).replace(/,?\s+but\s+$/i, ''));
      asked = after;
    }
  }
  // "… so I can …", "… because …": the reason comes after the question.
  const reason = REASON.exec(asked);
  if (reason && reason.index > 0 && asked.slice(0, reason.index).split(/\s+/).length >= 3) {
    story.push(asked.slice(reason.index));
    asked = asked.slice(0, reason.index);
  }
  // "…, i know crisis is one of them but…": a statement after a comma is story, not asked.
  const remark = REMARK.exec(asked);
  if (remark && remark.index > 0 && asked.slice(0, remark.index).split(/\s+/).length >= 3) {
    const rest = asked.slice(remark.index + remark[0].length);
    if (!isQuestion(rest)) {
      story.push(rest);
      asked = asked.slice(0, remark.index);
    }
  }
  // "is there a team for disabled children or do we go through the duty team": either half
  // may be the one the content answers, so each is also asked on its own.
  const parts = asked.split(ALTERNATIVE).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 3);
  const alternatives = parts.length > 1 ? parts : [];
  return { asked: asked.trim(), alternatives, story: story.map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s)) };
}

/** Questions at least this long (in words) may carry story inside them. */
const LONG_QUESTION = 12;
const REPORTED =
  /\b(?:said|says|told (?:me|us)|tells (?:me|us)|reckons|mentioned|(?:i|we) (?:have |ve )?(?:heard|read)|(?:i was|we were|we've been|weve been|ive been|i've been|i have been) told)(?: that)?\s+/i;
const CONCESSION = /^(?:(?:and|so|ok|okay|look)\s+)?(?:i|we) (?:know|realise|realize|understand|get|appreciate)(?: that)? .{3,}?,?\s+but\s+/i;
const REASON = /[\s,]+(?:so (?:that )?(?:i|we|he|she|they) (?:can|could|know|are|am|have|do(?:n'?t| not)|did(?:n'?t| not)|won'?t|wouldn'?t|can'?t|never)\b|so (?:that )?(?:it|this|that) (?:gets|can|will|is)\b|because\b|cos\b|as (?:i|we) (?:am|are|have|want|need)\b|since (?:i|we|he|she|they)\b)/i;

const REMARK = /,\s*(?=(?:i|we|he|she|they|my|our|his|her|their|the head|the school)\s|the [a-z]+(?: [a-z]+)? (?:just |only |even |also |then )?(?:said|says|told|tells|thinks|reckons|keeps|kept|is|are|was|were|has|have|had)\b)/i;
const ALTERNATIVE = /,?\s+(?:or|but)\s+(?=(?:do|does|did|is|are|was|will|would|should|can|could|has|have|i|we|you|they|he|she|it)\s)/i;

/** A statement without the reason at its end ("… is on tier 1 support so she doesn't get excluded"): what it is about, not why. */
export function withoutReason(statement: string): string {
  const m = STORY_REASON.exec(statement);
  return m && m.index > 0 && statement.slice(0, m.index).split(/\s+/).length >= 3 ? statement.slice(0, m.index) : statement;
}
const STORY_REASON = /[\s,]+so (?:that )?(?:i|we|he|she|they|it) (?:can|cant|could|doesnt|does not|don't|dont|won't|wont|will|wouldn't|wouldnt|isnt|is not|gets?|doesn't)\b/i;

/** The part after "someone said" is worth asking about when the whole ends as a question. */
const isQuestionLike = (after: string, whole: string) => /\?\s*$/.test(whole) || isQuestion(after);
