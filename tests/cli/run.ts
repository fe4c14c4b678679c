import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

/** Run one of the staff commands as `npm run` would, from the project folder. */
export function runCli(script: string, args: string[] = [], env: Record<string, string> = {}, cwd = ROOT) {
  const result = spawnSync(TSX, [resolve(ROOT, 'bot/cli', script), ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
