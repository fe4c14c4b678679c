import { CardFactory, type Activity, type Attachment } from 'botbuilder';
import type { AnswerReply, Button, MessageReply, Reply } from '../conversation/reply';
import { citationEntity, citationReference, formatReviewed } from './citation';
import { escapeHtml } from './safe-markdown';

type Element = Record<string, unknown>;

/**
 * Teams: the cited summary as the message text (Teams renders the citation badge on text),
 * and the facts, links and next steps as an Adaptive Card 1.5 below it.
 */
export function renderForTeams(reply: Reply): Partial<Activity> {
  return reply.kind === 'answer' ? answer(reply) : plain(reply);
}

function answer(reply: AnswerReply): Partial<Activity> {
  const { item } = reply;
  const lead = [reply.intro, `**${item.title}**`, `${item.summary} [1]`].filter(Boolean).join('\n\n');
  return {
    type: 'message',
    text: `${escapeHtml(lead)}\n\n${citationReference(reply)}`,
    textFormat: 'markdown',
    attachments: [answerCard(reply)],
    entities: [citationEntity(reply)],
  };
}

/** The Adaptive Card for an answer; also used for message-extension results. */
export function answerCard(reply: AnswerReply): Attachment {
  const { item } = reply;
  const body: Element[] = [
    { type: 'TextBlock', text: escapeHtml(item.title), weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' },
    { type: 'TextBlock', text: escapeHtml(item.summary), wrap: true },
  ];
  if (reply.facts.length) {
    body.push({
      type: 'Container',
      spacing: 'Medium',
      items: reply.facts.flatMap((f) => [
        { type: 'TextBlock', text: escapeHtml(f.label), weight: 'Bolder', wrap: true, spacing: 'Small' },
        { type: 'TextBlock', text: escapeHtml(f.markdown), wrap: true, spacing: 'None' },
      ]),
    });
  }
  if (reply.body) body.push({ type: 'TextBlock', text: escapeHtml(reply.body), wrap: true, spacing: 'Medium' });
  body.push({
    type: 'TextBlock',
    text: escapeHtml(`Last checked ${formatReviewed(item.reviewed)}. Source: ${item.source.document}.`),
    isSubtle: true,
    size: 'Small',
    wrap: true,
    spacing: 'Medium',
  });
  const actions: Element[] = [
    ...reply.actions.map(toCardAction),
    { type: 'Action.OpenUrl', title: 'Full item', url: reply.citation.url },
  ];
  if (reply.related.length) {
    body.push({ type: 'TextBlock', text: 'Related', weight: 'Bolder', spacing: 'Medium' });
    body.push({ type: 'ActionSet', actions: reply.related.map(toCardAction) });
  }
  body.push({
    type: 'ActionSet',
    actions: [
      toCardAction({ kind: 'action', title: 'Helpful', data: { action: 'feedback', id: item.id, helpful: true } }),
      toCardAction({ kind: 'action', title: 'Not helpful', data: { action: 'feedback', id: item.id, helpful: false } }),
    ],
  });
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions,
  });
}

function plain(reply: MessageReply): Partial<Activity> {
  const activity: Partial<Activity> = { type: 'message', text: escapeHtml(reply.text), textFormat: 'markdown' };
  if (reply.buttons.length) {
    activity.attachments = [
      CardFactory.adaptiveCard({
        type: 'AdaptiveCard',
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        version: '1.5',
        body: [],
        actions: reply.buttons.map(toCardAction),
      }),
    ];
  }
  return activity;
}

/** A button as an Adaptive Card action: links open, everything else is a messageBack submit. */
export function toCardAction(button: Button): Element {
  switch (button.kind) {
    case 'url':
      return { type: 'Action.OpenUrl', title: button.title, url: button.url };
    case 'say':
      return { type: 'Action.Submit', title: button.title, data: { msteams: { type: 'imBack', value: button.text } } };
    case 'action':
      return {
        type: 'Action.Submit',
        title: button.title,
        data: { ...button.data, msteams: { type: 'messageBack', displayText: button.title, text: '' } },
      };
  }
}
