import type { Storage, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { redact } from '../curation/redact';
import { PIPELINE_OPTIONS, type AzureStorageSettings } from './azure';

/**
 * Bot state shared by every instance, through botbuilder-azure-blobs' BlobsStorage. What a
 * person typed (kept so a later "not helpful" or unanswered "which one?" can be reported) has
 * personal details removed before it leaves the process, as the gap log does: a blob is a
 * file, and lives on after the conversation.
 */
export class BlobStateStorage implements Storage {
  private readonly blobs: BlobsStorage;

  constructor(
    settings: AzureStorageSettings,
    private readonly options: { knownWords?: () => ReadonlySet<string> } = {},
  ) {
    this.blobs = new BlobsStorage(settings.connectionString, settings.container, { storagePipelineOptions: PIPELINE_OPTIONS });
  }

  async read(keys: string[]): Promise<StoreItems> {
    const stored = await this.blobs.read(keys.map(blobKey));
    const out: StoreItems = {};
    for (const key of keys) if (stored[blobKey(key)]) out[key] = stored[blobKey(key)];
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    const out: StoreItems = {};
    for (const [key, value] of Object.entries(changes)) out[blobKey(key)] = withoutPersonalDetails(value ?? {}, this.options.knownWords?.());
    await this.blobs.write(out);
  }

  async delete(keys: string[]): Promise<void> {
    await this.blobs.delete(keys.map(blobKey));
  }
}

/** State keys are "channel/conversations/id"; BlobsStorage URI-encodes them, so they become "state%2F…" blob names beside the other data. */
const blobKey = (key: string) => `state/${key}`;

/** The typed questions in conversation state (see ConversationState), redacted. */
function withoutPersonalDetails(value: Record<string, unknown>, knownWords?: ReadonlySet<string>): Record<string, unknown> {
  const out = { ...value };
  for (const field of ['lastAnswer', 'pendingClarify']) {
    const held = out[field];
    if (held && typeof held === 'object' && 'query' in held && typeof held.query === 'string') {
      out[field] = { ...held, query: redact(held.query, { knownWords }).text };
    }
  }
  return out;
}
