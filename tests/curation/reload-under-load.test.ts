import { copyFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, startTestBot, type TestBot } from '../helpers/bot';
import { ADMIN_TOKEN, NEW_ITEM, contentCopy } from './publish';

const QUESTIONS = [
  'How do I apply for E3 funding?',
  'What does SENDIASS do?',
  'When is the next SENIF drop-in?',
  'Where do I upload EHCP annual review paperwork?',
  'When are the bin collections?',
];

describe('reloading while the bot is busy', () => {
  let bot: TestBot;
  let content: string;
  beforeAll(async () => {
    content = contentCopy();
    bot = await startTestBot({ content, env: { ADMIN_TOKEN } });
  });
  afterAll(async () => bot.close());

  it('answers every message while the content is swapped back and forth: no failed request', async () => {
    const versions = new Set<string>();
    let stop = false;
    const reloads: number[] = [];
    // Publish and retire an item again and again, each a real reindex.
    const reloader = (async () => {
      for (let i = 0; !stop; i++) {
        if (i % 2 === 0) copyFileSync(NEW_ITEM, join(content, 'holiday-club.md'));
        else unlinkSync(join(content, 'holiday-club.md'));
        const res = await fetch(`${bot.url}/admin/reload`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
        reloads.push(res.status);
        versions.add(((await res.json()) as { version: string }).version);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();

    const results: { status: number; replies: number }[] = [];
    for (let wave = 0; wave < 8; wave++) {
      const batch = await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          bot.post(activity({ text: QUESTIONS[(wave + i) % QUESTIONS.length] })).then((r) => ({ status: r.status, replies: r.body?.activities?.length ?? 0 })),
        ),
      );
      results.push(...batch);
    }
    stop = true;
    await reloader;

    expect(results).toHaveLength(200);
    expect(results.filter((r) => r.status !== 200 || r.replies === 0)).toEqual([]);
    expect(reloads.length).toBeGreaterThanOrEqual(4);
    expect(reloads.every((s) => s === 200)).toBe(true);
    // It really did swap between two versions while answering.
    expect(versions.size).toBe(2);
  });
});
