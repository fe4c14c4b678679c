import { z } from 'zod';
import { areas } from '../knowledge/schema';

const itemId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120);

/**
 * The data our buttons send back. A card action is typed by whoever holds the client, so
 * it is untrusted: anything that does not parse here is treated as if it had not been sent.
 */
export const cardActionSchema = z.union([
  z.object({ action: z.literal('show'), id: itemId, from: z.enum(['related', 'clarify']).optional() }).strip(),
  z.object({ action: z.literal('feedback'), id: itemId, helpful: z.boolean() }).strip(),
  /** "Full details" under a short answer, and "More" for its other buttons. */
  z.object({ action: z.enum(['details', 'more']), id: itemId }).strip(),
  z.object({ action: z.literal('choose'), setting: z.literal('area'), value: z.enum([...areas, 'unknown']) }).strip(),
  z.object({ action: z.literal('choose'), setting: z.literal('role'), value: z.enum(['parent', 'professional']) }).strip(),
]);

export type CardAction = z.infer<typeof cardActionSchema>;

/** Parse an activity's `value`; undefined when it is absent or not one of ours. */
export function parseCardAction(value: unknown): CardAction | undefined {
  const parsed = cardActionSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

