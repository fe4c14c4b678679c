import type { Activity, CardAction as BotCardAction } from 'botbuilder';
import type { AnswerReply, Button, MessageReply, Reply } from '../conversation/reply';
import { citationEntity, citationReference, formatReviewed } from './citation';
import { markdownWithoutHtml as escapeHtml } from './html';

/** Web Chat (and Direct Line): Markdown text, suggested actions, the citation entity. */
export function renderForWebChat(reply: Reply): Partial<Activity> {
  return reply.kind === 'answer' ? answer(reply) : plain(reply);
}

function answer(reply: AnswerReply): Partial<Activity> {
  const { item } = reply;
  const parts: string[] = [];
  if (reply.intro) parts.push(reply.intro);
  parts.push(`**${item.title}**`, `${item.summary} [1]`);
  for (const fact of reply.facts) {
    parts.push(fact.markdown.includes('\n') ? `**${fact.label}:**\n\n${fact.markdown}` : `**${fact.label}:** ${fact.markdown}`);
  }
  if (reply.body) parts.push(reply.body);
  if (reply.truncated) parts.push('There is more in the full item [1].');
  parts.push(`_Last checked ${formatReviewed(item.reviewed)}. Source: ${item.source.document}._`);
  parts.push('Was this helpful?');
  const text = `${escapeHtml(parts.join('\n\n'))}\n\n${citationReference(reply)}`;
  const buttons: Button[] = [
    ...reply.actions,
    { kind: 'action', title: 'Helpful', data: { action: 'feedback', id: item.id, helpful: true } },
    { kind: 'action', title: 'Not helpful', data: { action: 'feedback', id: item.id, helpful: false } },
    ...reply.related,
  ];
  return {
    type: 'message',
    text,
    textFormat: 'markdown',
    suggestedActions: { to: [], actions: buttons.map(toSuggested) },
    entities: [citationEntity(reply)],
  };
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

/** A button as a Web Chat suggested action. */
export function toSuggested(button: Button): BotCardAction {
  switch (button.kind) {
    case 'url':
      return { type: 'openUrl', title: button.title, value: button.url };
    case 'say':
      return { type: 'imBack', title: button.title, value: button.text };
    case 'action':
      return { type: 'messageBack', title: button.title, displayText: button.title, text: '', value: button.data };
  }
}
