import type { Cue } from './cues';

/**
 * Word-family cues built by combination (who × harm × whom, or place × thought) rather than
 * from example sentences, so phrasings nobody wrote down are still heard. Each part alone is
 * everyday language ("dad", "shouts", "the bridge"); only the combination is a signal, and
 * most weigh under 1 so a second cue or a booster (time, fear, repetition) is needed.
 */
const rx = (source: string) => new RegExp(source.replace(/\s*\n\s*/g, ''));

/** An adult who might harm a child. Pronouns are left out: "he hits her" is often one child and another. */
const ADULT = String.raw`(?:dad|mum|mam|mom|father|mother|stepdad|stepmum|step dad|step mum|stepfather|stepmother|partner|husband|wife|boyfriend|girlfriend|ex|uncle|aunt|auntie|nan|nana|grandad|grandma|grandpa|granny|carer|foster carer|babysitter|childminder|teacher|coach|lodger|his dad|her dad|his mum|her mum|their dad|their mum|my ex|my partner|my husband|my wife)`;
const VICTIM = String.raw`(?:him|her|them|me|us|my son|my daughter|my boy|my girl|my child|my kids|the kids|the children|the baby|my baby|our son|our daughter|ds|dd|son|daughter|my little one|the little one|my newborn|the newborn|his sister|his brother|her sister|her brother)`;
const HIT = String.raw`(?:hit|hits|hitting|smack|smacks|smacked|smacking|slap|slaps|slapped|slapping|punch|punches|punched|punching|kick|kicks|kicked|kicking|shove|shoves|shoved|shoving|push|pushes|pushed|throw|throws|threw|thrown|drag|drags|dragged|dragging|choke|chokes|choked|choking|strangle\w*|beat|beats|beaten|beating|batter\w*|whack\w*|thump\w*|wallop\w*|pinch\w*|bite|bites|bit|burn|burns|burnt|burned|grab|grabs|grabbed|grabbing|shake|shakes|shook|shaking|hurt|hurts|hurting|scald\w*|twist\w*|squeez\w*|belt|belts|belted)`;
const BODY = String.raw`(?:arm|arms|leg|legs|back|face|neck|body|bum|bottom|hand|hands|wrist|wrists|head|ear|ears|cheek|chest|stomach|tummy|side|shoulder|shoulders|thigh|thighs|eye)`;
const PUT_DOWN = String.raw`(?:worthless|useless|stupid|pathetic|thick|an idiot|a mistake|disgusting|a disgrace|a waste of space|a waste|a freak|a failure|evil|a burden|unlovable|a monster|a nightmare|an embarrassment|nothing|rubbish|a retard|retarded|fat|ugly|vile|a brat)`;
const MEAL = String.raw`(?:tea|dinner|lunch|breakfast|food|meals?|supper|anything to eat|a drink|water|snacks?)`;
const PLACE = String.raw`(?:bridge|cliff|ledge|edge|railway|railway line|train line|train tracks|tracks|level crossing|railway crossing|crossing|motorway|motorway bridge|flyover|roof|rooftop|top floor|multi storey|car park|river|canal|reservoir|quarry|tower block|balcony)`;

