import type { Item } from '../knowledge/schema';
import type { Concept } from '../knowledge/query';
import type { AnswerReply, Button, Fact } from './reply';
import { describeDate, sessionTimes } from './sessions';

export type ComposeContext = {
  now: Date;
  /** Where the bot is reached, for links to its own item pages. */
  publicUrl: string;
  /** Items to offer next. */
  related: Item[];
  /** What the person asked, to explain acronyms they used. */
  concepts?: readonly Concept[];
};

/** Longest body shown in a chat bubble; the rest is one tap away on the item's page. */
export const MAX_BODY_CHARS = 2400;

export const itemPageUrl = (publicUrl: string, id: string): string => `${publicUrl}/items/${encodeURIComponent(id)}`;

/** Build the answer for one item: summary first, then the facts its kind calls for. */
export function composeAnswer(item: Item, ctx: ComposeContext): AnswerReply {
  const { body, truncated } = shorten(item.body.trim(), MAX_BODY_CHARS);
  return {
    kind: 'answer',
    item,
    intro: explainAcronyms(ctx.concepts ?? []),
    facts: factsFor(item, ctx.now),
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

function explainAcronyms(concepts: readonly Concept[]): string | undefined {
  const notes = concepts
    .filter((c) => c.glossary && c.label.replace(/\s/g, '').toLowerCase() !== c.glossary.expansion.replace(/\s/g, '').toLowerCase())
    .map((c) => `**${c.glossary!.term}** stands for ${c.glossary!.expansion}${c.glossary!.meaning ? `: ${c.glossary!.meaning}` : '.'}`);
  return notes.length ? notes.join('\n\n') : undefined;
}

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

/** Cut Markdown at a paragraph boundary so a list or sentence is never broken in half. */
export function shorten(markdown: string, max: number): { body: string; truncated: boolean } {
  if (markdown.length <= max) return { body: markdown, truncated: false };
  const blocks = markdown.split(/\n{2,}/);
  let out = '';
  for (const block of blocks) {
    if (out.length + block.length + 2 > max) break;
    out += (out ? '\n\n' : '') + block;
  }
  if (!out) out = `${markdown.slice(0, max).replace(/\s+\S*$/, '')}…`;
  return { body: out, truncated: true };
}
