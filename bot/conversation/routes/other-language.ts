import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { AppState } from '../state';
import type { BotServices } from '../services';
import { detectLanguage } from '../../knowledge/language';
import type { LanguageNote } from '../../knowledge/language-notes';
import { questionText } from '../question-text';
import { otherLanguageReply } from '../other-language';
import { send } from '../send';

/**
 * A message clearly written in another language gets the fixed reply in that language (or
 * the English one for a language with no file), instead of an English "I don't know".
 * Registered after safeguarding, which runs first whatever the language.
 */
export function registerOtherLanguages(app: Application<AppState>, services: BotServices): void {
  const noteFor = (context: TurnContext): LanguageNote | undefined => {
    const notes = services.languages;
    if (!notes?.size || context.activity.type !== 'message' || context.activity.value != null) return undefined;
    const code = detectLanguage(questionText(context));
    return code ? (notes.get(code) ?? notes.get('other')) : undefined;
  };
  app.message(
    async (context) => noteFor(context) !== undefined,
    async (context, state) => {
      const note = noteFor(context);
      if (!note) return;
      // The language only: what was typed is never logged.
      services.log.info({ event: 'other-language', language: note.code });
      await send(context, otherLanguageReply(note, services.knowledge(), state.user.area, services.publicUrl));
    },
  );
}
