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
  /** `short`: what to do next and the key facts; `full`: everything, after "Full details". */
  depth: 'short' | 'full';
  /** A line said before the summary, such as what an acronym stands for. */
  intro?: string;
  /** What a parent can do next, in plain words, when the item says. */
  next?: string;
  facts: Fact[];
  /** The body's paragraphs about what was asked, for the short answer (empty when none). */
  excerpt: string;
  /** The item's body, possibly shortened, as Markdown. */
  body: string;
  /** Set when the body was cut short. */
  truncated: boolean;
  /** The source document(s) as people know them: title and date, never a file name. */
  source: string;
  /** The item's own page on the bot, which has everything and links back to the chat. */
  page: string;
  /** "Full details" and "More": the rest of the answer, one tap away. */
  details: Button;
  more: Button;
  /** Helpful / Not helpful, built once for every channel. */
  feedback: Button[];
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
