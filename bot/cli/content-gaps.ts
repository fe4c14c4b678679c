import { resolve } from 'node:path';
import { parseContent, readContentFiles } from '../knowledge/load';
import { errorsIn } from '../knowledge/findings';
import { KnowledgeBase } from '../knowledge/knowledge-base';
import { readGapLog } from '../curation/gap-log';
import { buildGapReport, formatGapReport } from '../curation/gap-report';

const USAGE = 'Use: npm run content:gaps -- [--top 20] [--since YYYY-MM-DD] (reads DATA_DIR and CONTENT_DIR, default data and content)';

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
function main(argv: string[]): number {
  const top = Number(option(argv, 'top') ?? 20);
  const since = option(argv, 'since');
  if (!Number.isInteger(top) || top < 1 || (since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(since))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const dataDir = resolve(option(argv, 'data') ?? process.env.DATA_DIR ?? 'data');
  const contentDir = resolve(option(argv, 'content') ?? process.env.CONTENT_DIR ?? 'content');

  const log = readGapLog(dataDir);
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
  if (log.files.length === 0) notes.push(`No gap log in ${dataDir} yet.`);
  if (log.skipped) notes.push(`Note: ${log.skipped} damaged line(s) in the log were skipped.`);

  const lines = formatGapReport(buildGapReport(records, kb, { top }));
  process.stdout.write(`${[...notes, ...lines].join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
