import type { Storage } from 'botbuilder';
import type { GapRecorder } from '../conversation/services';
import type { KnowledgeStore } from '../knowledge/store';
import type { SessionStore } from '../curation/admin-auth';
import type { ContentSyncStatus } from './content-sync';

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

export type StorageOptions = {
  now?: () => Date;
  contentPollMs?: number;
  /** Words the live content uses, which redaction keeps (they are not names). */
  knownWords?: () => ReadonlySet<string>;
};

