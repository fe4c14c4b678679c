import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, visibleText, type TestBot } from '../helpers/bot';
import { BROKEN_ITEM, NEW_ITEM, NEW_QUESTION, NEW_TITLE, contentCopy, eventually } from './publish';

describe('publishing by saving a file (WATCH_CONTENT)', () => {
  let bot: TestBot;
  let content: string;
  let closed = false;
  beforeAll(async () => {
    content = contentCopy();
    bot = await startTestBot({ content, env: { WATCH_CONTENT: 'true' } });
  });
  afterAll(async () => {
    if (!closed) await bot.close();
  });

  const answersNewItem = async () => visibleText(await bot.say(NEW_QUESTION)).includes(NEW_TITLE);

  it('makes a new file answerable within seconds, with no restart', async () => {
    expect(await answersNewItem()).toBe(false);
    const started = Date.now();
    copyFileSync(NEW_ITEM, join(content, 'holiday-club.md'));
    expect(await eventually(answersNewItem, 10_000, 200)).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(bot.store.current().items).toHaveLength(5);
  });

  it('refuses a broken save and keeps serving the previous content', async () => {
    const good = bot.store.current().version;
    // Break the item just published: a form without its form fields, then bad YAML.
    copyFileSync(BROKEN_ITEM, join(content, 'broken-item.md'));
    writeFileSync(join(content, 'holiday-club.md'), '---\nid: holiday-club\ntitle: [unclosed\n---\n');
    expect(await eventually(() => !bot.store.lastReload().ok, 10_000)).toBe(true);
    const last = bot.store.lastReload();
    expect(last.ok).toBe(false);
    if (!last.ok) {
      expect(last.keptVersion).toBe(good);
      expect(new Set(last.faults.map((f) => f.file))).toEqual(new Set(['broken-item.md', 'holiday-club.md']));
    }
    expect(bot.store.current().version).toBe(good);
    expect(await answersNewItem()).toBe(true);
  });

  it('publishes again once the files are fixed', async () => {
    copyFileSync(NEW_ITEM, join(content, 'holiday-club.md'));
    // The broken item becomes a second good one (its own id, no shared questions).
    const second = readFileSync(NEW_ITEM, 'utf8').replace('id: holiday-club', 'id: holiday-club-two').replace(/questions:[\s\S]*?tags:/, 'tags:');
    writeFileSync(join(content, 'broken-item.md'), second);
    expect(await eventually(() => bot.store.lastReload().ok && bot.store.current().items.length === 6, 10_000)).toBe(true);
  });

  it('stops watching when the server closes', async () => {
    await bot.close();
    closed = true;
    const last = bot.store.lastReload();
    copyFileSync(NEW_ITEM, join(content, 'another.md'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(bot.store.lastReload()).toBe(last);
  });
});
