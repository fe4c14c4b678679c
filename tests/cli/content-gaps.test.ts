import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GapLog } from '../../bot/curation/gap-log';
import type { GapEvent } from '../../bot/conversation/services';
import { FIXTURE_CONTENT, startTestBot } from '../helpers/bot';
import { runCli } from './run';

const event = (query: string, extra: Partial<GapEvent> = {}): GapEvent => ({ kind: 'declined', query, channel: 'webchat', version: 'v1', ...extra });

describe('npm run content:gaps', () => {
  it('lists the questions a running bot declined, with personal details removed', async () => {
    const data = mkdtempSync(join(tmpdir(), 'signpost-gaps-bot-'));
    const bot = await startTestBot({ env: { DATA_DIR: data } });
    try {
      await bot.say('When are the bin collections in Loughborough? my email is jo.bloggs@gmail.com');
      await bot.say('when are the bin collections in Loughborough');
      await bot.say('Can I get a blue badge? My daughter is called Amy, born 12/03/2015, ring 07700 900123');
    } finally {
      await bot.close();
    }
    const r = runCli('content-gaps.ts', [], { DATA_DIR: data, CONTENT_DIR: FIXTURE_CONTENT });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/"when are the bin collections in Loughborough": asked twice \(declined 2\)/);
    expect(r.stdout).toMatch(/also asked as: "When are the bin collections in Loughborough\? my email is \[email\]"/);
    expect(r.stdout).toMatch(/"Can I get a blue badge\? My daughter is called \[name\], born \[date\], ring \[phone\]": asked once/);
    for (const detail of ['jo.bloggs', 'gmail', 'Amy', '12/03/2015', '07700']) expect(r.stdout).not.toContain(detail);
  });

  it('after a few declined questions, lists them grouped, most asked first, with personal details removed and the nearest items', () => {
    const data = mkdtempSync(join(tmpdir(), 'signpost-gaps-cli-'));
    // As the bot records them: the conversation code hands over what was typed.
    const log = new GapLog(data);
    log.record(event('My son is called Tom Baker, can he get E3 funding for a 1:1? call me on 07700 900123'));
    log.record(event('can my son get E3 funding for a 1:1?'));
    log.record(event('can my son get e3 funding for a 1:1 please, we live at LE2 7QQ'));
    log.record(event('when are the bin collections? my email is tom.baker@gmail.com'));
    log.record(event('How long is the E3 panel', { kind: 'clarify-unchosen', options: ['element-3-top-up-funding', 'senif-drop-in'] }));
    log.record(event('my NHS number is 943 476 5919, how do I apply for E3?', { kind: 'not-helpful', item: 'element-3-top-up-funding' }));

    const r = runCli('content-gaps.ts', [], { DATA_DIR: data, CONTENT_DIR: FIXTURE_CONTENT });
    expect(r.status).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/Gap report: 6 events/);
    // Three wordings of one question are one gap, asked 3 times, named by one of them.
    expect(out).toMatch(/1\. ".*E3 funding for a 1:1.*": asked 3 times \(declined 3\)/i);
    expect(out).toMatch(/nearest items: element-3-top-up-funding/);
    expect(out).toMatch(/"when are the bin collections\? my email is \[email\]": asked once/);
    expect(out).toMatch(/"How long is the E3 panel": asked once \(asked "which one\?" and nothing was chosen 1\)/);
    expect(out).toMatch(/offered: element-3-top-up-funding, senif-drop-in/);
    expect(out).toMatch(/Items marked "not helpful"[\s\S]*1\. element-3-top-up-funding "Element 3 \(E3\) top-up funding in Leicester City": once/);
    expect(out).toMatch(/after: "my NHS number is \[NHS number\], how do I apply for E3\?"/);
    for (const detail of ['Tom', 'Baker', '07700', 'LE2 7QQ', 'gmail', '943 476 5919']) expect(out).not.toContain(detail);
  });

  it('limits the list with --top and --since, and says when there is no log yet', () => {
    const data = mkdtempSync(join(tmpdir(), 'signpost-gaps-cli-'));
    const empty = runCli('content-gaps.ts', [], { DATA_DIR: data, CONTENT_DIR: FIXTURE_CONTENT });
    expect(empty.stdout).toMatch(/No gap log in .* yet\.\nNo gaps recorded yet/);

    new GapLog(data, { now: () => new Date('2026-01-10T09:00:00Z') }).record(event('an old question about holidays'));
    const log = new GapLog(data, { now: () => new Date('2026-11-20T09:00:00Z') });
    log.record(event('what is a blue badge'));
    log.record(event('what is a blue badge'));
    log.record(event('when is sports day'));
    const top = runCli('content-gaps.ts', ['--top', '1', '--since', '2026-11-01'], { DATA_DIR: data, CONTENT_DIR: FIXTURE_CONTENT });
    expect(top.stdout).toMatch(/Gap report: 3 events from 2026-11-20 to 2026-11-20/);
    expect(top.stdout).toMatch(/"what is a blue badge": asked twice/);
    expect(top.stdout).not.toMatch(/sports day|holidays/);
    expect(runCli('content-gaps.ts', ['--top', 'lots'], { DATA_DIR: data }).status).toBe(2);
  });
});
