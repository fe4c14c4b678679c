import type { Application } from '@microsoft/teams-ai';
import type { AppState } from '../state';
import type { BotServices } from '../services';
import { parseCardAction } from '../card-actions';

/** An unchosen "which one?" is recorded against the content version it was asked on. */
export type ClarifyFollowUpDeps = Pick<BotServices, 'knowledge' | 'gaps'>;

/**
 * When the bot asked "which one?" and the next turn is not one of the choices, nobody chose:
 * that is a gap for staff to look at (the question was too vague, or the choices were wrong).
 */
export function registerClarifyFollowUp(app: Application<AppState>, services: ClarifyFollowUpDeps): void {
  app.turn('beforeTurn', async (context, state) => {
    const pending = state.conversation.pendingClarify;
    if (!pending || context.activity.type !== 'message') return true;
    const action = parseCardAction(context.activity.value);
    const chosen = action?.action === 'show' && action.from === 'clarify' && pending.options.includes(action.id);
    if (!chosen) {
      services.gaps.record({
        kind: 'clarify-unchosen',
        query: pending.query,
        options: pending.options,
        channel: context.activity.channelId,
        version: services.knowledge().version,
      });
    }
    state.conversation.pendingClarify = undefined;
    return true;
  });
}
