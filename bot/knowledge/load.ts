import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { LineCounter, parseDocument } from 'yaml';
import type { ZodIssue } from 'zod';
import { frontMatterSchema, glossarySchema, sessionSchema, type GlossaryEntry, type Item } from './schema';
import { byPlace, type Finding } from './findings';
import { isRecord, lineOf, readFrontMatter, type ItemSource } from './front-matter';
import { checkCollection, checkItem, MIN_READING_EASE, type CheckOptions } from './checks';
import { ukToday } from './dates';

/**
 * The one verdict on the content: every file parsed once, checked against the schema and
 * the content checks, giving the items and every finding. The bot publishes only content with
 * no errors, and content:check prints exactly these findings.
 */
export type LoadedContent = {
  /** The items the schema accepted (published only when `findings` has no error). */
  items: Item[];
  glossary: GlossaryEntry[];
  /** A hash of every content file: the content version. */
  version: string;
  /** Errors and warnings, in file and line order. */
  findings: Finding[];
};

export const GLOSSARY_FILE = 'glossary.yaml';
/**
 * Where `content:new` puts items that are not finished: the bot never reads this folder, so a
 * half-written item cannot go live or stop other changes being published.
 */
export const DRAFTS_DIR = 'drafts';

/** Files staff keep beside the items that are not items. */
const notItems = new Set(['README.md']);
/** Folders of CONTENT_DIR that hold other things than items (replies in other languages). */
export const NOT_ITEM_FOLDERS = new Set(['languages']);

/** The raw content files and the version (a hash of them all). Cheap: no parsing. */
export type ContentFiles = { files: { file: string; raw: string }[]; version: string };

/** The published content files under `dir` (not drafts) and their version. */
export function readContentFiles(dir: string): ContentFiles {
  return hashed(dir, listFiles(dir, (name, depth) => !(depth === 0 && (name === DRAFTS_DIR || NOT_ITEM_FOLDERS.has(name)))));
}

/** The drafts under `dir`/drafts, named relative to `dir` (drafts/my-item.md). */
export function readDrafts(dir: string): ContentFiles {
  const drafts = join(dir, DRAFTS_DIR);
  let isDir = false;
  try {
    isDir = statSync(drafts).isDirectory();
  } catch {
    // no drafts folder
  }
  return hashed(dir, isDir ? listFiles(drafts).filter((p) => p.endsWith('.md')) : []);
}

function hashed(dir: string, paths: string[]): ContentFiles {
  const hash = createHash('sha256');
  const files = paths.map((path) => {
    const file = relative(dir, path).split(sep).join('/');
    const raw = readFileSync(path, 'utf8');
    hash.update(file).update('\0').update(raw).update('\0');
    return { file, raw };
  });
  return { files, version: hash.digest('hex').slice(0, 16) };
}

/** Options for the checks that depend on the day or a threshold; defaults are today in the UK. */
export type ParseOptions = Partial<CheckOptions>;

const checkOptions = (options: ParseOptions): CheckOptions => ({
  today: options.today ?? ukToday(),
  minReadingEase: options.minReadingEase ?? MIN_READING_EASE,
});

/** Parse and check every file; never skips a broken file silently. */
export function parseContent({ files, version }: ContentFiles, options: ParseOptions = {}): LoadedContent {
  const resolved = checkOptions(options);
  const items: Item[] = [];
  const findings: Finding[] = [];
  const sources: ItemSource[] = [];
  let glossary: GlossaryEntry[] = [];
  for (const { file, raw } of files) {
    if (file === GLOSSARY_FILE) {
      const result = parseGlossary(file, raw);
      glossary = result.entries;
      findings.push(...result.findings);
    } else {
      const result = parseItem(file, raw, resolved);
      if (result.item) items.push(result.item);
      if (result.source) sources.push(result.source);
      findings.push(...result.findings);
    }
  }
  findings.push(...checkCollection(sources));
  return { items, glossary, version, findings: findings.sort(byPlace) };
}

/** Read, parse and check every item and the glossary under `dir` (drafts aside). */
export const loadContent = (dir: string, options: ParseOptions = {}): LoadedContent => parseContent(readContentFiles(dir), options);

