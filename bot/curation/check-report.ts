import { join, relative } from 'node:path';
import { parseContent, readContentFiles, readDrafts, type ContentFiles } from '../knowledge/load';
import { MIN_READING_EASE } from '../knowledge/checks';
import { errorsIn, formatFinding, warningsIn, type Finding } from '../knowledge/findings';
import { ukToday } from '../knowledge/dates';

/** What `npm run content:check` prints: the findings the running bot would report, worded for staff. */
export type CheckReport = {
  items: number;
  glossaryTerms: number;
  errors: Finding[];
  warnings: Finding[];
  /** The lines to print, `file:line: field: problem`, then a one-line verdict, then any drafts. */
  lines: string[];
  exitCode: 0 | 1;
  /** Each draft in drafts/, checked as if it were published beside the content. */
  drafts: { file: string; findings: Finding[]; ready: boolean }[];
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

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** Check the content in `dir` exactly as the bot would before publishing it, and each draft beside it. */
export function checkFolder(dir: string, options: CheckReportOptions = {}): CheckReport {
  const parseOptions = { today: options.today ?? ukToday(), minReadingEase: options.minReadingEase ?? MIN_READING_EASE };
  const files = readContentFiles(dir);
  const loaded = parseContent(files, parseOptions);
  const strict = (f: Finding): Finding => (options.strict && f.severity === 'warning' ? { ...f, severity: 'error' } : f);
  const all = loaded.findings.map(strict);
  const errors = errorsIn(all);
  const warnings = warningsIn(all);

  const shown = relative(options.cwd ?? process.cwd(), dir) || '.';
  const line = (f: Finding) => formatFinding({ ...f, file: join(shown, f.file) });
  const lines = all.map(line);
  const checked = `${count(loaded.items.length, 'item')} and ${count(loaded.glossary.length, 'glossary term')} in ${shown}`;
  if (errors.length > 0) {
    lines.push(
      `${count(errors.length, 'problem')}${warnings.length ? ` and ${count(warnings.length, 'warning')}` : ''} found (${checked}). ` +
        'The running bot refuses content with these problems and keeps answering from the last good version until they are fixed.',
    );
  } else if (warnings.length > 0) {
    lines.push(`No problems, ${count(warnings.length, 'warning')} (${checked}). Warnings do not stop publishing; --strict treats them as problems.`);
  } else {
    lines.push(`Content is fine: ${checked}.`);
  }

  const drafts = checkDrafts(dir, files, parseOptions).map((d) => ({ ...d, findings: d.findings.map(strict) }));
  for (const d of drafts) {
    d.ready = errorsIn(d.findings).length === 0;
    lines.push(...d.findings.map(line));
    lines.push(
      d.ready
        ? `Draft ${join(shown, d.file)} is ready: move it out of ${join(shown, 'drafts')} into its collection folder to publish it.`
        : `Draft ${join(shown, d.file)} is not ready yet (${count(errorsIn(d.findings).length, 'problem')}). The bot does not read drafts, so it is not published.`,
    );
  }
  return { items: loaded.items.length, glossaryTerms: loaded.glossary.length, errors, warnings, lines, exitCode: errors.length > 0 ? 1 : 0, drafts };
}

/** Each draft checked beside the published content (so its ids and related items are checked too); only its own findings. */
function checkDrafts(dir: string, published: ContentFiles, options: { today: string; minReadingEase: number }): { file: string; findings: Finding[]; ready: boolean }[] {
  return readDrafts(dir).files.map((draft) => {
    const together = parseContent({ files: [...published.files, draft], version: published.version }, options);
    return { file: draft.file, findings: together.findings.filter((f) => f.file === draft.file), ready: false };
  });
}
