import { join, relative } from 'node:path';
import { formatFault, parseContent, readContentFiles } from '../knowledge/load';
import { checkContent, MIN_READING_EASE, type Finding } from '../knowledge/checks';
import { ukToday } from '../knowledge/dates';

/**
 * What `npm run content:check` prints: the loader's schema faults and the content checks,
 * merged so each problem is said once, in the plainest words available.
 */

export type CheckReport = {
  items: number;
  glossaryTerms: number;
  errors: Finding[];
  warnings: Finding[];
  /** The lines to print, `file:line: field: problem`, then a one-line verdict. */
  lines: string[];
  exitCode: 0 | 1;
};

export type CheckReportOptions = {
  /** Warnings count as errors: for a pre-publishing gate. */
  strict?: boolean;
  /** YYYY-MM-DD; defaults to today in the UK. */
  today?: string;
  minReadingEase?: number;
  /** Where paths are shown relative to, so staff can open the file from the message. */
  cwd?: string;
};

export function checkFolder(dir: string, options: CheckReportOptions = {}): CheckReport {
  const files = readContentFiles(dir);
  const loaded = parseContent(files);
  const checks = checkContent(files.files, { today: options.today ?? ukToday(), minReadingEase: options.minReadingEase ?? MIN_READING_EASE });
  // A check that explains the same field better replaces the schema's message for it
  // (e.g. "needs https:// in front" instead of "is not a valid web address").
  const explained = new Set(checks.filter((c) => c.severity === 'error').map((c) => `${c.file}\0${c.field}`));
  const schema: Finding[] = loaded.faults
    .filter((f) => !explained.has(`${f.file}\0${f.field}`))
    .map((f) => ({ ...f, severity: 'error' }));
  const all = [...schema, ...checks]
    .map((f): Finding => (options.strict && f.severity === 'warning' ? { ...f, severity: 'error' } : f))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const errors = all.filter((f) => f.severity === 'error');
  const warnings = all.filter((f) => f.severity === 'warning');

  const shown = relative(options.cwd ?? process.cwd(), dir) || '.';
  const lines = all.map((f) =>
    formatFault({ ...f, file: join(shown, f.file), problem: f.severity === 'warning' ? `warning: ${f.problem}` : f.problem }),
  );
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const checked = `${count(loaded.items.length, 'item')} and ${count(loaded.glossary.length, 'glossary term')} in ${shown}`;
  if (errors.length > 0) {
    lines.push(
      `${count(errors.length, 'problem')}${warnings.length ? ` and ${count(warnings.length, 'warning')}` : ''} found (${checked}). ` +
        (loaded.faults.length > 0
          ? 'The running bot refuses content with these problems and keeps answering from the last good version until they are fixed.'
          : 'The bot can still load this content, but please fix the problems before publishing.'),
    );
  } else if (warnings.length > 0) {
    lines.push(`No problems, ${count(warnings.length, 'warning')} (${checked}). Warnings do not stop publishing; --strict treats them as problems.`);
  } else {
    lines.push(`Content is fine: ${checked}.`);
  }
  return {
    items: loaded.items.length,
    glossaryTerms: loaded.glossary.length,
    errors,
    warnings,
    lines,
    exitCode: errors.length > 0 ? 1 : 0,
  };
}
