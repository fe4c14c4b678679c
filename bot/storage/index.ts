import type { Config } from '../config';
import type { Logger } from '../log';
import { BoundedMemoryStorage } from '../conversation/storage';
import { GapLog } from '../curation/gap-log';
import type { BotStorage, StorageOptions } from './types';

export type { BotStorage, StorageHealth, StorageOptions } from './types';

/**
 * Open the storage the settings ask for (see BotStorage): this process and DATA_DIR, or the
 * blob container named by AZURE_STORAGE_CONNECTION_STRING and AZURE_STORAGE_CONTAINER.
 */
export async function openStorage(config: Config, log: Logger, options: StorageOptions = {}): Promise<BotStorage> {
  const connectionString = config.AZURE_STORAGE_CONNECTION_STRING;
  if (!connectionString) {
    const dataDir = config.DATA_DIR;
    // A read-only or full DATA_DIR must not break a reply, but it must not go unnoticed either.
    const onGapError = (err: Error) => log.warn({ event: 'gap-log-write-failed', dataDir, code: (err as NodeJS.ErrnoException).code, err: err.message });
    return {
      kind: 'memory',
      state: new BoundedMemoryStorage(),
      gaps: new GapLog(dataDir, { now: options.now, knownWords: options.knownWords, onError: onGapError }),
      start: async () => undefined,
      health: async () => ({ kind: 'memory', reachable: true, dataDir: config.DATA_DIR }),
      close: async () => undefined,
    };
  }
  // Loaded only when used: the Azure SDK adds start-up time a single instance does not need.
  const { openAzureStorage } = await import('./azure-storage.js');
  return openAzureStorage({ connectionString, container: config.AZURE_STORAGE_CONTAINER }, config.CONTENT_DIR, log, options);
}
