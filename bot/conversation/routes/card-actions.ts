import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { AppState } from '../state';
import type { BotServices } from '../services';
import { render } from '../../channels/render';
import { parseCardAction } from '../card-actions';
import { replyWithItem } from '../answering';
import { message } from '../reply';

/** Button presses (messageBack / Action.Submit) carry data in `value`. Validated before use. */
export function registerCardActions(app: Application<AppState>, services: BotServices): void {
  const carriesData = async (context: TurnContext) =>
    context.activity.type === 'message' && context.activity.value !== undefined && context.activity.value !== null;

  app.message(carriesData, async (context, state) => {
    const action = parseCardAction(context.activity.value);
    const channel = context.activity.channelId;
    if (!action) {
      services.log.warn({ event: 'card-action-rejected' });
      await context.sendActivity(render(message('bad-action', "Sorry, I couldn't use that button. Please type your question instead."), channel));
      return;
    }
    switch (action.action) {
      case 'show': {
        const reply = replyWithItem(services.knowledge(), action.id, { now: services.now(), publicUrl: services.publicUrl });
        if (reply) state.conversation.lastAnswer = { id: action.id, query: '' };
        await context.sendActivity(
          render(reply ?? message('gone', 'Sorry, that information is no longer available. Please ask your question again.'), channel),
        );
        return;
      }
      case 'feedback': {
        services.log.info({ event: 'feedback', item: action.id, helpful: action.helpful });
        await context.sendActivity(
          render(message('feedback', action.helpful ? 'Thank you, that helps us.' : 'Thank you for telling us. We use this to improve the information.'), channel),
        );
        return;
      }
      case 'choose': {
        if (action.setting === 'area') state.user.area = action.value === 'unknown' ? undefined : action.value;
        else state.user.role = action.value;
        await context.sendActivity(render(message('chosen', 'Thanks. What would you like to know?'), channel));
        return;
      }
    }
  });
}
