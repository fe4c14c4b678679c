import { join } from 'node:path';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { loadConfig } from './config';
import { createLogger } from './log';
import { ContentError, KnowledgeStore } from './knowledge/store';
import { BoundedMemoryStorage } from './conversation/storage';
import { createApplication } from './conversation/app';
import { createServer } from './server';

/** Start-up: config → content → adapter → Application → routes. */
function main(): void {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const started = Date.now();
  let store: KnowledgeStore;
  try {
    store = KnowledgeStore.open(config.CONTENT_DIR, { cacheDir: join(config.DATA_DIR, 'index-cache') });
  } catch (err) {
    if (err instanceof ContentError) {
      process.stderr.write(`${err.message}\nFix these and start again (npm run content:check lists them).\n`);
      process.exit(1);
    }
    throw err;
  }
  const kb = store.current();
  log.info({ event: 'content-loaded', items: kb.items.length, version: kb.version, fromCache: kb.fromCache, ms: Date.now() - started });

  // With no MicrosoftAppId the adapter accepts unauthenticated local requests; with one it
  // checks every request's token.
  const adapter = new TeamsAdapter({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const app = createApplication(adapter, new BoundedMemoryStorage(), {
    knowledge: () => store.current(),
    now: () => new Date(),
    publicUrl: config.publicUrl,
    log,
  }, config.MicrosoftAppId);

  const server = createServer({ config, log, store, adapter, app });
  server.listen(config.PORT, config.HOST, () => {
    log.info({ event: 'listening', port: config.PORT, auth: config.MicrosoftAppId ? 'on' : 'off (local)', ms: Date.now() - started });
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
