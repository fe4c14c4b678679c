import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { AuthenticationConstants } from 'botframework-connector';
import { CallerIdConstants } from 'botbuilder';
import type { Config } from './config';
import { createLogger, type Logger } from './log';
import { KnowledgeStore } from './knowledge/store';
import { BoundedMemoryStorage } from './conversation/storage';
import { createApplication } from './conversation/app';
import { createServer } from './server';
import { GapLog, vocabularyOf } from './curation/gap-log';
import { publishOnSave } from './curation/reload';
import type { BotServices } from './conversation/services';
import { loadLanguageNotes } from './knowledge/language-notes';

export type RunningBot = { url: string; store: KnowledgeStore; log: Logger; close(): Promise<void> };

/**
 * Start the bot: config → content → adapter → Application → HTTP. Throws ContentError when
 * the content is broken. `now` is injectable so tests can pin today's date.
 */
export async function startBot(config: Config, options: { now?: () => Date; log?: Logger } = {}): Promise<RunningBot> {
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  const now = options.now ?? (() => new Date());
  const started = Date.now();
  const store = KnowledgeStore.open(config.CONTENT_DIR, { cacheDir: join(config.DATA_DIR, 'index-cache'), now });
  const kb = store.current();
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
  const services: BotServices = { knowledge: () => store.current(), now, publicUrl: config.publicUrl, log, gaps: gapLog(config.DATA_DIR, store, log), languages: loadLanguageNotes(config.CONTENT_DIR) };
  const app = createApplication(adapter, new BoundedMemoryStorage(), services, config.MicrosoftAppId);
  const watcher = config.WATCH_CONTENT ? publishOnSave(config.CONTENT_DIR, store, log) : undefined;
  const server = createServer({ config, log, store, adapter, app, services, contentWatch: watcher });

  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  const port = (server.address() as AddressInfo).port;
  // With PORT=0 (tests) the real port is known only now; links must use it.
  if (!config.PUBLIC_URL) services.publicUrl = `http://localhost:${port}`;
  log.info({ event: 'listening', port, auth: config.MicrosoftAppId ? 'on' : 'off (local)', ms: Date.now() - started });
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        void watcher?.close();
        server.close(() => resolve());
        // Keep-alive connections would otherwise hold the process open.
        server.server.closeAllConnections();
      }),
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

/** The gap log, redacting with the live content's words and saying so when a write fails. */
function gapLog(dataDir: string, store: KnowledgeStore, log: Logger): GapLog {
  return new GapLog(dataDir, {
    knownWords: () => vocabularyOf(store.current()),
    // A read-only or full DATA_DIR must not break a reply, but it must not go unnoticed either.
    onError: (err) => log.warn({ event: 'gap-log-write-failed', dataDir, code: (err as NodeJS.ErrnoException).code, err: err.message }),
  });
}
