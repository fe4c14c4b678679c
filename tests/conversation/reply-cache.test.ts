import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, visibleText, type TestBot } from '../helpers/bot';
import { contentCopy } from '../curation/publish';

/** Answers are worked out once per content version; staff edits are never hidden by it. */
describe('answers kept between turns', () => {
  let bot: TestBot;
  let content: string;
  beforeAll(async () => {
    content = contentCopy();
    bot = await startTestBot({ content });
  });
  afterAll(async () => bot.close());

  it('gives the same answer to the same question, in every conversation and on both channels', async () => {
    const first = visibleText(await bot.say('What does SENDIASS do?'));
    expect(first).toMatch(/SENDIASS/);
    expect(visibleText(await bot.say('What does SENDIASS do?'))).toBe(first);
    const teams = await bot.say('What does SENDIASS do?', { channel: 'msteams' });
    expect(teams[0].attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('answers from the new version straight after a reload, never from the old one', async () => {
    const file = join(content, 'sendiass.md');
    const before = visibleText(await bot.say('What does SENDIASS do?'));
    expect(before).not.toMatch(/edited for the reload test/);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: (.*)$/m, 'summary: $1 This sentence was edited for the reload test.'));
    expect(bot.store.reload()).toMatchObject({ ok: true, changed: true });
    expect(visibleText(await bot.say('What does SENDIASS do?'))).toMatch(/edited for the reload test/);
  });
});
