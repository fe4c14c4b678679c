import type { Logger } from '../log';
import type { KnowledgeStore, ReloadResult } from '../knowledge/store';
import { watchContent, type ContentWatcher } from './content-watcher';

/** What asked for the content to be read again: a saved file or a member of staff. */
export type ReloadTrigger = 'watch' | 'admin';

/**
 * Re-read the content and publish it if all of it is good, logging the outcome. Versions,
 * counts and file names only: content problems name files, never what people typed.
 */
export function reloadAndLog(store: Pick<KnowledgeStore, 'reload'>, log: Logger, trigger: ReloadTrigger): ReloadResult {
  const result = store.reload();
  if (result.ok) {
    log[result.changed ? 'info' : 'debug']({ event: 'content-reload', trigger, ok: true, version: result.version, items: result.items, changed: result.changed, warnings: result.warnings.length });
  } else {
    log.warn({ event: 'content-reload', trigger, ok: false, keptVersion: result.keptVersion, faults: result.faults.length, warnings: result.warnings.length, files: [...new Set(result.faults.map((f) => f.file))].slice(0, 20) });
  }
  return result;
}

/**
 * Publish saved content files without a restart (WATCH_CONTENT). A reload never takes the bot
 * down: the store swaps in a new version only when all of it loads.
 */
export function publishOnSave(contentDir: string, store: Pick<KnowledgeStore, 'reload'>, log: Logger): ContentWatcher {
  const watcher = watchContent(contentDir, () => reloadAndLog(store, log, 'watch'), {
    onError: (err) => log.error({ event: 'content-watch-error', err: err.message }),
    onStatus: (status) => (status.watching ? log.info({ event: 'content-watch', watching: true }) : log.warn({ event: 'content-watch', watching: false, reason: status.reason })),
  });
  // A change saved while the bot was starting (before the watcher was ready) is not missed:
  // reload once when watching starts. Unchanged content makes this a cheap no-op.
  void watcher.ready.then(() => reloadAndLog(store, log, 'watch'));
  return watcher;
}
