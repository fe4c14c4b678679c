import type { Application } from '@microsoft/teams-ai';
import type { AppState } from '../state';
import { welcomeReply } from '../small-talk';
import { send } from '../send';

/** A short welcome when a person joins, with the privacy line and the area and role choices. */
export function registerWelcome(app: Application<AppState>): void {
  app.conversationUpdate('membersAdded', async (context, state) => {
    const botId = context.activity.recipient?.id;
    const people = (context.activity.membersAdded ?? []).filter((m) => m.id !== botId);
    if (people.length === 0 || state.conversation.welcomed) return;
    state.conversation.welcomed = true;
    await send(context, welcomeReply());
  });
}
