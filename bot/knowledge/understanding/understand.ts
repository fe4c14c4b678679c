import { removeIdioms } from '../idioms';
import { isQuestionStopWord, words } from '../text';
import { isNeedStatement, separateStory, splitClauses, withoutReason } from './clauses';
import { profileOf, isProfileStatement, type Profile } from './profile';
import { questionType, type QuestionType } from './question-type';
import { expandTextSpeak } from './text-speak';

/**
 * A message read the way a person would read it: which part is the question, which part is
 * the story around it, what kind of answer is wanted, and what it says about who is asking.
 * Pure: text in, understanding out.
 */
/** One question in a message: its own words to search, and what kind of answer it wants. */
export type Question = { topic: string; type?: QuestionType };

export type Understanding = {
  /** The question's own words, with idioms and "how long / who do I email" taken out: what must be answered. */
  topic: string;
  /** Each question the message asks, in order: a message may ask two things, or ask one and remark on another. */
  questions: Question[];
  /** The story around the question: it helps choose an item but does not count against one. */
  context: string;
  /** What the question asks about an item ("when", "contact"…), if it says. */
  type?: QuestionType;
  profile: Profile;
  /** Everyday idioms set aside before searching, as typed. */
  idioms: string[];
  /** It asks the bot to do a task ("write me…", "can you look it up") rather than for information. */
  task: boolean;
  /** The story clause just before the question: what "that" in "what is that?" most likely means. */
  nearest?: string;
  /** It points back at something said before ("is there one for parents", "how does it work"). */
  refersBack: boolean;
  /** A question asked of "that" or "it" ("is that like being excluded?"): it is about the statement just before. */
  pointsBack: boolean;
  /** It speaks of "it", "that" or "they" ("how does it work", "can his school do it"): with no topic of its own, it is about what was last answered. */
  aboutIt: boolean;
};

/**
 * Requests to produce or fetch something: writing a letter or a plan, looking up a record,
 * recommending a private provider, or foretelling how a case will go ("will we win at
 * tribunal"). The content informs; it cannot do these.
 */
const TASK =
  /^(?:(?:can|could|would|will) you (?:please )?|please |pls )?(?:write|draft|compose|rewrite|fill in|fill out|complete|generate|create|make) (?:me|us|my|our|a|an|the|up|this|it|some)\b|^(?:(?:can|could|would|will) (?:you|anyone|anybody|someone) (?:please )?|please |pls )?(?:recommend|suggest) (?:me |us )?(?:a|an|some|any|the best|a good)\b|\b(?:will|would|could|can) (?:we|i|they|he|she) win\b|\bwhat (?:are|is|re|s) (?:our|my|his|her|their) chances?\b|\b(?:can|could|would|will) you (?:please )?(?:write|draft|look (?:it |this |that )?up|look up|check (?:my|his|her|our)|submit (?:it|this|that|my|our|the)|(?:do|sort|complete|handle) (?:it|this|that) for (?:me|us)|apply (?:for it )?(?:for|on behalf of) (?:me|us|my|him|her)|find out (?:my|his|her)|recommend|book (?:me|us)|fill (?:in|out)|send (?:me|us)|tell me (?:my|his|her) (?:caseworker|case officer))\b/;
/** A question whose subject is "that", "it" or "they", standing for what was just said. */
const POINTS_BACK = /^(?:(?:and|but|so|then) )?(?:is|are|was|were|does|do|did|can|could|will|would|should|has|have|how (?:does|do|did|is|are|can|long does|long will)|what (?:does|do|is|are|did)|why (?:is|are|does|do|did)) (?:that|this|it|they|those|these)\b/;
/** "It", "that", "they" as what a question is asked of; "is it true that", "is that right" only frame a question. */
const ABOUT_IT = /\b(?:it|this|that|they|them)\b/;
const FRAMING = /\b(?:is (?:it|that|this) (?:really |actually )?(?:true|right|correct|normal|the case|a thing)(?: that)?|(?:do|does) (?:anyone|anybody|you) know|that (?:is|s) (?:it|all))\b/g;
/** Words that point back, or a message that goes on from the last one ("and what happens after", "what about…"). */
const REFERS_BACK = /\b(?:it|its|they|them|their|this|that|these|those|one|there|then)\b|^(?:and|also|plus|but|what about|how about)\b/;

const PHASE_WORDS: Record<NonNullable<Profile['phase']>, string> = {
  'early years': 'early years',
  primary: 'primary',
  secondary: 'secondary',
  'post 16': 'post 16',
};

/**
 * Who said it, when that is only hearsay ("someone on the fb group said", "every1 on facebook
 * says"): what was said is the topic, the group it was said in is not ("facebook" must not
 * pick the Local Offer's Facebook page).
 */
const HEARSAY =
  /\b(?:and |but )?(?:someone|somebody|everyone|everybody|people|loads of people|a (?:mum|dad|parent|friend)|another (?:mum|dad|parent)|other (?:mums|dads|parents)|a few (?:mums|dads|parents|people)) (?:on|in|from) (?:the |a |our |my |a local )?(?:facebook|fb|whatsapp|online|parents?|mums?|support|send|local)(?: (?:group|groups|page|forum|chat))? (?:said|says|say|told me|told us|tells me|reckons?|reckon|keeps? saying|mentioned)(?: that)?\b/gi;

