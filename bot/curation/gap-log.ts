import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { GapEvent, GapRecorder } from '../conversation/services';
import { redact } from './redact';
import { contentWords } from '../knowledge/index-builder';
import type { Item } from '../knowledge/schema';

/**
 * The gap log: one JSON line per question the bot could not help with, under DATA_DIR, for
 * `npm run content:gaps`. Personal details are removed from the question before the line is
 * built, so nothing personal ever reaches the disk. The file is bounded: past `maxBytes` it is
 * renamed to gaps.1.jsonl (replacing the older one), so at most twice that is kept.
 */

export const GAP_FILE = 'gaps.jsonl';
export const OLD_GAP_FILE = 'gaps.1.jsonl';
/** About 20,000 gaps: months of questions, small enough to read in one go. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Longer questions are cut after redaction; the start says what it was about. */
export const MAX_QUERY_CHARS = 500;
/** Redaction reads at most this much: bounds the work for a pasted essay. */
const MAX_INPUT_CHARS = 4000;

const slug = z.string().max(200);

/** One line of the log, as written and as read back (lines that do not match are skipped). */
export const gapRecordSchema = z.object({
  at: z.string().datetime(),
  kind: z.enum(['declined', 'clarify-unchosen', 'not-helpful']),
  query: z.string().max(MAX_QUERY_CHARS + 1),
  item: slug.optional(),
  options: z.array(slug).max(10).optional(),
  channel: slug,
  version: slug,
});
export type GapRecord = z.infer<typeof gapRecordSchema>;

export type GapLogOptions = {
  maxBytes?: number;
  now?: () => Date;
  /** Told when a write fails (never with the question); the conversation carries on. */
  onError?: (err: Error) => void;
  /** Words that are not names here (the live content's), so service names survive redaction. */
  knownWords?: () => ReadonlySet<string>;
};

export class GapLog implements GapRecorder {
  readonly file: string;
  private size: number | undefined;

  constructor(
    readonly dataDir: string,
    private readonly options: GapLogOptions = {},
  ) {
    this.file = join(dataDir, GAP_FILE);
  }

  record(event: GapEvent): void {
    const line = `${JSON.stringify(toRecord(event, (this.options.now ?? (() => new Date()))(), this.options.knownWords?.()))}\n`;
    try {
      this.append(line);
    } catch (err) {
      // A full disk or read-only folder must never break a reply to a parent.
      this.options.onError?.(err instanceof Error ? err : new Error(String(err)));
    }
  }

  /**
   * Synchronous on purpose: a line is a few hundred bytes, declines are a small share of
   * turns, and a sync append cannot be lost if the process stops straight after the reply.
   */
  private append(line: string): void {
    const bytes = Buffer.byteLength(line);
    if (this.size === undefined) {
      mkdirSync(this.dataDir, { recursive: true });
      this.size = existsSync(this.file) ? statSync(this.file).size : 0;
    }
    if (this.size > 0 && this.size + bytes > (this.options.maxBytes ?? DEFAULT_MAX_BYTES)) {
      renameSync(this.file, join(this.dataDir, OLD_GAP_FILE));
      this.size = 0;
    }
    appendFileSync(this.file, line, { mode: 0o600 });
    this.size += bytes;
  }
}

/** The line to store: the question redacted, everything else reduced to what the report needs. */
export function toRecord(event: GapEvent, at: Date, knownWords?: ReadonlySet<string>): GapRecord {
  const { text } = redact(event.query.slice(0, MAX_INPUT_CHARS), { knownWords });
  const query = text.length > MAX_QUERY_CHARS ? `${text.slice(0, MAX_QUERY_CHARS)}…` : text;
  const record: GapRecord = {
    at: at.toISOString(),
    kind: event.kind,
    query,
    channel: event.channel.slice(0, 200),
    version: event.version.slice(0, 200),
  };
  if (event.item) record.item = event.item.slice(0, 200);
  if (event.options?.length) record.options = event.options.slice(0, 10).map((o) => o.slice(0, 200));
  return record;
}

/** Every readable record in the log, oldest first; damaged lines are skipped and counted. */
export function readGapLog(dataDir: string): { records: GapRecord[]; skipped: number; files: string[] } {
  const records: GapRecord[] = [];
  const files: string[] = [];
  let skipped = 0;
  for (const name of [OLD_GAP_FILE, GAP_FILE]) {
    const path = join(dataDir, name);
    if (!existsSync(path)) continue;
    files.push(path);
    const read = parseGapLines(readFileSync(path, 'utf8'));
    records.push(...read.records);
    skipped += read.skipped;
  }
  return { records, skipped, files };
}

/** The records in a log's text (a file or an append blob); damaged lines are skipped and counted. */
export function parseGapLines(text: string): { records: GapRecord[]; skipped: number } {
  const records: GapRecord[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      skipped += 1;
      continue;
    }
    const result = gapRecordSchema.safeParse(parsed);
    if (result.success) records.push(result.data);
    else skipped += 1;
  }
  return { records, skipped };
}

const vocabularies = new WeakMap<object, ReadonlySet<string>>();

/** The words a content version uses, worked out once per version: what redaction keeps as known. */
export function vocabularyOf(kb: { items: readonly Item[] }): ReadonlySet<string> {
  let words = vocabularies.get(kb);
  if (!words) {
    words = new Set(contentWords(kb.items));
    vocabularies.set(kb, words);
  }
  return words;
}
