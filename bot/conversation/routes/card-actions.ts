import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { AppState } from '../state';
import type { BotServices } from '../services';
import { parseCardAction } from '../card-actions';
import { replyWithItem } from '../answering';
import { composeAnswer, moreReply } from '../compose';
import { message } from '../reply';
import { profileNotedReply } from '../small-talk';
import { send } from '../send';

/** Buttons show items (content, clock, address), and feedback goes to the log and the gap log. */
export type CardActionDeps = Pick<BotServices, 'knowledge' | 'now' | 'publicUrl' | 'log' | 'gaps'>;

/** Button presses (messageBack / Action.Submit) carry data in `value`. Validated before use. */
export function registerCardActions(app: Application<AppState>, services: CardActionDeps): void {
  const carriesData = async (context: TurnContext) =>
    context.activity.type === 'message' && context.activity.value !== undefined && context.activity.value !== null;

  app.message(carriesData, async (context, state) => {
    const action = parseCardAction(context.activity.value);
    if (!action) {
      services.log.warn({ event: 'card-action-rejected' });
      await send(context, message('bad-action', "Sorry, I couldn't use that button. Please type your question instead."));
      return;
    }
    switch (action.action) {
      case 'show': {
        const reply = replyWithItem(services.knowledge(), action.id, { now: services.now(), publicUrl: services.publicUrl });
        if (reply) state.conversation.lastAnswer = { id: action.id, query: state.conversation.lastAnswer?.query ?? '' };
        await send(context, reply ?? message('gone', 'Sorry, that information is no longer available. Please ask your question again.'));
        return;
      }
      case 'details': {
        const item = services.knowledge().byId.get(action.id);
        const reply = item ? composeAnswer(item, { now: services.now(), publicUrl: services.publicUrl, related: [], depth: 'full' }) : undefined;
        await send(context, reply ?? message('gone', 'Sorry, that information is no longer available. Please ask your question again.'));
        return;
      }
      case 'more': {
        const reply = replyWithItem(services.knowledge(), action.id, { now: services.now(), publicUrl: services.publicUrl });
        await send(context, reply?.kind === 'answer' ? moreReply(reply) : message('gone', 'Sorry, that information is no longer available. Please ask your question again.'));
        return;
      }
      case 'feedback': {
        services.log.info({ event: 'feedback', item: action.id, helpful: action.helpful });
        if (!action.helpful) {
          const last = state.conversation.lastAnswer;
          services.gaps.record({
            kind: 'not-helpful',
            item: action.id,
            query: last?.id === action.id ? last.query : '',
            channel: context.activity.channelId,
            version: services.knowledge().version,
          });
        }
        await send(
          context,
          action.helpful
            ? message('feedback', 'Thank you, that helps us.')
            : message('feedback', "Thank you for telling us. We use this to improve the information. Would you like to talk to a person?", [
                { kind: 'say', title: 'Talk to a person', text: 'Talk to a person' },
              ]),
        );
        return;
      }
      case 'choose': {
        if (action.setting === 'area') {
          state.user.area = action.value === 'unknown' ? undefined : action.value;
          await send(context, action.value === 'unknown' ? message('profile', 'No problem. What would you like to know?') : profileNotedReply(action.value));
        } else {
          state.user.role = action.value;
          await send(context, profileNotedReply(undefined, action.value));
        }
        return;
      }
    }
  });
}
