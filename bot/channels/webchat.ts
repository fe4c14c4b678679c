import type { Activity, CardAction as BotCardAction } from 'botbuilder';
import type { AnswerReply, Button, Fact, MessageReply, Reply } from '../conversation/reply';
import { citationEntity, citationReference, formatReviewed } from './citation';
import { chatMarkdown } from './chat-markdown';
import { markdownWithoutHtml as escapeHtml } from './html';

/**
 * Web Chat (and Direct Line): Markdown text, suggested actions, the citation entity. Written
 * for a phone: a short answer leads with what to do next and a few key facts, with
 * "Full details" and "More" for the rest, so no more than three buttons sit under it.
 */
export function renderForWebChat(reply: Reply): Partial<Activity> {
  return reply.kind === 'answer' ? answer(reply) : plain(reply);
}

/** Single-line facts shown in a short answer; lists and the rest are under "Full details". */
const KEY_FACTS = 2;
/** Buttons under a short answer: "Full details", its first link or action, "More". */
const MAX_ANSWER_BUTTONS = 3;

function answer(reply: AnswerReply): Partial<Activity> {
  const full = reply.depth === 'full';
  const text = full ? fullText(reply) : shortText(reply);
  const buttons = full
    ? [...reply.feedback, reply.more]
    : [...(hasMoreToShow(reply) ? [reply.details] : []), ...reply.actions.slice(0, 1), reply.more].slice(0, MAX_ANSWER_BUTTONS);
  return {
    type: 'message',
    text: `${escapeHtml(text)}\n\n${citationReference(reply)}`,
    textFormat: 'markdown',
    suggestedActions: { to: [], actions: buttons.map(toSuggested) },
    entities: [citationEntity(reply)],
  };
}

const factLine = (f: Fact) => (f.markdown.includes('\n') ? `**${f.label}:**\n\n${f.markdown}` : `**${f.label}:** ${f.markdown}`);

/** The facts a short answer shows: one-line facts the next step has not already said. */
function keyFacts(reply: AnswerReply): Fact[] {
  const saidBy = (f: Fact) => Boolean(reply.next && (reply.next.includes(f.markdown) || f.markdown.includes(reply.next)));
  return reply.facts.filter((f) => !f.markdown.includes('\n') && !saidBy(f)).slice(0, KEY_FACTS);
}

const hasMoreToShow = (reply: AnswerReply) => reply.body.length > 0 || reply.facts.length > keyFacts(reply).length;

const sourceLine = (reply: AnswerReply) => `_From ${reply.source}. Last checked ${formatReviewed(reply.item.reviewed)}._`;

function shortText(reply: AnswerReply): string {
  const parts: string[] = [];
  if (reply.intro) parts.push(reply.intro);
  parts.push(`**${reply.item.title}**`, `${reply.item.summary} [1]`);
  if (reply.next) parts.push(`**What you can do:** ${chatMarkdown(reply.next)}`);
  if (reply.excerpt) parts.push(chatMarkdown(reply.excerpt));
  parts.push(...keyFacts(reply).map(factLine));
  parts.push(sourceLine(reply));
  return parts.join('\n\n');
}

function fullText(reply: AnswerReply): string {
  const parts: string[] = [`**${reply.item.title}: full details** [1]`];
  parts.push(...reply.facts.map(factLine));
  if (reply.body) parts.push(chatMarkdown(reply.body));
  parts.push(`${reply.truncated ? 'There is more on' : 'Everything is also on'} [its own page](${reply.page}).`);
  parts.push(sourceLine(reply));
  return parts.join('\n\n');
}

function plain(reply: MessageReply): Partial<Activity> {
  return {
    type: 'message',
    text: escapeHtml(reply.text),
    textFormat: 'markdown',
    ...(reply.locale ? { locale: reply.locale } : {}),
    ...(reply.buttons.length ? { suggestedActions: { to: [], actions: reply.buttons.map(toSuggested) } } : {}),
  };
}

/**
 * A button as a Web Chat suggested action. Data buttons are messageBack carrying the title
 * as their text too: Web Chat shows a messageBack with no text as nothing, so without it a
 * tap never appears in the chat as what the person chose. The bot acts on the data.
 */
export function toSuggested(button: Button): BotCardAction {
  switch (button.kind) {
    case 'url':
      return { type: 'openUrl', title: button.title, value: button.url };
    case 'say':
      return { type: 'imBack', title: button.title, value: button.text };
    case 'action':
      return { type: 'messageBack', title: button.title, displayText: button.title, text: button.title, value: button.data };
  }
}
