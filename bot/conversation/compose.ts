import type { Item } from '../knowledge/schema';
import type { Concept } from '../knowledge/query';
import { stem, words } from '../knowledge/text';
import type { AnswerReply, Button, Fact } from './reply';
import { describeDate, sessionTimes } from '../knowledge/dates';

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
  /** Labels of the facts the question asked for ("How long it takes"): said first, before the title. */
  lead?: readonly string[];
  /** A line said before anything else, such as which area the information is for. */
  note?: string;
};

/** Longest body shown in a chat bubble; the rest is one tap away on the item's page. */
export const MAX_BODY_CHARS = 2400;

export const itemPageUrl = (publicUrl: string, id: string): string => `${publicUrl}/items/${encodeURIComponent(id)}`;

/** Build the answer for one item: summary first, then the facts its kind calls for. */
export function composeAnswer(item: Item, ctx: ComposeContext): AnswerReply {
  const { body, truncated } = shorten(item.body.trim(), MAX_BODY_CHARS, relevanceTo(ctx.concepts ?? []));
  const all = factsFor(item, ctx.now);
  const led = all.filter((f) => ctx.lead?.includes(f.label));
  const intro = [ctx.note, ...led.map(factLine), explainAcronyms(ctx.concepts ?? [], ctx.question ?? '')].filter(Boolean).join('\n\n');
  return {
    kind: 'answer',
    item,
    intro: intro || undefined,
    facts: all.filter((f) => !led.includes(f)),
    body,
    truncated,
    actions: [...actionsFor(item), ...calendarAction(item, ctx)],
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
function explainAcronyms(concepts: readonly Concept[], question: string): string | undefined {
  const asksMeaning = /\b(?:what|whats|what's)\b.*\b(?:is|are|does|mean|means|stand|stands)\b|\bstand for\b|\bmeaning\b/i.test(question);
  const typedAsAcronym = (c: Concept) => asksMeaning || new RegExp(`\\b${c.glossary!.term.replace(/[^A-Za-z0-9]/g, '.?')}\\b`).test(question);
  const notes = concepts
    .filter((c) => c.glossary && c.label.replace(/\s/g, '').toLowerCase() !== c.glossary.expansion.replace(/\s/g, '').toLowerCase())
    .filter(typedAsAcronym)
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

function factsFor(item: Item, now: Date): Fact[] {
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
  if (c?.email) out.push({ kind: 'url', title: `Email ${c.name ?? c.email}`.slice(0, 60), url: `mailto:${c.email}` });
  if (c?.phone) out.push({ kind: 'url', title: `Call ${c.phone}`, url: `tel:${c.phone.replace(/[^0-9+]/g, '')}` });
  return out;
}

function calendarAction(item: Item, ctx: ComposeContext): Button[] {
  if (item.kind !== 'session' || sessionTimes(item, ctx.now).upcoming.length === 0) return [];
  return [{ kind: 'url', title: 'Add to calendar', url: `${ctx.publicUrl}/calendar/${encodeURIComponent(item.id)}.ics` }];
}

const bullets = (lines: readonly string[]) => lines.map((l) => `- ${l}`).join('\n');

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
 * Shorten Markdown to whole paragraphs (a list or sentence is never cut in half). The first
 * paragraph always stays; the rest are chosen by how much they say about the question, then
 * shown in their original order, so the fact someone asked for is not cut off.
 */
export function shorten(markdown: string, max: number, relevance: (block: string) => number = () => 0): { body: string; truncated: boolean } {
  if (markdown.length <= max) return { body: markdown, truncated: false };
  // A heading travels with the paragraph or list under it, so a section is kept or dropped whole.
  const pieces: string[] = [];
  for (const piece of markdown.split(/\n{2,}/)) {
    const last = pieces.length - 1;
    if (last >= 0 && /^#{1,6}\s[^\n]*$/.test(pieces[last])) pieces[last] += `\n\n${piece}`;
    else pieces.push(piece);
  }
  const blocks = pieces.map((text, i) => ({ text, i, score: i === 0 ? Infinity : relevance(text) }));
  const chosen = new Set<number>();
  let used = 0;
  for (const b of [...blocks].sort((a, b) => b.score - a.score || a.i - b.i)) {
    if (used + b.text.length + 2 > max) continue;
    chosen.add(b.i);
    used += b.text.length + 2;
  }
  const kept = blocks.filter((b) => chosen.has(b.i));
  const body = kept.map((b) => b.text).join('\n\n');
  return body ? { body, truncated: true } : { body: `${markdown.slice(0, max).replace(/\s+\S*$/, '')}…`, truncated: true };
}
