import type { Storage } from 'botbuilder';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { GapRecorder } from '../conversation/services';
import type { KnowledgeStore } from '../knowledge/store';
import { BoundedMemoryStorage } from '../conversation/storage';
import { GapLog } from '../curation/gap-log';
import type { SessionStore } from '../curation/admin-auth';
import { SignedSessions } from '../curation/signed-sessions';
import { containerClient, describeAccount } from './azure';
import { BlobStateStorage } from './state-storage';
import { BlobGapLog } from './blob-gap-log';
import { ContentSync, type ContentSyncStatus } from './content-sync';

/** What /healthz says about storage. */
export type StorageHealth =
  | { kind: 'memory'; reachable: true; dataDir: string }
  | { kind: 'azure-blob'; account: string; container: string; reachable: boolean; checkedAt: string; error?: string; pendingGaps: number; content: ContentSyncStatus };

/**
 * Where the bot keeps what must outlive a turn. Without AZURE_STORAGE_CONNECTION_STRING: bot
 * state in memory, the gap log in DATA_DIR, admin sessions in memory, content from
 * CONTENT_DIR only (one instance). With it: all of them in one blob container shared by
 * every instance, so any instance can serve any turn.
 */
export type BotStorage = {
  kind: StorageHealth['kind'];
  state: Storage;
  gaps: GapRecorder;
  /** Admin sessions for this ADMIN_TOKEN; undefined keeps the in-memory default. */
  adminSessions?: (token: string) => SessionStore;
  /** Join shared content (publish and poll); a no-op locally. */
  start(store: KnowledgeStore): Promise<void>;
  health(): Promise<StorageHealth>;
  /** Write what is queued and stop polling. */
  close(): Promise<void>;
};

export function openStorage(config: Config, log: Logger, options: { now?: () => Date; contentPollMs?: number } = {}): BotStorage {
  const onGapError = (err: Error) => log.warn({ event: 'gap-log-write-failed', err: err.message });
  if (!config.AZURE_STORAGE_CONNECTION_STRING) {
    return {
      kind: 'memory',
      state: new BoundedMemoryStorage(),
      gaps: new GapLog(config.DATA_DIR, { now: options.now, onError: onGapError }),
      start: async () => undefined,
      health: async () => ({ kind: 'memory', reachable: true, dataDir: config.DATA_DIR }),
      close: async () => undefined,
    };
  }
  const settings = { connectionString: config.AZURE_STORAGE_CONNECTION_STRING, container: config.AZURE_STORAGE_CONTAINER };
  const container = containerClient(settings);
  const gaps = new BlobGapLog(container, { now: options.now, onError: (err, pending) => log.warn({ event: 'gap-log-write-failed', err: err.message.slice(0, 300), pending }) });
  let sync: ContentSync | undefined;
  let lastCheck: { at: number; health: StorageHealth } | undefined;
  return {
    kind: 'azure-blob',
    state: new BlobStateStorage(settings),
    gaps,
    adminSessions: (token) => new SignedSessions(token),
    async start(store) {
      try {
        await container.createIfNotExists();
      } catch (err) {
        // Storage down at start: answer anyway (state writes fail per turn); /healthz says so.
        log.warn({ event: 'storage-unreachable', err: err instanceof Error ? err.message.split('\n')[0].slice(0, 200) : String(err) });
      }
      sync = new ContentSync(container, store, config.CONTENT_DIR, log, { pollMs: options.contentPollMs });
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
