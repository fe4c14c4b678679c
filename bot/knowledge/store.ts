import { KnowledgeBase } from './knowledge-base';
import { cachedCompile } from './index-builder';
import { formatFault, parseContent, readContentFiles, type ContentFault, type ContentFiles } from './load';

/** Content that cannot be published, with every fault. */
export class ContentError extends Error {
  constructor(readonly faults: ContentFault[]) {
    super(`The content has ${faults.length} problem${faults.length === 1 ? '' : 's'}:\n${faults.map(formatFault).join('\n')}`);
  }
}

export type ReloadResult =
  | { ok: true; version: string; items: number; changed: boolean; at: Date }
  | { ok: false; faults: ContentFault[]; at: Date; keptVersion: string };

/**
 * Holds the live knowledge base and swaps in a new one when content changes. A swap is one
 * assignment: a turn that already read `current()` finishes on the old version; broken content
 * is refused and the old version keeps serving.
 */
export class KnowledgeStore {
  private live: KnowledgeBase;
  private last: ReloadResult;
  /** The version last loaded from CONTENT_DIR: with shared content, live may be newer than the disk. */
  private diskVersion: string;
  private readonly published: ((files: ContentFiles) => void)[] = [];

  private constructor(
    private readonly contentDir: string,
    private readonly cacheDir: string | undefined,
    private readonly now: () => Date,
    first: KnowledgeBase,
  ) {
    this.live = first;
    this.diskVersion = first.version;
    this.last = { ok: true, version: first.version, items: first.items.length, changed: true, at: now() };
  }

  /** Load content and build the first index; throws ContentError if any file is broken. */
  static open(contentDir: string, options: { cacheDir?: string; now?: () => Date } = {}): KnowledgeStore {
    const now = options.now ?? (() => new Date());
    const kb = KnowledgeStore.build(contentDir, options.cacheDir, now);
    return new KnowledgeStore(contentDir, options.cacheDir, now, kb);
  }

  private static build(contentDir: string, cacheDir: string | undefined, now: () => Date, files = readContentFiles(contentDir)): KnowledgeBase {
    const compiled = cachedCompile(files.version, cacheDir, () => {
      const parsed = parseContent(files);
      if (parsed.faults.length) throw new ContentError(parsed.faults);
      return parsed;
    });
    return KnowledgeBase.create({ version: files.version, ...compiled }, { now: now() });
  }

  current(): KnowledgeBase {
    return this.live;
  }

  lastReload(): ReloadResult {
    return this.last;
  }

  /** Re-read the content folder. Unchanged content keeps the same knowledge base. */
  reload(): ReloadResult {
    const at = this.now();
    try {
      const files: ContentFiles = readContentFiles(this.contentDir);
      if (files.version === this.live.version || files.version === this.diskVersion) {
        this.last = { ok: true, version: this.live.version, items: this.live.items.length, changed: false, at };
      } else {
        this.live = KnowledgeStore.build(this.contentDir, this.cacheDir, () => at, files);
        this.diskVersion = files.version;
        this.last = { ok: true, version: this.live.version, items: this.live.items.length, changed: true, at };
        for (const listener of this.published) listener(files);
      }
    } catch (err) {
      if (err instanceof ContentError) {
        this.last = { ok: false, faults: err.faults, at, keptVersion: this.live.version };
        return this.last;
      }
      // A file vanishing mid-read, a permissions problem: keep serving, report it.
      const problem = err instanceof Error ? err.message : String(err);
      this.last = { ok: false, faults: [{ file: this.contentDir, line: 0, field: 'folder', problem }], at, keptVersion: this.live.version };
    }
    return this.last;
  }

  /** Called with the files each time a reload from CONTENT_DIR publishes a new version (to share it with other instances). */
  onPublish(listener: (files: ContentFiles) => void): void {
    this.published.push(listener);
  }

  /**
   * Swap in content published elsewhere (another instance), checked here as a reload is.
   * It does not count as a change on this disk, so a later unchanged reload keeps it.
   */
  adopt(files: ContentFiles): ReloadResult {
    const at = this.now();
    if (files.version === this.live.version) return this.last;
    try {
      this.live = KnowledgeStore.build(this.contentDir, this.cacheDir, () => at, files);
      this.last = { ok: true, version: this.live.version, items: this.live.items.length, changed: true, at };
    } catch (err) {
      const faults = err instanceof ContentError ? err.faults : [{ file: 'shared content', line: 0, field: 'content', problem: err instanceof Error ? err.message : String(err) }];
      this.last = { ok: false, faults, at, keptVersion: this.live.version };
    }
    return this.last;
  }
}
