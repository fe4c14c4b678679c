import type { Activity } from 'botbuilder';

/**
 * In a channel or group chat Teams puts the @mention into the text: "<at>SEND Signpost</at>
 * what is E3". The mention is not part of the question, so every mention of the bot is
 * removed before anything reads the text. botbuilder's own helper (teams-ai's
 * `removeRecipientMention`) removes only the first one and throws on a message that has a
 * mention entity but no text (a card button pressed in a channel); this does neither.
 * Mentions of other people stay: "ask @Sam about E3" keeps Sam's name.
 */
export function removeBotMentions(activity: Activity): void {
  if (activity.type !== 'message' || typeof activity.text !== 'string' || !Array.isArray(activity.entities)) return;
  const botId = activity.recipient?.id;
  let text = activity.text;
  for (const entity of activity.entities as unknown[]) {
    const mention = asMention(entity);
    if (mention && botId && mention.mentioned.id === botId && mention.text) text = text.split(mention.text).join(' ');
  }
  activity.text = text.trim();
}

type Mention = { text: string; mentioned: { id: string } };

/** Entities come from the client: read a mention only when it has the shape Teams sends. */
function asMention(entity: unknown): Mention | undefined {
  if (!entity || typeof entity !== 'object') return undefined;
  const e = entity as { type?: unknown; text?: unknown; mentioned?: { id?: unknown } | null };
  if (typeof e.type !== 'string' || e.type.toLowerCase() !== 'mention') return undefined;
  if (typeof e.text !== 'string' || typeof e.mentioned?.id !== 'string') return undefined;
  return { text: e.text, mentioned: { id: e.mentioned.id } };
}
