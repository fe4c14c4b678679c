import type { TurnContext } from 'botbuilder';
import type { Reply } from './reply';
import { render } from '../channels/render';

/** Send a reply shaped for the channel this turn came from. */
export async function send(context: TurnContext, reply: Reply): Promise<void> {
  await context.sendActivity(render(reply, context.activity.channelId));
}
