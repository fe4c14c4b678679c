import type { TurnContext } from 'botbuilder';
import type { Reply } from './reply';
import { renderOnce } from './reply-cache';

/** Send a reply shaped for the channel this turn came from. */
export async function send(context: TurnContext, reply: Reply): Promise<void> {
  await context.sendActivity(renderOnce(reply, context.activity.channelId));
}
