import { watch, type FSWatcher } from 'chokidar';

export type ContentWatcher = { close(): Promise<void>; ready: Promise<void> };

export const DEFAULT_DEBOUNCE_MS = 500;

/**
 * Watch the content folder and call `onChange` once a burst of saves has settled. Editors
 * save in several steps (write a temp file, rename, touch), and staff often save a few files
 * in a row; reloading once per burst avoids reindexing half-saved content again and again.
 */
export function watchContent(dir: string, onChange: (changed: string[]) => void, options: { debounceMs?: number; onError?: (err: Error) => void } = {}): ContentWatcher {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let timer: NodeJS.Timeout | undefined;
  let changed = new Set<string>();
  let closed = false;
  const watcher: FSWatcher = watch(dir, {
    ignoreInitial: true,
    // Dot-files are editor swap and backup files (.item.md.swp), never content.
    ignored: (path: string) => /(^|[/\\])\.[^/\\]/.test(path.slice(dir.length)),
  });
  const fire = () => {
    timer = undefined;
    const paths = [...changed];
    changed = new Set();
    if (!closed) onChange(paths);
  };
  watcher.on('all', (_event: string, path: string) => {
    changed.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  });
  // An unhandled 'error' would crash the bot; a watching problem only stops auto-publishing.
  watcher.on('error', (err: unknown) => options.onError?.(err instanceof Error ? err : new Error(String(err))));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
