import { z } from 'zod';
import type { Activity } from 'botbuilder';

/** A question, or a button's data, is far smaller; Direct Line's own cap is larger. */
export const MAX_ACTIVITY_BYTES = 64 * 1024;

/** Our buttons send flat data; deep nesting only serves to exhaust the stack downstream. */
export const MAX_ACTIVITY_DEPTH = 16;

/** True when a parsed JSON value nests deeper than `limit`; walks without recursion. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}

const short = (max: number) => z.string().max(max);

/**
 * What a browser may post to the bot's own Direct Line endpoint. Web Chat sends more fields
 * than the bot needs; everything that says who or where (from, conversation, recipient,
 * serviceUrl, channelId, deliveryMode) is set by the server, never taken from the client.
 */
export const clientActivitySchema = z
  .object({
    type: z.enum(['message', 'typing', 'event']),
    text: short(10_000).optional(),
    locale: short(64).optional(),
    localTimezone: short(64).optional(),
    name: short(256).optional(),
    value: z.unknown().optional(),
    from: z.object({ id: short(256).optional(), name: short(256).optional(), role: short(32).optional() }).passthrough().optional(),
    channelData: z
      .object({
        clientActivityID: short(128).optional(),
        clientTimestamp: short(64).optional(),
        messageBack: z.object({ displayText: short(1_000).optional() }).passthrough().optional(),
      })
      .passthrough()
      .optional(),
    // File upload is switched off in the page, and the bot has nothing to do with files.
    attachments: z.array(z.unknown()).max(0, 'attachments are not supported').optional(),
  })
  .passthrough();

export type ClientActivity = z.infer<typeof clientActivitySchema>;

export const BOT_ACCOUNT = { id: 'send-signpost', name: 'SEND Signpost', role: 'bot' } as const;

export type Where = { conversationId: string; userId: string; serviceUrl: string };

/** Who and where, always from the server: the token's conversation and user, and the bot. */
export function address(where: Where): Partial<Activity> {
  return {
    channelId: 'directline',
    serviceUrl: where.serviceUrl,
    conversation: { id: where.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: where.userId, name: '', role: 'user' },
    recipient: { ...BOT_ACCOUNT },
  };
}

/**
 * The activity the bot receives, and the copy echoed to the browser (Direct Line echoes a
 * user's own messages; Web Chat matches them to what it sent by clientActivityID).
 */
export function fromClient(posted: ClientActivity, where: Where): Partial<Activity> {
  const channelData: Record<string, unknown> = {};
  if (posted.channelData?.clientActivityID) channelData.clientActivityID = posted.channelData.clientActivityID;
  if (posted.channelData?.clientTimestamp) channelData.clientTimestamp = posted.channelData.clientTimestamp;
  if (posted.channelData?.messageBack?.displayText) channelData.messageBack = { displayText: posted.channelData.messageBack.displayText };
  return {
    type: posted.type,
    ...address(where),
    textFormat: 'plain',
    locale: posted.locale ?? 'en-GB',
    ...(posted.localTimezone ? { localTimezone: posted.localTimezone } : {}),
    ...(posted.text !== undefined ? { text: posted.text } : {}),
    ...(posted.value !== undefined ? { value: posted.value } : {}),
    ...(posted.name !== undefined ? { name: posted.name } : {}),
    channelData,
  };
}
