import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';

/** An item file: `---`, the item's details in YAML, `---`, then the Markdown body. */
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** One item file's front matter as plain data, with a way to find the line of any field. */
export type ItemSource = {
  file: string;
  data: Record<string, unknown>;
  /** The 1-based line in the file of the field at this path (e.g. ['links', 0, 'url']). */
  lineOf(path: readonly (string | number)[]): number;
  body: string;
  /** The line the body starts on. */
  bodyLine: number;
};

/** Why a file has no readable front matter, each with the line of the problem. */
export type FrontMatterProblem = { line: number; problem: string };

/**
 * Read an item file's front matter: the one YAML parse the schema and every check share.
 * Either the source (and `value`, the YAML as parsed, which may not be named fields at all),
 * or why there is none (no front matter, or YAML that does not parse).
 */
export function readFrontMatter(file: string, raw: string): { source: ItemSource; value: unknown } | { problems: FrontMatterProblem[] } {
  const match = FRONT_MATTER.exec(raw);
  if (!match) return { problems: [{ line: 1, problem: 'the file must start with a --- line, the item details, and another --- line' }] };
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(match[1], { lineCounter, prettyErrors: false, uniqueKeys: true });
  // Line 1 of the file is the opening ---, so YAML line n is file line n + 1.
  const at = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    return { problems: doc.errors.map((e) => ({ line: at(e.pos[0]), problem: `the details are not valid YAML: ${e.message.split('\n')[0]}` })) };
  }
  const value: unknown = doc.toJS();
  const data = isRecord(value) ? value : {};
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return {
    source: { file, data, lineOf: (path) => lineOf(doc.contents, path, at), body: raw.slice(match[0].length), bodyLine },
    value,
  };
}

export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The front matter of an item file, or undefined when it has none that parses. */
export function readItemSource(file: string, raw: string): ItemSource | undefined {
  const read = readFrontMatter(file, raw);
  return 'source' in read && isRecord(read.value) ? read.source : undefined;
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
