/**
 * What a question asks about an item, from how it is asked: "how long" wants the turnaround
 * or the dates, "who do I email" the contact. The words that say so are about the answer's
 * shape, not its topic, so they are taken out of what is searched.
 */
export const questionTypes = ['contact', 'booking', 'apply', 'eligibility', 'place', 'cost', 'when'] as const;
export type QuestionType = (typeof questionTypes)[number];

const WHO = String.raw`(?:i|we|you|they|parents?|schools?|settings?|my school|our school|one)`;

/** Most specific first: "who can I email" is about contact, not eligibility. */
const PATTERNS: { type: QuestionType; re: RegExp }[] = [
  {
    type: 'contact',
    re: new RegExp(
      String.raw`\bwho (?:do|should|can|could|would|shall) ${WHO} (?:email|e mail|contact|ask|ring|call|phone|speak to|speak with|talk to|talk with|write to|get in touch with|go to)\b|\bhow (?:do|can|could|should) ${WHO} (?:contact|get in touch with|reach|email|ring|phone)\b|\b(?:email address|e mail address|phone number|contact details|telephone number|number to ring|number to call)\b|\bwho (?:is|s) the (?:contact|person to (?:ask|contact|email))\b|\bwho to (?:contact|email|ask|ring)\b|\b(?:talk|speak) (?:to|with) (?:someone|somebody|a person) (?:in|at|from)\b|\b(?:contact )?e ?mail(?: address)? (?:for|of)\b|\b(?:phone |contact )?number for\b|\bcontact e ?mail\b`,
    ),
  },
  {
    type: 'booking',
    re: new RegExp(String.raw`\b(?:do|will|would|must|should) ${WHO} (?:need|have) to (?:book|register|sign up|reserve)\b|\bhow (?:do|can|could|should) ${WHO} (?:book|register|sign up|reserve)\b|\b(?:is|does) (?:it|this|that) need (?:booking|to be booked)\b|\b(?:booking|book a place)\b|\bcan ${WHO} just (?:turn up|go|come|drop in)\b`),
  },
  {
    type: 'apply',
    re: new RegExp(
      String.raw`\bhow (?:do|can|could|should|would|does|do) ${WHO} (?:apply|start|begin|refer|request|submit|make|put in|go about|ask for|send|get|access|join)\b|\bhow to (?:apply|start|refer|request|submit|make|put in|go about|ask for|get|access|join)\b|\bwhere (?:do|can|should) ${WHO} (?:send|submit|apply|upload)\b|\b(?:put in|submit|make) an? (?:application|request|referral)\b|\bwhat (?:is|s) the (?:process|form)\b`,
    ),
  },
  {
    type: 'eligibility',
    re: new RegExp(String.raw`\bwho (?:can|could|is allowed to|qualifies|is eligible)\b|\bwho (?:is|s|are) (?:it|this|that|they|these|those) for\b|\b(?:is|are) (?:it|this|that|they) (?:only )?for\b|\b(?:eligible|eligibility|qualify|qualifies)\b|\bcan (?:my|our|his|her|a|any) (?:school|son|daughter|child|setting|nursery|pupil|college)\b|\bdo ${WHO} (?:need|have) to have\b`),
  },
  { type: 'place', re: /\bwhere (?:is|are|s|does|do|will|can|would)\b(?! i (?:send|submit|apply|find|get|read|look))|\b(?:held|venue)\b|\bwhich (?:building|place|site)\b/ },
  { type: 'cost', re: /\b(?:is|are) (?:it|this|that|they|there) (?:free|a (?:cost|charge|fee))\b|\bhow much (?:does|do|is|will|would) (?:it|this|that|they) (?:cost|charge)\b|\b(?:cost|costs|charge|fee|fees|price)\b|\bdo (?:i|we) (?:have to )?pay\b/ },
  {
    type: 'when',
    re: /\bhow (?:long|fast|quickly|quick|soon|often)\b|\bwhat time\b|\bwhat dates?\b|\bwhen (?:is|are|s|does|do|did|will|would|can|could|should)\b|\b(?:till|until) (?:they|i|we) (?:get back|hear)\b|\bwhen (?:will|would|should|do|does) (?:i|we|they|you) (?:hear|get|receive)\b|\b(?:quicker|faster|sooner)\b|\bturnaround\b|\bdeadline\b/,
  },
];