export const BROAD_CUES: readonly Cue[] = [
  // ---- Physical abuse: an adult × a hitting verb × a child; marks on a body; an implement -------
  {
    id: 'adult-hits',
    family: 'abuse',
    category: 'abuse-physical',
    weight: 0.8,
    who: 'any',
    re: rx(String.raw`\b${ADULT}(?: \w+){0,5} ${HIT}(?: \w+){0,2} ${VICTIM}\b|\b(?:brother|sister|cousin|${ADULT})(?: \w+){0,3} (?:beats?|beating|beaten) (?:me|him|her|them) up\b|\b${VICTIM}(?: \w+){0,2} (?:gets|got|was|is|been) (?:${HIT}|hit|beaten|slapped|smacked|kicked|punched) by (?:his |her |their |my )?${ADULT}\b`),
  },
  {
    id: 'marks',
    family: 'abuse',
    category: 'abuse-physical',
    weight: 0.6,
    who: 'any',
    re: rx(String.raw`\b(?:bruise\w*|marks?|fingermarks?|finger marks|hand ?prints?|welts?|burns?|burn marks|cigarette burns|black eye|split lip|bite marks|grip marks|lash\w*) (?:on|all over|across|round|around|down) (?:his|her|their|my) ${BODY}\b|\b(?:left|leaves|leaving) (?:a |big |red )?(?:marks?|bruises?|welts?)\b|\b(?:bruises|marks|scratches) all over\b`),
  },
  {
    id: 'implement',
    family: 'abuse',
    category: 'abuse-physical',
    weight: 0.8,
    who: 'any',
    re: rx(String.raw`\b(?:takes?|took|taking|uses?|used|using) (?:a|the|his|her) (?:belt|slipper|wooden spoon|stick|cane|shoe|hairbrush|cable|wire|lead) (?:to|on) ${VICTIM}\b|\b(?:${HIT}|hit|beats?|beaten|whipped|whips) ${VICTIM}(?: \w+){0,2} with (?:a|the|his|her) (?:belt|slipper|wooden spoon|stick|cane|shoe|hairbrush|cable|wire|lead|buckle)\b`),
  },
  {
    id: 'said-did-it',
    family: 'abuse',
    category: 'abuse-physical',
    weight: 0.5,
    who: 'any',
    re: rx(String.raw`\b(?:said|says|told (?:me|us|the teacher|staff)|disclosed)(?: that)? (?:his |her |their |my )?${ADULT} (?:did it|did (?:that|this)|${HIT}|hit (?:him|her))\b`),
  },

  // ---- Emotional abuse: an adult × contempt, rejection, terror or deprivation ----------------------
  {
    id: 'adult-contempt',
    family: 'abuse',
    category: 'abuse-emotional',
    weight: 0.7,
    who: 'any',
    re: rx(String.raw`\b${ADULT}(?: \w+){0,3} (?:calls?|calling|called|tells?|telling|told|says?|saying|keeps telling|keeps saying)(?: \w+){0,3} (?:hes|shes|theyre|im|is|was|are|he was|she was|i was|a|an|just)? ?(?:a |an |so |such a |nothing but a )?${PUT_DOWN}\b|
      \b(?:never wanted|didnt want|doesnt want|dont want|should never have had|wishes (?:she|he|they) never had|regrets having) (?:him|her|them|me|us|a (?:baby|child|kid|son|daughter|boy|girl|disabled \w+|autistic \w+))\b(?!.*\b(?:to|at|for|on|in) (?:go|school|the|a)\b)`),
  },
  {
    id: 'screams-at-child',
    family: 'abuse',
    category: 'abuse-emotional',
    weight: 0.5,
    who: 'any',
    re: rx(String.raw`\b${ADULT}(?: \w+){0,3} (?:scream\w*|shout\w*|yell\w*|swear\w*|rag\w*|roar\w*) (?:at|in the face of) ${VICTIM}\b(?!.*\b(?:tv|telly|football|game|match|referee)\b)|\b(?:scream\w*|shout\w*|yell\w*) at (?:him|her|them|me|my \w+)(?: \w+){0,3} (?:until|till|til) (?:he|she|they|i) (?:shakes|shake|shook|cries|cry|cried|wets|wet|hides|sobs|shaking|crying)\b`),
  },
  {
    id: 'deprived',
    family: 'abuse',
    category: 'abuse-emotional',
    weight: 0.7,
    who: 'any',
    re: rx(String.raw`\b(?:wont|doesnt|dont|never|not|refuses? to|wouldnt) (?:let|lets|allow|allows|give|gives) (?:him|her|them|me|us|my \w+) (?:have |eat |any )?${MEAL}\b|\b(?:no|without) ${MEAL} (?:as (?:a )?punishment|if (?:he|she|they|i))\b|\b(?:sent|sends|send) to (?:bed|(?:his|her|their) room) (?:with)?out (?:any )?${MEAL}(?: \w+){0,3} (?:again|every|all|for days)\b`),
  },
  {
    id: 'shut-in',
    family: 'abuse',
    category: 'abuse-emotional',
    weight: 0.6,
    who: 'any',
    re: rx(String.raw`\b(?:gets?|got|is|was|been|being) (?:shut|locked|kept) (?:in|into|out of|outside) (?:the |his |her |their |a )?(?:\w+ )?(?:room|bedroom|cupboard|cellar|shed|bathroom|garden|house|car|loft|garage)\b`),
  },

  // ---- A dependant at risk from the speaker: losing control × harm ----------------------------------
  {
    id: 'lose-control',
    family: 'dependant',
    category: 'dependant-at-risk',
    weight: 1,
    who: 'any',
    re: rx(String.raw`\b(?:i|ill|im|id)(?: \w+){0,5} (?:lose it|loose it|snap|flip|lose my temper|lose control|lose my rag|boil over|crack)(?: \w+){0,5} (?:and )?(?:really |actually |seriously )?(?:hurt|harm|hit|shake|smack|do something to|injure) (?:him|her|them|the baby|my baby|the kids|my son|my daughter|ds|dd)\b|
      \b(?:hes|shes|theyre|he is|she is|they are|the baby is|the kids are|babys|baby is)(?: \w+)? (?:not|isnt|arent|no longer) safe (?:with|around|near) me\b|\b(?:dont|do not) think (?:he|she|they|the baby|my baby|the kids)(?: is| are)? (?:safe|ok|okay) (?:with|around|near) me\b|\b(?:safer|better off safe) (?:away from|without) me\b|\bnot safe (?:to be )?(?:left )?(?:alone )?with (?:him|her|them|the baby|my baby|the kids)\b(?=.*\b(?:i|me|myself)\b)`),
  },

  // ---- Method: a lethal place or means × dwelling on it -------------------------------------------
  {
    id: 'place-dwelling',
    family: 'suicide',
    category: 'method',
    weight: 0.7,
    who: 'subject',
    re: rx(String.raw`\b(?:keep|keeps|stand\w*|stood|sat|sitting|sit|staring|stare|stared|looking|looked|look|drive|driving|drove|walk|walking|walked|go|going|went|park|parked|parking)(?: \w+){0,2} (?:at|on|over|down from|off|past|to|up to|near|by|at the edge of|on top of|the top of)(?: \w+){0,3} ${PLACE}\b(?=.*\b(?:over the edge|too close|on purpose|going in|thinking|think|thought|wondering|wonder|imagin\w*|how easy|how high|how far|it would be|tempted|urge|every day|every night|again|keep|keeps|kept|for ages|for hours|alone|at night|end|jump|stop)\b)(?!.*\b(?:museum|trip|visit|outing|walk with|picnic|photos|homework|project)\b)`),
  },
  {
    id: 'fumes',
    family: 'suicide',
    category: 'method',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\bgarage\b(?: \w+){0,8} (?:car|engine|motor) (?:running|on|left on|ticking over)\b|\b(?:car|engine|motor) (?:running|left running|left on)(?: \w+){0,6} garage\b|\b(?:fumes|exhaust)\b(?: \w+){0,4} (?:garage|car|pipe|window|breathe|breathing)\b`),
  },

  // ---- Passive ideation and wish to be dead: the everyday euphemisms ---------------------------------
  {
    id: 'not-wake',
    family: 'suicide',
    category: 'wish-to-be-dead',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\b(?:fine|happy|ok|okay|relieved|glad|grateful|wouldnt mind|would not mind|dont mind|dont care|wouldnt care|at peace)(?: \w+){0,3} if (?:i|id) (?:just )?(?:didnt|never|dont|did not|wouldnt|could not|couldnt) (?:wake up|wake|come back|make it|exist|see tomorrow|see the morning)\b|
      \b(?:asleep|sleep|sleeping) and (?:just )?(?:not|never|dont|didnt) (?:come back|wake|wake up|get up)\b|\bnot (?:wake|waking) up (?:tomorrow|in the morning|again|one day)\b|\bnever (?:wake|waking) up again\b`),
  },
  {
    id: 'give-up-life',
    family: 'suicide',
    category: 'passive-ideation',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\b(?:give|giving|given|gave) up on (?:life|living|everything|myself|being alive|it all|the world)\b|\b(?:done|finished) with (?:this world|this life|existing|the world)\b|\b(?:lost|losing) the will to (?:live|go on|carry on)\b|\bno will to (?:live|go on)\b`),
    unless: /\b(?:council|school|forms?|paperwork|ehcp|appeal|panel|them|lol|haha)\b/,
  },
  {
    id: 'weight-on-others',
    family: 'suicide',
    category: 'passive-ideation',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\b(?:im|i am|i feel like im|i feel like i am|just|nothing but|only)(?: \w+){0,2} (?:a |an )?(?:weight|drain|drag|millstone|problem|nuisance|dead weight|waste) (?:on|to|for|around|round) (?:everyone|everybody|my family|them all|all of them|you all|my kids|my husband|my wife|my partner|the family|everyones neck)\b|
      \b(?:dragging|drag|holding) (?:everyone|everybody|them all|my family|the family) (?:down|back)\b|\b(?:in|ruining) everyones (?:way|lives|life)\b|\beveryones (?:life|lives) would be (?:easier|better)\b`),
  },
  {
    id: 'no-point-any',
    family: 'suicide',
    category: 'passive-ideation',
    weight: 0.6,
    who: 'subject',
    re: rx(String.raw`\bwhats (?:even )?the point (?:of|in) (?:any of it|carrying on|trying|waking up|getting up|bothering|me|anything anymore|going on)\b|\b(?:no|nothing to) (?:reason|point) (?:to |in )?(?:get up|getting up|wake up|waking up|keep going|stay|staying)\b|\bcant see (?:a |any )?(?:future|way forward|end to (?:this|it))\b`),
  },
  {
    id: 'not-exist',
    family: 'suicide',
    category: 'passive-ideation',
    weight: 0.8,
    who: 'subject',
    re: rx(String.raw`\b(?:want|wanna|wish|wishing) (?:to |i could |i could just )?(?:just )?(?:not (?:be|exist|be here|be around|be alive)|stop (?:existing|living|breathing|being alive)|fade away|be gone|cease to exist)\b|\bwish (?:i|id) (?:wasnt|werent|was not|never was|had never been) (?:here|alive|around|born)\b`),
  },
  // ---- Second round: the same ideas in more of their everyday forms ---------------------------------
  {
    id: 'nicer-dead',
    family: 'suicide',
    category: 'wish-to-be-dead',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\b(?:nice|nicer|easier|a relief|lovely|peaceful|better|good) (?:it )?(?:would be |itd be |to )?(?:to )?(?:just )?(?:be dead|die|not be here|not exist|not wake up|never wake up|be gone for good)\b|\bwish (?:i|id|ive) (?:didnt|did not|dont|could stop|could just stop|would stop) exist(?:ing)?\b|\bwish (?:it was|it were|it had been|id been|i had been|it could be) (?:me|the one)(?: \w+){0,6} (?:instead|gone|dead|died|killed)\b|\bnever see another (?:morning|day|birthday|christmas|year)\b|\b(?:dont|do not) want (?:any )?more of (?:it|this|life)\b|\b(?:nod|nodding|drift|drifting) off and (?:never|not) (?:come|coming|wake|waking) (?:round|up|back)\b`),
  },
  {
    id: 'stop-fighting',
    family: 'suicide',
    category: 'passive-ideation',
    weight: 0.6,
    who: 'subject',
    re: rx(String.raw`\b(?:just )?stop (?:fighting|trying|bothering) (?:altogether|for good|with all of it|with everything|with it all)?\b(?=.*\b(?:im there|all of it|everything|anymore|any more|for good|life|living)\b)|\bdisappear and (?:for )?(?:nobody|no one|noone) (?:to )?(?:notice|care|miss)\b`),
  },
  {
    id: 'no-reason',
    family: 'suicide',
    category: 'passive-ideation',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\bcant see (?:a |any )?(?:reason|point) (?:to|in) (?:keep going|keeping going|carry on|carrying on|go on|going on|live|living|being here|get up|getting up)\b`),
  },
  {
    id: 'plan-made',
    family: 'suicide',
    category: 'plan',
    weight: 0.8,
    who: 'subject',
    re: rx(String.raw`\b(?:worked out|figured out|planned|chosen|picked|decided on|sorted out)(?: \w+){0,2} (?:which|what|when|where|how much|how many|the (?:spot|place|day|date|time|night|way|method))\b(?=.*\b(?:use|step|jump|the day|the night|house to be empty|goes through|checks on me|makes it real)\b)|\b(?:got|have|its) (?:it )?(?:all )?planned\b|\bplanned it for\b|\bin front of (?:a |the |which )?(?:train|bus|lorry|car|truck|traffic)\b|\b(?:drive|driving|drove) (?:off|into) (?:the |a )?(?:\w+ )?(?:road|edge|cliff|bridge|quarry|river|wall)\b|\bswallow (?:whatever|everything|all)(?: \w+){0,4} (?:medicine|meds|cupboard|box|cabinet|drawer|bag)\b`),
  },
  {
    id: 'after-gone',
    family: 'suicide',
    category: 'preparatory',
    weight: 0.8,
    who: 'subject',
    re: rx(String.raw`\b(?:after|when|once) (?:im|i am|i have|ive) gone\b(?=.*\b(?:wont be long|not be long|soon|letters?|sorted|who to call|manage)\b)|\bletters? (?:to|for) (?:each of |both of |all of )?(?:the kids|my kids|both kids|my family|everyone|my children|my son|my daughter|mum|dad)(?: \w+){0,12} (?:for after|for when|to open|after im)\b|\bfuneral (?:wishes|plans|songs)\b|\bplanned my (?:own )?funeral\b|\b(?:handed|handing|gave|giving|given) (?:out |away )(?:his|her|their|my|all (?:his|her|my)) (?:\w+ ){0,2}(?:things|stuff|belongings|cards|games|trainers|clothes|toys|possessions|xbox|phone)\b|\bno use to (?:me|him|her) (?:now|anymore)\b|\bnot sticking around\b|\bwont be (?:sticking|hanging) around\b`),
  },
  {
    id: 'method-ask',
    family: 'suicide',
    category: 'method-seeking',
    weight: 1,
    who: 'any',
    re: rx(String.raw`\bhow (?:many|much)(?: of)?(?: \w+){0,3} (?:is|are|would be|do you need|would i need|id need) enough (?:to|so)\b|\b(?:what|which) (?:way of dying|way to die|method)\b|\b(?:least painful|quickest|painless|easiest|surest) way to (?:die|go|end it)\b|\bhurts (?:the )?least\b(?=.*\b(?:die|dying|death|way)\b)|\bhigh enough to (?:be sure|die|kill|make sure|not survive)\b|\bwould stop (?:someones|a persons|your|my|his|her) heart\b|\bis (?:drowning|hanging|an overdose|jumping|bleeding out) (?:quick|painless|painful|certain)\b`),
  },
  {
    id: 'gun-access',
    family: 'suicide',
    category: 'method',
    weight: 0.6,
    who: 'subject',
    re: rx(String.raw`\b(?:shotgun|gun|rifle|firearm|guns)\b(?=.*\b(?:key|where my head|thinking|think|keep|my mind|loaded|tempted)\b)`),
  },
  {
    id: 'tablets-handled',
    family: 'suicide',
    category: 'method',
    weight: 0.7,
    who: 'subject',
    re: rx(String.raw`\b(?:pills|tablets|meds|medication|packet|packets)\b(?: \w+){0,12} (?:getting them out|get them out|looking at them|counting them|holding them|saving (?:them|it)|for a bad day|tonights the night)\b|\b(?:saving|saved|keeping|kept) (?:a |some |the )?(?:pills|tablets|meds|packet|packets) (?:for|in case)\b|\btonights the night\b`),
  },
  {
    id: 'self-marks',
    family: 'self-injury',
    category: 'self-injury',
    weight: 0.7,
    who: 'any',
    re: rx(String.raw`\b(?:new |fresh |deep |lots of )?(?:cuts|scratches|scars|slashes|lines) (?:all )?(?:on|to|up|across|over|down) (?:her|his|their|my|both) (?:forearms?|arms?|wrists?|legs?|thighs?|stomach)\b(?!.*\b(?:fell|cat|dog|bike|brambles|eczema|football)\b(?!.*\bdont have))|\bpunish (?:myself|himself|herself)\b`),
  },
  {
    id: 'neglect-home',
    family: 'abuse',
    category: 'neglect',
    weight: 0.5,
    who: 'any',
    re: rx(String.raw`\b(?:mum|dad|mam|my mum|my dad|parents?) (?:stays|is|lies|stays in|just stays)(?: in)? bed all day\b|\bno (?:money for|food|heating|electric|gas|beds?|clean clothes)\b(?: \w+){0,4}\b(?:electric|gas|food|heating|floor|sleep|eat|for days)?\b|\b(?:sleep|sleeping) on the floor\b|\bmould everywhere\b|\bi (?:feed|look after|have to feed|get)(?: my)? (?:little )?(?:sisters|brothers|siblings|sister|brother)\b|\b(?:mum|dad|she|he) (?:doesnt|dont|does not) care\b`),
  },
  {
    id: 'online-adult',
    family: 'online',
    category: 'grooming-exploitation',
    weight: 0.6,
    who: 'any',
    re: rx(String.raw`\b(?:sounds|seems|looks|acts) like an? (?:adult|grown man|older man|man)\b|\bclaims? (?:hes|shes|to be|he is|she is) \d+\b|\b(?:keep|keeps|keeping|asking me to keep|asks me to keep) (?:our |the |these |it |this )?(?:chats?|messages|talks|friendship|it)? ?(?:a )?secret\b|\bgift cards?\b(?=.*\b(?:man|someone|he|photo|pic|secret|chat)\b)|\b(?:pay|pays|paid|paying) (?:me|him|her|them) to (?:take|carry|deliver|hold|drop|move) (?:packages|parcels|bags|stuff|things)\b|\b(?:say|says|said) (?:i|he|she) owe(?:s)? them\b|\b(?:gives?|gave|giving) (?:her|him|them|me) (?:vodka|alcohol|drink|drinks|drugs|weed|cigarettes|vapes?)\b|\b(?:older|grown) (?:men|man|boyfriend|guys?) (?:of \d+ |who )?(?:pick|picks|picking|collect\w*|cars?|drive)|\bgetting into cars with\b`),
  },
  {
    id: 'not-seen',
    family: 'missing',
    category: 'child-missing',
    weight: 0.8,
    who: 'any',
    re: rx(String.raw`\b(?:no one|nobody|noone) (?:has|have|had)? ?seen (?:him|her|them) since\b|\b(?:not|hasnt been|havent) (?:been )?seen (?:him|her|them)? ?since\b|\bchild missing\b(?! (?:incident|procedure|policy|drill|protocol))|\bmissing from (?:our|the|school|club|home|care)\b|\bsearched (?:the whole|everywhere|all)\b`),
  },
  {
    id: 'danger-now',
    family: 'danger',
    category: 'immediate-danger',
    weight: 1,
    who: 'any',
    re: rx(String.raw`\b(?:gone|turned|going|is) (?:floppy|blue|grey|limp|unresponsive)\b|\b(?:not|isnt|stopped) breathing\b|\bblue lips\b|\bbanging on (?:the|our|my) (?:door|window)\b(?=.*\b(?:knife|kill|hurt|weapon|police|scared)\b)|\b(?:saying|says|said|shouting|threatening) (?:hell|hes going to|he will|shell|she will|they will|theyll) (?:kill|hurt|stab) (?:us|me|her|him|them)\b|\b(?:man|woman|someone|stranger) in (?:our|the|my) (?:house|home|flat)\b(?=.*\b(?:shouldnt|screaming|scared|knife|broke|wont leave)\b)|\btrying to (?:take|grab|snatch) (?:a|the|my|our) (?:child|baby|kid|pupil)\b`),
  },
  {
    id: 'carer-harm',
    family: 'dependant',
    category: 'dependant-at-risk',
    weight: 1,
    who: 'any',
    re: rx(String.raw`\b(?:doesnt|does not|dont|cant|cannot) trust (?:herself|himself|themselves|myself) (?:alone )?(?:with|around|near)\b|\b(?:going to|gonna|will|hell|shell|threatened to) (?:put a pillow over|smother|suffocate|drown|strangle|shut (?:him|her|them) up for good)\b|\bshut (?:him|her|them|it) up for good\b|\bthoughts of (?:smothering|suffocating|drowning|shaking|hurting|harming|dropping) (?:my|the|our|her|his) (?:newborn|baby|son|daughter|child|kids|little one)\b`),
  },
  {
    id: 'reason-ill',
    family: 'abuse',
    category: 'abuse-emotional',
    weight: 0.7,
    who: 'any',
    re: rx(String.raw`\b(?:im|i am|hes|shes|he is|she is|youre) the reason (?:shes|hes|she is|he is|mum is|dad is|theyre|everything is|we are|were) (?:ill|sick|unhappy|miserable|drinking|poor|broke|depressed|stuck)\b|\b(?:her|his|their|my|our) life was (?:fine|better|good|great|perfect) before (?:i|you|he|she|they) (?:came along|was born|were born|arrived)\b`),
  },
  {
    id: 'distress-more',
    family: 'distress',
    weight: 1,
    who: 'subject',
    re: rx(String.raw`\b(?:rubbish|bad|terrible|awful|useless|crap|shit) (?:mum|mam|mom|dad|parent|teacher|senco)\b|\bweepy\b|\btearful\b|\b(?:its|waiting is|this is|it is) breaking me\b|\bon (?:its|our|my) knees\b|\banxiety is (?:through the roof|sky high|off the scale|awful)\b|\bdeflated\b|\bloneliness\b|\b(?:im |i am )?sick of it\b|\btired of being\b|\bnot cut out for\b|\bmakes me cry\b|\bwish someone would look after me\b|\bnobody understands\b|\bno one understands\b`),
    unless: /\b(?:lol|haha|but (?:ok|fine|coping))\b/,
  },
];
