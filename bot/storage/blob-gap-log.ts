import type { ContainerClient } from '@azure/storage-blob';
import type { GapEvent, GapRecorder } from '../conversation/services';
import { parseGapLines, toRecord, type GapRecord } from '../curation/gap-log';
import { downloadText, PREFIX, statusOf } from './azure';

/**
 * The gap log in blob storage: one append blob per day (gaps/2026-12-01.jsonl), written by
 * every instance, so `npm run content:gaps` sees one report whichever instance declined.
 * A line is redacted (toRecord) before it is queued, so nothing personal leaves the process.
 * Writes are batched off the turn: a reply never waits for storage, and one append carries
 * every line queued meanwhile. Each append is whole lines, so concurrent instances never
 * interleave half-lines.
 */

/** Lines kept while storage is unreachable; past this the oldest are dropped (and counted). */
const MAX_QUEUED = 5_000;
/** An append block is at most 4 MiB; stay well under. */
const MAX_BATCH_BYTES = 1024 * 1024;

export const gapBlobName = (day: string) => `${PREFIX.gaps}${day}.jsonl`;

export class BlobGapLog implements GapRecorder {
  private queue: { day: string; line: string }[] = [];
  private flushing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly created = new Set<string>();
  private dropped = 0;

  constructor(
    private readonly container: ContainerClient,
    private readonly options: { now?: () => Date; knownWords?: () => ReadonlySet<string>; onError?: (err: Error, pending: number) => void; delayMs?: number } = {},
  ) {}

  record(event: GapEvent): void {
    const record = toRecord(event, (this.options.now ?? (() => new Date()))(), this.options.knownWords?.());
    this.queue.push({ day: record.at.slice(0, 10), line: `${JSON.stringify(record)}\n` });
    if (this.queue.length > MAX_QUEUED) {
      this.dropped += this.queue.length - MAX_QUEUED;
      this.queue.splice(0, this.queue.length - MAX_QUEUED);
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.options.delayMs ?? 50);
  }

  /** Lines not yet written (for /healthz and shutdown). */
  get pending(): number {
    return this.queue.length;
  }

  /** Write everything queued; resolves when it is stored or has failed (and stays queued). */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.flushing ??= this.writeQueued().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async writeQueued(): Promise<void> {
    // Bounded: each pass writes at least one batch or stops on the first failure.
    for (let pass = 0; pass < 100 && this.queue.length > 0; pass++) {
      const day = this.queue[0].day;
      const batch: string[] = [];
      let bytes = 0;
      for (const entry of this.queue) {
        const size = Buffer.byteLength(entry.line);
        if (entry.day !== day || (batch.length > 0 && bytes + size > MAX_BATCH_BYTES)) break;
        batch.push(entry.line);
        bytes += size;
      }
      const body = Buffer.from(batch.join(''), 'utf8');
      try {
        const blob = this.container.getAppendBlobClient(gapBlobName(day));
        if (!this.created.has(day)) {
          await blob.createIfNotExists({ blobHTTPHeaders: { blobContentType: 'application/x-ndjson' } });
          this.created.add(day);
        }
        await blob.appendBlock(body, body.length);
        this.queue.splice(0, batch.length);
      } catch (err) {
        // Kept for the next flush; the conversation carries on.
        this.created.delete(day);
        this.options.onError?.(err instanceof Error ? err : new Error(String(err)), this.queue.length);
        return;
      }
    }
    if (this.dropped) {
      this.options.onError?.(new Error(`${this.dropped} gap record(s) dropped while storage was unreachable`), this.queue.length);
      this.dropped = 0;
    }
  }
}

/** Every readable record in the container's gap log, oldest first, as readGapLog does for DATA_DIR. */
export async function readBlobGapLog(container: ContainerClient): Promise<{ records: GapRecord[]; skipped: number; files: string[] }> {
  const names: string[] = [];
  try {
    for await (const blob of container.listBlobsFlat({ prefix: PREFIX.gaps })) names.push(blob.name);
  } catch (err) {
    // No container yet: nothing was ever recorded.
    if (statusOf(err) !== 404) throw err;
  }
  names.sort();
  const records: GapRecord[] = [];
  let skipped = 0;
  for (const name of names) {
    const blob = await downloadText(container, name);
    if (!blob) continue;
    const read = parseGapLines(blob.text);
    records.push(...read.records);
    skipped += read.skipped;
  }
  records.sort((a, b) => a.at.localeCompare(b.at));
  return { records, skipped, files: names.map((n) => `${container.containerName}/${n}`) };
}
