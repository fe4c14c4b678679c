import type { CrisisCategory, Family } from './categories';
import { personOf, type Person } from './people';

/**
 * Violence read as who does it to whom, because the same verb means different things: "my ex
 * hits my son" is abuse, "my husband hit me" domestic abuse, "I grabbed him so hard" a
 * dependant at risk, and "my son hits me when he's overwhelmed" a SEND behaviour question.
 */
export type ViolenceHit = { id: string; family: Family; category: CrisisCategory; weight: number; start: number; end: number };

const VERB =
  /^(?:hit|hits|hitting|beat|beats|beating|beaten|punch|punches|punching|punched|kick|kicks|kicking|kicked|slap|slaps|slapping|slapped|smack|smacks|smacking|smacked|strangle|strangles|strangling|strangled|choke|chokes|choking|choked|shake|shakes|shaking|shook|shaken|throttle|throttles|throttled|throttling|burn|burns|burnt|burned|grab|grabs|grabbing|grabbed|push|pushes|pushing|pushed|shove|shoves|shoving|shoved|throw|throws|throwing|threw|chuck|chucks|chucking|chucked|drag|drags|dragging|dragged|batter|batters|battered|battering|bash|bashes|bashed|bashing|whack|whacks|whacked|whacking|thump|thumps|thumped|thumping|belt|belts|belted|bite|bites|biting|bit|scald|scalded|attack|attacks|attacked|attacking|assault|assaults|assaulted|assaulting|hurt|hurts|hurting|rough|squeeze|squeezed|pinch|pinches|pinched|pinching|stab|stabbed|stabs|stabbing|hurted|whip|whips|whipped|whipping|slam|slams|slammed|thrown)$/;
const BODY = /^(?:feelings|head|arm|arms|leg|legs|back|knee|knees|hand|hands|ears|ear|eyes|eye|face|tummy|foot|feet|neck|nose|finger|fingers|teeth|toe|toes|pride|confidence|chances|case|application|score|target|targets)$/;
const SEND_WORDS = /^(?:meltdown|meltdowns|tantrum|tantrums|autistic|autism|adhd|pda|asd|sensory|dysregulated|overwhelmed|stimming|nonverbal|send|ehcp|sen)$/;
const NOUN_BEFORE = /^(?:a|an|the|this|that|another|little|quite|tiny|big|bit|one|first|last|each|every)$/;
const PASSIVE = /^(?:is|was|were|being|been|gets|get|got|getting|be|isnt|wasnt)$/;
const AT_HOME = /\b(?:at home|at his dads|at her dads|at his mums|at her mums|at the weekend|at weekends|by (?:his|her|my|their|the) (?:dad|mum|stepdad|stepmum|uncle|partner|ex|carer|teacher|ta|grandad|nan|brother|sister)|by (?:an|a) adult|by staff|belt|again|every)\b/;

type Party = Person | 'none';

function resolve(p: Party, message: string[]): Party {
  if (p !== 'pronoun') return p;
  const partner = message.some((t) => personOf(t) === 'partner' || personOf(t) === 'adult');
  return partner ? 'adult' : 'pronoun';
}

