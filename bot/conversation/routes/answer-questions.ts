import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { AppState } from '../state';
import type { BotServices } from '../services';
import { render } from '../../channels/render';
import { replyToQuestion } from '../answering';
import { preferencesFor } from '../preferences';
import { questionText } from '../question-text';

/** The catch-all route: anything typed that no more specific route took is a question. Register last. */
export function registerAnswering(app: Application<AppState>, services: BotServices): void {
  app.activity(ActivityTypes.Message, async (context: TurnContext, state: AppState) => {
    const question = questionText(context);
    if (!question) {
      await context.sendActivity(render({ kind: 'message', purpose: 'empty', text: 'Please type a question, or say "help" to see what I can do.', buttons: [] }, context.activity.channelId));
      return;
    }
    const kb = services.knowledge();
    const { reply, decision } = replyToQuestion(kb, question, preferencesFor(state.user, context.activity.channelId), {
      now: services.now(),
      publicUrl: services.publicUrl,
    });
    if (decision.kind === 'answer') state.conversation.lastAnswer = { id: decision.best.item.id, query: '' };
    services.log.info({ event: 'question', outcome: decision.kind, item: decision.kind === 'answer' ? decision.best.item.id : undefined, version: kb.version });
    await context.sendActivity(render(reply, context.activity.channelId));
  });
}
