import type { Item } from '../knowledge/schema';
import type { CardAction } from './card-actions';

export type Button =
  | { kind: 'url'; title: string; url: string }
  /** Send this text as if the person had typed it ("Help", "Talk to a person"). */
  | { kind: 'say'; title: string; text: string }
  /** Send validated data back to the bot: show an item, give feedback, choose an area. */
  | { kind: 'action'; title: string; data: CardAction };

/** A labelled block of facts in an answer ("How to apply", "Dates"). */
export type Fact = { label: string; markdown: string };

export type AnswerReply = {
  kind: 'answer';
  item: Item;
  /** A line said before the summary, such as what an acronym stands for. */
  intro?: string;
  facts: Fact[];
  /** The item's body, possibly shortened, as Markdown. */
  body: string;
  /** Set when the body was cut short. */
  truncated: boolean;
  actions: Button[];
  related: Button[];
  citation: { name: string; abstract: string; url: string };
};

export type MessageReply = {
  kind: 'message';
  /** Markdown text; must be safe to show as it is (no HTML). */
  text: string;
  buttons: Button[];
  /** Why it was sent, for tests and logs: 'decline', 'safeguarding', 'welcome'… */
  purpose: string;
  /** The language of the text when it is not English (BCP 47, such as "pl"). */
  locale?: string;
};

/**
 * What the bot says, before it is shaped for a channel. Conversation code builds these;
 * `bot/channels/` turns them into Web Chat Markdown or Teams Adaptive Cards.
 */
export type Reply = AnswerReply | MessageReply;

export const message = (purpose: string, text: string, buttons: Button[] = []): MessageReply => ({
  kind: 'message',
  purpose,
  text,
  buttons,
});
