import { resolve } from 'node:path';
import { checkFolder } from '../curation/check-report';

/**
 * `npm run content:check [-- DIR] [--strict] [--today=YYYY-MM-DD]`: list every problem in the
 * content as `file:line: field: problem`; exit 1 if there is any (warnings too with --strict).
 * --today checks review dates as if on another day.
 */
function main(argv: string[]): number {
  const flags = new Set(argv.filter((a) => a.startsWith('--')).map((a) => a.split('=')[0]));
  const unknown = [...flags].filter((f) => f !== '--strict' && f !== '--today');
  if (unknown.length) {
    process.stderr.write(`Unknown option ${unknown.join(', ')}. Use: npm run content:check -- [FOLDER] [--strict] [--today=YYYY-MM-DD]\n`);
    return 2;
  }
  const today = argv.find((a) => a.startsWith('--today='))?.slice('--today='.length);
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    process.stderr.write(`--today must be a date written YYYY-MM-DD, not "${today}"\n`);
    return 2;
  }
  const dir = resolve(argv.find((a) => !a.startsWith('--')) ?? process.env.CONTENT_DIR ?? 'content');
  try {
    const report = checkFolder(dir, { strict: flags.has('--strict'), today });
    process.stdout.write(`${report.lines.join('\n')}\n`);
    return report.exitCode;
  } catch (err) {
    // Most likely the folder does not exist: say so without a stack trace.
    process.stderr.write(`Could not read the content in ${dir}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
