import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { kinds, articleSchema, type Kind } from '../knowledge/schema';
import { readContentFiles } from '../knowledge/load';
import { readItemSource } from '../knowledge/checks';
import { scaffold } from '../curation/scaffold';
import { ukToday } from '../knowledge/dates';

const USAGE = `Use: npm run content:new -- --kind ${kinds.join('|')} --id my-new-item [--dir content/graduated-approach]`;

/** `--name value` or `--name=value`. */
function option(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1];
}

/**
 * `npm run content:new -- --kind form --id my-item [--dir content/graduated-approach]`: write a
 * new item with every field its kind has and a note on each. Never overwrites a file, and
 * refuses an id another item already has, because ids are how items and reports refer to each other.
 */
function main(argv: string[]): number {
  const fail = (message: string) => {
    process.stderr.write(`${message}\n`);
    return 1;
  };
  const kind = option(argv, 'kind');
  const id = option(argv, 'id')?.trim();
  if (!kind || !id) return fail(USAGE);
  if (!(kinds as readonly string[]).includes(kind)) return fail(`"${kind}" is not a kind of item; use one of ${kinds.join(', ')}.`);
  const idCheck = articleSchema.shape.id.safeParse(id);
  if (!idCheck.success) return fail(`The id "${id}" ${idCheck.error.issues[0].message}.`);

  const root = resolve(process.env.CONTENT_DIR ?? 'content');
  const dir = resolve(option(argv, 'dir') ?? root);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    const folders = existsSync(root) ? readdirSync(root).filter((n) => !n.startsWith('.') && statSync(join(root, n)).isDirectory()) : [];
    return fail(`The folder ${dir} does not exist.${folders.length ? ` The collections are: ${folders.join(', ')}.` : ''}`);
  }
  // The same id in another file would be refused at publishing: say so now.
  const searchRoot = existsSync(root) ? root : dir;
  const taken = readContentFiles(searchRoot).files.find((f) => readItemSource(f.file, f.raw)?.data.id === id);
  if (taken) return fail(`The id "${id}" is already used by ${join(relative(process.cwd(), searchRoot), taken.file)}. Choose another id.`);

  const file = join(dir, `${id}.md`);
  try {
    // 'wx' fails if the file exists, even if it appeared a moment ago: never overwrite.
    writeFileSync(file, scaffold(kind as Kind, id, option(argv, 'today') ?? ukToday()), { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return fail(`${relative(process.cwd(), file)} already exists. Nothing was changed.`);
    throw err;
  }
  process.stdout.write(
    [
      `Created ${relative(process.cwd(), file)}.`,
      'Replace every TODO (or delete optional lines you do not need), then run: npm run content:check',
      'Until it is filled in, the running bot takes no content changes (it keeps answering from the last',
      'good version), so fill it in soon, or write it in another folder and move it in when it is ready.',
      '',
    ].join('\n'),
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
