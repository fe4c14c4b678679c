import consumers from 'node:stream/consumers';
import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';

/**
 * The one blob container every instance shares when AZURE_STORAGE_CONNECTION_STRING is set.
 * Each kind of data lives under its own prefix, so one container (and one connection string
 * for operators to manage) holds it all.
 */
export type AzureStorageSettings = { connectionString: string; container: string };

/** Blob name prefixes inside the container. */
export const PREFIX = {
  /** Bot state (areas, roles, a pending "which one?"), written by botbuilder-azure-blobs. */
  state: 'state/',
  gaps: 'gaps/',
  content: 'content/',
  admin: 'admin/',
  directLine: 'directline/',
} as const;

/**
 * A slow or unreachable storage account must not hold a turn for minutes: each try is
 * time-boxed and retried once, so a failure surfaces in seconds.
 */
export const PIPELINE_OPTIONS: StoragePipelineOptions = {
  retryOptions: { maxTries: 2, tryTimeoutInMs: 5_000, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 },
  userAgentOptions: { userAgentPrefix: 'send-signpost' },
};

export function containerClient(settings: AzureStorageSettings): ContainerClient {
  return new ContainerClient(settings.connectionString, settings.container, PIPELINE_OPTIONS);
}

/** The account's blob endpoint host, for /healthz and logs: never the key. */
export function describeAccount(client: ContainerClient): string {
  try {
    const url = new URL(client.url);
    return `${url.host}${url.pathname}`;
  } catch {
    return 'unknown';
  }
}

/** The status code of a storage error, if it is one. */
export const statusOf = (err: unknown): number | undefined =>
  typeof err === 'object' && err !== null && 'statusCode' in err && typeof err.statusCode === 'number' ? err.statusCode : undefined;

/** Read a whole blob as text; undefined when it does not exist. */
export async function downloadText(client: ContainerClient, name: string): Promise<{ text: string; etag?: string } | undefined> {
  try {
    const response = await client.getBlobClient(name).download();
    const text = response.readableStreamBody ? await consumers.text(response.readableStreamBody) : '';
    return { text, etag: response.etag };
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw err;
  }
}
