import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { AppState } from '../state';
import { detectRisk, safeguardingReply } from '../safeguarding';
import { preferencesFor } from '../preferences';
import { clauses, questionText } from '../question-text';
import { send } from '../send';
import { answerQuestion, type AnsweringDeps } from './answer-questions';

/**
 * Before any search: if a message suggests a child may be at risk, the first reply is what
 * to do now. Any question in the same message is then answered as usual.
 */
export function registerSafeguarding(app: Application<AppState>, services: AnsweringDeps): void {
  const atRisk = async (context: TurnContext) => context.activity.type === 'message' && detectRisk(questionText(context)) !== undefined;
  app.message(atRisk, async (context, state) => {
    const text = questionText(context);
    const risk = detectRisk(text);
    if (!risk) return;
    const audience = preferencesFor(state.user, context.activity.channelId).audience ?? 'parent';
    services.log.warn({ event: 'safeguarding', risk });
    await send(context, safeguardingReply(risk, audience));
    // Search only what is left once the disclosure is set aside: it is not a question.
    const rest = clauses(text)
      .filter((clause) => !detectRisk(clause))
      .join(' ');
    await answerQuestion(context, state, services, rest, true);
  });
}
