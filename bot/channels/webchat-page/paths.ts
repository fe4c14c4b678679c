import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the project folder (no package.json above this file)');
    dir = parent;
  }
  return dir;
}

/**
 * Where the web chat's sources and built assets are. Found from this file, not the working
 * directory, because the same code runs from `bot/` under tsx and from `build/dist/bot/`
 * after tsc.
 *
 * The bundle, stylesheet and icon the bot serves, written by `npm run build:web`.
 */
export const webAssetsDir = (): string => join(projectRoot(), 'build', 'web');

/** The browser code, stylesheet and icon sources (tsc does not copy the .css and .svg). */
export const webSourceDir = (): string => join(projectRoot(), 'bot', 'channels', 'webchat-page');
