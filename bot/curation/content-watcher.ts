import { statSync } from 'node:fs';
import { watch, type FSWatcher } from 'chokidar';

export type WatchStatus = { watching: true } | { watching: false; reason: string };
export type ContentWatcher = { close(): Promise<void>; ready: Promise<void>; status(): WatchStatus };

export const DEFAULT_DEBOUNCE_MS = 500;
export const DEFAULT_CHECK_MS = 2000;

export type WatchOptions = {
  debounceMs?: number;
  /** How often the folder itself is checked for being gone or replaced. */
  checkEveryMs?: number;
  onError?: (err: Error) => void;
  /** Told when watching stops or starts again. */
  onStatus?: (status: WatchStatus) => void;
};

/**
 * Watch the content folder and call `onChange` once a burst of saves has settled. Editors
 * save in several steps (write a temp file, rename, touch), and staff often save a few files
 * in a row; reloading once per burst avoids reindexing half-saved content again and again.
 *
 * The folder itself can go away (removed, replaced by a deploy, an unmounted share): a file
 * watcher on a removed folder never fires again, so the folder is checked every few seconds
 * and watching starts afresh when it is back (or was swapped for a new one), with one reload.
 * Until then `status()` says why nothing is being watched, for /healthz.
 */
export function watchContent(dir: string, onChange: (changed: string[]) => void, options: WatchOptions = {}): ContentWatcher {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let timer: NodeJS.Timeout | undefined;
  let changed = new Set<string>();
  let closed = false;
  let watcher: FSWatcher | undefined;
  let watchedInode: number | undefined;
  let arming: Promise<void> | undefined;
  let status: WatchStatus = { watching: false, reason: 'starting to watch the content folder' };
  const missing = `the content folder ${dir} is missing, so saved changes are not published; watching again when it is back`;

  const setStatus = (next: WatchStatus) => {
    const same = next.watching === status.watching && (next.watching || status.watching || next.reason === status.reason);
    status = next;
    if (!same) options.onStatus?.(next);
  };
  const fire = () => {
    timer = undefined;
    const paths = [...changed];
    changed = new Set();
    if (!closed) onChange(paths);
  };
  const queue = (path: string) => {
    changed.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  };

  const disarm = async (reason: string) => {
    const old = watcher;
    watcher = undefined;
    watchedInode = undefined;
    setStatus({ watching: false, reason });
    await old?.close().catch(() => undefined);
  };

  const arm = (): Promise<void> => {
    const inode = folderInode(dir);
    if (inode === undefined) {
      setStatus({ watching: false, reason: missing });
      return Promise.resolve();
    }
    const next: FSWatcher = watch(dir, {
      ignoreInitial: true,
      // Dot-files are editor swap and backup files (.item.md.swp), never content.
      ignored: (path: string) => /(^|[/\\])\.[^/\\]/.test(path.slice(dir.length)),
    });
    watcher = next;
    watchedInode = inode;
    next.on('all', (event: string, path: string) => {
      if (event === 'unlinkDir' && path === dir) void disarm(missing);
      else queue(path);
    });
    // An unhandled 'error' would crash the bot; a watching problem only stops auto-publishing.
    next.on('error', (err: unknown) => {
      const error = err instanceof Error ? err : new Error(String(err));
      options.onError?.(error);
      if (watcher === next) void disarm(`watching the content folder failed (${error.message}); trying again`);
    });
    return new Promise<void>((resolve) =>
      next.once('ready', () => {
        if (watcher === next && !closed) setStatus({ watching: true });
        resolve();
      }),
    );
  };

  const check = () => {
    if (closed || arming) return;
    const inode = folderInode(dir);
    if (inode === undefined) {
      if (watcher) void disarm(missing);
      else setStatus({ watching: false, reason: missing });
      return;
    }
    if (watcher && inode === watchedInode) return;
    // Back, or replaced by a new folder: watch it, and publish what it holds now.
    arming = (async () => {
      await disarm('watching the content folder again');
      if (closed) return;
      await arm();
      queue(dir);
    })().finally(() => {
      arming = undefined;
    });
  };

  const ready = arm();
  const checker = setInterval(check, options.checkEveryMs ?? DEFAULT_CHECK_MS);
  checker.unref();
  return {
    ready,
    status: () => status,
    close: async () => {
      closed = true;
      clearInterval(checker);
      if (timer) clearTimeout(timer);
      await arming;
      await watcher?.close();
    },
  };
}

function folderInode(dir: string): number | undefined {
  try {
    const stat = statSync(dir);
    return stat.isDirectory() ? stat.ino : undefined;
  } catch {
    return undefined;
  }
}
