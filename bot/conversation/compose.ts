import type { Item } from '../knowledge/schema';
import type { Concept } from '../knowledge/query';
import { isQuestionStopWord, stem, words } from '../knowledge/text';
import { message, type AnswerReply, type Button, type Fact, type MessageReply } from './reply';
import { describeDate, sessionTimes } from '../knowledge/dates';
import { sourceName } from './source-name';
import type { QuestionType } from '../knowledge/understanding/question-type';

export type ComposeContext = {
  now: Date;
  /** Where the bot is reached, for links to its own item pages. */
  publicUrl: string;
  /** Items to offer next. */
  related: Item[];
  /** What the person asked, to explain acronyms they used. */
  concepts?: readonly Concept[];
  /** The question as typed: an acronym is explained only if it was typed as one. */
  question?: string;
  /** The question's own words, story and idioms taken out: what the shown paragraphs must answer. */
  topic?: string;
  /** What kind of answer the question wants ("when", "booking"…): paragraphs that give it come first. */
  type?: QuestionType;
  /** Labels of the facts the question asked for ("How long it takes"): said first, before the title. */
  lead?: readonly string[];
  /** People to contact that the answer names (for a question asking whom to contact): their details are said first. */
  people?: readonly Item[];
  /** A line said before anything else, such as which area the information is for. */
  note?: string;
  /**
   * `short` (the default): what to do next and the key facts, with the rest one tap away;
   * `full`: every fact and the body, when the person tapped "Full details".
   */
  depth?: 'short' | 'full';
};

/** Longest body shown in a chat bubble; the rest is one tap away on the item's page. */
export const MAX_BODY_CHARS = 2400;
/**
 * Longest part of the body a short answer shows: its opening paragraph and the paragraphs
 * about what was asked (the rest is under "Full details").
 */
export const MAX_EXCERPT_CHARS = 1400;

export const itemPageUrl = (publicUrl: string, id: string): string => `${publicUrl}/items/${encodeURIComponent(id)}`;

/** Build the answer for one item: summary first, then the facts its kind calls for. */
export function composeAnswer(item: Item, ctx: ComposeContext): AnswerReply {
  const { body, truncated } = shorten(item.body.trim(), MAX_BODY_CHARS, relevanceTo(ctx.concepts ?? []));
  const all = factsFor(item, ctx.now);
  const full = ctx.depth === 'full';
  // The full view repeats no lead-in: it follows the short answer that had it.
  const led = full ? [] : all.filter((f) => ctx.lead?.includes(f.label));
  const people = full ? [] : (ctx.people ?? []);
  const intro = full ? '' : [ctx.note, ...led.map(factLine), ...people.map(personLine), explainAcronyms(ctx.concepts ?? [], ctx.question ?? '', item)].filter(Boolean).join('\n\n');
  return {
    kind: 'answer',
    item,
    depth: full ? 'full' : 'short',
    intro: intro || undefined,
    next: nextStep(item, ctx.now),
    facts: all.filter((f) => !led.includes(f)),
    // What "What you can do" already says is not shown twice.
    excerpt: full ? '' : shorten((item.kind === 'form' || item.kind === 'session' ? item.body : withoutNextStep(item.body)).trim(), MAX_EXCERPT_CHARS, askedAbout(ctx.concepts ?? [], ctx.question ?? '', ctx.topic, ctx.type, item)).body,
    body,
    truncated,
    source: sourceName(item.source.document),
    page: itemPageUrl(ctx.publicUrl, item.id),
    details: { kind: 'action', title: 'Full details', data: { action: 'details', id: item.id } },
    more: { kind: 'action', title: 'More', data: { action: 'more', id: item.id } },
    feedback: feedbackButtons(item.id),
    actions: [...calendarAction(item, ctx), ...actionsFor(item), ...people.flatMap(contactButtons)],
    related: ctx.related
      .slice(0, 3)
      .map((r): Button => ({ kind: 'action', title: r.title, data: { action: 'show', id: r.id, from: 'related' } })),
    citation: {
      name: item.title,
      abstract: abstractOf(item.summary),
      url: item.source.url ?? itemPageUrl(ctx.publicUrl, item.id),
    },
  };
}

/**
 * "SALT stands for speech and language therapy" before the answer, when someone typed an
 * acronym (in capitals, or while asking what it means): "where do I send the form" is not
 * a question about SEND.
 */
