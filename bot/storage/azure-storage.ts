import type { Logger } from '../log';
import { SignedSessions } from '../curation/signed-sessions';
import { containerClient, describeAccount, type AzureStorageSettings } from './azure';
import { BlobStateStorage } from './state-storage';
import { BlobGapLog } from './blob-gap-log';
import { ContentSync } from './content-sync';
import type { BotStorage, StorageHealth, StorageOptions } from './types';

/** Everything in one blob container shared by every instance (see BotStorage). */
export function openAzureStorage(settings: AzureStorageSettings, contentDir: string, log: Logger, options: StorageOptions): BotStorage {
  const container = containerClient(settings);
  const gaps = new BlobGapLog(container, { now: options.now, knownWords: options.knownWords, onError: (err, pending) => log.warn({ event: 'gap-log-write-failed', err: err.message.slice(0, 300), pending }) });
  let sync: ContentSync | undefined;
  let lastCheck: { at: number; health: StorageHealth } | undefined;
  return {
    kind: 'azure-blob',
    state: new BlobStateStorage(settings, { knownWords: options.knownWords }),
    gaps,
    adminSessions: (token) => new SignedSessions(token),
    async start(store) {
      try {
        await container.createIfNotExists();
      } catch (err) {
        // Storage down at start: answer anyway (state writes fail per turn); /healthz says so.
        log.warn({ event: 'storage-unreachable', err: err instanceof Error ? err.message.split('\n')[0].slice(0, 200) : String(err) });
      }
      sync = new ContentSync(container, store, contentDir, log, { pollMs: options.contentPollMs });
      await sync.start();
    },
    async health() {
      // At most one probe every few seconds, however often /healthz is asked.
      if (lastCheck && Date.now() - lastCheck.at < 5_000) return { ...lastCheck.health, pendingGaps: gaps.pending, content: { ...sync?.status } } as StorageHealth;
      let reachable = true;
      let error: string | undefined;
      try {
        await container.getProperties({ abortSignal: AbortSignal.timeout(2_000) });
      } catch (err) {
        reachable = false;
        error = err instanceof Error ? err.message.split('\n')[0].slice(0, 200) : String(err);
      }
      const health: StorageHealth = {
        kind: 'azure-blob',
        account: describeAccount(container).replace(/\/[^/]*$/, ''),
        container: settings.container,
        reachable,
        checkedAt: new Date().toISOString(),
        ...(error ? { error } : {}),
        pendingGaps: gaps.pending,
        content: { ...sync?.status },
      };
      lastCheck = { at: Date.now(), health };
      return health;
    },
    async close() {
      await sync?.stop();
      await gaps.flush();
    },
  };
}
