import { CardFactory, type Activity, type Attachment } from 'botbuilder';
import type { AnswerReply, Button, MessageReply, Reply } from '../conversation/reply';
import { citationEntity, citationReference, formatReviewed } from './citation';
import { markdownWithoutHtml as escapeHtml } from './html';

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

/** The Adaptive Card for an answer in a conversation with the bot. */
export function answerCard(reply: AnswerReply): Attachment {
  const { item } = reply;
  const body: Element[] = itemFacts(reply);
  if (reply.body) body.push({ type: 'TextBlock', text: escapeHtml(reply.body), wrap: true, spacing: 'Medium' });
  body.push(sourceLine(reply));
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
  return adaptiveCard(body, actions);
}

/**
 * A message-extension result: the card a SENDCo inserts into a chat with colleagues. It is
 * sent as that person's message, where the bot may not be a member, so it carries only links
 * (no feedback or related buttons, which would post back to a bot that cannot answer there)
 * and no long body: the facts and the source, with the full item one tap away.
 */
export function searchResultCard(reply: AnswerReply): Attachment {
  const links = reply.actions.filter((b) => b.kind === 'url').map(toCardAction);
  return adaptiveCard([...itemFacts(reply), sourceLine(reply)], [...links, { type: 'Action.OpenUrl', title: 'Full item', url: reply.citation.url }]);
}

/** What the search list shows before a result is chosen: title and summary, as plain text. */
export function searchResultPreview(reply: AnswerReply): Attachment {
  return CardFactory.thumbnailCard(escapeHtml(reply.item.title), escapeHtml(reply.item.summary));
}

/** Title, summary and the facts the item's kind calls for: the part every card shares. */
function itemFacts(reply: AnswerReply): Element[] {
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
  return body;
}

/** Where the information comes from and when staff last checked it; shown on every answer. */
function sourceLine(reply: AnswerReply): Element {
  return {
    type: 'TextBlock',
    text: escapeHtml(`Last checked ${formatReviewed(reply.item.reviewed)}. Source: ${reply.item.source.document}.`),
    isSubtle: true,
    size: 'Small',
    wrap: true,
    spacing: 'Medium',
  };
}

/** Adaptive Cards 1.5: the newest version every Teams client (desktop, web, mobile) renders. */
function adaptiveCard(body: Element[], actions: Element[]): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions,
  });
}

function plain(reply: MessageReply): Partial<Activity> {
  const activity: Partial<Activity> = { type: 'message', text: escapeHtml(reply.text), textFormat: 'markdown', ...(reply.locale ? { locale: reply.locale } : {}) };
  if (reply.buttons.length) {
    activity.attachments = [adaptiveCard([], reply.buttons.map(toCardAction))];
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
