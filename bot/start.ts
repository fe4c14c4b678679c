import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { AuthenticationConstants } from 'botframework-connector';
import { CallerIdConstants } from 'botbuilder';
import type { Config } from './config';
import { createLogger, type Logger } from './log';
import { KnowledgeStore } from './knowledge/store';
import { createApplication } from './conversation/app';
import { createServer } from './server';
import { vocabularyOf } from './curation/gap-log';
import { publishOnSave } from './curation/reload';
import type { BotServices } from './conversation/services';
import { channelRenderer } from './channels/render';
import { openStorage } from './storage';
import { drainAndClose, trackRequests } from './storage/drain';
import { loadLanguageNotes } from './knowledge/language-notes';
import { crisisModel } from './conversation/safeguarding/model';
import { warmUpScreener } from './conversation/safeguarding/warm-up';
import { warmThesaurus } from './knowledge/understanding/thesaurus';

export type RunningBot = {
  url: string;
  store: KnowledgeStore;
  log: Logger;
  /**
   * Stop accepting, let turns in progress finish (up to `graceMs`), write what is queued, close.
   * `idleGraceMs` keeps serving requests already sent on open connections for that long (SIGTERM).
   */
  close(options?: { graceMs?: number; idleGraceMs?: number }): Promise<void>;
};

/**
 * Start the bot: config → content → adapter → Application → HTTP. Throws ContentError when
 * the content is broken. `now` is injectable so tests can pin today's date.
 */
export async function startBot(config: Config, options: { now?: () => Date; log?: Logger; contentPollMs?: number } = {}): Promise<RunningBot> {
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  const now = options.now ?? (() => new Date());
  const warmStart = Date.now();
  // The safeguarding model is read now, not on the first message: a missing or broken model.json
  // stops start-up with its path instead of failing a person's turn, and nobody waits for the parse.
  crisisModel();
  // Before the index is built, while V8 still optimises regular expressions (see warm-up.ts).
  const warmed = warmUpScreener();
  log.info({ event: 'screener-warmed', texts: warmed, ms: Date.now() - warmStart });
  const started = Date.now();
  const store = KnowledgeStore.open(config.CONTENT_DIR, { cacheDir: join(config.DATA_DIR, 'index-cache'), now });
  const kb = store.current();
  // WordNet's index (for words no item uses) is read now, not during someone's first question.
  warmThesaurus();
  log.info({ event: 'content-loaded', items: kb.items.length, version: kb.version, fromCache: kb.fromCache, ms: Date.now() - started });

  // With no MicrosoftAppId the adapter accepts unauthenticated local requests; with one it
  // checks every request's token.
  const adapter = new TeamsAdapter({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
    ...(config.ToBotFromChannelOpenIdMetadataUrl ? publicCloudWithKeysFrom(config.ToBotFromChannelOpenIdMetadataUrl) : {}),
  });
  // Shared storage first, so the first turn already serves the content every instance serves.
  const storage = await openStorage(config, log, { now, contentPollMs: options.contentPollMs, knownWords: () => vocabularyOf(store.current()) });
  await storage.start(store);
  const services: BotServices = { knowledge: () => store.current(), now, publicUrl: config.publicUrl, log, gaps: storage.gaps, render: channelRenderer, languages: loadLanguageNotes(config.CONTENT_DIR, (problem) => log.warn({ event: 'language-note-refused', problem })) };
  const app = createApplication(adapter, storage.state, services, config.MicrosoftAppId);
  const watcher = config.WATCH_CONTENT ? publishOnSave(config.CONTENT_DIR, store, log) : undefined;
  const server = createServer({ config, log, store, adapter, app, services, storage, contentWatch: watcher });

  trackRequests(server.server);
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  const port = (server.address() as AddressInfo).port;
  // With PORT=0 (tests) the real port is known only now; links must use it.
  if (!config.PUBLIC_URL) services.publicUrl = `http://localhost:${port}`;
  log.info({ event: 'listening', port, auth: config.MicrosoftAppId ? 'on' : 'off (local)', storage: storage.kind, ms: Date.now() - started });
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    log,
    close: async ({ graceMs, idleGraceMs } = {}) => {
      void watcher?.close();
      await drainAndClose(server.server, { graceMs, idleGraceMs, log });
      await storage.close();
    },
  };
}

/**
 * Setting any one of the connector's endpoints makes it read all of them from the settings, so
 * pointing the signing keys elsewhere keeps the public cloud's values for the rest.
 */
function publicCloudWithKeysFrom(metadataUrl: string) {
  return {
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: true,
  };
}