function explainAcronyms(concepts: readonly Concept[], question: string, item: Item): string | undefined {
  // An item whose title or summary already spells the acronym out ("Element 3 (E3)") needs no
  // second definition above it.
  const said = `${item.title} ${item.summary}`.toLowerCase();
  const definedByItem = (c: Concept) => said.includes(`(${c.glossary!.term.toLowerCase()})`) || said.includes(c.glossary!.expansion.toLowerCase());
  const asksMeaning = /\b(?:what|whats|what's)\b.*\b(?:is|are|does|mean|means|stand|stands)\b|\bstand for\b|\bmeaning\b/i.test(question);
  const typedAsAcronym = (c: Concept) => asksMeaning || new RegExp(`\\b${c.glossary!.term.replace(/[^A-Za-z0-9]/g, '.?')}\\b`).test(question);
  const notes = concepts
    .filter((c) => c.glossary && c.label.replace(/\s/g, '').toLowerCase() !== c.glossary.expansion.replace(/\s/g, '').toLowerCase())
    .filter(typedAsAcronym)
    .filter((c) => !definedByItem(c))
    .map((c) => `**${c.glossary!.term}** stands for ${c.glossary!.expansion}${c.glossary!.meaning ? `: ${c.glossary!.meaning}` : '.'}`);
  return notes.length ? notes.join('\n\n') : undefined;
}

const factLine = (f: Fact) => (f.markdown.includes('\n') ? `**${f.label}:**\n\n${f.markdown}` : `**${f.label}:** ${f.markdown}`);

/** The schema.org abstract is limited to 160 characters. */
function abstractOf(summary: string): string {
  if (summary.length <= 160) return summary;
  const cut = summary.slice(0, 159);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 120))}…`;
}

/** Helpful / Not helpful for an answer: the same two buttons on every channel. */
export const feedbackButtons = (id: string): Button[] => [
  { kind: 'action', title: 'Helpful', data: { action: 'feedback', id, helpful: true } },
  { kind: 'action', title: 'Not helpful', data: { action: 'feedback', id, helpful: false } },
];

/** What "More" under an answer offers: its other links, related items, feedback and a person. */
export function moreReply(answer: AnswerReply): MessageReply {
  return message('more', `More about **${answer.item.title}**. Was it helpful?`, [
    ...answer.actions,
    ...answer.related,
    ...answer.feedback,
    { kind: 'say', title: 'Talk to a person', text: 'Talk to a person' },
  ]);
}

/**
 * What a parent can do next, in the item's own plain words: for a form, what it says to
 * parents (or whom to talk to first); for a session, the next date and how to book (or where
 * new dates appear); otherwise the body's section for parents or next steps, or the contact.
 */
export function nextStep(item: Item, now: Date): string | undefined {
  if (item.kind === 'form') {
    const forParents = sentences(item.who_can_use).filter((s) => /\bparents?\b/i.test(s));
    if (forParents.length) return forParents.join(' ');
    return item.talk_to_first ? `Talk first to ${lowerFirst(item.talk_to_first)}` : item.how_to_submit;
  }
  if (item.kind === 'session') {
    const [soonest] = sessionTimes(item, now).upcoming;
    if (soonest) return `The next one is on ${describeDate(soonest)}.${item.booking ? ` ${item.booking}` : ''}`;
    return item.new_dates ?? item.booking;
  }
  const section = nextStepSection(item.body);
  if (section) return section;
  const c = item.contact;
  if (c && (c.phone || c.email)) {
    const how = [c.phone ? `call ${c.phone}` : '', c.email ? `email ${c.email}` : ''].filter(Boolean).join(' or ');
    return `To get in touch${c.name ? ` with ${c.name}` : ''}, ${how}.`;
  }
  return undefined;
}

/** Headings under which items say what a parent can do. */
const NEXT_STEP_HEADING = /^#{2,4}\s+(?:for parents(?: and carers)?|if you are a parent(?: or carer)?|what (?:you|parents) can do|what to do(?: next)?|next steps|how to get (?:it|help|support))\s*$/im;

/** Where the "For parents" / "Next steps" section is: its heading's block and the first paragraph's. */
function nextStepBlocks(blocks: readonly string[]): { at: number; rest: string; restAt: number } | undefined {
  const at = blocks.findIndex((b) => NEXT_STEP_HEADING.test(b.trim()));
  if (at < 0) return undefined;
  const heading = blocks[at].trim();
  // The heading and its first paragraph may share a block when no blank line separates them.
  const shared = heading.includes('\n');
  const rest = shared ? heading.slice(heading.indexOf('\n') + 1) : blocks[at + 1];
  if (!rest || /^#/.test(rest.trim())) return undefined;
  return { at, rest, restAt: shared ? at : at + 1 };
}

/** The body without the section `nextStep` shows, when the next step came from it. */
function withoutNextStep(body: string): string {
  const blocks = body.split(/\n{2,}/);
  const found = nextStepBlocks(blocks);
  if (!found) return body;
  // A section with more than its first paragraph keeps the rest, under its heading.
  const after = blocks.slice(found.restAt + 1);
  const more = after.length > 0 && !/^#/.test(after[0].trim());
  if (more && found.restAt === found.at) return body;
  return blocks.filter((_, i) => (more ? i !== found.restAt : i !== found.at && i !== found.restAt)).join('\n\n');
}

/** The first paragraph (or list) under a "For parents" / "Next steps" heading, lines joined. */
function nextStepSection(body: string): string | undefined {
  const found = nextStepBlocks(body.split(/\n{2,}/));
  if (!found) return undefined;
  const { rest } = found;
  const text = /^\s*[-*]\s/.test(rest) ? rest.trim() : rest.replace(/\s*\n\s*/g, ' ').trim();
  return text.length > 600 ? `${sentencesUpTo(text, 600)}` : text;
}

const sentences = (text: string): string[] => text.match(/[^.!?]+[.!?]+(?:\s|$)|[^.!?]+$/g)?.map((s) => s.trim()).filter(Boolean) ?? [];

function sentencesUpTo(text: string, max: number): string {
  let out = '';
  for (const s of sentences(text)) {
    if (out && out.length + s.length + 1 > max) break;
    out = out ? `${out} ${s}` : s;
  }
  return out;
}

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/** Every fact the item's kind calls for, in order: the chat answer and the item page both use these. */
export function factsFor(item: Item, now: Date): Fact[] {
  const facts: Fact[] = [];
  if (item.kind === 'form') {
    facts.push({ label: 'Who can use it', markdown: item.who_can_use });
    facts.push({ label: 'Who is eligible', markdown: bullets(item.eligibility) });
    if (item.talk_to_first) facts.push({ label: 'Talk to first', markdown: item.talk_to_first });
    if (item.prepare.length) facts.push({ label: 'What to prepare', markdown: bullets(item.prepare) });
    facts.push({ label: 'How to submit', markdown: item.how_to_submit });
    if (item.turnaround) facts.push({ label: 'How long it takes', markdown: item.turnaround });
  } else if (item.kind === 'session') {
    const { upcoming, past } = sessionTimes(item, now);
    if (upcoming.length) {
      facts.push({ label: upcoming.length === 1 ? 'Next date' : 'Next dates', markdown: bullets(upcoming.slice(0, 4).map(describeDate)) });
    } else if (past.length) {
      const latest = describeDate(past[0]).replace(/,.*$/, '');
      facts.push({
        label: 'Dates',
        markdown: `All the published dates have passed (the last was ${latest}).${item.new_dates ? ` ${item.new_dates}` : ''}`,
      });
    }
    if (item.recurrence) facts.push({ label: 'When', markdown: item.recurrence });
    const where = [item.online ? 'Online' : undefined, item.place].filter(Boolean).join('; ');
    if (where) facts.push({ label: 'Where', markdown: where });
    if (item.booking) facts.push({ label: 'Booking', markdown: item.booking });
  }
  if (item.contact) {
    const c = item.contact;
    const parts = [
      c.name,
      c.email ? `email ${c.email}` : undefined,
      c.phone ? `phone ${c.phone}` : undefined,
      c.hours ? `(${c.hours})` : undefined,
    ].filter(Boolean);
    if (parts.length) facts.push({ label: 'Contact', markdown: parts.join(', ') });
  }
  return facts;
}

function actionsFor(item: Item): Button[] {
  const out: Button[] = [];
  const c = item.contact;
  for (const link of item.links.slice(0, 3)) out.push({ kind: 'url', title: link.title, url: link.url });
  if (c?.url && !item.links.some((l) => l.url === c.url)) out.push({ kind: 'url', title: 'Website', url: c.url });
  return [...out, ...contactButtons(item)];
}

/** Email and call buttons for an item's contact. */
function contactButtons(item: Item): Button[] {
  const c = item.contact;
  const out: Button[] = [];
  if (c?.email) out.push({ kind: 'url', title: `Email ${c.name ? shortName(c.name) : c.email}`, url: `mailto:${c.email}` });
  if (c?.phone) out.push({ kind: 'url', title: `Call ${c.phone}`, url: `tel:${c.phone.replace(/[^0-9+]/g, '')}` });
  return out;
}

/** "**Contact:** Fay Bayliss, Director…, email …, phone …" for a person the answer names. */
function personLine(person: Item): string | undefined {
  const contact = factsFor(person, new Date(0)).find((f) => f.label === 'Contact');
  return contact ? factLine(contact) : undefined;
}

/**
 * A contact's name short enough for a button: its acronym when it gives one ("Quality
 * Inclusion Team (QIT), Leicester City Council" → "QIT"), else the part before a comma.
 */
export function shortName(name: string): string {
  const acronym = /\(([A-Z][A-Za-z0-9&]{1,9})\)/.exec(name)?.[1];
  if (acronym) return acronym;
  const first = name.split(',')[0].trim();
  return first.length <= 30 ? first : `${first.slice(0, 29).replace(/\s+\S*$/, '')}…`;
}

function calendarAction(item: Item, ctx: ComposeContext): Button[] {
  if (item.kind !== 'session' || sessionTimes(item, ctx.now).upcoming.length === 0) return [];
  return [{ kind: 'url', title: 'Add to calendar', url: `${ctx.publicUrl}/calendar/${encodeURIComponent(item.id)}.ics` }];
}

const bullets = (lines: readonly string[]) => lines.map((l) => `- ${l}`).join('\n');

/**
 * Words that show a paragraph gives the kind of answer asked for: "do I need to book" is
 * answered by the paragraph about booking or drop-ins, "how do I get it" by the one about
 * referrals, whatever the item's topic words.
 */
const ANSWER_CUES: Record<QuestionType, RegExp> = {
  contact: /\b(?:email|e-mail|phone|call|ring|contact|helpline|telephone)\b|@|\b0\d{3,4} ?\d{3} ?\d{3,4}\b/i,
  booking: /\b(?:book|booking|booked|register|sign up|drop[- ]in|turn up|places?)\b/i,
  apply: /\b(?:refer|referral|referrals|apply|application|form|submit|request|directly|drop[- ]in|self[- ]refer|ask your|talk to|through)\b/i,
  eligibility: /\b(?:eligible|eligibility|criteria|for (?:children|young people|parents|families|schools|pupils)|aged|who can)\b/i,
  place: /\b(?:held|venue|online|at the|centre|library|school|room)\b/i,
  cost: /\b(?:free|cost|costs|charge|£|fee|fees|funded|pay)\b/i,
  when: /\b(?:\d+ (?:working |school |calendar )?(?:days?|weeks?|months?|years?|hours?)|within|deadline|date|dates|term)\b/i,
};

/** Everyday words for the people content names formally, so "how many kids" finds "children". */
const EVERYDAY: Record<string, string> = { kids: 'children', kid: 'child', kiddo: 'child' };

/**
 * "Does it make a difference?", "what did people who did it say?": a question about whether
 * something works is answered by its results (percentages, what people reported), not by
 * how to sign up.
 */
const ASKS_RESULTS =
  /\b(?:make|made|makes|making) (?:a |any |much )?(?:real )?difference\b|\b(?:rate|rated|rating|ratings|rave|recommend|recommended)\b|\b(?:did|do) (?:people|staff|parents|schools|they|teachers) (?:like|enjoy|value)\b|\b(?:does|did|do|is|has|have) (?:it|this|that|they|the \w+(?: \w+){0,3}) (?:actually |really )?(?:work|worked|working|help|helped|helping)\b|\bwhat (?:did|do|have|has) (?:the )?(?:people|parents|schools|staff|settings|families|they|others|teachers|participants)\b.*\b(?:say|said|think|thought|find|found|feel|felt)\b|\b(?:results?|impact|outcomes?|evidence|feedback|effective|worth it|any good|success(?:ful)?)\b/i;
const RESULT_WORDS = /\d\s?%|\b(?:results?|impact|outcomes?|feedback|confident|confidence|recommend(?:ed)?|improved?|improvements?|reported|evaluation|evaluated|satisf(?:ied|action)|better|helped|said)\b/i;

const ASKS_NOW = /\bstill (?:running|going|on|open|available|happening|active|there|around|funded|operating|a thing)\b|\b(?:is|are) (?:it|this|that|they|there) still\b|\bstill exists?\b|\bcarry(?:ing)? on\b/i;

/** Years a text mentions ("2025", "2026/27" counts as 2026 and 2027). */
const yearsIn = (text: string): number[] =>
  [...text.matchAll(/\b((?:19|20)\d\d)(?:[/-](\d\d))?\b/g)].flatMap((m) => [Number(m[1]), ...(m[2] ? [Number(m[1].slice(0, 2) + m[2])] : [])]);

/** Numbers that count or measure something: not list numbering ("1."), years or dates. */
const hasQuantity = (block: string) =>
  /\d/.test(
    block
      .replace(/^\s*\d+[.)]\s/gm, ' ')
      .replace(/\b(?:19|20)\d\d(?:\/\d\d)?\b/g, ' ')
      .replace(/\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*/gi, ' '),
  );

/**
 * Scores a block by the question's ideas it mentions and, more lightly, the question's own
 * words ("certificate", "helped"), which are not always ideas the index knows. The words come
 * from the question clause (`topic`) when known, so a story ("my son is 6 and…") does not pull
 * in paragraphs about it. What kind of answer the question wants counts too: the kind of
 * paragraph its type calls for, a number when it asks how many or how long (one counting the
 * thing asked about counts more), results when it asks whether something works.
 */
export function askedAbout(concepts: readonly Concept[], question: string, topic?: string, type?: QuestionType, item?: Pick<Item, 'title' | 'body'>): (block: string) => number {
  // Words that name the item ("Dingley's Promise") chose it; they say little about which of its
  // paragraphs answers, so they count for less than the rest of what was asked.
  const naming = new Set(words(item?.title ?? '').map(stem));
  // "Is it still running?" is about now: answered by what the item says about its latest year.
  const latest = ASKS_NOW.test(question) ? Math.max(0, ...yearsIn(item?.body ?? '')) : 0;
  const names = (c: Concept) => c.terms.slice(0, 1).every((t) => naming.has(t.stem));
  const ideas = relevanceTo(concepts.filter((c) => !names(c)));
  const namingIdeas = relevanceTo(concepts.filter(names));
  const own = words(topic || question).map((w) => EVERYDAY[w] ?? w);
  const asked = new Set(own.filter((w) => w.length > 3 && !isQuestionStopWord(w) && !naming.has(stem(w))).map(stem));
  // "How many…?" and "how long…?" are answered by a paragraph with a number in it.
  const wantsNumber = /\bhow (?:many|much|long|often|quickly|soon|fast|big|large)\b|\bwhat (?:percentage|proportion|number)\b|\b(?:quicker|faster|sooner|slower|shorter|longer)\b/i.test(question);
  const wantsResults = ASKS_RESULTS.test(question);
  const cue = type ? ANSWER_CUES[type] : undefined;
  // "How many children…" is answered by "1,000 children": a number counting the thing asked about.
  const counted = /\bhow many (\w+)/i.exec(question)?.[1]?.toLowerCase();
  const countNoun = counted ? stem(EVERYDAY[counted] ?? counted) : undefined;
  const counts = (block: string) => {
    if (!countNoun) return false;
    const w = words(block);
    return w.some((x, i) => /^\d/.test(x) && w.slice(i + 1, i + 4).some((y) => stem(y) === countNoun));
  };
  return (block) => {
    const stems = new Set(words(block).map(stem));
    const matched = [...asked].filter((s) => stems.has(s)).length;
    // A section's heading is its author's label for it: "Who runs it" answers "who runs…".
    const heading = /^#{1,6}\s+([^\n]*)/.exec(block)?.[1];
    const headed = heading ? ideas(heading) + [...asked].filter((s) => words(heading).map(stem).includes(s)).length : 0;
    const results = wantsResults && RESULT_WORDS.test(block);
    const now = latest > 0 && yearsIn(block).includes(latest);
    const hits = ideas(block) + namingIdeas(block) + matched + (results ? 1 : 0) + (now ? 1 : 0);
    if (!hits) return 0;
    return ideas(block) + 0.25 * namingIdeas(block) + 0.5 * matched + (wantsNumber && hasQuantity(block) ? 0.5 : 0) + (counts(block) ? 1 : 0) + (cue?.test(block) ? 1 : 0) + (results ? 1.5 : 0) + (now ? 1.5 : 0) + headed;
  };
}

/** Scores a block of Markdown by how many of the question's ideas it mentions. */
function relevanceTo(concepts: readonly Concept[]): (block: string) => number {
  const wanted = concepts.map((c) => new Set(c.terms.map((t) => t.stem)));
  if (wanted.length === 0) return () => 0;
  return (block) => {
    const stems = new Set(words(block).map(stem));
    return wanted.filter((set) => [...set].some((s) => stems.has(s))).length;
  };
}

/**
 * The parts of one long section that speak to the question, best first, up to `max`
 * characters: its list items when it is a list, else its sentences. Its heading stays on top.
 */
function bestPartOf(block: string, max: number, relevance: (text: string) => number): string {
  // The heading, and a line leading into a list, stay on top of whatever is picked.
  const heading = /^(?:#{1,6}\s[^\n]*\n+)?(?:[^\n]*:\n\n(?=\s*(?:[-*]|\d+[.)])\s))?/.exec(block)?.[0].trim() || undefined;
  const text = heading ? block.slice(block.indexOf(heading) + heading.length).trim() : block;
  const listItems = text.split(/\n(?=\s*[-*]\s)/).map((s) => s.trim()).filter(Boolean);
  const isList = listItems.length > 1 && listItems.every((s) => /^[-*]\s/.test(s));
  const units = isList ? listItems : sentences(text.replace(/\s*\n\s*/g, ' '));
  const scored = units.map((u, i) => ({ u, i, score: relevance(u) }));
  const picked: typeof scored = [];
  let used = heading ? heading.length + 2 : 0;
  for (const s of [...scored].sort((a, b) => b.score - a.score || a.i - b.i)) {
    if (used + s.u.length + 1 > max) continue;
    picked.push(s);
    used += s.u.length + 1;
  }
  const parts = picked.sort((a, b) => b.score - a.score || a.i - b.i).map((s) => s.u);
  const body = isList ? parts.join('\n') : parts.join(' ');
  return heading ? `${heading}\n\n${body}` : body;
}

/**
 * Shorten Markdown to whole paragraphs (a list or sentence is never cut in half). The first
 * paragraph always stays; the rest are chosen by how much they say about the question, then
 * shown in their original order, so the fact someone asked for is not cut off.
 */
export function shorten(markdown: string, max: number, relevance: (block: string) => number = () => 0): { body: string; truncated: boolean } {
  if (markdown.length <= max) return { body: markdown, truncated: false };
  // A heading travels with the paragraph or list under it, and a line that introduces a list
  // ("…one of three levels:") with the list, so neither is kept without what it leads to.
  const pieces: string[] = [];
  for (const piece of markdown.split(/\n{2,}/)) {
    const last = pieces.length - 1;
    if (last >= 0 && (/^#{1,6}\s[^\n]*$/.test(pieces[last]) || (/:\s*$/.test(pieces[last]) && /^\s*(?:[-*]|\d+[.)])\s/.test(piece)))) pieces[last] += `\n\n${piece}`;
    else pieces.push(piece);
  }
  const blocks = pieces.map((text, i) => ({ text, i, score: i === 0 ? Infinity : relevance(text) }));
  const chosen = new Set<number>();
  let used = 0;
  const ranked = [...blocks].sort((a, b) => b.score - a.score || a.i - b.i);
  // The section that best answers is never dropped for being long: its best parts stay.
  const best = ranked.find((b) => b.i > 0 && b.score > 0);
  for (const b of ranked) {
    if (used + b.text.length + 2 > max) {
      if (b !== best || max - used < 200) continue;
      b.text = bestPartOf(b.text, max - used - 2, relevance);
    }
    chosen.add(b.i);
    used += b.text.length + 2;
  }
  const kept = blocks.filter((b) => chosen.has(b.i));
  const body = kept.map((b) => b.text).join('\n\n');
  return body ? { body, truncated: true } : { body: `${markdown.slice(0, max).replace(/\s+\S*$/, '')}…`, truncated: true };
}
