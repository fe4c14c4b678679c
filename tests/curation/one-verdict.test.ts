import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, visibleText, type TestBot } from '../helpers/bot';
import { runCli } from '../cli/run';
import { findingsOf } from '../../bot/knowledge/store';
import { formatFinding } from '../../bot/knowledge/findings';
import { ADMIN_TOKEN, NEW_ITEM, NEW_QUESTION, NEW_TITLE, contentCopy, eventually } from './publish';

const bearer = { authorization: `Bearer ${ADMIN_TOKEN}` };
const GOOD_SUMMARY = 'A free holiday club where children with SEND can play';

/** The good holiday club item, saved again half-written: its summary still the content:new placeholder. */
const halfWritten = () => readFileSync(NEW_ITEM, 'utf8').replace(/^summary: .*$/m, 'summary: "TODO one or two plain sentences: what it is and who it is for"');

/** What `npm run content:check` prints for the folder, run from inside it so paths match the bot's. */
function contentCheck(content: string): { status: number | null; findings: string[] } {
  const r = runCli('content-check.ts', [], { CONTENT_DIR: content }, content);
  return { status: r.status, findings: r.stdout.trim().split('\n').slice(0, -1) };
}

async function healthz(bot: TestBot): Promise<any> {
  return (await fetch(`${bot.url}/healthz`)).json();
}

describe('one verdict: a half-written item is refused by the watcher as content:check refuses it', () => {
  let bot: TestBot;
  let content: string;
  beforeAll(async () => {
    content = contentCopy();
    copyFileSync(NEW_ITEM, join(content, 'holiday-club.md'));
    bot = await startTestBot({ content, env: { WATCH_CONTENT: 'true' } });
  });
  afterAll(async () => bot.close());

  it('keeps answering from the previous version, and reports the same findings as content:check', async () => {
    const good = bot.store.current().version;
    const before = visibleText(await bot.say(NEW_QUESTION));
    expect(before).toContain(NEW_TITLE);
    expect(before).toContain(GOOD_SUMMARY);

    writeFileSync(join(content, 'holiday-club.md'), halfWritten());
    expect(await eventually(() => !bot.store.lastReload().ok, 10_000)).toBe(true);

    const last = bot.store.lastReload();
    const printed = contentCheck(content);
    expect(printed.status).toBe(1);
    expect(printed.findings.join('\n')).toMatch(/^holiday-club\.md:5: summary: still has the placeholder/m);
    expect(findingsOf(last).map(formatFinding)).toEqual(printed.findings);
    if (!last.ok) expect(last.keptVersion).toBe(good);

    // /healthz counts the same problems.
    const health = await healthz(bot);
    expect(health.version).toBe(good);
    expect(health.lastReload).toMatchObject({ ok: false, faults: printed.findings.filter((l) => !/: warning: /.test(l)).length });

    // Parents still get the last good version, never the placeholder.
    const after = visibleText(await bot.say(NEW_QUESTION));
    expect(after).toBe(before);
    expect(after).not.toMatch(/TODO/);
  });
});

describe('one verdict: POST /admin/reload refuses a half-written item with the findings content:check prints', () => {
  let bot: TestBot;
  let content: string;
  beforeAll(async () => {
    content = contentCopy();
    copyFileSync(NEW_ITEM, join(content, 'holiday-club.md'));
    bot = await startTestBot({ content, env: { ADMIN_TOKEN } });
  });
  afterAll(async () => bot.close());

  it('answers 422 with the same lines, and the previous version keeps answering', async () => {
    const good = bot.store.current().version;
    const before = visibleText(await bot.say(NEW_QUESTION));
    expect(before).toContain(GOOD_SUMMARY);

    writeFileSync(join(content, 'holiday-club.md'), halfWritten());
    const res = await fetch(`${bot.url}/admin/reload`, { method: 'POST', headers: bearer });
    expect(res.status).toBe(422);
    const body = await res.json();
    const printed = contentCheck(content);
    expect(printed.status).toBe(1);
    expect(body.problems).toEqual(printed.findings);
    expect(body.problems.join('\n')).toMatch(/^holiday-club\.md:5: summary: still has the placeholder/m);
    expect(body).toMatchObject({ ok: false, keptVersion: good, files: ['holiday-club.md'] });

    expect(bot.store.current().version).toBe(good);
    expect(visibleText(await bot.say(NEW_QUESTION))).toBe(before);
  });
});

describe('content:new never breaks a running bot', () => {
  let bot: TestBot;
  let content: string;
  beforeAll(async () => {
    content = contentCopy();
    bot = await startTestBot({ content, env: { WATCH_CONTENT: 'true', ADMIN_TOKEN } });
  });
  afterAll(async () => bot.close());

  it('writes a draft the bot ignores, and later changes still publish', async () => {
    const good = bot.store.current().version;
    const r = runCli('content-new.ts', ['--kind', 'session', '--id', 'new-drop-in'], { CONTENT_DIR: content });
    expect(r.status).toBe(0);
    expect(existsSync(join(content, 'drafts', 'new-drop-in.md'))).toBe(true);

    // Saving the draft (and editing it) is not a content change for the bot.
    const reload = await fetch(`${bot.url}/admin/reload`, { method: 'POST', headers: bearer });
    expect(reload.status).toBe(200);
    expect(await reload.json()).toMatchObject({ ok: true, changed: false, version: good });

    // A finished item saved meanwhile is published as usual, with the draft still unfinished.
    copyFileSync(NEW_ITEM, join(content, 'holiday-club.md'));
    expect(await eventually(async () => visibleText(await bot.say(NEW_QUESTION)).includes(NEW_TITLE), 10_000, 200)).toBe(true);
    expect(bot.store.lastReload().ok).toBe(true);

    // content:check passes the published content and says the draft is not ready.
    const check = runCli('content-check.ts', [], { CONTENT_DIR: content }, content);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/Draft drafts\/new-drop-in\.md is not ready yet/);
  });
});
