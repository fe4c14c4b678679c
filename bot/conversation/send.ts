import type { TurnContext } from 'botbuilder';
import type { Reply } from './reply';
import type { Renderer } from './services';
import { renderOnce } from './reply-cache';

const RENDERER = Symbol('renderer');

/** Make `send` shape replies with this renderer for the rest of the turn (the Application does it first). */
export function useRenderer(context: TurnContext, renderer: Renderer): void {
  context.turnState.set(RENDERER, renderer);
}

/** Send a reply shaped for the channel this turn came from. */
export async function send(context: TurnContext, reply: Reply): Promise<void> {
  const renderer = context.turnState.get(RENDERER) as Renderer | undefined;
  if (!renderer) throw new Error('no renderer for this turn: createApplication sets one before any route runs');
  await context.sendActivity(renderOnce(reply, context.activity.channelId, renderer));
}
