import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config';
import { startBot, type RunningBot } from '../../bot/start';
import { GAP_FILE } from '../../bot/curation/gap-log';
import { activity, FIXTURE_CONTENT } from '../helpers/bot';

/** A bot whose log lines are kept, to see what it says when the gap log cannot be written. */
async function botWithLog(dataDir: string): Promise<{ bot: RunningBot; lines: Record<string, unknown>[] }> {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  const config = loadConfig({ PORT: '0', CONTENT_DIR: FIXTURE_CONTENT, DATA_DIR: dataDir, LOG_LEVEL: 'warn', WATCH_CONTENT: 'false' });
  const bot = await startBot(config, { log: pino({ level: 'warn' }, sink) });
  return { bot, lines };
}

const decline = (bot: RunningBot, text: string) =>
  fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity({ text })) });

describe('a gap log that cannot be written', () => {
  let bot: RunningBot;
  let lines: Record<string, unknown>[];
  beforeAll(async () => {
    // A DATA_DIR inside a file: no folder can be made there, even as root (like a read-only or full disk).
    const blocker = join(mkdtempSync(join(tmpdir(), 'signpost-ro-')), 'not-a-folder');
    writeFileSync(blocker, '');
    ({ bot, lines } = await botWithLog(join(blocker, 'data')));
  });
  afterAll(async () => bot.close());

  it('still answers, and logs a warning (without the question) instead of dropping the record silently', async () => {
    const res = await decline(bot, 'pizza near the station for Bartholomew');
    expect(res.status).toBe(200);
    for (let i = 0; i < 50 && !lines.some((l) => l.event === 'gap-log-write-failed'); i++) await new Promise((r) => setTimeout(r, 20));
    const warning = lines.find((l) => l.event === 'gap-log-write-failed');
    expect(warning).toMatchObject({ level: 40 });
    expect(JSON.stringify(warning)).not.toMatch(/pizza|Bartholomew/);
  });
});

describe('the gap log of a running bot', () => {
  let bot: RunningBot;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'signpost-gaps-'));
    ({ bot } = await botWithLog(dataDir));
  });
  afterAll(async () => bot.close());

  it('removes a bare full name and spaced-out digits before writing', async () => {
    expect((await decline(bot, 'pizza near the station for Bartholomew Quigley-Snape, ring 0 7 7 0 0 9 0 0 3 2 1')).status).toBe(200);
    const logged = readFileSync(join(dataDir, GAP_FILE), 'utf8');
    expect(logged).not.toMatch(/Bartholomew|Quigley|0 7 7 0/);
    expect(logged).toContain('[name]');
    expect(logged).toContain('[phone]');
  });
});