/** Words that only say what kind of answer is wanted, removed before searching. */
const CUE_WORDS =
  /\b(?:how (?:long|fast|quickly|quick|soon|often)(?: (?:does|do|will|would|is|are|it|they|till|until|before|take|takes|to|should|supposed))*|what time|who (?:do|should|can|could|would|shall) (?:i|we|you) (?:email|contact|ask|ring|call|phone|speak to|talk to|write to|get in touch with)|(?:do|will|would|must|should) (?:i|we|you|they) (?:need|have) to (?:book|register)|how (?:do|can|could|should|would) (?:i|we|you|they) (?:go about|put in|get in touch with)|go about it|is (?:it|this|that) free|email address|phone number|contact details|(?:till|until) (?:they|i|we) (?:get back|hear)(?: to (?:me|us))?|get back to (?:me|us)|hear (?:back|anything)(?: from (?:them|you|anyone))?|turnaround|turn around|timescales?|time ?frames?|deadlines?|how long (?:is|are) (?:the )?wait(?:ing)?(?: times?| lists?)?|(?:from )?(?:start|beginning) to (?:finish|end)|end to end|in total|overall|altogether|roughly|approximately|on average)\b/g;

/**
 * Ways of asking that wrap any question and say nothing of its topic: "is it true that …",
 * "is that a thing", "does anyone know if …". Taken out so that a rare word like "true" or
 * "thing" does not count as something an item must contain.
 */
const FRAMES =
  /\b(?:is (?:it|that|this|there) (?:really |actually )?(?:true|right|correct|the case|a thing|real|allowed|normal practice)(?: that)?|(?:does|do) (?:anyone|anybody|you) know(?: if| whether| about| what| how)?|can (?:anyone|anybody|someone) (?:tell me|help|explain)|(?:(?:i|we)(?: have| ve|ve)? )?(?:heard|read|seen) (?:a |some |the )?(?:rumou?rs?|talk|whispers?|gossip)(?: going round| going around)?(?: about| that| of)?|\b(?:is (?:it|that|this) )?true$|(?:can|could|would) you (?:please )?(?:summarise|summarize|sum up|outline|explain|describe)(?: (?:it|this|that|them))?(?: (?:for me|for us|briefly|simply))?|am i right (?:in thinking|that)?|(?:i|we) (?:was|were) wondering(?: if| whether)?|just wondering(?: if| whether)?|what (?:does|do|would) (?:that|this|it) (?:involve|mean|look like)(?: in practice)?|what (?:is|are) (?:that|this|it|they) (?:about|for)?|(?:what|which|any|some) (?:kinds?|sorts?|types?) of|apart from|other than|whose (?:job|role|responsibility) is (?:it )?to|(?:ever |been |got |get |being )?(?:sorted(?: out)?|fixed|dealt with)|(?:are|is) (?:we|they|he|she|it) still stuck)\b/g;

/**
 * Words that count or hedge ("both", "each", "supposed to") or point at where the person is
 * ("here", "round here") rather than name anything: "is there one school that has both?" asks
 * about the school, and no item needs the word "both" or "here".
 */
const QUANTIFIERS = /\b(?:altogether|in total|all told|(?:a?round|over|in) here|here|somewhere|anywhere|at all|everyone|everybody|both|each|either|several|various|whichever|(?:supposed|meant|expected) to|at the moment|at present|these days|nowadays|typical(?:ly)?|usually|normally)\b/g;

export type Asking = { type?: QuestionType; rest: string };

/** The question's type and what is left to search once the words that said so are removed. */
export function questionType(text: string): Asking {
  const t = text
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\b(who|what|where|when|how)s\b/g, '$1 is')
    .replace(/\s+/g, ' ')
    .trim();
  const type = PATTERNS.find((p) => p.re.test(t))?.type;
  let rest = (type ? t.replace(CUE_WORDS, ' ') : t).replace(FRAMES, ' ').replace(QUANTIFIERS, ' ');
  // "…is there a phone number or email?": once the type is contact, the ways of contacting are not the topic.
  if (type === 'contact') rest = rest.replace(/\b(?:or |and )?(?:an? )?(?:e ?mail|email address|phone|phone number|number|contact|contact details|ring|call)\b/g, ' ');
  return { type, rest: rest.replace(/\s+/g, ' ').trim() };
}
