import type { Storage, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { redact } from '../curation/redact';
import { PIPELINE_OPTIONS, type AzureStorageSettings } from './azure';

/**
 * Bot state shared by every instance, through botbuilder-azure-blobs' BlobsStorage, with two
 * things added around it:
 * - Each record is stored as ASCII-only JSON. BlobsStorage sends `string.length` as the
 *   upload's length, which is short for any non-ASCII character (a Welsh or Polish question),
 *   so the upload is refused and the turn fails; escaped JSON is the same data in ASCII.
 * - What a person typed (kept so a later "not helpful" or unanswered "which one?" can be
 *   reported) has personal details removed before it leaves the process, as the gap log does.
 */
export class BlobStateStorage implements Storage {
  private readonly blobs: BlobsStorage;

  constructor(settings: AzureStorageSettings, blobs?: BlobsStorage) {
    this.blobs = blobs ?? new BlobsStorage(settings.connectionString, settings.container, { storagePipelineOptions: PIPELINE_OPTIONS });
  }

  async read(keys: string[]): Promise<StoreItems> {
    const stored = await this.blobs.read(keys.map(blobKey));
    const out: StoreItems = {};
    for (const key of keys) {
      const record = stored[blobKey(key)] as { json?: unknown; eTag?: string } | undefined;
      if (!record || typeof record.json !== 'string') continue;
      out[key] = { ...JSON.parse(record.json), eTag: record.eTag };
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    const out: StoreItems = {};
    for (const [key, value] of Object.entries(changes)) {
      const { eTag, ...rest } = (value ?? {}) as Record<string, unknown> & { eTag?: string };
      out[blobKey(key)] = { json: asciiJson(withoutPersonalDetails(rest)), ...(eTag ? { eTag } : {}) };
    }
    await this.blobs.write(out);
  }

  async delete(keys: string[]): Promise<void> {
    await this.blobs.delete(keys.map(blobKey));
  }
}

/** State keys are "channel/conversations/id"; under state/ so other data can share the container. */
const blobKey = (key: string) => `state/${key}`;

/** JSON with every non-ASCII character written as a \uXXXX escape. */
export const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The typed questions in conversation state (see ConversationState), redacted. */
function withoutPersonalDetails(value: Record<string, unknown>): Record<string, unknown> {
  const out = { ...value };
  for (const field of ['lastAnswer', 'pendingClarify']) {
    const held = out[field];
    if (held && typeof held === 'object' && 'query' in held && typeof held.query === 'string') {
      out[field] = { ...held, query: redact(held.query).text };
    }
  }
  return out;
}
