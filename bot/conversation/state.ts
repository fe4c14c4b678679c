import { TurnState } from '@microsoft/teams-ai';
import type { Area, Audience } from '../knowledge/schema';
import type { CrisisCategory } from './safeguarding/categories';

/** What the bot remembers about a person (never their name or details): where and who they are. */
export type UserState = { area?: Area; role?: Audience };

/** What the bot remembers within one conversation. */
export type ConversationState = {
  welcomed?: boolean;
  /** The last item answered, so feedback can be tied to it without trusting the client. */
  lastAnswer?: { id: string; query: string };
  /** Choices offered when the bot asked "which one?", so an unanswered one can be reported. */
  pendingClarify?: { query: string; options: string[] };
  /** A crisis raised in the last few turns (its category only), so "who do I ring?" gets the help again. */
  safeguarding?: { category: CrisisCategory; about: 'self' | 'other'; turnsAgo: number };
};

export type AppState = TurnState<ConversationState, UserState>;
