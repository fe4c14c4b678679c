import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { AppState } from '../state';
import { asks, crisisReply, distressReply, screen, type Screening } from '../safeguarding/index';
import { preferencesFor } from '../preferences';
import { MAX_QUESTION_CHARS } from '../question-text';
import { send } from '../send';
import { answerQuestion, type AnsweringDeps } from './answer-questions';

/** How many turns after a crisis a follow-up ("who do I ring?") still gets the help again. */
const FOLLOW_UP_TURNS = 3;

/** The person's words for screening: longer than a question may be, so nothing said late is missed. */
function screenedText(context: TurnContext): string {
  const raw = typeof context.activity.text === 'string' ? context.activity.text : '';
  return raw
    .slice(0, MAX_QUESTION_CHARS * 4)
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Every message is screened first, on every channel, before commands or search. A crisis gets
 * what to do now as the first reply; distress gets a kind word and the support lines offered
 * gently. Either way the SEND question in the same message is then answered, with the
 * disclosure and any figures of speech set aside. Only the tier and category are logged.
 */
export function registerSafeguarding(app: Application<AppState>, services: AnsweringDeps): void {
  const screened = new WeakMap<TurnContext, Screening>();
  app.turn('beforeTurn', async (context, state) => {
    if (context.activity.type !== 'message') return true;
    const text = screenedText(context);
    if (!text) return true;
    const earlier = state.conversation.safeguarding;
    const s = screen(text, { earlier: earlier && earlier.turnsAgo < FOLLOW_UP_TURNS ? earlier : undefined });
    screened.set(context, s);
    if (s.tier === 'crisis' && s.category && s.category !== 'distress') {
      state.conversation.safeguarding = { category: s.category, about: s.about, turnsAgo: 0 };
    } else if (earlier) {
      state.conversation.safeguarding = earlier.turnsAgo + 1 < FOLLOW_UP_TURNS ? { ...earlier, turnsAgo: earlier.turnsAgo + 1 } : undefined;
    }
    return true;
  });
  // Also taken: a message with a figure of speech ("this form is killing me"), answered with it set aside.
  const needsCare = async (context: TurnContext) => {
    const s = screened.get(context);
    return s !== undefined && (s.tier !== 'none' || s.idioms.length > 0);
  };
  app.message(needsCare, async (context, state) => {
    const s = screened.get(context);
    if (!s) return;
    const rest = s.rest.slice(0, MAX_QUESTION_CHARS);
    if (s.tier === 'none') {
      await answerQuestion(context, state, services, rest);
      return;
    }
    const audience = preferencesFor(state.user, context.activity.channelId).audience ?? 'parent';
    services.log.warn({ event: 'safeguarding', tier: s.tier, category: s.category });
    await send(context, s.tier === 'crisis' ? crisisReply(s, audience) : distressReply(audience));
    // Search only what is left once the disclosure is set aside, and only if it asks something.
    if (asks(rest)) await answerQuestion(context, state, services, rest, s.tier === 'crisis');
  });
}