/** A few words with no verb of their own: a topic named, not a story told. */
const isHeading = (text: string) => text.split(/\s+/).length <= 8 && !/\b(?:i|we|my|our|he|she|they|his|her|their|you)\b/i.test(text) && !/^it\b/i.test(text) && !/\b(?:is|are|was|were|has|have|had|am|been|said|told|got|goes|went|keep|keeps|did|does)\b|'(?:s|re|ve|m)\b/i.test(text);

/** A statement with at least two words that are more than the wrapping of a sentence. */
const saysSomething = (text: string) => words(text).filter((w) => !isQuestionStopWord(w) && w.length > 1).length >= 2;

/** Read a message; `earlier` is what was asked before in the conversation, for a follow-up. */
export function understand(message: string, earlier?: string): Understanding {
  const { text, found } = removeIdioms(message);
  const spelt = expandTextSpeak(text);
  const profile = profileOf(spelt);
  // The child's age or school year is kept as their stage (below), not as numbers to search.
  const tidy = spelt
    // "Meanwhile" says what "in the meantime" says (and SUBTLEX, which lists it capitalised, would call it a name).
    .replace(/\bmean ?while\b/gi, 'in the meantime')
    // Plans and reports "come out" when they are issued; "per cent" is the content's "percentage".
    .replace(/\b(?:come|comes|came|coming) out (?=(?:on|in) time\b|late\b|within\b)/gi, 'issued ')
    .replace(/\bper ?cent\b(?!age)/gi, 'percentage')
    .replace(/\b(?:in |a |an )?(?:year (?:1[0-3]|[1-9])|\d{1,2} year olds?|\d{1,2} months? olds?)\b(?! (?:plan|review|programme|strategy|pilot|funding|placement))/gi, ' ')
    // "my son is 4", "hes 9 and autistic": an age, kept as the stage, not a number to find.
    .replace(/\b((?:(?:my |our |his |her )?(?:son|daughter|child|kid|boy|girl|grandson|granddaughter|lad) (?:is|who is|whos|whose|aged)|he is|she is|hes|shes|he's|she's|aged)) (\d{1,2})\b(?! (?:weeks?|months?|days?|hours?|minutes?|percent|%|pounds?|places?|miles?|years?|year))/gi, '$1');
  const split = splitClauses(tidy.replace(HEARSAY, ' ').replace(/\s{2,}/g, ' ')).filter((c) => !isProfileStatement(c.text));
  // "We need to name a school and have no idea what exists. Is there a list?": asked outright, the question is the one with the question mark.
  const outright = split.some((c) => /\?\s*$/.test(c.text));
  const clauses = outright ? split.map((c) => (c.question && isNeedStatement(c.text) ? { ...c, question: false } : c)) : split;
  // A short phrase standing before a question is its heading ("tier 3 AP - who's it for?"),
  // part of what is asked; longer statements are the story.
  const first = clauses.findIndex((c) => c.question);
  const asked = first < 0 ? clauses : clauses.filter((c, i) => c.question || (i === first - 1 && c.runsOn && isHeading(c.text)));
  const story = clauses.filter((c) => !asked.includes(c));
  let type: QuestionType | undefined;
  const questions: Question[] = [];
  const inner: string[] = [];
  /** Of the story inside a question, what was said before the question ("someone said …"), not a remark or reason after it. */
  const innerBefore: string[] = [];
  for (const clause of asked) {
    const parts = separateStory(clause.text);
    inner.push(...parts.story);
    innerBefore.push(...parts.story.filter((t) => clause.text.indexOf(t) < clause.text.indexOf(parts.asked)));
    const q = questionType(parts.asked);
    type ??= q.type;
    if (parts.alternatives.length === 0) questions.push({ topic: q.rest, type: q.type });
    for (const alternative of parts.alternatives) {
      const a = questionType(alternative);
      questions.push({ topic: a.rest, type: a.type ?? q.type });
    }
  }
  const context = [...story.map((c) => c.text), ...inner];
  if (earlier) context.push(expandTextSpeak(removeIdioms(earlier).text));

  if (profile.phase) context.push(PHASE_WORDS[profile.phase]);
  const asking = asked.map((c) => c.text.toLowerCase().replace(/['\u2019]/g, '')).join(' . ');
  const before = clauses.slice(0, Math.max(0, first)).filter((c) => story.includes(c));
  const earlierText = earlier ? expandTextSpeak(removeIdioms(earlier).text) : undefined;
  // The closest statement that says something: "honestly don't know where to start" names nothing.
  // A remark after the question ("…, the gp just said be patient") is not what the question asks about.
  const candidates = [...before.map((c) => c.text).reverse(), ...story.map((c) => c.text).reverse(), ...innerBefore];
  const closest = candidates.find(saysSomething) ?? candidates[0];
  const nearest = closest !== undefined ? withoutReason(closest) : earlierText;
  // Only the question itself: "… so it gets dealt with quickly" is a reason, not a question about "it".
  const aboutIt = questions.some((q) => ABOUT_IT.test(q.topic.replace(FRAMING, ' ')));
  return { nearest, topic: questions.map((q) => q.topic).join(' . '), questions, context: context.join(' . '), type, profile, idioms: found, task: TASK.test(asking), refersBack: REFERS_BACK.test(asking), aboutIt, pointsBack: before.length > 0 && ((aboutIt && questions.length === 1) || asked.some((c) => POINTS_BACK.test(c.text.toLowerCase().replace(/['\u2019]/g, '')))) };
}
