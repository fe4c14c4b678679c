import type { CrisisCategory, Family } from './categories';

/**
 * The screener's vocabulary: small signals, each a family of word patterns over normalised
 * text (see normalise.ts: lower case, no apostrophes, text-speak spelled out). A cue alone is
 * rarely enough; the family scores add up, so "thinking about" + "all my tablets" + "tonight"
 * reaches crisis where each alone would not. Patterns describe words and their combinations,
 * never whole sentences, so phrasings nobody wrote down are still heard.
 */

/** Whose harm a cue is about. 'subject' is decided from the words around it (see who.ts). */
export type Who = 'self' | 'other' | 'subject' | 'any';

export type Cue = {
  id: string;
  family: Family;
  /** The category this cue points to; suicide cues carry their rung of the ladder. */
  category?: CrisisCategory;
  weight: number;
  re: RegExp;
  who: Who;
  /** Counts fully only when a person is named in the same clause ("my son", "she", "I"). */
  needsPerson?: boolean;
  /** Elsewhere in the message, words that explain the cue away ("texted me goodbye … off to Australia"). */
  unless?: RegExp;
};

/** Words that add to a family's score once some cue of that family has fired. */
export type Booster = { id: string; families: Family[]; adds: number; re: RegExp };

/** Framing that makes a harm word a topic rather than a disclosure; multiplies the clause's cues. */
export type Frame = { id: string; families: Family[] | 'all'; factor: number; re: RegExp };

const rx = (source: string) => new RegExp(source.replace(/\s*\n\s*/g, ''));

// Fragments used by several cues.
const REFL_SELF = String.raw`(?:myself|meself)`;
const REFL_OTHER = String.raw`(?:himself|herself|themselves|themself|hisself|yourself)`;
const REFL = String.raw`(?:${REFL_SELF}|${REFL_OTHER})`;
const MEDS = String.raw`(?:pills|tablets|medication|medicine|medicines|paracetamol|ibuprofen|aspirin|sleeping pills|insulin|antidepressants|painkillers|sertraline|fluoxetine|citalopram|co codamol|codeine|tramadol|morphine|melatonin|diazepam|lithium|capsules|calpol|drugs|prescription)`;
const HEIGHT = String.raw`(?:bridge|roof|building|cliff|car park|multi storey|balcony|window|ledge|tower|flats|motorway|railway|train|tracks|top floor|block)`;
const KILLWORD = String.raw`(?:die|dying|dead|death|kill|killed|killing|suicide|lethal|fatal|deadly|overdose|not wake up|never wake up|dont survive|not survive|wont survive|end it|end my life|end things)`;

