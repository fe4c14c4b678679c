import type { Activity, MessagingExtensionAttachment } from 'botbuilder';
import type { AnswerReply, Reply } from './reply';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { Logger } from '../log';
import type { LanguageNotes } from '../knowledge/language-notes';

/** Something the bot could not help with, for staff to see what to write next. */
export type GapEvent = {
  kind: 'declined' | 'clarify-unchosen' | 'not-helpful';
  /** What the person typed. The recorder removes personal details before storing it. */
  query: string;
  /** The item marked not helpful. */
  item?: string;
  /** The items offered when the bot asked "which one?". */
  options?: string[];
  channel: string;
  version: string;
};

/** Where gaps go; the implementation must redact personal details before writing anything. */
export type GapRecorder = { record(event: GapEvent): void };

/**
 * How replies become activities for a channel (Web Chat Markdown, Teams cards). It lives in
 * bot/channels/, above this layer, so it is handed in rather than imported.
 */
export type Renderer = {
  /** The reply shaped for the channel the turn came from. */
  activity(reply: Reply, channelId: string): Partial<Activity>;
  /** One result of the Teams message extension's search: the card and its preview. */
  searchResult(reply: AnswerReply): MessagingExtensionAttachment;
};

/** Everything conversation code needs from outside, injected so tests can pin each one. */
export type BotServices = {
  /** The current content version; read once per turn so a reload never changes a turn midway. */
  knowledge: () => KnowledgeBase;
  now: () => Date;
  publicUrl: string;
  log: Logger;
  gaps: GapRecorder;
  render: Renderer;
  /** The fixed replies for messages in other languages (content/languages/); none when absent. */
  languages?: LanguageNotes;
};
