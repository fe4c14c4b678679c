import { ActivityTypes, type MessagingExtensionAttachment, type MessagingExtensionResult, type TurnContext } from 'botbuilder';
import { MessageExtensionsInvokeNames, type Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { AppState } from '../state';
import type { BotServices } from '../services';
import type { Decision } from '../../knowledge/decide';
import type { Hit } from '../../knowledge/search';
import { composeAnswer } from '../compose';
import { preferencesFor } from '../preferences';
import { MAX_QUESTION_CHARS } from '../question-text';

/** The search command's id and its one parameter, as declared in manifest/manifest.json. */
export const SEARCH_COMMAND_ID = 'searchSend';
export const SEARCH_PARAMETER = 'query';

/** Teams shows a short list; more than this is noise in a compose box. */
const MAX_RESULTS = 10;

/** Search results are answer cards: the content, the clock and address for them, and the log. */
export type MessageExtensionDeps = Pick<BotServices, 'knowledge' | 'now' | 'publicUrl' | 'log' | 'render'>;

/**
 * The Teams message extension: a SENDCo types a few words in the compose box and picks a
 * result card to insert into a chat. Results come from the same index and the same
 * answer/decline rule as a question to the bot, so the extension never offers an item the
 * bot itself would not stand behind.
 */
export function registerMessageExtension(app: Application<AppState>, services: MessageExtensionDeps): void {
  app.messageExtensions.query(isSearchQuery, async (context, state, query): Promise<MessagingExtensionResult> => {
    const text = searchText(query.parameters[SEARCH_PARAMETER]);
    if (!text) {
      return { type: 'message', text: 'Type a few words to search, for example "E3 funding" or "SENIF drop-in".' };
    }
    const kb = services.knowledge();
    const { decision } = kb.ask(text, preferencesFor(state.user, context.activity.channelId));
    const skip = Math.max(0, Math.trunc(Number(query.skip) || 0));
    const count = Math.min(MAX_RESULTS, Math.max(1, Math.trunc(Number(query.count) || MAX_RESULTS)));
    const hits = resultHits(decision).slice(skip, skip + count);
    // Only the outcome and item ids: what people type is never logged.
    services.log.info({ event: 'me-search', outcome: decision.kind, results: hits.map((h) => h.item.id), version: kb.version });
    const ctx = { now: services.now(), publicUrl: services.publicUrl, related: [] };
    const attachments = hits.map((hit): MessagingExtensionAttachment => {
      const reply = composeAnswer(hit.item, ctx);
      return services.render.searchResult(reply);
    });
    // An empty list is how Teams shows "no results"; a decline offers nothing rather than a guess.
    return { type: 'result', attachmentLayout: 'list', attachments };
  });

  // Anything else sent as a query (another command id, a malformed value) is refused with a
  // 400 instead of reaching teams-ai's parsing, which throws on unexpected shapes.
  app.addRoute(
    async (context) => isQueryInvoke(context) && !(await isSearchQuery(context)),
    async (context) => {
      services.log.warn({ event: 'me-query-rejected' });
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400, body: { error: 'invalid message extension query' } } });
    },
    true,
  );
}

/**
 * The invoke value Teams sends for our search command. It comes from the client, so its shape
 * is checked before teams-ai reads it; the text itself is cleaned by `searchText`.
 */
const searchQueryValue = z.object({
  commandId: z.literal(SEARCH_COMMAND_ID),
  parameters: z.array(z.object({ name: z.string().max(64), value: z.unknown() })).max(10).optional(),
  queryOptions: z.object({ skip: z.unknown(), count: z.unknown() }).partial().optional(),
});

const isQueryInvoke = (context: TurnContext): boolean =>
  context.activity.type === ActivityTypes.Invoke && context.activity.name === MessageExtensionsInvokeNames.QUERY_INVOKE;

const isSearchQuery = async (context: TurnContext): Promise<boolean> =>
  isQueryInvoke(context) && searchQueryValue.safeParse(context.activity.value).success;

/** The items a decision stands behind: the answer and its confident runners-up, or the choices. */
function resultHits(decision: Decision): Hit[] {
  switch (decision.kind) {
    case 'answer':
      return [decision.best, ...decision.related];
    case 'clarify':
    case 'suggest':
      return decision.options;
    case 'decline':
      return [];
  }
}

/**
 * The query as typed, made safe to search: the parameter is client-supplied and may be
 * missing, not a string (initialRun sends `true`), full of control characters or very long.
 */
function searchText(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .slice(0, MAX_QUESTION_CHARS * 4)
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_CHARS);
}