/** Every act of violence in a normalised clause, classified by who does it to whom. */
export function violence(clause: string, messageTokens: string[]): ViolenceHit[] {
  const tokens = clause.split(' ');
  const offsets: number[] = [];
  let at = 0;
  for (const t of tokens) {
    offsets.push(at);
    at += t.length + 1;
  }
  const hits: ViolenceHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!VERB.test(tokens[i])) continue;
    // "a bit", "a push for funding", "the kick-off": a noun, not an act
    if (i > 0 && NOUN_BEFORE.test(tokens[i - 1])) continue;
    // "kicked out", "thrown out of class": excluded, not hurt
    if (/^(?:kick|kicks|kicked|kicking|throw|throws|threw|thrown|chuck|chucks|chucked|push|pushed)$/.test(tokens[i]) && /^(?:out|off)$/.test(tokens[i + 1] ?? '')) continue;
    const passive = tokens[i] !== 'rough' && !tokens[i].endsWith('ing') && i > 0 && (PASSIVE.test(tokens[i - 1]) || (i > 1 && tokens[i - 1] === 'being' && PASSIVE.test(tokens[i - 2])));
    // the doer: nearest person word before the verb
    let doer: Party = 'none';
    for (let j = i - 1; j >= 0 && j >= i - 7; j--) {
      if (tokens[j] === '.') break;
      const p = personOf(tokens[j]);
      if (p) {
        doer = p;
        break;
      }
    }
    // the one it is done to: first person word just after the verb ("hits my son", "at me")
    let target: Party = 'none';
    for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
      if (tokens[j] === '.') break;
      // "hurt his feelings", "hit her head": a possession, not a person
      if (/^(?:his|my|their|your|her|its)$/.test(tokens[j]) && BODY.test(tokens[j + 1] ?? '')) break;
      if (/^(?:his|my|their|your|its)$/.test(tokens[j]) && !personOf(tokens[j + 1] ?? '')) break;
      const p = personOf(tokens[j]);
      if (p) {
        target = p;
        break;
      }
    }
    const end = offsets[Math.min(tokens.length - 1, i + 4)] + (tokens[Math.min(tokens.length - 1, i + 4)] ?? '').length;
    const span = { start: offsets[Math.max(0, i - 3)], end };
    let victim: Party;
    let actor: Party;
    if (passive) {
      victim = doer;
      const by = tokens.indexOf('by', i);
      actor = by > 0 && by <= i + 2 ? (personOf(tokens[by + 1] === 'my' || tokens[by + 1] === 'his' || tokens[by + 1] === 'her' ? tokens[by + 2] : tokens[by + 1]) ?? 'none') : 'none';
    } else {
      victim = target;
      actor = doer;
    }
    // A meltdown, "kicks off", a diagnosis: the "he" who hits is most likely the child being talked about.
    const childInMessage = messageTokens.some((t) => personOf(t) === 'child' || SEND_WORDS.test(t));
    const victimR = victim === 'pronoun' ? (childInMessage ? 'child' : 'adult') : victim;
    const actorR = resolve(actor, messageTokens);
    // "at me and the kids": children hurt beside the speaker make the doer an adult
    const alongside = tokens.slice(i + 1, i + 8).some((t) => personOf(t) === 'child');
    if (victimR === 'self' && (actorR === 'partner' || actorR === 'adult' || (actorR === 'pronoun' && (!childInMessage || alongside)))) {
      hits.push({ id: 'violence-to-me', family: 'domestic', category: 'domestic-abuse', weight: 0.8, ...span });
    } else if (victimR === 'child' || (victimR === 'adult' && (actorR === 'adult' || actorR === 'partner'))) {
      if (actorR === 'self') hits.push({ id: 'i-hurt-child', family: 'dependant', category: 'dependant-at-risk', weight: 0.6, ...span });
      else if (actorR === 'partner' || actorR === 'adult') hits.push({ id: 'adult-hurts-child', family: 'abuse', category: 'abuse-physical', weight: 1, ...span });
      else if (actorR === 'pronoun') hits.push({ id: 'someone-hurts-child', family: 'abuse', category: 'abuse-physical', weight: 0.6, ...span });
      else if (passive && actorR === 'none') {
        const weight = AT_HOME.test(clause.slice(span.start)) ? 1 : 0.5;
        hits.push({ id: 'child-is-hurt', family: 'abuse', category: 'abuse-physical', weight, ...span });
      }
    } else if (passive && victimR === 'self' && (actorR === 'partner' || actorR === 'adult' || actorR === 'pronoun')) {
      hits.push({ id: 'violence-to-me', family: 'domestic', category: 'domestic-abuse', weight: 0.8, ...span });
    }
  }
  return hits;
}
