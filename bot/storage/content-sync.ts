import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { ContainerClient } from '@azure/storage-blob';
import { z } from 'zod';
import { readContentFiles, type ContentFiles } from '../knowledge/load';
import type { KnowledgeStore } from '../knowledge/store';
import type { Logger } from '../log';
import { downloadText, PREFIX, statusOf } from './azure';

/**
 * Content published on one instance is served by all of them. A reload that publishes a new
 * version (POST /admin/reload, or a saved file with WATCH_CONTENT) uploads the content files
 * as one snapshot blob; every instance checks the blob's ETag every few seconds (a HEAD
 * request) and, when it changed, checks the files itself and swaps in a new immutable index,
 * as a local reload does. A snapshot that does not check out here is refused and the current
 * version keeps serving.
 */
export const SNAPSHOT_BLOB = `${PREFIX.content}published.json`;
/** Well inside the 10 s within which every instance must serve a publish. */
export const DEFAULT_POLL_MS = 2_000;

const snapshotSchema = z.object({
  version: z.string().min(1).max(200),
  publishedAt: z.string().datetime(),
  files: z.array(z.object({ file: z.string().min(1).max(1000), raw: z.string() })).max(100_000),
});
type Snapshot = z.infer<typeof snapshotSchema>;

export type ContentSyncStatus = { version?: string; checkedAt?: string; error?: string };

export class ContentSync {
  private etag: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private publishing: Promise<void> = Promise.resolve();
  private stopped = false;
  readonly status: ContentSyncStatus = {};

  constructor(
    private readonly container: ContainerClient,
    private readonly store: KnowledgeStore,
    private readonly contentDir: string,
    private readonly log: Logger,
    private readonly options: { pollMs?: number } = {},
  ) {}

  /**
   * Join the shared content: serve the published snapshot when it is newer than this
   * instance's files, publish these files when they are newer (a new deployment) or when
   * nothing was published yet. Then publish every later local change and poll for others'.
   */
  async start(): Promise<void> {
    this.store.onPublish((files) => this.publish(files));
    try {
      const snapshot = await this.download();
      const live = this.store.current();
      if (!snapshot) await this.upload(filesOf(live.version, this.contentDir));
      else if (snapshot.version !== live.version) {
        if (Date.parse(snapshot.publishedAt) >= newestChange(this.contentDir)) this.apply(snapshot, 'start');
        else await this.upload(filesOf(live.version, this.contentDir));
      }
    } catch (err) {
      // Storage down at start: serve the local files; polling catches up when it is back.
      this.fail('content-sync-start', err);
    }
    this.schedule();
  }

  /** Stop polling and wait for a publish in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.publishing;
  }

  private publish(files: ContentFiles): void {
    this.publishing = this.publishing.then(() => this.upload(files)).catch((err: unknown) => this.fail('content-publish', err));
  }

  private async upload(files: ContentFiles): Promise<void> {
    const snapshot: Snapshot = { version: files.version, publishedAt: new Date().toISOString(), files: files.files };
    const body = Buffer.from(JSON.stringify(snapshot), 'utf8');
    await this.container.createIfNotExists();
    const result = await this.container.getBlockBlobClient(SNAPSHOT_BLOB).upload(body, body.length, { blobHTTPHeaders: { blobContentType: 'application/json' } });
    this.etag = result.etag;
    this.status.version = files.version;
    this.log.info({ event: 'content-published', version: files.version, files: files.files.length });
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.poll().finally(() => this.schedule()), this.options.pollMs ?? DEFAULT_POLL_MS);
    this.timer.unref();
  }

  /** One check: a HEAD request, and a download only when the snapshot changed. */
  async poll(): Promise<void> {
    try {
      await this.publishing;
      const props = await this.container.getBlobClient(SNAPSHOT_BLOB).getProperties();
      this.status.checkedAt = new Date().toISOString();
      this.status.error = undefined;
      if (props.etag && props.etag === this.etag) return;
      const snapshot = await this.download();
      if (snapshot) this.apply(snapshot, 'poll');
    } catch (err) {
      if (statusOf(err) === 404) return;
      this.fail('content-sync-poll', err);
    }
  }

  private apply(snapshot: Snapshot & { etag?: string }, trigger: 'start' | 'poll'): void {
    this.etag = snapshot.etag;
    this.status.version = snapshot.version;
    if (snapshot.version === this.store.current().version) return;
    const files: ContentFiles = { files: snapshot.files, version: versionOf(snapshot.files) };
    if (files.version !== snapshot.version) {
      this.log.warn({ event: 'content-sync', trigger, ok: false, reason: 'snapshot does not match its version', version: snapshot.version });
      return;
    }
    const result = this.store.adopt(files);
    if (result.ok) this.log.info({ event: 'content-sync', trigger, ok: true, version: result.version, items: result.items });
    else this.log.warn({ event: 'content-sync', trigger, ok: false, keptVersion: result.keptVersion, faults: result.faults.length });
  }

  private async download(): Promise<(Snapshot & { etag?: string }) | undefined> {
    const blob = await downloadText(this.container, SNAPSHOT_BLOB);
    if (!blob) return undefined;
    const parsed = snapshotSchema.safeParse(JSON.parse(blob.text));
    if (!parsed.success) throw new Error('the published content snapshot is not in the expected shape');
    return { ...parsed.data, etag: blob.etag };
  }

  private fail(event: string, err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    this.status.error = message.slice(0, 200);
    this.log.warn({ event, err: message.slice(0, 500) });
  }
}

/** The same hash readContentFiles makes, so a snapshot is checked against the version it claims. */
function versionOf(files: readonly { file: string; raw: string }[]): string {
  const hash = createHash('sha256');
  for (const { file, raw } of files) hash.update(file).update('\0').update(raw).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** This instance's files as they are on disk now, when they are still the version being served. */
function filesOf(version: string, dir: string): ContentFiles {
  const files = readContentFiles(dir);
  if (files.version !== version) throw new Error('the content changed on disk while it was being published; the next reload publishes it');
  return files;
}

/** When the newest content file was written (ms), to tell a new deployment from old files. */
function newestChange(dir: string): number {
  let newest = 0;
  const walk = (d: string, depth: number) => {
    if (depth > 20) return;
    for (const name of readdirSync(d)) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p, depth + 1);
      else newest = Math.max(newest, s.mtimeMs);
    }
  };
  walk(dir, 0);
  return newest;
}
