import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { kinds, articleSchema, type Kind } from '../knowledge/schema';
import { DRAFTS_DIR, readContentFiles, readDrafts } from '../knowledge/load';
import { readItemSource } from '../knowledge/front-matter';
import { ukToday } from '../knowledge/dates';
import { scaffold } from '../curation/scaffold';

const USAGE = `Use: npm run content:new -- --kind ${kinds.join('|')} --id my-new-item [--dir content/graduated-approach]`;

/** `--name value` or `--name=value`. */
function option(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1];
}

/**
 * `npm run content:new -- --kind form --id my-item [--dir content/graduated-approach]`: write a
 * new item with every field its kind has and a note on each, in the drafts folder, which the
 * bot never reads: a half-written item can neither go live nor stop other changes being
 * published. `--dir` is the collection it is meant for, named in the instructions. Never
 * overwrites a file, and refuses an id another item already has, because ids are how items
 * and reports refer to each other.
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
    const folders = existsSync(root) ? readdirSync(root).filter((n) => !n.startsWith('.') && n !== DRAFTS_DIR && statSync(join(root, n)).isDirectory()) : [];
    return fail(`The folder ${dir} does not exist.${folders.length ? ` The collections are: ${folders.join(', ')}.` : ''}`);
  }
  // The same id in another file (or another draft) would be refused at publishing: say so now.
  const searchRoot = existsSync(root) ? root : dir;
  const files = [...readContentFiles(searchRoot).files, ...readDrafts(searchRoot).files];
  const taken = files.find((f) => readItemSource(f.file, f.raw)?.data.id === id);
  if (taken) return fail(`The id "${id}" is already used by ${join(relative(process.cwd(), searchRoot), taken.file)}. Choose another id.`);

  const shown = (path: string) => relative(process.cwd(), path);
  // Moving the draft in later must not overwrite anything either.
  const destination = join(dir, `${id}.md`);
  if (existsSync(destination)) return fail(`${shown(destination)} already exists. Nothing was changed.`);
  const drafts = join(searchRoot, DRAFTS_DIR);
  const file = join(drafts, `${id}.md`);
  try {
    mkdirSync(drafts, { recursive: true });
    // 'wx' fails if the file exists, even if it appeared a moment ago: never overwrite.
    writeFileSync(file, scaffold(kind as Kind, id, option(argv, 'today') ?? ukToday()), { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return fail(`${shown(file)} already exists. Nothing was changed.`);
    throw err;
  }
  process.stdout.write(
    [
      `Created ${shown(file)}.`,
      'Replace every TODO (or delete optional lines you do not need), then run: npm run content:check',
      `When it says the draft is ready, move the file into ${shown(dir) || '.'} to publish it.`,
      'The bot does not read the drafts folder, so nothing changes for parents until you move it.',
      '',
    ].join('\n'),
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