function listFiles(dir: string, keep: (name: string, depth: number) => boolean = () => true): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.') || !keep(name, depth)) continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p, depth + 1);
      else if ((name.endsWith('.md') && !notItems.has(name)) || name === GLOSSARY_FILE) out.push(p);
    }
  };
  walk(dir, 0);
  return out;
}

/**
 * Parse and check one item file: the item (when the schema accepts it) and every finding the
 * file has on its own. Checks across files (ids, questions, related items) are parseContent's.
 */
export function parseItem(file: string, raw: string, options: ParseOptions = {}): { item?: Item; findings: Finding[]; source?: ItemSource } {
  const read = readFrontMatter(file, raw);
  if (!('source' in read)) {
    return { findings: read.problems.map(({ line, problem }) => ({ file, line, field: 'front matter', problem, severity: 'error' })) };
  }
  const { source, value } = read;
  const parsed = frontMatterSchema.safeParse(value);
  const issues: ZodIssue[] = parsed.success ? [] : [...parsed.error.issues];
  if (parsed.success && parsed.data.kind === 'session') {
    const check = sessionSchema.safeParse(value);
    if (!check.success) issues.push(...check.error.issues);
  }
  const checks = isRecord(value) ? checkItem(source, checkOptions(options)) : [];
  // A check that explains the same field better replaces the schema's message for it
  // (e.g. "needs https:// in front" instead of "is not a valid web address").
  const explained = new Set(checks.filter((c) => c.severity === 'error').map((c) => c.field));
  const schema = issues.map((issue) => issueToFinding(file, issue, source.lineOf)).filter((f) => !explained.has(f.field));
  const findings = [...schema, ...checks].sort(byPlace);
  const item: Item | undefined = parsed.success && issues.length === 0 ? { ...parsed.data, body: source.body, file } : undefined;
  return { item, findings, source: isRecord(value) ? source : undefined };
}

function parseGlossary(file: string, raw: string): { entries: GlossaryEntry[]; findings: Finding[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter, prettyErrors: false });
  const at = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    return {
      entries: [],
      findings: doc.errors.map((e) => ({ file, line: at(e.pos[0]), field: 'glossary', problem: `not valid YAML: ${e.message.split('\n')[0]}`, severity: 'error' })),
    };
  }
  const lineIn = (path: readonly (string | number)[]) => lineOf(doc.contents, path, at);
  const parsed = glossarySchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return { entries: [], findings: parsed.error.issues.map((i) => issueToFinding(file, i, lineIn)) };
  }
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  parsed.data.entries.forEach((e, i) => {
    const key = e.term.toLowerCase();
    const line = lineIn(['entries', i, 'term']);
    if (seen.has(key)) {
      findings.push({ file, line, field: 'term', problem: `"${e.term}" is already defined on line ${seen.get(key)}`, severity: 'error' });
    } else seen.set(key, line);
  });
  return { entries: findings.length ? [] : parsed.data.entries, findings };
}

/** A schema problem in staff's words, at the line of the field it is about. */
function issueToFinding(file: string, issue: ZodIssue, lineAt: (path: readonly (string | number)[]) => number): Finding {
  const field = issue.path.length ? issue.path.join('.') : 'front matter';
  let problem = issue.message;
  if (issue.code === 'unrecognized_keys') {
    problem = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
  } else if (issue.code === 'invalid_enum_value') {
    problem = `"${String(issue.received)}" is not allowed; use one of ${issue.options.join(', ')}`;
  } else if (issue.code === 'invalid_union_discriminator') {
    problem = `kind must be one of ${issue.options.join(', ')}`;
  } else if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    problem = 'is missing';
  } else if (issue.code === 'invalid_type') {
    problem = `should be ${describeType(issue.expected)}, not ${describeType(issue.received)}`;
  }
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
  return { file, line: lineAt(path), field, problem, severity: 'error' };
}

function describeType(t: string): string {
  return t === 'array' ? 'a list' : t === 'object' ? 'a set of named fields' : t;
}
