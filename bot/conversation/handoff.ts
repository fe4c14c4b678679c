import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { Area, Item } from '../knowledge/schema';
import { message, type Button, type MessageReply } from './reply';
import { itemPageUrl, shortName } from './compose';

/** The tag staff put on the items the bot offers when someone wants a person. */
export const HANDOFF_TAG = 'handoff';

/** Official page for finding any council's services (a fallback, and always true). */
const FIND_COUNCIL = 'https://www.gov.uk/find-local-council';

/**
 * Someone asking for a person rather than information: "can I talk to an actual human",
 * "is there a number I can ring", "this isn't helping". A request to speak to someone *in* a
 * named team ("someone in QIT") is a question about that team's contact, so it is not this.
 */
export function asksForPerson(text: string): boolean {
  const t = chatSpelling(text.toLowerCase().replace(/['\u2019]/g, '').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim());
  if (/\b(?:this|you|it) (?:is|are)(?:nt| not) (?:helping|helpful|working)\b|\bnone of (?:this|it|that) is (?:helping|helpful|working)\b|\b(?:this|you) (?:is|are) (?:useless|no help)\b/.test(t)) return true;
  const person = /\b(?:talk|speak|chat) (?:to|with) (?:a |an |some )?(?:real |actual |proper |live )?(?:person|human|human being|someone|somebody|adviser|advisor|member of staff)\b(?! (?:in|at|from) (?!(?:leicester|leicestershire|rutland)\b))/;
  // "Is there a number I can ring?" wants a person; "is there a phone number for either of them?" wants a named contact.
  const number = /\b(?:is there|do you have|whats|what is) (?:a|an|the)? ?(?:number|phone number|helpline|phone line)(?: (?:i|we) can (?:ring|call|phone))?\b(?! (?:for|of) )|\bnumber (?:i|we) can (?:ring|call|phone)\b|\b(?:someone|somebody) (?:i|we|he|she|they) (?:can|could) (?:ring|call|phone|talk to|speak to|contact)\b/;
  const other =
    /\bwho (?:can|do|could|should) (?:i|we) (?:actually )?(?:talk|speak) to\s*$|\b(?:talk|speak|meet) (?:to |with )?(?:someone |somebody |an adviser |an advisor )?(?:face to face|in person)\b|\b(?:can|could|may) (?:i|we) (?:ring|call|phone) (?:someone|somebody|anyone|a person|an adviser|an advisor)\b|\b(?:get|put|connect|transfer|pass) me (?:to |through to |on to )?(?:a |an )?(?:real |actual |proper |live )?(?:person|human|adviser|advisor|someone|somebody)\b|\b(?:talk|speak|go) (?:this|it|things|everything) (?:through|over) with (?:someone|somebody|a person|an adviser)\b|\b(?:anyone|someone|somebody) (?:i|we) (?:can|could) (?:phone|ring|call|talk to|speak to)\b|\b(?:can|could|will) (?:someone|somebody|anyone|you) (?:just |please )?(?:call|ring|phone) me\b|\bcall me back\b|\b(?:someone|somebody|a person|an adviser|an advisor) independent\b|\b(?:advice line|helpline)\b|\bsomeone to (?:come|go) (?:to|with) (?:a |the )?(?:meeting|me)\b|\bgoing (?:round|around) in circles\b|\b(?:like |with |from )?an? (?:actual|real|proper|live) (?:person|human|human being|adviser|advisor)\b|\badvice from (?:a |an )?(?:real |actual |proper )?(?:person|human|adviser|advisor)\b|\bget (?:a |an )?(?:real |actual )?(?:person|human|someone|somebody|adviser|advisor) to (?:call|ring|phone|contact|help) (?:me|us)\b|\bget hold of (?:a |an )?(?:real |actual )?(?:person|human|someone|somebody|adviser|advisor)\b(?! (?:in|at|from) )|\b(?:someone|somebody|a person) on (?:our|my) side\b|\ban advocate (?:who|that) (?:can|could|will) (?:speak|talk|stand) up\b/;
  // "someone who isn't from the school or council", "an advocate for a meeting": an independent person is SENDIASS's work.
  if (/\b(?:someone|somebody|a person|an adviser|an advisor|advice)(?: who| that)? (?:is ?nt|is not|isnt|not|arent|are not)(?: from| part of| at| with| linked to| connected to| employed by)? (?:the )?(?:school|council|la|local authority)\b|\b(?:need|needs|want|wants|get|find|have|as|be) an? (?:independent )?advocate\b/.test(t)) return true;
  // "… is there a contact email for the director who led it": a named person's contact, answered from content.
  if (/\b(?:contact email|email address|email|phone number|contact details|number) (?:for|of) (?:the|their|his|her) (?!council\b|school\b)[a-z]+/.test(t) && !/\b(?:real|actual|live) (?:person|human)\b/.test(t)) return false;
  // "someone at the SEND and Inclusion Alliance": a named team's contact, answered from content.
  if (/\b(?:someone|somebody|anyone|person)(?: senior| else| responsible| in charge)? (?:at|in|from) (?!the council\b|the la\b|the local authority\b|(?:leicester|leicestershire|rutland)\b)/.test(t) && !/\bindependent\b/.test(t)) return false;
  return person.test(t) || number.test(t) || other.test(t);
}

/**
 * How people shorten the words of "can I talk to someone" in chat ("cn i tlk 2 sum1"),
 * written out so the patterns above read them.
 */
const CHAT_SPELLINGS: Record<string, string> = { cn: 'can', cud: 'could', tlk: 'talk', tlk2: 'talk to', spk: 'speak', sum1: 'someone', some1: 'someone', sum1e: 'someone', any1: 'anyone', ne1: 'anyone', sumbody: 'somebody', hmn: 'human', prsn: 'person', ppl: 'people', plz: 'please', pls: 'please', u: 'you', r: 'are', ur: 'your' };

function chatSpelling(t: string): string {
  return t
    .split(' ')
    .map((w) => CHAT_SPELLINGS[w] ?? w)
    .join(' ')
    // "talk 2 someone": a 2 between a verb and a person is "to".
    .replace(/\b(talk|speak|chat|go|get|through) 2(?= someone| somebody| anyone| a | an | the | person| human|$)/g, '$1 to');
}

/** Items tagged `handoff` that serve this area (or everyone), own-area items first. */
export function handoffItems(kb: KnowledgeBase, area: Area | undefined): Item[] {
  const people = kb.items.filter((i) => i.tags.some((t) => t.toLowerCase() === HANDOFF_TAG) && servesArea(i, area));
  const own = (i: Item) => (area && i.areas.includes(area) ? 0 : 1);
  return [...people].sort((a, b) => own(a) - own(b));
}

/**
 * SENDIASS for the person's area, from the handoff items: the independent advice service a
 * decline points to. Another area's SENDIASS is no use to them, so with a known area only
 * their own (or one serving everyone) is given; with none, every area's.
 */
export function sendiassFor(kb: KnowledgeBase, area: Area | undefined): Item[] {
  return handoffItems(kb, area).filter((i) => i.tags.some((t) => /^sendiass$/i.test(String(t))) && (!area || i.areas.includes(area) || i.areas.includes('llr') || i.areas.includes('national')));
}

/** Buttons that reach an item's people: call, email, and their website or the item's page. */
export function reachButtons(item: Item, publicUrl: string): Button[] {
  const c = item.contact;
  const buttons: Button[] = [];
  if (c?.phone) buttons.push({ kind: 'url', title: `Call ${c.phone}`, url: `tel:${c.phone.replace(/[^0-9+]/g, '')}` });
  if (c?.email) buttons.push({ kind: 'url', title: `Email ${c.name ? shortName(c.name) : c.email}`, url: `mailto:${c.email}` });
  // "SENDIASS Leicester website", not the whole title ("SENDIASS Leicester - free, impartial…").
  const name = item.title.split(/ - | \(|: /)[0].slice(0, 50);
  buttons.push({ kind: 'url', title: c?.url ? `${name} website` : name, url: c?.url ?? itemPageUrl(publicUrl, item.id) });
  return buttons;
}

/** The official page for finding any council's services, as a button. */
export const findCouncilButton: Button = { kind: 'url', title: 'Find your council (GOV.UK)', url: FIND_COUNCIL };

/** "phone …, email … (hours)" for an item's contact. */
export function contactLine(item: Item): string {
  const c = item.contact;
  return [c?.phone ? `phone ${c.phone}` : '', c?.email ? `email ${c.email}` : '', c?.hours ? `(${c.hours})` : ''].filter(Boolean).join(', ');
}

/**
 * "Talk to a person": SENDIASS and the parent carer forum for the person's area, from the
 * content staff maintain (items tagged `handoff`), with their contact details as buttons.
 */
export function handoffReply(kb: KnowledgeBase, area: Area | undefined, publicUrl: string): MessageReply {
  const people = handoffItems(kb, area);
  const lines = [
    "Of course. I'm a computer program, so here are people who can help. **SENDIASS** (the SEND Information, Advice and Support Service) gives free, confidential and impartial advice to families; each council has one.",
  ];
  const buttons: Button[] = [];
  for (const item of people.slice(0, 4)) {
    const how = contactLine(item);
    lines.push(`- **${item.title}**: ${item.summary}${how ? ` Contact: ${how}.` : ''}`);
    buttons.push(...reachButtons(item, publicUrl));
  }
  lines.push("To find your council's SENDIASS and local offer, search for your council's name with \"SENDIASS\", or use GOV.UK's council finder.");
  buttons.push(findCouncilButton);
  if (!area) buttons.push({ kind: 'say', title: 'Change area', text: 'change area' });
  return message('handoff', lines.join('\n\n'), buttons);
}

function servesArea(item: Item, area: Area | undefined): boolean {
  return !area || item.areas.includes(area) || item.areas.includes('llr') || item.areas.includes('national');
}
