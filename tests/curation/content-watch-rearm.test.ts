import { copyFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT, startTestBot, visibleText, type TestBot } from '../helpers/bot';
import { NEW_ITEM, NEW_QUESTION, NEW_TITLE, contentCopy, eventually } from './publish';

const health = async (bot: TestBot) => (await fetch(`${bot.url}/healthz`)).json() as Promise<{ status: string; reasons?: string[] }>;

describe('watching a content folder that is removed and restored', () => {
  let bot: TestBot;
  let content: string;
  beforeAll(async () => {
    content = contentCopy();
    bot = await startTestBot({ content, env: { WATCH_CONTENT: 'true' } });
    expect(await eventually(async () => (await health(bot)).status === 'ok', 10_000)).toBe(true);
  });
  afterAll(async () => bot.close());

  it('reports degraded with the reason while the folder is gone, and keeps answering', { timeout: 30_000 }, async () => {
    rmSync(content, { recursive: true, force: true });
    expect(await eventually(async () => (await health(bot)).status === 'degraded', 10_000, 200)).toBe(true);
    const body = await health(bot);
    expect(body.reasons?.join(' ')).toMatch(/content folder/i);
    expect((await bot.say('professionals portal')).length).toBeGreaterThan(0);
  });

  it('watches again once the folder is back, and publishes what is saved there', { timeout: 30_000 }, async () => {
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    expect(await eventually(async () => (await health(bot)).status === 'ok', 10_000, 200)).toBe(true);
    copyFileSync(NEW_ITEM, join(content, 'holiday-club.md'));
    const answersNewItem = async () => visibleText(await bot.say(NEW_QUESTION)).includes(NEW_TITLE);
    expect(await eventually(answersNewItem, 10_000, 200)).toBe(true);
  });
});
