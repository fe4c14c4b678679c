import { resolve } from 'node:path';
import { loadContent, formatFault } from '../knowledge/load';

/** `npm run content:check [-- DIR]`: list every fault in the content, exit 1 if there is any. */
function main(argv: string[]): number {
  const dir = resolve(argv.find((a) => !a.startsWith('--')) ?? process.env.CONTENT_DIR ?? 'content');
  const content = loadContent(dir);
  for (const fault of content.faults) process.stdout.write(`${formatFault(fault)}\n`);
  const n = content.faults.length;
  process.stdout.write(
    n === 0
      ? `Content is fine: ${content.items.length} items and ${content.glossary.length} glossary terms in ${dir}.\n`
      : `${n} problem${n === 1 ? '' : 's'} found in ${dir}. Nothing was published.\n`,
  );
  return n === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
