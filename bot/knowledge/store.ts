import { KnowledgeBase } from './knowledge-base';
import { cachedCompile } from './index-builder';
import { parseContent, readContentFiles, type ContentFiles } from './load';
import { byPlace, errorsIn, formatFinding, warningsIn, type Finding } from './findings';
import { ukToday } from './dates';

/** Content that cannot be published: its errors (and warnings), as content:check lists them. */
export class ContentError extends Error {
  readonly faults: Finding[];
  readonly warnings: Finding[];
  constructor(findings: readonly Finding[]) {
    const faults = errorsIn(findings);
    super(`The content has ${faults.length} problem${faults.length === 1 ? '' : 's'}:\n${faults.map(formatFinding).join('\n')}`);
    this.faults = faults;
    this.warnings = warningsIn(findings);
  }
}

/**
 * The outcome of the last publish. `faults` are the errors that stopped it; `warnings` never
 * stop publishing but are shown to staff. Both are the findings content:check prints.
 */
export type ReloadResult =
  | { ok: true; version: string; items: number; changed: boolean; at: Date; warnings: Finding[] }
  | { ok: false; faults: Finding[]; warnings: Finding[]; at: Date; keptVersion: string };

/** Every finding of a reload, errors and warnings together, in file and line order. */
export const findingsOf = (r: ReloadResult): Finding[] => (r.ok ? r.warnings : [...r.faults, ...r.warnings]).sort(byPlace);

/**
 * Holds the live knowledge base and swaps in a new one when content changes. A swap is one
 * assignment: a turn that already read `current()` finishes on the old version; content with
 * any error is refused and the old version keeps serving.
 */
export class KnowledgeStore {
  private live: KnowledgeBase;
  /** The live version's warnings, reported again when a reload finds nothing changed. */
  private liveWarnings: Finding[];
  private last: ReloadResult;
  /** The version last loaded from CONTENT_DIR: with shared content, live may be newer than the disk. */
  private diskVersion: string;
  private readonly published: ((files: ContentFiles) => void)[] = [];

  private constructor(
    private readonly contentDir: string,
    private readonly cacheDir: string | undefined,
    private readonly now: () => Date,
    first: { kb: KnowledgeBase; warnings: Finding[] },
  ) {
    this.live = first.kb;
    this.liveWarnings = first.warnings;
    this.diskVersion = first.kb.version;
    this.last = { ok: true, version: first.kb.version, items: first.kb.items.length, changed: true, at: now(), warnings: first.warnings };
  }

  /** Load content and build the first index; throws ContentError if the content has any error. */
  static open(contentDir: string, options: { cacheDir?: string; now?: () => Date } = {}): KnowledgeStore {
    const now = options.now ?? (() => new Date());
    const first = KnowledgeStore.build(contentDir, options.cacheDir, now);
    return new KnowledgeStore(contentDir, options.cacheDir, now, first);
  }

  /**
   * The one verdict: every file is parsed and checked (even when the index is cached, so a
   * cached version never skips a check), and any error refuses the whole version.
   */
  private static build(contentDir: string, cacheDir: string | undefined, now: () => Date, files = readContentFiles(contentDir)): { kb: KnowledgeBase; warnings: Finding[] } {
    const parsed = parseContent(files, { today: ukToday(now()) });
    if (errorsIn(parsed.findings).length) throw new ContentError(parsed.findings);
    const compiled = cachedCompile(files.version, cacheDir, () => parsed);
    return { kb: KnowledgeBase.create({ version: files.version, ...compiled }, { now: now() }), warnings: warningsIn(parsed.findings) };
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
        this.last = { ok: true, version: this.live.version, items: this.live.items.length, changed: false, at, warnings: this.liveWarnings };
      } else {
        const next = KnowledgeStore.build(this.contentDir, this.cacheDir, () => at, files);
        this.live = next.kb;
        this.liveWarnings = next.warnings;
        this.diskVersion = files.version;
        this.last = { ok: true, version: this.live.version, items: this.live.items.length, changed: true, at, warnings: next.warnings };
        for (const listener of this.published) listener(files);
      }
    } catch (err) {
      if (err instanceof ContentError) {
        this.last = { ok: false, faults: err.faults, warnings: err.warnings, at, keptVersion: this.live.version };
        return this.last;
      }
      // A file vanishing mid-read, a permissions problem: keep serving, report it.
      const problem = err instanceof Error ? err.message : String(err);
      this.last = { ok: false, faults: [{ file: this.contentDir, line: 0, field: 'folder', problem, severity: 'error' }], warnings: [], at, keptVersion: this.live.version };
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
      const next = KnowledgeStore.build(this.contentDir, this.cacheDir, () => at, files);
      this.live = next.kb;
      this.liveWarnings = next.warnings;
      this.last = { ok: true, version: this.live.version, items: this.live.items.length, changed: true, at, warnings: next.warnings };
    } catch (err) {
      if (err instanceof ContentError) this.last = { ok: false, faults: err.faults, warnings: err.warnings, at, keptVersion: this.live.version };
      else {
        const problem = err instanceof Error ? err.message : String(err);
        this.last = { ok: false, faults: [{ file: 'shared content', line: 0, field: 'content', problem, severity: 'error' }], warnings: [], at, keptVersion: this.live.version };
      }
    }
    return this.last;
  }
}