export const CUES: readonly Cue[] = [
  // ---- Suicide: the C-SSRS ladder -------------------------------------------------------
  {
    id: 'wish-dead',
    family: 'suicide',
    category: 'wish-to-be-dead',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\b(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|would rather|id rather|rather|ready|long|longing|hope|hoping|pray|praying) (?:to |i |that i |i could |i was |i were )?(?:just )?(?:be )?(?:die|dead)\b|
      \bwish (?:i|id|ive|he|hed|she|shed|they|that i|that id)(?: \w+)? (?:was|were|wasnt|werent|could|had|hadnt|d|never) (?:just )?(?:dead|die|never been born|been born|born|here|alive|gone|disappear|stop existing|not wake up)\b|
      \bwish (?:i|id|he|hed|she|shed)(?: \w+)? (?:never|not) (?:been born|existed|woke up)\b|\bwish (?:i|id|he|she) (?:was|were|had) never born\b|
      \bbetter off dead\b|\brather be dead\b|\b(?:deserve|deserves|deserved) to (?:die|be dead)\b|\bshould (?:just )?(?:die|be dead)\b|\bid be better off dead\b|
      \b(?:stop|stopped|cease) existing\b|\b(?:wouldnt|would not|dont|do not|wont|wouldn't) (?:mind|care) if i (?:died|didnt wake up|never woke up|got hit|was gone|wasnt here|wasnt around|was dead|didnt make it)\b|\b(?:hope|hoping|wish|wishing|pray|praying) (?:something|a car|a bus|a lorry|a train|someone) (?:hits|kills|happens to|runs me over|would hit|would kill)\b|\bnot exist(?:ing)?\b|
      \b(?:hope|hoping|wish|pray|praying) (?:i|that i|he|she)(?: just| would| will| could)? (?:dont|doesnt|never|wont|do not|didnt|wouldnt|not) (?:wake|waking) up\b|
      \b(?:go|going|went|fall|falling) to sleep and (?:never|not|dont|wont) wake\b|\b(?:wish\w*|hop\w*|pray\w*) (?:i|id|that i|he|she|hed|shed)(?: \w+){0,2} (?:die|died|dead|not wake up|never wake up)\b|\bdie in (?:my|his|her) sleep\b|\bnever wake up\b|\bsleep forever\b|\bnot wake up\b`),
  },
  {
    id: 'not-want-alive',
    family: 'suicide',
    category: 'wish-to-be-dead',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\b(?:dont|doesnt|didnt|do not|does not|not|never|no longer) (?:even )?(?:really )?(?:want|wanna|wish|wanting|wants|see the point) (?:to )?(?:be here|be alive|live|living|exist|be around|wake up|carry on|go on|be on this earth|be in this world|be here anymore)\b|
      \bdont want to be\b(?= \.| anymore| $)|\bonly still here (?:for|because)\b`),
  },
  {
    id: 'burden',
    family: 'suicide',
    category: 'passive-ideation',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\b(?:better|happier|easier|fine|manage better|be ok|cope better|do better)(?: off)? without (?:me|him|her|them)\b|
      \b(?:happier|better|easier|better off|fine|ok|okay)(?: \w+){0,2} if (?:i|id|he|she|they)(?: \w+){0,2} (?:dead|gone|not here|not around|never born|died|disappeared|wasnt here|wasnt around|werent here|werent around|wasnt in the picture|not in the picture|out of the picture|out of the way|not alive)\b|
      \b(?:such |a |just a |nothing but a |only a )burden\b|\bbeing a burden\b|
      \b(?:no one|nobody|noone) (?:would|will|wud) (?:even )?(?:miss|notice|care)\b|\b(?:would|will) be relieved (?:if|when) (?:i|im)\b|\bwould(?:nt| not| never) (?:even )?be missed\b|\bwouldnt (?:even )?(?:be )?miss(?:ed)? (?:me|him|her)\b|
      \bdeserve(?:s)? (?:someone|a) better (?:mum|dad|mother|father|parent|than me)\b|\b(?:im|i am|feel like) (?:just |such )?(?:a )?(?:waste of space|waste of oxygen|waste of a life)\b|\bi ruin everything\b|\bsomeone elses problem\b|
      \b(?:better|better off|happier) with (?:someone else|somebody else) as (?:their|his|her|a) (?:mum|dad|mother|father|parent)\b|\b(?:better|better off|happier) with (?:another|a different|a better) (?:mum|dad|mother|father|parent)\b`),
  },
  {
    id: 'cant-go-on',
    family: 'suicide',
    category: 'passive-ideation',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\bcant (?:go on|carry on|keep going|keep doing this|live like this|live with this|live with it|face (?:it|another day|tomorrow|anymore)|see a way out|see any way (?:out|forward|through)(?! (?:with|of|to|for))|do (?:this|it|life) anymore|take (?:it|this|any of it|life)? ?anymore|be here anymore|picture a future|see a future|see myself)\b|
      \b(?:go|going|carry|carrying) on like this\b(?=.*\b(?:cant|no point|anymore|not)\b)|\bcant do this\b(?= \.| $| anymore| no more| i really)`),
  },
  {
    id: 'no-point',
    family: 'suicide',
    category: 'passive-ideation',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\bno (?:point|reason) (?:in )?(?:going on|carrying on|living|life|being here|being alive|anything|to live|to go on|to carry on|in anything|anymore|trying anymore|me being here)\b|
      \bwhats (?:even )?the point (?:of|in) (?:living|life|going on|carrying on|being here|anything|me|it all|existing)\b|\bwhats (?:even )?the point anymore\b|
      \bnothing (?:left )?to live for\b|\blife (?:isnt|is not|aint|not) worth (?:living|it)\b|\bno way out\b|\bno future for me\b|
      \b(?:dont|cant|cannot) see (?:a|any|the) (?:way out|future|point|way things|end)\b|\bdone with (?:life|living|everything|it all|being alive)\b|
      \btired of (?:living|life|being alive|existing|being here)\b|\b(?:dont|do not) want to (?:do this|do any of this|carry on|keep going|be around|be here|face (?:it|anything|anyone|another day))(?: \w+)? anymore\b|\beverything (?:is|feels|seems) (?:so )?(?:pointless|hopeless)\b|\bno (?:way forward|way through|light at the end|hope left)\b|\blife (?:feels|is|seems|has become|just feels) (?:so |completely |totally |just )?(?:pointless|meaningless|not worth (?:it|living)|hopeless)\b(?! (?:at|in) (?:that|this|the|his|her|school|college|work|nursery))|\bsick of (?:living|being alive|existing)\b`),
  },
  {
    id: 'want-it-to-stop',
    family: 'suicide',
    category: 'passive-ideation',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\bwant(?:s|ed)? (?:it all|everything|all of it|all this|the pain|life|my life|the world) (?:all )?to (?:stop|end|be over|go away)\b(?!.*\b(?:phone|calls|emails|noise|meltdowns?|waiting) to\b)|
      \bwant (?:it|everything|this) (?:all )?over\b|\bwant(?:s|ed)? (?:it|this|everything) (?:all )?to be over\b|\bwant to stop (?:everything|breathing|feeling)\b`),
  },
  {
    id: 'want-it-over',
    family: 'suicide',
    category: 'passive-ideation',
    weight: 0.6,
    who: 'subject',
    re: rx(String.raw`\bwant(?:s|ed)? (?:it|this) (?:all )?to (?:stop|end)\b`),
  },
  {
    id: 'disappear',
    family: 'suicide',
    category: 'passive-ideation',
    weight: 0.6,
    who: 'subject',
    re: rx(String.raw`\b(?:want|wanting|wish|like) (?:to |i could |i was |im )?(?:just )?(?:disappear|disappearing|vanish|gone)\b`),
  },
  {
    id: 'disappear-for-good',
    family: 'suicide',
    category: 'passive-ideation',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\b(?:disappear|disappeared|disappearing|vanish|gone)\b(?: \w+){0,3} (?:for good|forever|for ever|and never come back|and not come back|dont care if|wouldnt care if|dont mind if)\b`),
    unless: /\b(?:keys|phone|bag|coat|letter|form|paperwork|money|dog|cat|parcel|post|(?:teacher|ta|tutor|keyworker|key worker|sendco|senco|childminder|nanny|carer|worker|therapist|head) (?:is |was )?(?:leaving|left|moving|retiring|going))\b/,
  },
  {
    id: 'not-be-here',
    family: 'suicide',
    category: 'intent',
    weight: 1,
    who: 'subject',
    unless: /\b(?:what will happen|what happens|who will look after|plan for|if anything (?:ever )?happens to me|holiday|away (?:for|on)|in hospital for|operation|moving|work trip|off work|on leave|annual leave|course|training|conference|school run|pick up|drop off|shift|abroad|visiting|old (?:cot|pram|buggy|pushchair|car seat|high ?chair|baby \w+|uniform|school uniform|bike|clothes|toys)|outgrown|grown out of|too (?:big|old) for)\b/,
    re: rx(String.raw`\b(?:not|wont|never|no longer) (?:going to |gonna |gunna )?(?:be )?(?:here|around|alive)(?: \w+)? (?:much longer|for much longer|for long|tomorrow|by (?:then|the|monday|friday|next)|next (?:week|month|year)|in (?:march|april|may|june|july|a week|a month)|for (?:the|his|her|christmas|their))\b|
      \bby the time you read this\b|\bthis is (?:my|their|his|her) last (?:night|day|week|message|goodbye|christmas)\b|\bmy last (?:night|day|week) (?:here|alive|on earth)\b|
      \bbefore i go(?= \.| $)|\bafter i (?:am gone|die)\b|\bwont (?:be (?:the one|there)|need (?:it|them|this))(?: anymore| taking| after| for)?\b|
      \b(?:not|wont|never) (?:going to |gonna )?be (?:here|around|alive) (?:after|past|beyond) (?:this|next|the|christmas|my|his|her)\b|
      \b(?:not|wont|never|dont think ill|dont think i will|doubt ill) (?:still )?be (?:here|around|alive) (?:to see|for (?:his|her|their|the))\b`),
  },
  {
    id: 'kill-self',
    family: 'suicide',
    category: 'active-ideation',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\bkill(?:s|ed|ing)? ${REFL}\b|\bsuicid(?:e|al|ally)\b|\b(?:take|taking|taken) (?:my|his|her|their) (?:own )?life\b(?! into)|\btook (?:his|her|their|my) own life\b(?! into)|\bend(?:ing|ed|s)? (?:it all|my life|his life|her life|their life|my own life|myself)\b|
      \b(?:thoughts|thinking|thought|think|thinkin) (?:of|about) (?:dying|death|killing|ending it|ending things|not being here|not being alive|suicide|ending my life)\b|\bunalive\b|\b(?:be with|join) (?:\w+ ){0,2}in heaven\b|\b(?:bought|got|ordered|buying) (?:a |some )?(?:rope|noose|charcoal|helium)\b|
      \b(?:want|wants|wanna|going|gonna|thinking about|think about|thought about|planning) (?:to )?end(?:ing)? (?:it|things|everything|my life)\b`),
  },
  {
    id: 'end-it',
    family: 'suicide',
    category: 'active-ideation',
    weight: 0.8,
    who: 'subject',
    re: rx(String.raw`\bend(?:ing|ed|s)? (?:it|things|everything|this|the pain)\b(?! (?:with|between|for (?:him|her|them|us)|early|on|off|up)\b)`),
    unless: /\b(?:relationship|contract|tenancy|end (?:it|things) with|ending (?:it|things) with|broke up|break up)\b/,
  },
  {
    id: 'do-it',
    family: 'suicide',
    category: 'intent',
    weight: 0.8,
    who: 'subject',
    re: rx(String.raw`\b(?:i|im|ill|id|ive|gonna|going to|just|finally)\b(?: \w+){0,3}? (?<!\b(?:could|can|cant|couldnt|they|school|council) )(?:do|doing) (?:it|something stupid)\b(?= tonight| today| \.| $| when| after| before| once| soon| this| at| on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))`),
    unless: /\b(?:fill\w*|writ\w*|send\w*|apply\w*|ring\w*|call\w*|email\w*|form|forms|paperwork|views|application|appeal|complaint|referral|the letter|homework|revision|finally|test|exam|interview|washing|shopping|laundry|marathon|run)\b/,
  },
  {
    id: 'method',
    family: 'suicide',
    category: 'method',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\b(?:jump|jumping|jumped|throw (?:${REFL})|drive|driving|drove|crash|crashing|step|stepped|walk|walking|walked|lie|lay) (?:off|from|in front of|into|onto|under)(?: \w+){0,3} ${HEIGHT}\b|
      \b(?:jump|jumping|drive|driving|crash|crashing|walk|walking|step|stepping) (?:off|in front of|into|under) (?:a|the) (?:train|tree|bus|lorry|car|wall|river|canal|sea)\b|
      \b(?:driv\w*|crash\w*|swerv\w*) (?:off the road|into (?:a |the )?(?:wall|tree|lorry|river|oncoming|traffic|bridge|canal))\b|
      \b(?:hang|hanging|hanged) ${REFL}\b|\bhow to hang\b|\b(?:noose|ligature)\b|\brope\b(?=.*\b(?:neck|hang|tie|tied|loft|garage|tree|beam|bought|got|hidden|why)\b)|\b(?:tie|tied|tying) (?:something|a \w+|it|rope|string|a belt|a cord) (?:round|around) (?:my|his|her|their) neck\b|
      \b(?:take|taking|took|swallow|swallowing|swallowed|taken|neck|necking|down|downed|overdose on|od on)(?: \w+){0,2} (?:all|a load of|loads of|a lot of|lots of|a bunch of|a handful of|the whole|too many|every|all of|everything in|the lot|enough|a whole) (?:of )?(?:my |his |her |their |the |mums |dads |my mums |my dads |these |those |them )?(?:\w+ )?(?:${MEDS}|packet|box|bottle|cupboard|it all)\b|
      \b(?:take|taking|took|swallow|taken) (?:it|them) all\b|\b(?:take|taking) everything in the\b|
      \b(?:engine running|exhaust pipe|hosepipe|carbon monoxide)\b|\bgoing deeper\b|\b(?:looking at|staring at|think(?:ing)? about|thought about|keep thinking about)(?: \w+){0,2} (?:the|that|a) (?:bridge|railway|train line|train|tracks|motorway|river|canal|cliff|roof|car park|edge)\b|\b(?:have|got|ive got|ive saved) enough (?:${MEDS})\b|
      \b(?:looking at|staring at|counting|counted|lined up|lining up|sorting|sorted|holding)(?: all| all of)? (?:the |my |his |her |these )?(?:${MEDS})\b`),
  },
  {
    id: 'overdose',
    family: 'suicide',
    category: 'method',
    weight: 0.9,
    who: 'subject',
    needsPerson: true,
    re: rx(String.raw`\boverdos(?:e|ed|ing)\b`),
  },
  {
    id: 'hoarding',
    family: 'suicide',
    category: 'preparatory',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\b(?:stockpil\w*|hoard\w*|stash\w*|saving up|saved up|been saving|been collecting|squirrel\w*)(?: \w+){0,2} (?:a |the |some |all )?(?:rope|noose|${MEDS}|blade|razor|blades)\b|
      \b(?:bought|buying|got|saved|saving|collect\w*|hidden|hid|hiding|keeping)(?: \w+){0,2} (?:a |the |some |all )?(?:rope|noose|${MEDS}|blade|razor)\b(?=.*\b(?:saved|enough|up|in case|hidden|for when|dont know why|thinking|going|bedroom|room|bag|drawer)\b)|
      \b(?:${MEDS}|rope|blade|knife|razor|noose) (?:in front of me|in my hand|next to me|beside me|ready|lined up|counted out|on the (?:table|bed|side))\b|
      \b(?:${MEDS}|rope|blade|razor|noose) (?:are|is|r) (?:(?:in|under)(?! (?:the |a |our |his |her |my )?(?:bathroom|kitchen|medicine cabinet|cabinet|first aid|fridge|locked|lock)\b)|hidden|ready|saved)\b`),
    // Medicines kept safe from a child, or saved to hand back to the chemist, are not a stash.
    unless: /\b(?:(?:take|took|taking|bring|return\w*) (?:\w+ ){0,3}(?:back )?to the (?:chemist|pharmacy|pharmacist)|dispos\w*|out of date|expired|childproof\w*|child ?proof\w*|child ?lock\w*|out of (?:his|her|their) reach|locked (?:away|up|cabinet|box|drawer))\b/,
  },
  {
    id: 'goodbye',
    family: 'suicide',
    category: 'preparatory',
    weight: 1,
    who: 'subject',
    unless: /\b(?:off to|going to (?:australia|uni|university|america|spain|live)|moving to|moved to|moving (?:house|home|away|out|flat|schools?|areas?)|moved (?:house|away|out|schools?)|new (?:house|home|flat|school|area)|removals?|hospice|late (?:mum|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|grandfather|grandmother|husband|wife|partner|brother|sister|aunt|auntie|uncle)|(?:mums|dads|nans|grans|grandmas|grandads|grandpas|husbands) (?:things|stuff|clothes|belongings)|(?:rabbit|hamster|guinea pig|dog|cat|pet|goldfish|fish|budgie|tortoise) (?:died|has died|passed|was put down|had to be put down)|buried (?:the|our|his|her|my|it)|flying|travell?ing|holiday|trip|gap year|uni|university|abroad|new job|leaving (?:do|party)|emigrat\w*|festival|camp|back (?:in|next|soon|on)|cruise|retir\w*|quit\w*|last day|leavers?|leaving (?:school|nursery|college|the school|the job|his job|her job|my job)|goodbye to (?:his|her|my|their|the|our) (?:\w+ )?(?:job|work|school|class|teacher|sendco|senco|nursery|team|colleagues?)|end of (?:term|year|school)|year (?:6|11|13))\b/,
    re: rx(String.raw`\b(?:goodbye|suicide|farewell|last) (?:note|letter|letters|text|message|video|post)\b|
      \b(?:texted|text|texting|messaged|message|messaging|sent|send|wrote|written|writing|write|posted|posting|rang|called|said|saying|says|saying to) (?:me |us |mum |dad |everyone |all my friends |my friends |his mum |her mum |the group )?(?:a |what sounded like a |like a |to say )?(?:goodbye|bye forever|farewell|final goodbye)\b(?! to (?:the|his|her|their|my) (?:ta|teacher|class|school|nursery|dog|house))|
      \b(?:goodbye|bye) (?:everyone|all|forever|for good|for ever)\b|\bsaid goodbye to (?:my|his|her) (?:friends|family|kids|children|mum|dad)\b|\bthis is goodbye\b|
      \b(?:written|wrote|writing|write) (?:a |my |his |her )?(?:letters?|notes?|cards?)(?: \w+){0,2} (?:to|for) (?:the kids|my kids|each of|everyone|my mum|my dad|my family|my husband|my wife|my partner|his mum|her mum|us|mum|dad)\b|
      \b(?:written|wrote|writing|write) to each of\b|\bwrote (?:a|my) note\b|\b(?:written|wrote) (?:the|my|some) (?:letters|notes)\b|
      \bthis is the end\b|\bdelete (?:my|their|his|her) number\b|(?<!\b(?:work|job|jobs|hours|home|off|career|up|money|pay|paid|allowance|help|support|able|how|need|needs|time|there|around|stay|stayed|staying) )\bto (?:look after|take care of) (?:my|her|his|the|their) (?:\w+ )?(?:boys|girls|kids|children|son|daughter|baby)\b|
      \b(?:saying|said|says|asked me|asking me|told me|telling me) (?:to )?(?:look after|take care of) (?:my|her|his|the|their) (?:\w+ )?(?:boys|girls|kids|children|son|daughter|baby)\b|
      \b(?:giving|given|gave|give) (?:away )?(?:my|his|her|all (?:my|his|her)) (?:things|stuff|belongings|possessions|jewellery|xbox|games|clothes|hoodie)(?: away)?\b|\b(?:giving|given|gave) (?:my|his|her|their) (?:\w+ )?(?:stuff|things) away\b|
      \b(?:sorry for everything|tell (?:everyone|them|the kids|mum|my mum|my dad) (?:im sorry|they are sorry|theyre sorry|hes sorry|shes sorry|i love them|i love you|they love them|i said bye)|look after (?:the kids|my kids|them|mum|my boys|my girls|her boys|j|him|her|the children) for me|please look after)\b|
      \b(?:sorry for being a burden|thanks for (?:everything|the memories))\b(?=.*\b(?:goodbye|meant|last|gone|not replying|not answering|cant get hold)\b|$)|
\bso no one has to (?:deal with|sort|worry about) (?:it|anything|things|my stuff)\b|
      \b(?:written|made|sorted|updated|wrote) (?:my|a) will\b(?=.*\b(?:after|when im gone|no one has to|so they|wont|dont need|before i)\b)|\bsort(?:ed|ing)? (?:everything|my affairs|things) out (?:for|before|so)\b|\bwhere (?:he|she|my \w+) will find (?:it|them)\b`),
  },
  {
    id: 'prep-signs',
    family: 'suicide',
    category: 'preparatory',
    weight: 0.6,
    who: 'subject',
    re: rx(String.raw`\b(?:deleted|deleting|delete) (?:all )?(?:my|his|her) (?:socials|accounts|social media)\b|\b(?:cancell?ed|cancell?ing|cancel) (?:things|everything|my|his|her)\b(?=.*\bwont\b)|\bput (?:the|my) (?:insurance|will|papers|paperwork)(?: \w+){0,2} where\b`),
  },
  {
    id: 'plan',
    family: 'suicide',
    category: 'plan',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\b(?:worked out|know|knew|decided|planned|picked|chosen|chose|sorted|written down|wrote down) (?:exactly )?(?:how|when|where|the day|the date|a date|a day|a time|the time|the place)(?: and (?:when|where|how))?\b(?= \.| $|.*\b(?:ill|i will|im going to|to do it|do it|going to|end|die|kill|jump|overdose)\b)|
      \b(?:got|have|ive got) (?:it all |everything )?(?:planned|the date sorted|a time and a place|the means|the date)\b(?! (?:for|out|in) (?:the|his|her|their|a|our|next)\b)|\b(?:got|have|ive got) a plan\b(?= \.| $| to (?:end|die|kill|do it))|\b(?:got|ive got) the date\b|\beverything(?:s| is) in place\b|
      \bplan(?:ned|ning)? (?:to|how to|on) (?:end|kill|die|jump|overdose|take|do it|hang)\b|\b(?:picked|chosen) the day\b`),
  },
  {
    id: 'intent',
    family: 'suicide',
    category: 'intent',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\b(?:going to|gonna|will|intend to|im going to|about to|ready to|decided to)(?: \w+)? (?:kill ${REFL}|end it|end things|end my life|do it|take (?:everything|them all|it all|all)|overdose|jump|not be here)\b|
      \bdecided this is (?:my|the) (?:last|end)\b`),
  },
  {
    id: 'decided',
    family: 'suicide',
    category: 'intent',
    weight: 0.5,
    who: 'subject',
    re: rx(String.raw`\b(?:made|make) (?:my|up my) mind up\b|\bmy mind is made up\b|\bive decided\b(?= \.| $| its| this| tonight)`),
  },
  {
    id: 'attempt',
    family: 'suicide',
    category: 'active-ideation',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\b(?:tried|attempted|trying|tries|try) to (?:kill|end|hang|overdose|take (?:my|his|her) life|jump)\b`),
  },
  {
    id: 'method-question',
    family: 'suicide',
    category: 'method-seeking',
    weight: 1,
    who: 'self',
    re: rx(String.raw`\b(?:how (?:much|many|long|high|far|quick|quickly)|what (?:dose|amount|height|is a lethal|is the lethal)|which (?:pills|tablets)|quickest|easiest|painless|least painful|best way|ways? to|does it hurt to|is it painful to|would it take|enough to)\b(?!.*\b(?:children|kids|people|pupils|adults|babies|teenagers) (?:die|died|dying)\b).*\b${KILLWORD}\b|
      \b(?:lethal|fatal|deadly) (?:dose|amount|overdose|height)\b|\bdoes it hurt to (?:drown|die|hang|bleed out|jump)\b|\b(?:painless|least painful) way to (?:go|die|do it|end it|end things)\b|\b(?:quickest|easiest|best|quick) way to (?:die|end it|end things|end my life)\b|
      \b(?:reading|read|looking|looked|researching|researched|googling|googled|searching|searched) (?:up |about |into |online )?(?:how (?:many|much)|what (?:dose|amount)|ways|methods|how to)\b(?=.*\b(?:${MEDS}|it takes|die|kill|end it|overdose|hang|jump)\b)|\b(?:ways|way) to (?:die|kill ${REFL}|end it|end my life)\b|\bso (?:you|i|they) (?:dont|wont|do not) survive\b|\bhow to (?:kill ${REFL}|die|end it|commit suicide|tie a noose|hang ${REFL})\b`),
  },
  {
    id: 'ideation-vague',
    family: 'suicide',
    category: 'passive-ideation',
    weight: 0.5,
    who: 'subject',
    re: rx(String.raw`\bwhats (?:even )?the point\b(?! (?:of|in) (?!(?:it|it all|any of it|anything|everything|me|myself|us|trying|even trying|living|life|existing|being|going on|carrying on|bothering|getting up|waking up|this|all this|anymore|any more)\b)\w)|\btheres no point\b|\bhopeless\b|\bgiv(?:e|ing) up on (?:everything|it all)\b|\bfeel like giving up\b|\bhad enough of (?:life|everything|living|it all)\b|\bhate my life\b|\bno future\b|\btrapped\b|\bdont care (?:if i|what happens to me)\b|\bdisappearing\b|\b(?:im|shes|hes|theyre) done\b(?! with (?:the|this|that|school|work|the council))|\bgiv(?:e|ing) up on (?:life|myself)\b|\bhate myself\b|\bso tired of everything\b`),
  },

  {
    id: 'at-the-edge',
    family: 'suicide',
    category: 'method',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\b(?:im|i am|ive gone|i went|i walked|i drove|ive driven|were|we are) (?:on|to|at|up|onto) (?:the |a |this )?(?:\w+ )?(?:bridge|roof|ledge|edge|cliff|railway|railway line|tracks|top floor|multi storey|top of (?:the|a) \w+)\b(?! (?:meeting|event|club|centre|school|building|office))`),
  },

  // ---- Self-injury and eating-disorder harm ------------------------------------------------
  {
    id: 'self-harm',
    family: 'self-injury',
    category: 'self-injury',
    weight: 1,
    who: 'subject',
    needsPerson: true,
    re: rx(String.raw`\bselfharm(?:s|ing|ed|er)?\b`),
  },
  {
    id: 'hurts-self',
    family: 'self-injury',
    category: 'self-injury',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\b(?:cut|cuts|cutting|burn|burns|burning|burnt|burned|scratch|scratches|scratching|scratched|hurt|hurts|hurting|harm|harms|harming|harmed|punch|punches|punching|punched|bite|bites|biting|bit|hit|hits|hitting|stab|stabbing|stabbed|pinch|pinching|carve|carving|carved|bang|banging)(?: at)? ${REFL}\b|
      \b(?:i|ive|been|started|keep|still|i have) (?:cut|cutting|cuts)\b(?= (?:last night|again|deeper|every|on my|my (?:arms|legs|wrists|thighs))| \.| $)|\bi (?:cut|burn|scratch)(?= myself| again| last night| every| deeper| \.| $)|
      \b(?:cuts|scratches|scars|burns|marks|blood|bruises|wounds) (?:on|all over|up and down|across|covering) (?:his|her|my|their)(?: \w+)? (?:arms?|legs?|wrists?|thighs?|forearms?|stomach|body|tummy|skin)\b|
      \b(?:arms|legs|wrists|thighs) (?:are |is )?(?:covered in|full of) (?:cuts|scratches|scars|marks|burns)\b|\bfresh cuts\b|\b(?:cutting|cut|cuts|burning|burn|burns|scratching|scratch|scratches|carving) (?:her|his|my|their) (?:stomach|arms?|legs?|wrists?|thighs?|skin|tummy|hips?)\b|\bsharpener blade\b|
      \b(?:found|finding|hides|hiding|hidden|has) (?:razors?|razor blades|blades?|a blade|sharpeners?|a compass)\b|
      \b(?:scratching|picking|biting|pulling) (?:at )?(?:his|her|my|their)? ?(?:skin|arms|hair)(?: out)?(?: \w+){0,2} (?:till|until|so hard|in clumps|it bleeds|bleeds|breaks)\b|
      \b(?:punch|punches|punching|hit|hits|hitting|bang|bangs|banging) (?:walls|the wall|his head|her head|my head)(?: \w+){0,3} (?:until|till|so hard|bleed|bleeds|bleeding|breaks|bruised)\b|\bneed(?:s)? stitches\b`),
  },
  {
    id: 'purging',
    family: 'eating',
    category: 'eating-disorder',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\b(?:making|makes|make|made) ${REFL} (?:sick|throw up|vomit)\b|\b(?:throwing up|being sick|vomiting|purging|sick) (?:after (?:every|each|all|most) (?:meal|meals|time)|after (?:she|he|i) eats|every time (?:she|he|i) eats?|straight after (?:eating|meals|food|dinner|tea))\b|\bpurg(?:e|es|ing)\b|
      \bstarv(?:e|es|ing|ed) ${REFL}\b|\bexercis(?:e|es|ing) (?:until|till|so) (?:i|she|he|they) (?:feel |feels |is |am )?(?:sick|faint|collapse|can eat)\b`),
  },
  {
    id: 'not-eating',
    family: 'eating',
    category: 'eating-disorder',
    weight: 0.7,
    who: 'subject',
    re: rx(String.raw`\b(?:not|hasnt|havent|hardly|barely|stopped|refuses to|refusing to|wont|wouldnt|doesnt|dont|isnt)(?: \w+)? (?:eaten|eating|eat|eats|drinking|drunk|drink|had a drink|had anything)\b(?:(?: \w+){0,3} (?:for|in|since) (?:days|a week|weeks|\d+ days|two days|three days|over a week|yesterday|ages)|(?: at all| completely))|
      \b(?:refus\w+|stopped) (?:everything|all food|food|fluids|to eat|to drink|drinking|eating)\b|\bwont (?:take|have|drink) (?:fluids|water|anything|a drink)\b|\b(?:wont|doesnt|isnt|not) drink(?:ing)?\b(?= \.| $| and| or| anything| at all)|\bhasnt had (?:a drink|anything to (?:eat|drink)|any (?:food|fluids|water))\b|
      \b(?:counting|counts|count) (?:every |all )?calories\b|\b(?:eats|eaten|eating) (?:nothing|almost nothing|hardly anything)\b|\b\d+ calories (?:a|per) day\b|\blaxatives\b|\bdiet pills\b|\bhiding food\b|\bskipping (?:meals|lunch|dinner|food)\b`),
  },
  {
    id: 'weight-loss',
    family: 'eating',
    category: 'eating-disorder',
    weight: 0.5,
    who: 'subject',
    re: rx(String.raw`\b(?:lost|losing|dropped) (?:so much|loads of|a lot of|a scary amount of|a worrying amount of|too much|\d+ ?(?:kg|kgs|kilos|stone|pounds|lbs))(?: of)?(?: weight)?\b|\b(?:dangerously|severely|really|so|scarily|very) (?:underweight|thin|skinny)\b|\bweight (?:is )?(?:dropping|falling)\b|
      \b(?:fainting|fainted|faints|passing out|passed out|dizzy all the time|gone grey|gone floppy|skin and bone|down to nothing|heart rate|bloods are bad|blood tests are|her periods stopped)\b|\bhospital (?:for|because of) (?:her|his) weight\b`),
  },
  {
    id: 'eating-disorder',
    family: 'eating',
    category: 'eating-disorder',
    weight: 0.5,
    who: 'subject',
    needsPerson: true,
    re: rx(String.raw`\banorexi\w*\b|\bbulimi\w*\b|\beating disorder\b|\barfid\b`),
  },

  // ---- Abuse of a child ---------------------------------------------------------------------
  {
    id: 'injuries',
    family: 'abuse',
    category: 'abuse-physical',
    weight: 0.6,
    who: 'any',
    re: rx(String.raw`\b(?:bruise|bruises|bruised|bruising|black eye|finger marks|fingermarks|hand marks|handprint|hand print|belt marks|burn marks|cigarette burns|welts|marks|broken (?:arm|bone|wrist|rib|ribs|nose)|injuries|a burn|burns|bite marks)\b(?=.*\b(?:again|came back|comes home|coming home|come home|keeps|every|unexplained|cant explain|wont say|grab|grabbing|hit|hits|rough|belt|dad|dads|mum|mums|partner|after (?:contact|weekends|visits|seeing)|nursery|school|asked about|cigarette|lighter|did it|on (?:his|her) (?:arms|back|legs|face|neck|hand|hands|bottom|chest)))`),
  },
  {
    id: 'did-it',
    family: 'abuse',
    category: 'abuse-physical',
    weight: 0.5,
    who: 'any',
    re: rx(String.raw`\b(?:said|says|told me|told us) (?:that )?(?:he|she|they|dad|mum|his dad|her dad|his mum|her mum|my partner|uncle|grandad|\w+) did (?:it|that|this)\b|\bwith a (?:cigarette|lighter|belt|iron|hot spoon|kettle|wooden spoon|slipper|shoe|stick|cane|hairbrush)\b|\b(?:pulls|pulled|pulling|drags|dragged|dragging) (?:him|her|them|me) (?:by|across|along|up)\b`),
  },
  {
    id: 'sexual',
    family: 'abuse',
    category: 'abuse-sexual',
    weight: 1,
    who: 'any',
    needsPerson: true,
    re: rx(String.raw`\bsexual(?:ly)? (?:abuse\w*|assault\w*|abusing|touch\w*|things|stuff|acts?|contact|activity|comments|messages)\b|\b(?:raped|rape|raping|molest\w*|paedophile|pedophile|incest|sexually abused|sexually assaulted)\b|
      \b(?:touch|touches|touched|touching|fondl\w*|grop\w*|interfer\w* with|feel(?:s|ing)? up) (?:me|him|her|them|my \w+|the \w+)(?: \w+){0,2} (?:inappropriately|down there|privates?|private parts|bottom|under (?:his|her|my) clothes|in bed|at night|when)\b|
      \b(?:touch|touches|touched|touching|hurts|hurt|hurting|pokes|poking|rubs|rubbing) (?:his|her|my|their) (?:privates|private parts|private|bottom|willy|vagina|penis|genitals|breasts|chest|front bottom|fairy|minnie|down there)\b|
      \b(?:makes|made|making|make|forced|forces|forcing|force|pressur\w*) (?:me|him|her|them) (?:to )?(?:do|watch|touch|look at|have sex|sleep with|perform) (?:sexual|rude|things|stuff|him|her|it|with)?\b|
      \b(?:makes|made|making|make|lets|wants|tells) (?:me|him|her|them) (?:to )?(?:sleep in (?:his|her|their) bed|get in (?:his|her|their) bed|get undressed|take (?:my|his|her|their) clothes off|have a bath with (?:him|her))\b|\bhave sex with (?:him|her|them)\b|
      \bshow(?:s|ed|ing)? (?:me|him|her|them) (?:porn|rude|sexual|naked|his|her)\w*\b|
      \b(?:gets|got|getting|comes|came|coming|climbs|climbed) (?:in|into) (?:my|her|his|their) bed\b|\b(?:in bed with|into (?:his|her) bed)\b(?=.*\b(?:uncle|step|dad|man|touch|secret|grandad|boyfriend)\b)|
      \b(?:injuries|bruises|bleeding|sore|soreness|marks|rash) (?:down below|down there|on (?:his|her) (?:bottom|privates|genitals))\b`),
  },
  {
    id: 'touched',
    family: 'abuse',
    category: 'abuse-sexual',
    weight: 0.7,
    who: 'any',
    re: rx(String.raw`\b(?:touch|touches|touched|touching) (?:me|him|her|them|son|daughter|ds|dd|my (?:son|daughter|child|sister|brother|baby|kids?|little \w+))\b(?! (?:arm|shoulder|hand|back|head|on the (?:arm|shoulder|hand|back|head)|to)\b)|\b(?:comes|coming|came|walks|walking|walked|creeps|creeping) (?:in|into) (?:the|my|her|his|their) (?:bathroom|bedroom|shower|room) (?:when|while|at night|in the night)\b`),
  },
  {
    id: 'secret',
    family: 'abuse',
    category: 'abuse-sexual',
    weight: 0.5,
    who: 'any',
    re: rx(String.raw`\b(?:keep (?:it )?(?:a |our )?secret|our (?:little )?secret|its (?:a |our )secret|not (?:to|allowed to) tell (?:anyone|mum|dad|you|his mum|her mum|my mum|my dad))\b`),
  },
  {
    id: 'put-down',
    family: 'abuse',
    category: 'abuse-emotional',
    weight: 0.6,
    who: 'any',
    re: rx(String.raw`\b(?:calls?|calling|called|tells?|telling|told|says?|saying) (?:me |him |her |them |my \w+ |son |daughter |ds |dd |us )?(?:that )?(?:im |hes |shes |theyre |i am |he is |she is |they are |is |was |a |an )?(?:a |an )?(?:worthless|useless|stupid|pathetic|retard\w*|thick|idiot|fat|ugly|names|a waste of space|mistake|disgusting|evil|freak|unwanted|unloved|should be in a home|nobody wants|burden)\b|
      \b(?:no one|nobody|noone) (?:loves|wants|likes|cares about) (?:him|her|them|me)\b|\b(?:puts?|putting) (?:him|her|them|me|my \w+|son|daughter) down\b(?=.*\b(?:all the time|constantly|every day|always|in front)\b)|\b(?:mocks?|mocking|makes? fun of|laughs at|belittl\w*|ridicul\w*) (?:him|her|them|me|my \w+|son|daughter)\b|\bthreat(?:en|ens|ened|ening) to (?:leave|abandon|give (?:him|her|me) away)\b|\b(?:ignores|ignoring|wont speak to|wont talk to) (?:him|her|me) for (?:days|weeks)\b|\bblames? (?:him|her|me) for everything\b|\b(?:im|i am|hes|shes|he is|she is) the reason (?:\w+ ){0,2}(?:got ill|is ill|left|died|drinks)\b|\bwishes (?:i|id|he|hed|she|shed|they)(?: had)? (?:died|was dead|were dead|never been born|never born)\b|
      \b(?:makes|made|making) (?:him|her|me|them) wear\b|\bfilms? (?:him|her|me|them) (?:crying|screaming|naked)\b|\bhumiliat\w+ (?:me|him|her|them)\b|\b(?:its|it is) (?:my|his|her) fault\b`),
  },
  {
    id: 'screams-at',
    family: 'abuse',
    category: 'abuse-emotional',
    weight: 0.6,
    who: 'any',
    re: rx(String.raw`\b(?:scream\w*|shout\w*|yell\w*|swear\w*) at (?:him|her|them|son|daughter|ds|dd|my \w+|me)(?: \w+){0,3} (?:every day|all the time|constantly|every night|for hours|non stop|daily|that)\b`),
  },
  {
    id: 'locked-in',
    family: 'abuse',
    category: 'abuse-emotional',
    weight: 0.6,
    who: 'any',
    re: rx(String.raw`\b(?:locks?|locking|locked|shut|shuts|shutting|keeps|kept) (?:him|her|them|my \w+|son|daughter|ds|dd)(?: \w+)? (?:in|into|out of|outside) (?:his |her |their |my |the |a )?(?:room|bedroom|cupboard|shed|garden|house|car|cellar|bathroom|outside|cage)\b|\bwith the door locked\b|
      \b(?:make|makes|made|making) (?:me|him|her|them|us) (?:stand|sit|kneel|stay)(?: \w+){0,4} (?:all night|for hours|all day|outside|in the cold)\b`),
  },
  {
    id: 'threatens',
    family: 'abuse',
    category: 'abuse-emotional',
    weight: 0.7,
    who: 'any',
    re: rx(String.raw`\bthreat(?:en|ens|ened|ening) (?:to )?(?:kill|hurt|harm|hit|beat|burn|stab|send (?:him|her|me) away|put (?:him|her|me) in care)\b|
      \b(?:send|put) (?:him|her|me|them) (?:away|in care|in a home|into care|to a (?:childrens )?home)\b|\b(?:wont|doesnt|dont|never|not) (?:let|lets|allowed?) (?:him|her|them) (?:eat|have food|have dinner|leave|see|go out|sleep|use the toilet|have friends)\b|\bnot allowed (?:to eat|food)\b`),
  },
  {
    id: 'left-alone',
    family: 'abuse',
    category: 'neglect',
    weight: 0.6,
    who: 'any',
    re: rx(String.raw`\b(?:left|leaves|leaving|leave)(?: \w+){0,5} (?:on (?:their|his|her|its) own|alone|home alone|by (?:themselves|himself|herself)|unsupervised|to fend|all day|all night|for hours|for days|overnight)\b`),
  },
  {
    id: 'left-alone-long',
    family: 'abuse',
    category: 'neglect',
    weight: 0.5,
    who: 'any',
    re: rx(String.raw`\b(?:left|leaves|leaving|alone|own)\b(?: \w+){0,6} (?:all the time|since (?:yesterday|last night|this morning|friday|saturday)|for days|overnight|all night|every night|every weekend|while (?:she|he|they) (?:goes|go|sleep|sleeps|works|drinks))\b`),
  },
  {
    id: 'no-food',
    family: 'abuse',
    category: 'neglect',
    weight: 0.7,
    who: 'any',
    re: rx(String.raw`\b(?:never (?:any|enough) food|no food|nothing to eat|not (?:being )?fed|isnt (?:being )?fed|arent (?:being )?fed|goes without food|steals? food|asking (?:other children|other kids|for) (?:for )?food|(?:taking|takes|took|stealing|steals|eating|eats|ate) (?:food )?(?:from|out of) (?:other (?:childrens|kids|peoples) )?(?:lunchboxes|lunch boxes|bins|the bin|other children|other kids)|no food in the (?:house|fridge|cupboards?)|hungry (?:all the time|every day|every morning|again)|(?:comes?|came|coming) (?:in|into school|to school)(?: \w+)? hungry|always hungry|starving hungry|no dinner|no breakfast|forgets? to feed|(?:doesnt|dont|never|wont) feed)\b`),
  },
  {
    id: 'unkempt',
    family: 'abuse',
    category: 'neglect',
    weight: 0.4,
    who: 'any',
    re: rx(String.raw`\b(?:filthy|unwashed|smelling strongly|smells? (?:of|bad|strongly)|smelly|stinks|soiled|head lice|nits|nappy rash|open sores|sores)\b|\bsame (?:clothes|uniform|outfit|nappy|jumper|top) (?:all week|every day|for days|for a week|all the time|since|day after day)\b|\bnappy (?:hasnt|has not|not|wasnt) (?:been )?changed\b|\b(?:rotten teeth|tooth decay|untreated)\b`),
  },
  {
    id: 'no-care',
    family: 'abuse',
    category: 'neglect',
    weight: 0.5,
    who: 'any',
    re: rx(String.raw`\b(?:no heating|no hot water|no electricity|no beds?|sleeping on the floor|not taken to (?:the )?(?:doctor|dentist|hospital|gp)|never (?:picked up|collected)|nobody (?:picks|collects)|not collected|no one (?:at home|looks after|is looking after|picks))\b|
      \b(?:mum|dad|parents?|carer|she|he)(?: \w+)? (?:wont|doesnt|dont|never|hasnt|havent|not) (?:answer|answered|answering|respond|responding|pick up|come|turned up|get up|gets up|get out of bed)\b|

      \bmissed (?:\d+|several|lots of|all (?:his|her)|loads of)(?: \w+){0,2} appointments\b|\bno (?:response|answer|reply) from (?:home|mum|dad|the parents?|parents?)\b|\bcant get hold of (?:mum|dad|the parents?|parents?|home|anyone at home)\b|\b(?:mums|dads|parents) phone is off\b|\b(?:house|home|flat) is (?:filthy|dirty|unsafe|freezing)\b|\b(?:parent|mum|dad)(?: is| was)? (?:hostile|aggressive)\b|
      \b(?:drinks|is drunk|always drunk|on drugs|takes drugs|passed out|sleeps off|sleeping off)\b(?=.*\b(?:mum|dad|she|he|parent|sister|brother)\b)`),
  },
  {
    id: 'no-medication',
    family: 'abuse',
    category: 'neglect',
    weight: 0.7,
    who: 'any',
    re: rx(String.raw`\b(?:hasnt|not|isnt|doesnt|dont|never|wont|stopped|forgets? to|forgot to) (?:had|given|getting|get|been given|give|giving|gives|giving him|taking)(?: \w+){0,2} (?:his|her|their|the)? ?(?:medication|medicine|meds|insulin|inhaler|epilepsy medication|tablets|emergency medication|seizure medication)\b|\b(?:ended up|taken|rushed|went) (?:to |in )?(?:a e|a and e|hospital|resus)\b(?=.*\b(?:because|after|ex|dad|mum|didnt|doesnt|forgot)\b)`),
  },
  {
    id: 'drink-drive',
    family: 'abuse',
    category: 'neglect',
    weight: 0.8,
    who: 'any',
    re: rx(String.raw`\b(?:drinks|drunk|drinking|high|stoned|wasted) and (?:drives|driving|drove|drive)\b|\b(?:drink|drunk) driving\b|\bdrives? (?:drunk|high|stoned)\b`),
  },
  {
    id: 'neglect',
    family: 'abuse',
    category: 'neglect',
    weight: 0.7,
    who: 'any',
    needsPerson: true,
    re: rx(String.raw`\bneglect(?:ed|ing|s|ful)?\b`),
  },
  {
    id: 'scared-home',
    family: 'abuse',
    category: 'abuse-physical',
    weight: 0.8,
    who: 'any',
    re: rx(String.raw`\b(?:scared|afraid|frightened|terrified|doesnt want|dont want|wont) (?:of going|to go|to be|going) (?:home|back home|at home)\b|\b(?:not|isnt|never) safe at home\b|\bunsafe at home\b|\b(?:scared|terrified|frightened|petrified) of (?:his|her|their) (?:dad|mum|stepdad|stepmum|father|mother|parents?|uncle|grandad|nan|mums boyfriend|dads girlfriend)\b|\bflinch(?:es|ed|ing)?\b`),
  },

  // ---- Domestic abuse -----------------------------------------------------------------------
  {
    id: 'domestic',
    family: 'domestic',
    category: 'domestic-abuse',
    weight: 1,
    who: 'any',
    needsPerson: true,
    re: rx(String.raw`\bdomestic (?:abuse|violence)\b|\bcoercive control\b|\b(?:abusive|violent|controlling) (?:husband|partner|relationship|ex|boyfriend|marriage|wife|girlfriend)\b`),
  },
  {
    id: 'kill-threat',
    family: 'domestic',
    category: 'domestic-abuse',
    weight: 1,
    who: 'any',
    re: rx(String.raw`\b(?:kill|hurt|find|get|take) (?:me|us|the kids|my kids|the children|them|son|daughter|ds|dd)(?: \w+)? if (?:i|we) (?:ever )?(?:leave|go|tell|call|report|try)\b|\bthreat(?:en|ens|ened|ening) (?:to )?(?:kill|hurt|burn|stab|set fire to) (?:me|us|the kids|my kids|the children|the house|our house)\b|\bburn the house down\b|
      \b(?:forced|forces|forcing|made|makes|pressur\w*) me (?:to )?(?:have sex|do sexual|sleep with|do things)\b|\b(?:raped|sexually assaulted) me\b|\bsaid (?:hed|he will|hell|she will|shell) kill (?:me|us)\b`),
  },
  {
    id: 'violence-home',
    family: 'domestic',
    category: 'domestic-abuse',
    weight: 0.6,
    who: 'any',
    re: rx(String.raw`\b(?:smash\w*|break\w*|broke|throw\w*|threw|chuck\w*|punch\w*|kick\w*) (?:things|stuff|plates|the (?:door|doors|walls?|tv|furniture|plates|house|place))(?: up| in| down)?\b(?=.*\b(?:partner|husband|boyfriend|ex|hes|he|drunk|kids|me)\b)|
      \b(?:came|comes|coming|come) (?:in|home|back) (?:drunk|high|off his face|wasted|raging|in a rage)\b|\b(?:drunk|high|raging) and (?:violent|smashing|shouting|kicking off)\b|
      \b(?:locked|hiding|hid|barricaded|lock) (?:ourselves|myself|us|me and the kids|in)\b(?: \w+){0,3} (?:in|into|the)? ?(?:bathroom|bedroom|room|toilet|car|cupboard|house)?|\bwe(?:re| are) locked in\b|
      \b(?:trying|tried) to (?:get in|break in|kick the door)\b|\boutside (?:with|holding) (?:a|an) (?:knife|hammer|bat|weapon|axe|gun)\b|\bin front of (?:the kids|my kids|the children|our kids|son|daughter|ds|dd)\b|
      \b(?:controls?|controlling|takes?|took) (?:all )?(?:my|the) (?:money|phone|bank card|car keys|finances)\b|\b(?:scared|afraid|frightened|terrified|petrified) of (?:my )?(?:husband|partner|boyfriend|ex|wife|girlfriend)\b|\b(?:gets|getting|got|becomes|turns) (?:violent|aggressive|nasty|rough|physical) (?:when|after|if|with me)\b|\bthreat(?:ens|ened|ening)? me\b|\bwont let me (?:see (?:my )?(?:friends|family|mum|mom|sister|brother|anyone)|go out|leave|out|have (?:money|a phone|my phone|friends)|work|speak to anyone|use my phone)\b|\b(?:checks|tracks) my (?:phone|location)\b`),
  },

  {
    id: 'injured-me',
    family: 'domestic',
    category: 'domestic-abuse',
    weight: 0.9,
    who: 'any',
    re: rx(String.raw`\b(?:he|she|partner|husband|boyfriend|ex|wife|girlfriend)(?: has| had)? (?:broke|broken|fractured|cracked|bruised|burnt|burned|split|blacked) my (?:wrist|arm|nose|ribs?|jaw|finger|hand|lip|head|eye|tooth|teeth)\b|\b(?:told|tell|telling) (?:the hospital|the doctor|the gp|them|everyone|school) (?:that )?i (?:fell|walked into|tripped|slipped)\b|
      \b(?:hands?|arms?|belt|rope|cord) (?:round|around) my (?:neck|throat)\b|\b(?:strangl\w*|chok\w*|throttl\w*) me\b|\bpinned me (?:down|against|to)\b`),
  },
  {
    id: 'watched',
    family: 'domestic',
    category: 'domestic-abuse',
    weight: 0.4,
    who: 'any',
    re: rx(String.raw`\b(?:typing fast|(?:hes|shes) (?:home|back) soon|before (?:he|she) (?:gets|comes) (?:home|back)|if (?:he|she) (?:sees|finds) this|(?:checks|reads|goes through) my (?:phone|messages)|delete this chat)\b`),
  },

  // ---- Online grooming and exploitation ------------------------------------------------------
  {
    id: 'pics',
    family: 'online',
    category: 'grooming-exploitation',
    weight: 0.7,
    who: 'any',
    re: rx(String.raw`\b(?:ask\w*|want\w*|pressur\w*|beg\w*|make|made|making|told|get|getting|got|for|send|sending|sent|share|sharing|shared) (?:him |her |them |me |my \w+ |son |daughter |ds |dd )?(?:to send )?(?:for )?(?:him |her |them )?(?:some |more )?(?:naked |nude |rude |explicit |sexual |private |inappropriate )?(?:pics|pictures|photos|images|nudes|selfies|videos)\b(?!.* (?:of (?:the|our) (?:trip|holiday|class|school)))|
      \bnudes\b|\bsextortion\b|
      \b(?:post|share|send|show|put)(?: \w+){0,3} (?:pictures|pics|photos|images|videos|it|them)(?: \w+){0,3} (?:unless|if (?:i|she|he) (?:dont|doesnt|wont))\b|\bunless (?:i|she|he|we) (?:pay|pays|send|sends)\b|\bsend it to everyone\b|\b(?:post|share) (?:it|them) (?:everywhere|online)\b|
      \b(?:ask\w*|wants?|wanted|told|tells) (?:her|him|me|them|son|daughter|ds|dd) to (?:video call|facetime|go on (?:cam|camera|video)|turn on (?:the|her|his) camera|undress|take (?:her|his|my) clothes off|send more)\b|\b(?:naked|nude|rude|explicit|sexual|intimate|indecent) (?:pics|pictures|photos|images|videos|messages|chat)\b|\bblackmail\w*\b|\bthreaten(?:s|ed|ing)? to (?:share|post|send)\b`),
  },
  {
    id: 'groom',
    family: 'online',
    category: 'grooming-exploitation',
    weight: 0.8,
    who: 'any',
    needsPerson: true,
    re: rx(String.raw`\bgroom(?:ed|ing|er|s)?\b(?! (?:the dog|dogs?|his hair|her hair|hair|nails|personal|himself|herself|routine|kit|brush|appointment|parlour))`),
  },
  {
    id: 'stranger',
    family: 'online',
    category: 'grooming-exploitation',
    weight: 0.35,
    who: 'any',
    re: rx(String.raw`\b(?:some|a|an|this|older|grown|random|strange|adult|unknown) (?:man|men|guy|guys|bloke|adult|adults|stranger|person|boys?|lads?|girl|woman|people)(?: \w+){0,2} (?:online|on (?:snapchat|snap|tiktok|instagram|insta|discord|roblox|whatsapp|fortnite|minecraft|xbox|playstation|psn|facebook|fb|messenger|kik|telegram|omegle|youtube|twitch|a game|the game|his game|her game|his phone|her phone|the internet)|from (?:snapchat|snap|tiktok|instagram|insta|discord|roblox|whatsapp|fortnite|minecraft|xbox|playstation|psn|facebook|fb|messenger|kik|telegram|omegle|youtube|twitch|a game|the game|his game|her game|his phone|her phone|the internet))\b|
      \b(?:man|adult|guy|someone|person|stranger) (?:who says|who said|claiming|pretending|saying) (?:hes|shes|he is|she is|to be) (?:\d+|a kid|a child|younger|her age|his age)\b|\b(?:older|adult|\d\d year old) (?:boyfriend|girlfriend|man|men|lads|boys)\b|\b(?:added|adding|befriended|follows|following)(?: \w+)? by (?:a|an|some) (?:man|adult|stranger|older)\b|\bpretending to be\b|\bmet (?:someone|a man|a guy|an older|him|her|them) (?:online|on (?:snapchat|tiktok|instagram|discord|roblox|a game|the game|fortnite|xbox))\b|\b(?:sends?|sent|sending) (?:him|her|them) (?:a )?(?:train|taxi|uber|bus) (?:ticket|money|fare)\b|\bwants? (?:him|her|them|me) to (?:come|go) (?:to|round to) (?:his|her|their|a) (?:house|flat|place|hotel)\b`),
  },
  {
    id: 'online-contact',
    family: 'online',
    category: 'grooming-exploitation',
    weight: 0.3,
    who: 'any',
    re: rx(String.raw`\b(?:messaging|messaged|messages|message|talking to|talks to|chatting|chats|contacting|contacted|texting|dming|dms)\b(?=.*\b(?:online|snapchat|tiktok|instagram|discord|roblox|whatsapp|fortnite|xbox|game|man|stranger|older|adult|secret|late at night|at night|pics|photos|meet)\b)|
      \b(?:wants?|wanted|asked|asking|arranged|arranging|plans?|planning|going|told) (?:me |him |her |them |son |daughter |ds |dd )?to meet(?: up)?\b|\bmeet(?:ing)? (?:up )?(?:with )?(?:him|her|them|someone|a man)(?: \w+)? (?:from|they met|he met|she met) (?:online|the game|snapchat|tiktok)\b|

      \bdelet(?:e|es|ed|ing) (?:the )?(?:messages|chats|the chat)\b|\bsecret (?:phone|account|snapchat|instagram)\b`),
  },
  {
    id: 'gifts',
    family: 'online',
    category: 'grooming-exploitation',
    weight: 0.5,
    who: 'any',
    re: rx(String.raw`\b(?:sent|sends|sending|gave|gives|giving|bought|buys|buying) (?:him|her|them|son|daughter|ds|dd|my \w+|my \w+ \w+)(?: \w+)? (?:money|gifts|presents|vouchers|a phone|new phone|trainers|credit|robux|vbucks|v bucks|cash|clothes|drugs|alcohol|vapes|food)\b|\bpicks (?:him|her|them) up in (?:a|his|her) car\b|\b(?:home|back) at \d+ ?am\b|\bout (?:late|all night) (?:with|and)\b|\b(?:20|twenty|30|thirty) something\b`),
  },
  {
    id: 'age-gap',
    family: 'online',
    category: 'grooming-exploitation',
    weight: 0.9,
    who: 'any',
    re: rx(String.raw`\b(?:boyfriend|girlfriend|man|guy|lad|bloke|partner|friend)(?: \w+){0,2} (?:is|whos|aged|who is) (?:1[89]|[2-9][0-9])\b(?=.*\b(?:shes|hes|she is|he is|only|aged|daughter|son|year) (?:1[0-5]|[4-9])\b)|
      \b(?:shes|hes|she is|he is|daughter is|son is|only) (?:1[0-5])\b(?=.*\b(?:boyfriend|girlfriend|man|guy|lad)(?: \w+){0,2} (?:is|whos|aged|who is) (?:1[89]|[2-9][0-9])\b)`),
  },
  {
    id: 'adult-contact',
    family: 'online',
    category: 'grooming-exploitation',
    weight: 0.7,
    who: 'any',
    re: rx(String.raw`\b(?:teacher|ta|coach|tutor|youth worker|staff|adult|man|woman|neighbour|uncle|family friend|stepdad|lodger)(?: \w+){0,6} (?:messaging|messaged|messages|texting|texts|texted|dms|dming|dmd|snapchatting|snapchats|adding|added|follows|contacting|contacted|calling|facetiming)(?: \w+){0,2} (?:him|her|them|my \w+|son|daughter)\b(?=.*\b(?:night|secret|snapchat|snap|instagram|insta|tiktok|whatsapp|discord|private|personal|delete|late|gifts|meet)\b)|
      \b(?:says|said|threaten\w*) (?:hell|shell|he will|she will|theyll|they will|to) (?:tell|show|send (?:it|them) to) (?:my|her|his|their|your) (?:school|mum|dad|parents|friends|family|teacher)\b`),
  },
  {
    id: 'secret-online',
    family: 'online',
    category: 'grooming-exploitation',
    weight: 0.4,
    who: 'any',
    re: rx(String.raw`\b(?:keep (?:it )?(?:a |our )?secret|our (?:little )?secret|(?:not|dont) (?:to )?tell (?:my|your|his|her|anyone) ?(?:mum|dad|parents)?|delet(?:e|es|ed|ing) (?:the |all the )?(?:messages|chats|chat))\b`),
  },
  {
    id: 'exploitation-signs',
    family: 'online',
    category: 'grooming-exploitation',
    weight: 0.4,
    who: 'any',
    re: rx(String.raw`\b(?:burner|secret) phone\b|\b(?:second|another|extra) phone\b(?=.*\b(?:cash|money|late|older|wont say|secret|owes)\b)|\b\d+ (?:in cash|cash|quid)\b|\bcash (?:he|she) (?:cant|wont) explain\b`),
  },
  {
    id: 'exploitation',
    family: 'online',
    category: 'grooming-exploitation',
    weight: 0.8,
    who: 'any',
    re: rx(String.raw`\b(?:county lines|criminal exploitation|sexual exploitation|cse|cce|cuckooing|trafficked|trafficking|exploited|exploiting|exploitation)\b|
      \b(?:carrying|carry|carries|holding|hold|moving|deliver\w*|selling|sell|running|dealing|drop(?:ping)? off) (?:drugs|packages|parcels|a knife|weed|bags|stuff) (?:for|to)\b|\bbeing used to (?:sell|carry|deliver|hold)\b|
      \b(?:owes|owe|debt to|in debt to) (?:them|him|older|some|these|the|people) (?:\w+ )?(?:boys|lads|men|people|money)?\b|\bowes (?:this|that|a|the) (?:guy|man|lad|bloke)\b|\bworking for (?:some |these |older |a )?(?:older |men|man|lads|people|boys|gang)\b|
\b(?:taken|driven|picked up) (?:to|by) (?:other towns|hotels|parties|flats|older men|men in cars|older boys)\b|
      \b(?:cash|money|new clothes|new trainers|designer) (?:he|she) (?:cant|wont|cannot) explain\b|\bgoing missing\b(?=.*\b(?:older|car|money|phone)\b)`),
  },

  // ---- A child missing ---------------------------------------------------------------------
  {
    id: 'missing',
    family: 'missing',
    category: 'child-missing',
    weight: 0.8,
    who: 'any',
    re: rx(String.raw`\b(?:gone missing|went missing|is missing|are missing|been missing)\b(?! (?:lessons?|school|class|classes|days?|weeks?|out|a lot|loads|so much|learning|work|meals|breakfast|lunch|friends|therapy|appointments?|sessions?|words|letters|sounds|milestones|pe|break|playtime|his \w+|her \w+))(?<!\b(?:bag|bags|coat|phone|form|forms|letter|file|book|shoe|shoes|paperwork|report|money|keys|lunchbox|uniform|jumper|dog|cat|parcel|post|email|page|document|documents|record|records|it|that|this|plan|ehcp|bottle|glasses|hearing aid|tablet|ipad|cardigan|toy|teddy|lunch|register|its|thats|which|one|they|these|those) (?:has |have |had )?(?:gone|went|is|are|been) missing)|\b(?:missing since|missing from (?:home|school|site|the park|the house|his room|her room|care)|reported (?:him|her|them) missing)\b|
      \b(?:has|have|hes|shes|just|he has|she has)(?: \w+)? (?:run off|run away|ran off|ran away|gone off|wandered off|left the house|got out|escaped|absconded|bolted|disappeared)\b(?! (?:the (?:scale|scales|rails|charts|boil|idea|plan|top)|on one|it|track|topic|his food|her food|the deep end))|\babscond\w*\b|
      \b(?:cant|cannot|can not|couldnt) find (?:him|her|them|son|daughter|ds|dd|my \w+|the \w+)\b|\b(?:dont|do not|nobody|no one|noone) know(?:s)? where (?:he|she|they|son|daughter|ds|dd|my \w+) (?:is|are|has gone|went)\b|
      \b(?:hasnt|has not|havent|have not|didnt|did not|not|never) (?:come|came|been|got|gotten|returned|arrived|turned up)(?: \w+)? (?:home|back|to school|in)\b|\bnot (?:in school|at school) and (?:not|no one|nobody)\b|
      \b(?:has |have )?left (?:the )?(?:school )?site\b|\bleft school without\b|\b(?:staff |police |we )?(?:are )?searching(?: for (?:him|her|them))?\b|\b(?:never|not|hasnt|didnt) (?:arrived|turned up|got) (?:at|to|in) (?:school|college|home)\b|
      \bbeen gone (?:since|for|all)\b|\b(?:not|hasnt|havent|nobody has|no one has|noone has)(?: been)? seen (?:him|her|them )?(?:since|for (?:hours|days|two days))\b|\b(?:stayed|been) out (?:all night|overnight)\b|\b(?:hasnt|didnt|not) (?:slept|been) (?:at home|home) (?:last night|for)\b|\bdidnt come home (?:from|after|last)\b|\b(?:havent|hasnt|cant|couldnt|not) (?:found|find) (?:him|her|them)\b`),
  },
  {
    id: 'ran-away',
    family: 'missing',
    category: 'child-missing',
    weight: 0.6,
    who: 'any',
    re: rx(String.raw`\b(?:ran|run|runs|running|gone) (?:away|off)\b(?! (?:the (?:scale|scales|rails|charts|boil|idea|plan|top)|on one|it|track|topic|with (?:the|my|his|her) (?:idea|plan|money)|the deep end))|\bbolted\b`),
  },

  // ---- Immediate danger -------------------------------------------------------------------
  {
    id: 'danger-place',
    family: 'danger',
    category: 'immediate-danger',
    weight: 0.6,
    who: 'any',
    re: rx(String.raw`\b(?:on|onto|up on|at the edge of|standing on|sitting on|climbed (?:onto|on|up|out)|out on|hanging out of|leaning out of)(?: the| a| top of the| the top of the)? (?:\w+ )?(?:roof|ledge|bridge|balcony|window|windowsill|railway|railway line|tracks|train tracks|motorway|cliff|edge|top floor)\b`),
  },
  {
    id: 'in-traffic',
    family: 'danger',
    category: 'immediate-danger',
    weight: 0.6,
    who: 'any',
    re: rx(String.raw`\b(?:standing|sitting|lying|running|run|ran|walking|walked) (?:in|into|out into) (?:the|a) (?:road|middle of the road|traffic|motorway)\b|\b(?:run|running|ran|jump|jumping) (?:at|into|in front of) (?:the )?(?:cars|traffic|a car|a lorry|a bus)\b|\bcant (?:hold|stop|restrain|calm) (?:him|her|them)\b`),
  },
  {
    id: 'will-jump',
    family: 'danger',
    category: 'immediate-danger',
    weight: 0.6,
    who: 'any',
    re: rx(String.raw`\b(?:will|going to|wants to|gonna|threatening to|about to|says|said|saying|hell|shell)(?: hes| shes| he| she)?(?: going to| will|ll)? jump\b|\bhe(?:ll|s going to) jump\b|\bshe(?:ll|s going to) jump\b`),
  },
  {
    id: 'weapon',
    family: 'danger',
    category: 'immediate-danger',
    weight: 0.6,
    who: 'any',
    re: rx(String.raw`\b(?:has|had|got|holding|with|waving|grabbed|picked up|carrying|pulled|brandishing|threatening (?:me|us|him|her) with)(?: a| the| my| his| her| kitchen)? (?:knife|knives|blade|gun|weapon|scissors|razor|hammer|axe|bat|machete)\b`),
  },
  {
    id: 'ingested',
    family: 'danger',
    category: 'immediate-danger',
    weight: 1,
    who: 'any',
    re: rx(String.raw`\b(?:swallowed|taken|took|has taken|drank|drunk|eaten|ate|downed|necked)(?: \w+){0,1} (?:a load of|loads of|a lot of|lots of|a handful of|all (?:of )?(?:my|his|her|the|mums|dads)|some of (?:my|his|her|the|mums|dads)|the whole|a whole|too many|too much|a bottle of|a packet of|a box of|a strip of|an overdose|batteries|a battery|magnets|bleach|washing tablets|a button battery|tablets|pills)(?: \w+){0,3}\b|
      \b(?:stab wound|knife wound|been stabbed|got stabbed|not breathing|isnt breathing|stopped breathing|unconscious|unresponsive|wont wake up|cant wake (?:him|her|them)|turning blue|blue lips|bleeding (?:a lot|heavily|everywhere|badly|loads)|lots of blood|wont stop bleeding|cant breathe|struggling to breathe)\b|
      (?<!\b(?:from|to|of|if (?:he|she|they|i|you) (?:has|have|had|get|gets|got)|risk of|history of|had|plan for|in case of|with) (?:an? |any )?)\b(?:allergic reaction|anaphylaxis|anaphylactic)\b|\bseizure (?:that |and it )?(?:wont|isnt|hasnt|will not) stop\b|\bseizure for (?:over |more than )?(?:\d+|five|ten) minutes\b|
      \b(?:tied|tie|tying) (?:something|a \w+|it) (?:round|around) (?:his|her|their|my) neck\b|\bwont let me in(?:to)? the (?:bathroom|room|bedroom)\b|
      \bin (?:immediate|serious|real) danger\b(?! of)|\b(?:is|are|were|in) danger (?:right )?now\b|\b(?:is|are) outside (?:our|my|the) (?:house|door|flat|home)(?: right now| now)?\b(?=.*\b(?:abused|hit|man who|ex|threat|scared|hysterical|kill)\b)`),
  },

  // ---- A dependant at risk from the speaker or their carer ----------------------------------
  {
    id: 'urge-to-harm',
    family: 'dependant',
    category: 'dependant-at-risk',
    weight: 1,
    who: 'any',
    re: rx(String.raw`\b(?:i|im|ive|id|ill)(?: \w+){0,4} (?:could|might|will|would|want to|wanted to|going to|feel like|urge to|tempted to|nearly|almost|came close to|about to|scared ill|afraid ill|worried ill|scared i will|afraid i will|scared i might|afraid i might|worried i might|worried i will|scared im going to|afraid im going to|think ill|going to end up)(?: really)? (?:hurt|harm|hit|shake|smother|kill|drown|strangle|suffocate|throw|slap|snap and hurt|lose it and hurt|put a pillow|drop|hit)(?:ing)?(?: \w+)? (?:him|her|them|son|daughter|ds|dd|the baby|my baby|the kids|my kids|my son|my daughter|my child|the children|over)\b|
      \b(?:thoughts|pictures|images|imagining|imagine|keep seeing|visions)(?: \w+){0,3} (?:of|about)? ?(?:hurting|harming|killing|drowning|dropping|throwing|shaking|smothering|suffocating|stabbing) (?:him|her|them|son|daughter|ds|dd|the baby|my baby|the kids|my kids|my son|my daughter)\b|
      \b(?:keeps? )?imagining (?:dropping|throwing|hurting|drowning|smothering)\b|\bhurting (?:myself and|me and) (?:the kids|them|my kids|son|daughter|ds|dd)\b|
      \b(?:scared|afraid|frightened|terrified|worried) (?:of )?(?:what (?:i|ill|id)(?: might| could| will| would)? do|i (?:might|will|could|ll) (?:hurt|harm|do something|snap|lose control)|of myself)\b|
      \b(?:take|taking) (?:me|us|him|her|my(?: \w+){1,2}|son|daughter|ds|dd)(?: and (?:my|me) \w+)? with (?:her|him|them) if (?:she|he|they) (?:goes|go|dies|die)\b|\b(?:give|giving) (?:me and|us|the kids|them|son|daughter|ds|dd)(?: \w+)* tablets so\b|\bso (?:we|they) all (?:go to sleep|die|sleep) together\b|\bkill (?:the kids|my kids|us all|the children|them all|the baby)(?: \w+)? (?:and|then) (?:myself|me|himself|herself)\b|\btake (?:the kids|my kids|the children|them) with (?:me|him|her)\b(?=.*\b(?:die|gone|go|end|kill|if)\b)|\bnobodys left behind\b|
      \b(?:dont|do not|cant) trust myself (?:with|around|near|alone with)\b|\b(?:scared|afraid|frightened|terrified) (?:to be|of being) (?:alone|left alone|on my own) with (?:him|her|them|the baby|my baby|the kids|son|daughter|ds|dd)\b|\b(?:lost|lose|losing) (?:my temper|it|control) (?:and|with (?:him|her)(?: and)?) (?:hit|hurt|smacked|slapped|shook|grabbed|threw|pushed)\b`),
  },
  {
    id: 'i-hurt-child',
    family: 'dependant',
    category: 'dependant-at-risk',
    weight: 0.6,
    who: 'any',
    re: rx(String.raw`\bi (?:shook|grabbed|slapped|hit|smacked|pushed|threw|shoved|kicked|punched|squeezed|shouted at and shook|shouted and shook)(?: \w+)? (?:him|her|them|son|daughter|ds|dd|the baby|my baby|my son|my daughter)\b|\bput a pillow over\b|\bcouldnt stop (?:myself|shaking)\b`),
  },

  // ---- Distress without risk cues ------------------------------------------------------------
  {
    id: 'distress',
    family: 'distress',
    weight: 1,
    who: 'subject',
    unless: /\b(?:but (?:surviving|coping|ok|okay|fine|managing|getting there|laughing)|haha|lol)\b/,
    re: rx(String.raw`\b(?:end of my tether|burntout|not coping|(?:im|i am|been|really) struggling|(?:its|it is|its all|everything is) (?:too much|getting on top of me)|going under|head above water|getting on top of me|need (?:someone|somebody) to talk to|no one to talk to|nobody to talk to|hanging on by a thread|by a thread|barely (?:holding on|coping|keeping)|just about coping|holding it together|out of my depth|finding (?:it|this|everything) (?:really |so |very )?(?:hard|difficult|tough)|really difficult|difficult week|difficult day|fed up|\bsad\b|and cry|cant stop crying|(?:feel|feeling|felt) (?:like )?(?:a failure|useless|broken|empty|worthless|lost|so low|really low|down)|(?:really|so) (?:down|low|stressed)|stressed out|barely sleeping|worn out|(?:had|have) a (?:little |bit of a |good )?cry|(?:its|it is|its all|it is all) (?:all )?(?:just )?(?:a lot|too much)|cry (?:every|all|myself|at night|in the)|cries (?:every|all)|end of (?:my|our) rope|breaking point|wits end|cant cope|not coping|struggling to cope|struggling (?:so much|mentally|with my mental health)|cant take (?:much more|it|this)|falling apart|fall apart|breaking down|broke down|nearly broke me|broken me|crying (?:all|every|myself|in|on|at)|cried (?:in|after|all|every|myself|on|at)|in tears|so depressed|depressed|so low|lonely|so alone|all alone|overwhelmed|exhausted|burnt out|burned out|burnout|drained|frazzled|demoralised|defeated|worn down|worn out|running on empty|numb|drowning in|losing my mind|a failure|failing (?:him|her|them|my)|panic attack|anxiety attack|signed off|stress(?:ed)? (?:out|leave)|cant sleep|not sleeping|awake worrying|sad all the time|so sad|just so sad|feel sad|really sad|guilty all the time|feel guilty|grieving|hate myself|rough week|rough day|hard day|worst week|worst christmas|mental health isnt|not ok|not okay|not doing ok|so tired of|tired all the time|so fed up|fed up of fighting|cant do this|had enough|at rock bottom|dark place|nobody listens|no one listens|nobody listened|no one listened|on my own|always on my own|nobody gets me|no one gets me|no help|dreading|so anxious|really anxious|anxious|worried sick|sick with worry|low morale|struggling with money|lost my job|so tired|really tired|knackered and)\b`),
  },
];

