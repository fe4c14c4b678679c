import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { AppState } from '../state';
import type { BotServices } from '../services';
import { cachedReplyToQuestion } from '../reply-cache';
import { preferencesFor } from '../preferences';
import { questionText } from '../question-text';
import { preferredKind } from '../intent';
import { profileFacts } from '../commands';
import { message } from '../reply';
import { profileNotedReply } from '../small-talk';
import { send } from '../send';
import { asksForPerson, handoffReply } from '../handoff';
import { areaOf } from '../../knowledge/understanding/profile';

/** What answering needs: the content, the clock and address for replies, the log and the gap log. */
export type AnsweringDeps = Pick<BotServices, 'knowledge' | 'now' | 'publicUrl' | 'log' | 'gaps'>;

/**
 * Answer a question: learn the person's area or role if they said it, then search with a
 * nudge towards forms or sessions when they want to do something or ask when.
 * `quietDecline` is for a turn that already got safeguarding help: no "I don't know" after it.
 */
export async function answerQuestion(context: TurnContext, state: AppState, services: AnsweringDeps, text: string, quietDecline = false): Promise<void> {
  const facts = profileFacts(text);
  if (facts.area) state.user.area = facts.area;
  if (facts.role) state.user.role = facts.role;
  const question = facts.rest;
  const hasWords = /[\p{L}\p{N}]/u.test(question);
  if ((facts.area || facts.role) && !hasWords) {
    await send(context, profileNotedReply(facts.area, facts.role));
    return;
  }
  if (!hasWords) {
    if (!quietDecline) await send(context, message('empty', 'Please type a question, or say "help" to see what I can do.'));
    return;
  }
  const kb = services.knowledge();
  if (asksForPerson(question)) {
    services.log.info({ event: 'command', command: 'handoff' });
    // "can i talk to someone in rutland": the area they name is the SENDIASS they want, for this reply.
    await send(context, handoffReply(kb, areaOf(question) ?? state.user.area, services.publicUrl));
    return;
  }
  // Said in passing ("my son", "a pupil in year 4"): used for this question, not remembered.
  const implied = facts.impliedRole && !state.user.role ? { audience: facts.impliedRole } : {};
  const prefs = { ...preferencesFor(state.user, context.activity.channelId), ...implied, prefer: preferredKind(question) };
  const { reply, decision } = cachedReplyToQuestion(kb, question, prefs, { now: services.now(), publicUrl: services.publicUrl, lastItem: state.conversation.lastAnswer?.id, lastQuery: state.conversation.lastAnswer?.query });
  const channel = context.activity.channelId;
  services.log.info({ event: 'question', outcome: decision.kind, item: decision.kind === 'answer' ? decision.best.item.id : undefined, version: kb.version });
  if (decision.kind === 'answer') {
    state.conversation.lastAnswer = { id: decision.best.item.id, query: question };
  } else if (decision.kind === 'clarify' || decision.kind === 'suggest') {
    state.conversation.pendingClarify = { query: question, options: decision.options.map((h) => h.item.id) };
  } else {
    services.gaps.record({ kind: 'declined', query: question, channel, version: kb.version });
    if (quietDecline) return;
  }
  await send(context, reply);
}

/** The catch-all route: anything typed that no more specific route took is a question. Register last. */
export function registerAnswering(app: Application<AppState>, services: AnsweringDeps): void {
  app.activity(ActivityTypes.Message, async (context, state) => {
    await answerQuestion(context, state, services, questionText(context));
  });
}
