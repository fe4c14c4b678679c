import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { Area, Item } from '../knowledge/schema';
import { message, type Button, type MessageReply } from './reply';
import { itemPageUrl } from './compose';

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
  const t = text.toLowerCase().replace(/['\u2019]/g, '').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (/\b(?:this|you|it) (?:is|are)(?:nt| not) (?:helping|helpful|working)\b|\b(?:this|you) (?:is|are) (?:useless|no help)\b/.test(t)) return true;
  const person = /\b(?:talk|speak|chat) (?:to|with) (?:a |an |some )?(?:real |actual |proper |live )?(?:person|human|human being|someone|somebody|adviser|advisor|member of staff)\b(?! (?:in|at|from) )/;
  const number = /\b(?:is there|do you have|whats|what is) (?:a|an|the)? ?(?:number|phone number|helpline|phone line)(?: (?:i|we) can (?:ring|call|phone))?\b|\bnumber (?:i|we) can (?:ring|call|phone)\b|\bsomeone (?:i|we) can (?:ring|call|phone|talk to|speak to)\b/;
  const other =
    /\bwho (?:can|do|could|should) (?:i|we) (?:actually )?(?:talk|speak) to\s*$|\b(?:talk|speak|go) (?:this|it|things|everything) (?:through|over) with (?:someone|somebody|a person|an adviser)\b|\b(?:anyone|someone|somebody) (?:i|we) (?:can|could) (?:phone|ring|call|talk to|speak to)\b|\b(?:can|could|will) (?:someone|somebody|anyone|you) (?:call|ring|phone) me\b|\bcall me back\b|\bsomeone independent\b|\b(?:advice line|helpline)\b|\bsomeone to (?:come|go) (?:to|with) (?:a |the )?(?:meeting|me)\b|\bgoing (?:round|around) in circles\b/;
  // "someone at the SEND and Inclusion Alliance": a named team's contact, answered from content.
  if (/\b(?:someone|somebody|anyone|person) (?:at|in|from) (?!the council\b|the la\b|the local authority\b)/.test(t) && !/\bindependent\b/.test(t)) return false;
  return person.test(t) || number.test(t) || other.test(t);
}

/** Items tagged `handoff` that serve this area (or everyone), own-area items first. */
export function handoffItems(kb: KnowledgeBase, area: Area | undefined): Item[] {
  const people = kb.items.filter((i) => i.tags.some((t) => t.toLowerCase() === HANDOFF_TAG) && servesArea(i, area));
  const own = (i: Item) => (area && i.areas.includes(area) ? 0 : 1);
  return [...people].sort((a, b) => own(a) - own(b));
}

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
    const c = item.contact;
    const how = contactLine(item);
    lines.push(`- **${item.title}**: ${item.summary}${how ? ` Contact: ${how}.` : ''}`);
    if (c?.phone) buttons.push({ kind: 'url', title: `Call ${c.phone}`, url: `tel:${c.phone.replace(/[^0-9+]/g, '')}` });
    if (c?.email) buttons.push({ kind: 'url', title: `Email ${c.name ?? item.title}`.slice(0, 60), url: `mailto:${c.email}` });
    buttons.push({ kind: 'url', title: (c?.url ? `${item.title} website` : item.title).slice(0, 60), url: c?.url ?? itemPageUrl(publicUrl, item.id) });
  }
  lines.push("To find your council's SENDIASS and local offer, search for your council's name with \"SENDIASS\", or use GOV.UK's council finder.");
  buttons.push({ kind: 'url', title: 'Find your council (GOV.UK)', url: FIND_COUNCIL });
  if (!area) buttons.push({ kind: 'say', title: 'Change area', text: 'change area' });
  return message('handoff', lines.join('\n\n'), buttons);
}

function servesArea(item: Item, area: Area | undefined): boolean {
  return !area || item.areas.includes(area) || item.areas.includes('llr') || item.areas.includes('national');
}
