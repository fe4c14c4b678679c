import { Prefilter } from './prefilter';

const Q = String.raw`['\u2019]?`; // an optional apostrophe
const LAUGH = String.raw`(?:lol|lmao|lmfao|haha\w*|hehe|jk|😂|🤣|💀|😅|😆|🤪|😜|🙃)`;
const IDIOMS: readonly RegExp[] = [
  // "dying to know", "to die for", "I'm dying here", "died laughing", "die of embarrassment"
  /\bdying (?:to|for)\b/giu,
  /\bto die for\b/giu,
  new RegExp(String.raw`\b(?:i${Q}m|im|i am) (?:literally |actually |absolutely )?(?:dying|dead|deceased) (?:here|over here|inside lol|on my feet)\b`, 'giu'),
  /\b(?:nearly |almost |literally |actually )?(?:died|dying|die|dead) (?:laughing|of (?:embarrassment|shame|boredom|laughter|cringe|fright)|from (?:embarrassment|cringe|laughing))\b/giu,
  /\bdead on (?:my|our|his|her) feet\b/giu,
  new RegExp(String.raw`\b(?:i${Q}m|im|i am|i was) (?:literally |actually |so |nearly )*(?:dead|dying|deceased|ded)\b(?=[^.?!]{0,12}${LAUGH})`, 'giu'),
  new RegExp(String.raw`\b(?:i${Q}d|id|i would) (?:rather|sooner) die than\b`, 'giu'),
  // devotion: "I'd die for those boys", "I'd jump off a bridge for her"
  new RegExp(String.raw`\b(?:i${Q}d|id|i would) (?:happily |gladly |honestly )?(?:die|jump off a (?:bridge|cliff)|take a bullet|walk through fire) for (?:him|her|them|you|my|those|these|the|our|any)\b`, 'giu'),
  new RegExp(String.raw`\b(?:i${Q}ll|ill|i will|i${Q}m gonna|im gonna|i${Q}m going to|im going to) (?:actually |literally |honestly )?die\b(?=[^.?!]{0,20}${LAUGH})`, 'giu'),
  /\b(?:i|we) (?:died|keep dying|kept dying|die|got killed|killed (?:him|her|them|everyone)) (?:in|on) (?:fortnite|minecraft|roblox|the game|this game|that game|call of duty|cod|apex|the level|level \d+)\b/giu,
  // "killing me", "my feet are killing me", "the deadline's killing us", "killed it"
  /\b(?:is|are|was|were|it'?s|its|'s|s)? ?killing (?:me|us)\b/giu,
  /\bkilling me\b|\bkilling us\b/giu,
  /\bkill(?:ing|ed)? (?:time|two birds(?: with one stone)?)\b/giu,
  /\b(?:absolutely |totally |really )?(?:killed|smashed|nailed) it\b|\bkilling it\b|\bsmash(?:ing)? it\b/giu,
  /\bkiller (?:question|idea|app|feature|combo|combination|point|line|deal)\b/giu,
  /\b(?:i'?d|id|i would) kill for\b/giu,
  // a person who "will kill me" for something trivial, not for leaving or telling
  new RegExp(String.raw`\b(?:(?:my )?(?:mum|mom|mam|dad|son|daughter|boss|teacher|sendco|head|ds|dd|nan|gran)${Q}?(?:ll|s| will| is| are| is going to| is gonna| gonna| going to)?) (?:literally |actually |absolutely )?(?:kill|murder) me (?:for|when|if (?:i|he|she|they) (?:don${Q}?t|do not|forget|see|sees|find|finds|hear|hears|spend|miss|get|lose|break))\b`, 'giu'),
  new RegExp(String.raw`\b(?:kill|murder) me\b(?=[^.?!]{0,30}${LAUGH})`, 'giu'),
  new RegExp(String.raw`\b(?:could|${Q}ll|ll|will|gonna|going to) (?:actually |literally |honestly )?(?:kill|throttle|strangle|murder) (?:myself|him|her|ds|dd|them|my \w+)\b(?=[^.?!]{0,40}${LAUGH})`, 'giu'),
  /\b(?:he|she|they)'??(?:ll| will| is going to| is gonna) kill someone\b/giu,
  // "I could murder a coffee", "the school run was murder", "could strangle whoever…"
  /\b(?:i )?could (?:murder|kill|eat) (?:a |an |some )(?!baby|child|kid|person|man|woman|boy|girl|toddler)\w+|\bcould (?:murder|kill|strangle|throttle) (?:for|whoever\w*)\b/giu,
  /\b(?:was|is|it'?s|its|absolute|pure|sheer) murder\b/giu,
  /\bget(?:s|ting)? away with murder\b/giu,
  // "drop dead gorgeous", "dead end", "dead keen", "dead simple", "dead loss", "over my dead body"
  /\b(?:(?:feel|feels|felt|feeling) like (?:i'?ve |we'?ve |i have |we have |we |i )?)?(?:hit|hitting|reached) (?:a|another) (?:dead end|brick wall|wall)\b/giu,
  /\bdrop[ -]dead\b/giu,
  /\bdead[ -](?:end|ends|keen|easy|simple|good|nice|right|chuffed|set|serious|quiet|loss|tired|on time|lucky|straight|certain|heavy|slow|boring)\b/giu,
  /\bover my dead body\b/giu,
  /\b(?:will|would|is going to|is gonna|gonna|going to|'ll|ll)? ?be the death of (?:me|us)\b|\bthe death of me\b/giu,
  /\b(?:bored|scared|worried|sick|frightened|tired) to death\b/giu,
  /\blost the will to live\b/giu,
  /\bput (?:me|us) out of (?:my|our) misery\b/giu,
  // "shoot me a quick answer", "shoot, I forgot"
  /\bshoot (?:me|us) (?:a|an|over a|over an)? ?(?:quick |short |fast )?(?:answer|message|email|line|text|reply|link|note|dm)\b/giu,
  /^\s*shoot\b[,!.]?/giu,
  /\b(?:knees|back|nerves|legs) (?:are|is) shot\b/giu,
  /\bhit me (?:with|up)\b/giu,
  // things that "die": phones, batteries, laptops, plants
  new RegExp(String.raw`\b(?:my |the )?(?:phone|phone${Q}s|battery|battery${Q}s|laptop|laptop${Q}s|ipad|tablet|computer|xbox|playstation|ps5|switch|car|charger|wifi|internet|plant|plants)(?: is| has| just)? (?:about to |going to |gonna |nearly |almost )?(?:die|dying|died|dead)\b`, 'giu'),
  /\bthe dog(?:'?s| has)? (?:killed|destroyed|murdered)\b/giu,
  // "cutting corners", "cut off date", "cut me some slack"
  /\b(?:cutting|cut) (?:corners|costs|off date|the queue|it fine|a long story short|to the chase|me some slack|us some slack)\b/giu,
  // "missing" in forms and paperwork
  /\bmissing (?:form|forms|paperwork|information|piece|link|document|documents|out|page|pages|field|section|evidence)\b/giu,
  /\b(?:is|are|was|has gone) missing from (?:the|my|our|this) (?:form|list|plan|report|website|page|email|letter|portal|system)\b/giu,
  // heads and brains that "explode", "fried", "heart attack" at bills
  /\b(?:head|brain)(?:'?s| is)? (?:going to|gonna|about to)? ?(?:explode|exploding|fried|melting|mush)\b/giu,
  /\b(?:nearly |almost )?had a heart attack\b/giu,
  // "social suicide", "suicide mission", "killing myself laughing", "deadly serious", "a death trap"
  /\b(?:social|career|political|financial|commercial) suicide\b|\bsuicide (?:mission|squad|drill|run|doors?)\b/giu,
  /\bkill(?:ing|ed)? (?:myself|ourselves) laughing\b|\bdeadly (?:serious|dull|boring)\b|\bdeath ?trap\b|\bdead (?:beat|tired)\b/giu,
  // Added by search, whose questions carry them.
  /\b(?:is|was|it's|its)? ?doing my head in\b/giu,
  /\bliterally (?:dead|dying)\b|\bdying (?:of|with) laughter\b|\bwith one stone\b/giu,
];

export type IdiomsRemoved = {
  /** The message with each idiom replaced by a space. */
  text: string;
  /** The idioms found, as typed (for explaining a decision, never for logs). */
  found: string[];
};

/** The words each idiom needs (see prefilter.ts): most messages hold a harm word but none of an idiom's words. */
const IDIOM_WORDS = new Prefilter(IDIOMS);

/** Every idiom above has one of these words; a message with none of them is returned as it is, cheaply. */
const HARM_WORD = /kill|die|bullet|jump off|walk through fire|dying|dead|death|murder|shoot|shot|cut|missing|strangl|throttl|misery|heart attack|explod|fried|melting|mush|smash|nail|will to live|ded\b|head in|stone|suicid/i;

/**
 * Everyday figures of speech that borrow the words of harm or death ("this form is killing
 * me", "I'm dying to know", "I could murder a coffee"). Shared by the safeguarding screener, so
 * they raise no alarm, and by search, so the question they carry is still answered with the
 * idiom set aside. Each entry is a family of phrasings, not one sentence: who or what does the
 * "killing" (a form, my feet, the heat), what one would "die" for, which object is "dead".
 * Literal disclosures must never match: "he'll kill me if I leave" is not "mum will kill me
 * when she sees my report", so threats tied to leaving or telling are left alone.
 *
 * The message with everyday idioms of harm set aside.
 */
export function removeIdioms(text: string): IdiomsRemoved {
  const found: string[] = [];
  if (!HARM_WORD.test(text)) return { text: text.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim(), found };
  const out = IDIOM_WORDS.replaceInOrder(text.replace(/[\u2018\u2019]/g, "'"), (m) => {
    if (m.trim()) found.push(m.trim());
    return ' ';
  });
  return { text: out.replace(/\s+/g, ' ').trim(), found };
}
