import { z } from 'zod';

const id = z.string().min(1).max(1024);
const account = z.object({ id, name: z.string().max(1024).optional() }).passthrough();

/**
 * The shape an activity must have before the adapter sees it. The adapter's own checks
 * throw on wrong types (a 500); checking first turns every malformed request into a 400
 * with a message that says which field is wrong.
 */
export const incomingActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(1024).optional(),
    // The adapter and teams-ai read it on every turn; without it a turn fails deep inside them.
    channelId: z.string({ required_error: 'required: the channel the activity came from, such as "msteams" or "webchat"' }).min(1).max(64),
    serviceUrl: z.string().max(2048).optional(),
    conversation: z.object({ id }).passthrough(),
    from: account,
    recipient: account,
    text: z.string().max(100_000).optional(),
    textFormat: z.string().max(32).optional(),
    locale: z.string().max(64).optional(),
    timestamp: z.string().max(64).optional(),
    deliveryMode: z.enum(['normal', 'notification', 'expectReplies', 'ephemeral']).optional(),
    name: z.string().max(256).optional(),
    value: z.unknown().optional(),
    attachments: z.array(z.object({ contentType: z.string().max(256) }).passthrough()).max(50).optional(),
    entities: z.array(z.object({ type: z.string().max(256) }).passthrough()).max(50).optional(),
    channelData: z.record(z.unknown()).optional(),
    membersAdded: z.array(account).max(100).optional(),
    membersRemoved: z.array(account).max(100).optional(),
    replyToId: z.string().max(1024).optional(),
  })
  .passthrough();

/** A short description of what is wrong, safe to return to the caller. */
export function describeInvalidActivity(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body must be a JSON object (an activity)';
  const parsed = incomingActivitySchema.safeParse(body);
  if (parsed.success) return undefined;
  return parsed.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || 'activity'}: ${i.message}`)
    .join('; ');
}
