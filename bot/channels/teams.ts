import { CardFactory, type Activity, type Attachment } from 'botbuilder';
import type { AnswerReply, Button, Fact, MessageReply, Reply } from '../conversation/reply';
import { citationEntity, citationReference, formatReviewed } from './citation';
import { chatMarkdown } from './chat-markdown';
import { markdownWithoutHtml as escapeHtml } from './html';

type Element = Record<string, unknown>;

/**
 * Teams: an Adaptive Card 1.5 built from real card elements (a FactSet for a form's or a
 * session's facts, TextBlocks that wrap, "Full details" as an Action.ShowCard for the long
 * part), with short button titles that fit a phone. The message text carries only the
 * citation badge (Teams renders it on text), never the card's title or summary again.
 */
export function renderForTeams(reply: Reply): Partial<Activity> {
  return reply.kind === 'answer' ? answer(reply) : plain(reply);
}

/** Top-level card buttons: with more, Teams cuts their titles short on a phone. */
export const MAX_CARD_ACTIONS = 3;
/** Longest button title that fits beside two others on a phone. */
export const MAX_ACTION_TITLE = 20;

function answer(reply: AnswerReply): Partial<Activity> {
  return {
    type: 'message',
    text: `Here is what I found [1]\n\n${citationReference(reply)}`,
    textFormat: 'markdown',
    attachments: [answerCard(reply)],
    entities: [citationEntity(reply)],
  };
}

/** The Adaptive Card for an answer in a conversation with the bot. */
export function answerCard(reply: AnswerReply): Attachment {
  const body: Element[] = [];
  if (reply.intro) body.push(textBlock(chatMarkdown(reply.intro)));
  body.push(...itemFacts(reply), sourceLine(reply));
  const details: Element[] = [];
  if (reply.body) details.push(textBlock(chatMarkdown(reply.body)));
  details.push(textBlock(`${reply.truncated ? 'There is more on' : 'Everything is also on'} [its own page](${reply.page}).`, { isSubtle: true }));
  if (reply.related.length) {
    details.push(textBlock('Related', { weight: 'Bolder', spacing: 'Medium' }));
    details.push(...reply.related.map(choiceRow));
  }
  return adaptiveCard(body, [
    { type: 'Action.ShowCard', title: 'Full details', card: { type: 'AdaptiveCard', body: details } },
    ...reply.feedback.map(toCardAction),
  ]);
}

/**
 * A message-extension result: the card a SENDCo inserts into a chat with colleagues. It is
 * sent as that person's message, where the bot may not be a member, so it carries only links
 * (no feedback or related buttons, which would post back to a bot that cannot answer there)
 * and no long body: the facts and the source, with the full item one tap away.
 */
export function searchResultCard(reply: AnswerReply): Attachment {
  return adaptiveCard([...itemFacts(reply), sourceLine(reply)], [{ type: 'Action.OpenUrl', title: 'Full details', url: reply.page }]);
}

/** What the search list shows before a result is chosen: title and summary, as plain text. */
export function searchResultPreview(reply: AnswerReply): Attachment {
  return CardFactory.thumbnailCard(escapeHtml(reply.item.title), escapeHtml(reply.item.summary));
}

const textBlock = (markdown: string, extra: Element = {}): Element => ({ type: 'TextBlock', text: escapeHtml(markdown), wrap: true, ...extra });

/**
 * Title, summary, the next step and the facts: the part every card shares. One-line facts
 * go in a FactSet; lists (who is eligible, what to prepare) as a label and its list.
 */
function itemFacts(reply: AnswerReply): Element[] {
  const { item } = reply;
  const body: Element[] = [
    textBlock(item.title, { weight: 'Bolder', size: 'Medium', style: 'heading' }),
    textBlock(item.summary, { spacing: 'Small' }),
  ];
  // For a form, the facts already say who does what; elsewhere the next step leads, unless a
  // fact below says the same words (a session's "Dates" saying where new dates appear).
  const next = reply.next;
  if (next && item.kind !== 'form' && !reply.facts.some((f) => f.markdown.includes(next))) {
    body.push({ type: 'Container', spacing: 'Medium', items: [textBlock('What to do next', { weight: 'Bolder' }), textBlock(chatMarkdown(next), { spacing: 'None' })] });
  }
  const single = reply.facts.filter((f) => !f.markdown.includes('\n'));
  const lists = reply.facts.filter((f) => f.markdown.includes('\n'));
  if (single.length) body.push({ type: 'FactSet', spacing: 'Medium', facts: single.map((f) => ({ title: escapeHtml(f.label), value: escapeHtml(f.markdown) })) });
  for (const f of lists) body.push({ type: 'Container', spacing: 'Medium', items: listFact(f) });
  const links = reply.actions.filter((b): b is Extract<Button, { kind: 'url' }> => b.kind === 'url');
  if (links.length) body.push(textBlock(links.map((l) => `[${l.title.replace(/[[\]]/g, '')}](${l.url})`).join(' · '), { spacing: 'Medium' }));
  return body;
}

const listFact = (f: Fact): Element[] => [textBlock(f.label, { weight: 'Bolder' }), textBlock(f.markdown, { spacing: 'None' })];

/** Where the information comes from and when staff last checked it; shown on every answer. */
function sourceLine(reply: AnswerReply): Element {
  return textBlock(`From ${reply.source}. Last checked ${formatReviewed(reply.item.reviewed)}.`, { isSubtle: true, size: 'Small', spacing: 'Medium' });
}

/** Adaptive Cards 1.5: the newest version every Teams client (desktop, web, mobile) renders. */
function adaptiveCard(body: Element[], actions: Element[]): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length ? { actions } : {}),
  });
}

/**
 * A message with buttons: short titles as card buttons (at most three, so they fit), long
 * ones (an item's title among "which one?" choices) as rows that wrap their whole title.
 */
function plain(reply: MessageReply): Partial<Activity> {
  const activity: Partial<Activity> = { type: 'message', text: escapeHtml(reply.text), textFormat: 'markdown', ...(reply.locale ? { locale: reply.locale } : {}) };
  if (reply.buttons.length) {
    const fits = reply.buttons.length <= MAX_CARD_ACTIONS && reply.buttons.every((b) => b.title.length <= MAX_ACTION_TITLE);
    activity.attachments = [fits ? adaptiveCard([], reply.buttons.map(toCardAction)) : adaptiveCard(reply.buttons.map(choiceRow), [])];
  }
  return activity;
}

/** A whole-width row that acts as a button, for titles too long for one. */
function choiceRow(button: Button): Element {
  return {
    type: 'Container',
    style: 'emphasis',
    spacing: 'Small',
    selectAction: toCardAction(button),
    items: [textBlock(`${button.title} ›`, { color: 'Accent', weight: 'Bolder' })],
  };
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
