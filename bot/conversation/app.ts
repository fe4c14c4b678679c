import { Application, TurnState, type TeamsAdapter } from '@microsoft/teams-ai';
import type { Storage } from 'botbuilder';
import type { AppState } from './state';
import type { BotServices } from './services';
import { registerCardActions } from './routes/card-actions';
import { registerAnswering } from './routes/answer-questions';
import { registerClarifyFollowUp } from './routes/clarify-follow-up';
import { registerCommands } from './routes/commands';
import { registerSafeguarding } from './routes/safeguarding';
import { registerOtherLanguages } from './routes/other-language';
import { registerWelcome } from './routes/welcome';
import { registerMessageExtension } from './routes/message-extension';
import { removeBotMentions } from './mentions';
import { useRenderer } from './send';

/**
 * The one turn handler for every channel. Routes are registered most specific first:
 * teams-ai runs the first route whose selector matches.
 */
export function createApplication(adapter: TeamsAdapter, storage: Storage, services: BotServices, botAppId?: string): Application<AppState> {
  const app = new Application<AppState>({
    adapter,
    storage,
    botAppId,
    // Off: teams-ai's version strips only the first mention and throws on a message with a
    // mention but no text. `removeBotMentions` below does the same job before any route runs.
    removeRecipientMention: false,
    startTypingTimer: false,
    longRunningMessages: false,
    turnStateFactory: () => new TurnState(),
  });
  app.turn('beforeTurn', async (context) => {
    removeBotMentions(context.activity);
    useRenderer(context, services.render);
    return true;
  });
  registerClarifyFollowUp(app, services);
  registerWelcome(app);
  registerMessageExtension(app, services);
  registerCardActions(app, services);
  registerSafeguarding(app, services);
  registerOtherLanguages(app, services);
  registerCommands(app, services);
  registerAnswering(app, services);
  app.error(async (context, error) => {
    services.log.error({ event: 'turn-error', err: error.message, stack: error.stack });
    await context.sendActivity('Sorry, something went wrong on my side. Please try again in a moment.');
  });
  return app;
}
