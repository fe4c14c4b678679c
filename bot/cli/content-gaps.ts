import { resolve } from 'node:path';
import { parseContent, readContentFiles } from '../knowledge/load';
import { errorsIn } from '../knowledge/findings';
import { KnowledgeBase } from '../knowledge/knowledge-base';
import { readGapLog } from '../curation/gap-log';
import { buildGapReport, formatGapReport } from '../curation/gap-report';
import type { readBlobGapLog } from '../storage/blob-gap-log';

const USAGE = 'Use: npm run content:gaps -- [--top 20] [--since YYYY-MM-DD] (reads DATA_DIR, or the blob container when AZURE_STORAGE_CONNECTION_STRING is set, and CONTENT_DIR; default data and content)';

/** `--name value` or `--name=value`. */
function option(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1];
}

/**
 * `npm run content:gaps`: what people asked that the bot could not answer, grouped, with the
 * nearest existing items, and the items most often marked not helpful. Read-only.
 */
async function main(argv: string[]): Promise<number> {
  const top = Number(option(argv, 'top') ?? 20);
  const since = option(argv, 'since');
  if (!Number.isInteger(top) || top < 1 || (since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(since))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const dataDir = resolve(option(argv, 'data') ?? process.env.DATA_DIR ?? 'data');
  const contentDir = resolve(option(argv, 'content') ?? process.env.CONTENT_DIR ?? 'content');

  // The same settings as the bot: with shared storage every instance's gaps are in the container.
  const connectionString = process.env.AZURE_STORAGE_CONNECTION_STRING?.trim();
  const container = process.env.AZURE_STORAGE_CONTAINER?.trim() || 'send-signpost';
  const where = connectionString ? `the blob container ${container}` : dataDir;
  let log: Awaited<ReturnType<typeof readBlobGapLog>>;
  try {
    if (connectionString) {
      // Loaded only when used: the Azure SDK is slow to load for a report from DATA_DIR.
      const [{ containerClient }, blobs] = await Promise.all([import('../storage/azure.js'), import('../storage/blob-gap-log.js')]);
      log = await blobs.readBlobGapLog(containerClient({ connectionString, container }));
    } else log = readGapLog(dataDir);
  } catch (err) {
    process.stderr.write(`Could not read the gap log from ${where}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
    return 1;
  }
  const records = since ? log.records.filter((r) => r.at.slice(0, 10) >= since) : log.records;

  // The nearest items come from the content as it is now, even if some files are broken:
  // a broken file should not hide the report.
  let kb: KnowledgeBase | undefined;
  const notes: string[] = [];
  try {
    const content = parseContent(readContentFiles(contentDir));
    kb = KnowledgeBase.create(content);
    const problems = errorsIn(content.findings).length;
    if (problems) notes.push(`Note: the content has ${problems} problem(s) (npm run content:check lists them); nearest items come from the files that load.`);
  } catch (err) {
    notes.push(`Note: could not read the content in ${contentDir} (${err instanceof Error ? err.message : String(err)}), so no nearest items are shown.`);
  }
  if (log.files.length === 0) notes.push(`No gap log in ${where} yet.`);
  if (log.skipped) notes.push(`Note: ${log.skipped} damaged line(s) in the log were skipped.`);

  const lines = formatGapReport(buildGapReport(records, kb, { top }));
  process.stdout.write(`${[...notes, ...lines].join('\n')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
