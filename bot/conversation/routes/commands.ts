import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { AppState } from '../state';
import type { BotServices } from '../services';
import { commandOf } from '../commands';
import { questionText } from '../question-text';
import { handoffReply } from '../handoff';
import { dropInsReply } from '../drop-ins';
import { byeReply, changeAreaReply, greetingReply, helpReply, startOverReply, thanksReply } from '../small-talk';
import { send } from '../send';

/** Commands log which one ran; "talk to a person" needs the content's contacts and the bot's address. */
export type CommandDeps = Pick<BotServices, 'knowledge' | 'publicUrl' | 'log' | 'now'>;

/** Help, hello, thanks, goodbye, talk to a person, change area, start over: no search, no citation. */
export function registerCommands(app: Application<AppState>, services: CommandDeps): void {
  const isCommand = async (context: TurnContext) => context.activity.type === 'message' && commandOf(questionText(context)) !== undefined;
  app.message(isCommand, async (context, state) => {
    const command = commandOf(questionText(context));
    services.log.info({ event: 'command', command });
    switch (command) {
      case 'greeting':
        return send(context, greetingReply());
      case 'thanks':
        return send(context, thanksReply());
      case 'bye':
        return send(context, byeReply());
      case 'help':
        return send(context, helpReply());
      case 'handoff':
        return send(context, handoffReply(services.knowledge(), state.user.area, services.publicUrl));
      case 'drop-ins':
        return send(context, dropInsReply(services.knowledge(), services.now(), state.user.area));
      case 'change-area':
        return send(context, changeAreaReply());
      case 'start-over':
        state.deleteUserState();
        state.deleteConversationState();
        return send(context, startOverReply());
    }
  });
}