export const BOOSTERS: readonly Booster[] = [
  { id: 'unreachable', families: ['suicide', 'missing'], adds: 0.3, re: /\b(?:not replying|not answering|isnt answering|wont answer|not picking up|cant get hold of|no one can get hold|cant reach|phone (?:is )?off|drove off|left the house|not in school)\b/ },
  { id: 'now', families: ['suicide', 'danger', 'missing', 'domestic', 'self-injury', 'dependant', 'eating'], adds: 0.3, re: /\b(?:tonight|right now|now|today|this morning|this evening|last night|just now|at the moment|this minute|this weekend|tomorrow|soon|every day|every night|again|20 minutes ago|an hour ago)\b/ },
  { id: 'means', families: ['suicide', 'danger', 'dependant'], adds: 0.3, re: rx(String.raw`\b(?:${MEDS}|rope|noose|belt|knife|blade|razor|gun|${HEIGHT}|engine|garage|bleach|cord|ligature|river|canal|cupboard)\b`) },
  { id: 'thinking', families: ['suicide', 'dependant'], adds: 0.3, re: /\b(?:thinking|think|thought|thoughts|keep|keeps|planning|plan|going to|want to|urge|tempted|considering|googling|searching|looking up|looked up)\b/ },
  { id: 'child', families: ['abuse', 'online', 'missing', 'danger', 'domestic', 'eating', 'dependant'], adds: 0.25, re: /\b(?:son|sons|daughter|daughters|child|childs|children|kid|kids|boy|girl|baby|babys|toddler|teen|teenager|pupil|student|stepson|stepdaughter|grandson|granddaughter|nephew|niece|little one|little brother|little sister|\d+ year old|year \d+|y\d+|son|daughter|ds|dd|autistic|asd|adhd|non verbal|send|ehcp|sen)\b/ },
  { id: 'adult-actor', families: ['abuse', 'domestic', 'online'], adds: 0.3, re: /\b(?:partner|husband|wife|boyfriend|girlfriend|ex|stepdad|stepmum|uncle|aunt|auntie|grandad|grandpa|nan|cousin|dad|mum|father|mother|adult|man|men|teacher|ta|carer|babysitter|coach|lads|someone)\b/ },
  { id: 'fear', families: ['abuse', 'domestic', 'dependant', 'online'], adds: 0.3, re: /\b(?:scared|terrified|afraid|frightened|fear|petrified|hides|hiding|hid|flinches|wet (?:himself|herself)|hysterical)\b/ },
  { id: 'repeated', families: ['abuse', 'domestic', 'self-injury'], adds: 0.2, re: /\b(?:again|every day|every night|all the time|keeps|constantly|always|for hours|every weekend|every time|for (?:a|\d+|two|three) (?:week|weeks|month|months|days)|for days|all week)\b/ },
  { id: 'punishment', families: ['abuse'], adds: 0.3, re: /\b(?:as (?:a )?punishment|to punish|punish(?:es|ed|ing)?|for being naughty|if (?:he|she|they) (?:gets?|got) (?:it|something|anything) wrong|when (?:he|she|they) (?:misbehaves?|is naughty|wets?|stims?|cries|cry))\b/ },
  { id: 'marks-said', families: ['abuse'], adds: 0.3, re: /\b(?:said|says|told me|disclosed|admitted)\b/ },
  { id: 'time-gone', families: ['missing'], adds: 0.3, re: /\b(?:since (?:yesterday|last night|this morning|\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|getting dark|its dark|for hours|all night|overnight|hours ago|not answering|isnt answering|wont answer|phone (?:is )?off|anywhere|police)\b/ },
];

export const FRAMES: readonly Frame[] = [
  {
    id: 'topic',
    families: 'all',
    factor: 0.35,
    re: rx(String.raw`\b(?:signs of|sign of|symptoms of|training (?:on|about|in|for)|course (?:on|about)|policy|policies|leaflet|leaflets|information (?:on|about)|guidance (?:on|about|for)|(?:the )?news (?:said|says|reported|showed|story)|in the news|on the radio|info (?:on|about)|awareness|lessons? (?:on|about)|curriculum|pshe|rshe|assembly|(?:a|the|in|reading|read|watched|watching|on the|saw on|seen on|heard on|class|story|picture|library|favourite|bedtime) (?:the )?(?:book|novel|story|film|movie|tv|telly|programme|documentary|news|article|podcast|episode|series|play|facebook|youtube|drama|poem)|character|research|statistics|stats|essay|project|lyrics|prevention|resources (?:on|about|for)|talk to (?:him|her|them|my \w+|son|daughter|ds|dd|the class|pupils) about|explain (?:to|about|it)|teach|teaching|if a (?:child|pupil|student|young person|parent)|what should (?:i|we|staff) do if|how do (?:i|we|schools?|staff) (?:respond|support|handle|deal|report|record)|who do (?:i|we) (?:report|tell)|report(?:ing)? (?:a|an) (?:concern|disclosure)|risk assessment|safety plan|what (?:is|are|does) (?:a |an |the )?(?:selfharm|self|suicid\w*|abuse|neglect|groom\w*|domestic|exploitation|county lines|overdose|eating disorder|anorexi\w*|bulimi\w*|signs|cse|cce|coercive|sextortion)|does (?:the|an|a) \w+ (?:check|cover|include|count)|(?:does|do|can|will|would) (?:camhs|the gp|gps|the nhs|nhs|school|schools|the school|the council|social care|services|they|you) (?:see|treat|help|support|work with|assess|accept|take)(?: \w+){0,2} (?:children|kids|young people|people|pupils|teenagers|teens|adults|anyone|families) (?:who|with|that)|safeguarding (?:training|lead|policy|team|procedures?|audit)|dsl training|what if|in case|(?:kids|children|people|young people|pupils|teenagers|adults)(?: with \w+)? (?:are|get) (?:more )?(?:at risk|likely)|risk of suicide|suicide risk|(?:suicide|self ?harm) (?:rates?|figures|statistics)|(?:higher|high|increased|rising) (?:suicide |self ?harm )?rates?|is it true|(?:more |less )?(?:common|likely|prevalent) (?:in|among|amongst|for)|rates? of|i read (?:it|that|about|an)|in psychology|families affected by|difference between|what counts as|classed as|definition of|the plot|protagonist|main character|storyline|soap|book review|metaphor|(?:my|our|this|the) (?:english |set |class )?(?:book|novel|text|play|poem)s?|(?:were|we are) (?:reading|studying)|cartoon|anime|in the (?:story|book|film|show|episode|game)|(?:support|help|services?|groups?|resources|advice|charities|anything|provision) for (?:young people|children|kids|teenagers|teens|people|pupils|students|families|parents|carers|adults)(?: who| with| affected)?|what (?:do|should|would) (?:i|we|you|staff) do if)\b`),
  },
  {
    id: 'past',
    families: ['suicide', 'self-injury', 'eating', 'missing', 'danger', 'distress'],
    factor: 0.35,
    re: rx(String.raw`\b(?:used to|years ago|when (?:i|he|she) was (?:younger|a teenager|a teen|at school|a kid|a child|little|\d+)|in the past|no longer|(?:been|doing) (?:well|better|much better|fine|ok) (?:for|now|since)|(?:stopped|quit) (?:cutting|selfharming|harming)|doing (?:much |so )?(?:better|well) now|recovered|in recovery|history of|been well|a long time ago|last year|im ok now|all resolved|(?:is|are|hes|shes|theyre|im|were) (?:(?:really|very|much|so|doing|totally|completely) )?(?:well|fine|ok|okay|better|stable|clear) now|(?:\w+ )?(?:years?|months?) (?:clear|clean|free)|well ever since|(?:loads|lots|so much|much) better now)\b`),
  },
  {
    id: 'over',
    families: ['domestic', 'abuse'],
    factor: 0.35,
    re: rx(String.raw`\b(?:years ago|used to be|in the past|im safe now|safe now|remarried|all resolved|been resolved|all closed|closed now|long time ago|when i was (?:a kid|little|a child|young))\b`),
  },
  {
    id: 'dosing',
    families: ['suicide', 'danger'],
    factor: 0.3,
    re: rx(String.raw`\b(?:safe|maximum|max|recommended|normal|usual|prescribed|right|correct) (?:dose|amount|dosage)\b|\b(?:a|the) risk (?:with|of|for)\b|\brisks? of\b|\bwhat happens if (?:a|my|he|she|you|they)\b|\bis it (?:dangerous|safe) (?:to|if)\b|\b(?:side effects|interact\w*)\b`),
  },
  {
    id: 'legacy',
    families: ['suicide'],
    factor: 0.3,
    re: rx(String.raw`\b(?:what will happen (?:to \w+ )?when|who will look after (?:him|her|them) when|if anything (?:ever )?happens to me|like any parent should|letter of wishes|made a will)\b`),
  },
  {
    id: 'resolved',
    families: ['missing', 'danger'],
    factor: 0.3,
    re: rx(String.raw`(?<!\b(?:havent|hasnt|not|cant|couldnt|didnt|never|still not|yet to) )\b(?:found (?:him|her|them)|(?:hes|shes|theyre|he is|she is) (?:back|home|safe|fine|ok|okay)|turned up|came back|come back safe|is safe now|found (?:safe|alive|well|unharmed)|was fine|false alarm|all fine now|we got him|we got her|glad they found|(?:off|from|on) the (?:register|system|list)|glitch\w*|sorted (?:it|now)|all resolved)\b`),
  },
  {
    id: 'restraint',
    families: ['abuse'],
    factor: 0.4,
    re: rx(String.raw`\bto (?:stop|keep|prevent) (?:him|her|them) (?:from )?(?:running|hurting|falling|hitting|getting|going|biting|leaving)\b|\bfor (?:his|her|their) (?:own )?safety\b|\brestrain\w*\b|\bpositive handling\b|\bsafe hold\b`),
  },
  {
    id: 'accident',
    families: ['self-injury', 'abuse', 'danger'],
    factor: 0.3,
    re: rx(String.raw`\b(?:food tech|cooking|cookery|dt lesson|(?:cut|burnt|burned) (?:his|her|my) (?:finger|thumb|hand)|accident|accidentally|accidental|fell|fall|falls|falling|tripped|slipped|playing|football|rugby|pe lesson|playground|trampoline|bike|scooter|sports|by a ball|on (?:a|the) (?:corner|table|door|glass|knife)|clumsy|bruises easily|eczema|chickenpox)\b`),
  },
];

/**
 * Frames told in the clause next to a cue that still make it history ("dd selfharmed in year 8, she's three
 * years clear now"): they reach one clause either side, unless the cue's own clause says it is happening now.
 */
export const NEIGHBOUR_FRAMES: ReadonlySet<string> = new Set(['past', 'over', 'resolved']);
export const HAPPENING_NOW = /\b(?:again|tonight|today|last night|this (?:morning|afternoon|evening|week|weekend)|yesterday|right now|at the moment|atm|currently|still|keeps?|started|starting|relaps\w*|now|this time|for real|anymore)\b/;

/**
 * The writer says outright that it is no joke ("not joking", "they think im kidding", "i mean it"):
 * it cancels a laugh, and the learned layer may not overrule the rules' crisis either.
 */
export const SAYS_SERIOUS = /\b(?:not|wasnt|isnt|arent|werent|no|never|aint) (?:even |really |actually )?(?:joking|kidding|a joke|messing)\b|\b(?:think|thinks|thought|reckon|reckons) (?:im|i am|hes|shes|theyre|they are|he is|she is|i was|he was|she was) (?:just |only )?(?:joking|kidding|messing)\b|\bnot (?:a )?joke\b|\bmean it\b|\b(?:im|i am|being|deadly|dead) serious\b/;

/** A frame heard anywhere in the message that scales every clause's cues, unless words elsewhere cancel it. */
export type MessageFrame = Frame & { cancels?: RegExp };

export const MESSAGE_FRAMES: readonly MessageFrame[] = [
  {
    // A laugh or "jk" says the death words are a figure of speech; "not joking" says the opposite, and wins.
    id: 'laughing',
    families: 'all',
    factor: 0.4,
    re: /\b(?:haha\w*|ahah\w*|hehe\w*|jk|lmf?ao+|rofl|(?:just|only|im|am) (?:joking|kidding|messing))\b/,
    cancels: SAYS_SERIOUS,
  },
  {
    // A question about procedure or training, not a case in front of the writer.
    id: 'procedure',
    families: 'all',
    factor: 0.35,
    re: /\b(?:inset|cpd|(?:policy|training|recording|refresher|procedure|procedural) (?:question|query|request|q)|not a (?:live|real|current|actual) (?:case|situation|disclosure|incident))\b/,
  },
];
