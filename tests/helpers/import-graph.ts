import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The import graph of a source folder, as `madge --circular` sees it: every `import`/`export …
 * from`, `import type` included (a type cycle still couples two files), and dynamic `import()`.
 * TypeScript 7 has no compiler API to ask, and the code base keeps to plain import statements,
 * so reading the specifiers after removing comments is exact enough. Node ids are paths relative
 * to `root`; packages are kept by name (`restify`, `@microsoft/teams-ai`).
 */
export type ImportGraph = Map<string, { local: string[]; packages: string[] }>;

const SPECIFIER = /(?:\bimport|\bexport)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.replace(/\.js$/, ''));
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** The package a bare specifier names: `@scope/name` or `name` (never a deep path). */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

export function importGraph(root: string): ImportGraph {
  const graph: ImportGraph = new Map();
  const id = (path: string) => relative(root, path).split(sep).join('/');
  for (const file of sourceFiles(root)) {
    const local = new Set<string>();
    const packages = new Set<string>();
    for (const m of withoutComments(readFileSync(file, 'utf8')).matchAll(SPECIFIER)) {
      const specifier = m[1] ?? m[2] ?? m[3];
      if (specifier.startsWith('.')) {
        const target = resolveLocal(file, specifier);
        // Assets (svg, css) and files outside root are not modules of this graph.
        if (target && /\.tsx?$/.test(target)) local.add(relative(root, target).startsWith('..') ? `../${specifier}` : id(target));
      } else if (!specifier.startsWith('node:')) packages.add(packageOf(specifier));
    }
    graph.set(id(file), { local: [...local].sort(), packages: [...packages].sort() });
  }
  return graph;
}

/** Every import cycle, each as the files around it (first file repeated at the end), like madge prints. */
export function cycles(graph: ImportGraph): string[][] {
  const found: string[][] = [];
  const seen = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node)?.local ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        const key = [...cycle.slice(0, -1)].sort().join('|');
        if (!seen.has(key)) {
          seen.add(key);
          found.push(cycle);
        }
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}
