import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { ZodIssue } from 'zod';
import { frontMatterSchema, glossarySchema, sessionSchema, type GlossaryEntry, type Item } from './schema';

/** One fault in the content, shown to staff as `file:line: field: problem`. */
export type ContentFault = { file: string; line: number; field: string; problem: string };

export const formatFault = (f: ContentFault): string => `${f.file}:${f.line}: ${f.field}: ${f.problem}`;

export type LoadedContent = {
  items: Item[];
  glossary: GlossaryEntry[];
  /** A hash of every content file: the content version. */
  version: string;
  faults: ContentFault[];
};

export const GLOSSARY_FILE = 'glossary.yaml';

/** Files staff keep beside the items that are not items. */
const notItems = new Set(['README.md']);
/** Folders of CONTENT_DIR that hold other things than items (replies in other languages). */
export const NOT_ITEM_FOLDERS = new Set(['languages']);

/** The raw content files and the version (a hash of them all). Cheap: no parsing. */
export type ContentFiles = { files: { file: string; raw: string }[]; version: string };

export function readContentFiles(dir: string): ContentFiles {
  const hash = createHash('sha256');
  const files = listFiles(dir).map((path) => {
    const file = relative(dir, path).split(sep).join('/');
    const raw = readFileSync(path, 'utf8');
    hash.update(file).update('\0').update(raw).update('\0');
    return { file, raw };
  });
  return { files, version: hash.digest('hex').slice(0, 16) };
}

/** Parse and validate every file; never skips a broken file silently. */
export function parseContent({ files, version }: ContentFiles): LoadedContent {
  const items: Item[] = [];
  const faults: ContentFault[] = [];
  let glossary: GlossaryEntry[] = [];
  for (const { file, raw } of files) {
    if (file === GLOSSARY_FILE) {
      const result = parseGlossary(file, raw);
      glossary = result.entries;
      faults.push(...result.faults);
    } else {
      const result = parseItem(file, raw);
      if (result.item) items.push(result.item);
      faults.push(...result.faults);
    }
  }
  faults.push(...duplicateIds(items));
  return { items, glossary, version, faults };
}

/** Read every item and the glossary under `dir`. */
export const loadContent = (dir: string): LoadedContent => parseContent(readContentFiles(dir));

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.') || (d === dir && NOT_ITEM_FOLDERS.has(name))) continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if ((name.endsWith('.md') && !notItems.has(name)) || name === GLOSSARY_FILE) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Parse one item file. Exported so the checker and tests can feed it text directly. */
export function parseItem(file: string, raw: string): { item?: Item; faults: ContentFault[] } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(raw);
  if (!match) {
    return {
      faults: [{ file, line: 1, field: 'front matter', problem: 'the file must start with a --- line, the item details, and another --- line' }],
    };
  }
  const yamlText = match[1];
  const lineCounter = new LineCounter();
  // Front matter starts on line 2 of the file.
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    return {
      faults: doc.errors.map((e) => ({
        file,
        line: at(e.pos[0]),
        field: 'front matter',
        problem: `the details are not valid YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const data: unknown = doc.toJS();
  const parsed = frontMatterSchema.safeParse(data);
  const issues: ZodIssue[] = parsed.success ? [] : parsed.error.issues;
  if (parsed.success && parsed.data.kind === 'session') {
    const check = sessionSchema.safeParse(data);
    if (!check.success) issues.push(...check.error.issues);
  }
  if (issues.length > 0) {
    return { faults: issues.map((issue) => issueToFault(file, issue, doc.contents, at)) };
  }
  if (!parsed.success) return { faults: [] };
  const body = raw.slice(match[0].length);
  const item: Item = { ...parsed.data, body, file };
  return { item, faults: [] };
}

function parseGlossary(file: string, raw: string): { entries: GlossaryEntry[]; faults: ContentFault[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter, prettyErrors: false });
  const at = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    return {
      entries: [],
      faults: doc.errors.map((e) => ({ file, line: at(e.pos[0]), field: 'glossary', problem: `not valid YAML: ${e.message.split('\n')[0]}` })),
    };
  }
  const parsed = glossarySchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return { entries: [], faults: parsed.error.issues.map((i) => issueToFault(file, i, doc.contents, at)) };
  }
  const faults: ContentFault[] = [];
  const seen = new Map<string, number>();
  parsed.data.entries.forEach((e, i) => {
    const key = e.term.toLowerCase();
    const line = lineOf(doc.contents, ['entries', i, 'term'], at);
    if (seen.has(key)) {
      faults.push({ file, line, field: 'term', problem: `"${e.term}" is already defined on line ${seen.get(key)}` });
    } else seen.set(key, line);
  });
  return { entries: faults.length ? [] : parsed.data.entries, faults };
}

function issueToFault(
  file: string,
  issue: ZodIssue,
  root: unknown,
  at: (offset: number) => number,
): ContentFault {
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
  return { file, line: lineOf(root, path, at), field, problem };
}

function describeType(t: string): string {
  return t === 'array' ? 'a list' : t === 'object' ? 'a set of named fields' : t;
}

/** The line of the deepest YAML node that the path reaches (1-based, relative to the file). */
export function lineOf(root: unknown, path: readonly (string | number)[], at: (offset: number) => number): number {
  let node = root as Node | null | undefined;
  let best = 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      const keyNode = pair.key as Node | null;
      if (keyNode?.range) best = keyNode.range[0];
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key] as Node | null;
      if (node?.range) best = node.range[0];
    } else break;
  }
  return at(best);
}

function duplicateIds(items: Item[]): ContentFault[] {
  const first = new Map<string, Item>();
  const faults: ContentFault[] = [];
  for (const item of items) {
    const prior = first.get(item.id);
    if (prior) faults.push({ file: item.file, line: 2, field: 'id', problem: `"${item.id}" is already used by ${prior.file}` });
    else first.set(item.id, item);
  }
  return faults;
}
