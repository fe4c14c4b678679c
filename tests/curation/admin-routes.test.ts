import { copyFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, visibleText, type TestBot } from '../helpers/bot';
import { ADMIN_TOKEN, BROKEN_ITEM, NEW_ITEM, NEW_QUESTION, NEW_TITLE, contentCopy } from './publish';

const bearer = { authorization: `Bearer ${ADMIN_TOKEN}` };
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = 'application/x-www-form-urlencoded';

describe('admin routes with no ADMIN_TOKEN', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.close());

  it.each([
    ['GET', '/admin'],
    ['POST', '/admin/reload'],
    ['POST', '/admin/login'],
    ['POST', '/admin/try'],
  ])('%s %s is not there (404), even with a token', async (method, path) => {
    const res = await fetch(`${bot.url}${path}`, { method, headers: { authorization: 'Bearer anything-at-all-here' } });
    expect(res.status).toBe(404);
  });
});

describe('admin routes', () => {
  let bot: TestBot;
  let content: string;
  beforeAll(async () => {
    content = contentCopy();
    bot = await startTestBot({ content, env: { ADMIN_TOKEN } });
  });
  afterAll(async () => bot.close());

  const reload = (headers: Record<string, string> = bearer) => fetch(`${bot.url}/admin/reload`, { method: 'POST', headers });

  describe('who may use them', () => {
    it('refuses a request with no token (401) and one with a wrong token (403)', async () => {
      expect((await reload({})).status).toBe(401);
      expect((await reload({ authorization: 'Basic dXNlcjpwYXNz' })).status).toBe(401);
      expect((await reload({ authorization: `Bearer ${ADMIN_TOKEN}x` })).status).toBe(403);
      expect((await reload({ authorization: 'Bearer short' })).status).toBe(403);
      expect((await fetch(`${bot.url}/admin`, { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(403);
      expect(await (await reload({})).json()).toEqual({ error: 'unauthorized' });
    });

    it('shows a browser with no session the sign-in form', async () => {
      const res = await fetch(`${bot.url}/admin`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(401);
      const html = await res.text();
      expect(html).toMatch(/<form method="post" action="\/admin\/login">/);
      expect(html).toMatch(/<label for="token">Admin token<\/label>\s*<input type="password" id="token" name="token"/);
    });

    it('signs a browser in with a session cookie that is not the token: HttpOnly, SameSite=Strict, only under /admin', async () => {
      const res = await fetch(`${bot.url}/admin/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': FORM }, body: form({ token: ADMIN_TOKEN }) });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/admin');
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^signpost_admin=[A-Za-z0-9_-]{43}; /);
      expect(cookie.split('; ').slice(1).sort()).toEqual(['HttpOnly', `Max-Age=${8 * 3600}`, 'Path=/admin', 'SameSite=Strict']);
      expect(cookie).not.toContain(ADMIN_TOKEN);
      expect(cookie).not.toMatch(/Secure/);
    });

    it('marks the cookie Secure when the page is served over https (behind a proxy)', async () => {
      const res = await fetch(`${bot.url}/admin/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': FORM, 'x-forwarded-proto': 'https' },
        body: form({ token: ADMIN_TOKEN }),
      });
      expect(res.headers.get('set-cookie')).toMatch(/; Secure(;|$)/);
    });

    it('refuses a wrong token at sign-in, and makes no session', async () => {
      const res = await fetch(`${bot.url}/admin/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': FORM }, body: form({ token: 'nope-nope-nope-nope' }) });
      expect(res.status).toBe(403);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(await res.text()).toMatch(/That token is not right/);
    });

    it('lets a signed-in browser use the page, requires the form value on posts, and signs out', async () => {
      const login = await fetch(`${bot.url}/admin/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': FORM }, body: form({ token: ADMIN_TOKEN }) });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
      const page = await fetch(`${bot.url}/admin`, { headers: { cookie, accept: 'text/html' } });
      expect(page.status).toBe(200);
      const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1];
      expect(csrf).toBeTruthy();

      const post = (path: string, fields: Record<string, string>) =>
        fetch(`${bot.url}${path}`, { method: 'POST', redirect: 'manual', headers: { cookie, accept: 'text/html', 'content-type': FORM }, body: form(fields) });
      expect((await post('/admin/try', { question: 'What is SENDIASS?' })).status).toBe(403);
      expect((await post('/admin/try', { question: 'What is SENDIASS?', csrf: 'forged' })).status).toBe(403);
      const tried = await post('/admin/try', { question: 'What is SENDIASS?', csrf: csrf! });
      expect(tried.status).toBe(200);
      expect(await tried.text()).toMatch(/It would answer with <strong>SENDIASS - free, impartial advice for families<\/strong>/);

      const out = await post('/admin/logout', { csrf: csrf! });
      expect(out.status).toBe(303);
      expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
      expect((await fetch(`${bot.url}/admin`, { headers: { cookie } })).status).toBe(401);
    });
  });

  describe('the try-it page', () => {
    it('is accessible, self-contained and locked down by a strict CSP', async () => {
      const res = await fetch(`${bot.url}/admin`, { headers: { ...bearer, accept: 'text/html' } });
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/form-action 'self'/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|script-src/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const html = await res.text();
      // The one inline stylesheet is exactly the one the CSP allows.
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
      expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
      expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
      expect(html).toMatch(/<h1>/);
      expect(html).not.toMatch(/<script|<link|<img|src=|https?:\/\//);
      // Every form control has a label.
      for (const id of html.matchAll(/<(?:input|textarea|select)[^>]*\bid="([^"]+)"/g)) expect(html).toContain(`<label for="${id[1]}">`);
      expect(html).toContain(bot.store.current().version);
    });

    it('shows what the bot would answer, with the ranked items, their scores, coverage and matched terms', async () => {
      const res = await fetch(`${bot.url}/admin/try`, {
        method: 'POST',
        headers: { ...bearer, accept: 'text/html', 'content-type': FORM },
        body: form({ question: 'How long does an Element 3 application take to get to panel?', audience: 'professional' }),
      });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toMatch(/It would answer with <strong>Element 3 \(E3\) top-up funding in Leicester City<\/strong>/);
      expect(html).toMatch(/On average an application reaches panel in about 2 weeks/);
      expect(html).toMatch(/<th scope="col">Coverage<\/th>/);
      expect(html).toMatch(/<td>1<\/td>\s*<td><a href="\/items\/element-3-top-up-funding">/);
      expect(html).toMatch(/<td>\d+%<\/td>/);
      expect(html).toMatch(/<option value="professional" selected>/);
    });

    it('answers scripts with JSON', async () => {
      const res = await fetch(`${bot.url}/admin/try`, { method: 'POST', headers: { ...bearer, 'content-type': 'application/json' }, body: JSON.stringify({ question: 'When are the bin collections?' }) });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.decision).toBe('decline');
      expect(body.reply).toMatch(/don't have information/);
      expect(body.version).toBe(bot.store.current().version);
      const answer = await (
        await fetch(`${bot.url}/admin/try`, { method: 'POST', headers: { ...bearer, 'content-type': 'application/json' }, body: JSON.stringify({ question: 'What does SENDIASS do?' }) })
      ).json();
      expect(answer.hits[0]).toMatchObject({ id: 'sendiass', matched: expect.any(Array), coverage: expect.any(Number), strongCoverage: expect.any(Number), score: expect.any(Number) });
    });

    it('shows what the safeguarding screener heard: the category and the cues that fired', async () => {
      const res = await fetch(`${bot.url}/admin/try`, {
        method: 'POST',
        headers: { ...bearer, accept: 'text/html', 'content-type': FORM },
        body: form({ question: 'my son keeps saying he wants to kill himself, what is E3?' }),
      });
      const html = await res.text();
      expect(html).toMatch(/What the safeguarding screener heard/);
      expect(html).toMatch(/Crisis: <strong>third-party<\/strong>/);
      expect(html).toMatch(/<td>kill-self<\/td><td>suicide<\/td><td>1\.00<\/td><td>kill himself<\/td>/);
      const idiom = await (
        await fetch(`${bot.url}/admin/try`, { method: 'POST', headers: { ...bearer, 'content-type': 'application/json' }, body: JSON.stringify({ question: 'this form is killing me, what is E3?' }) })
      ).json();
      expect(idiom.safeguarding).toEqual({ tier: 'none', cues: [] });
    });

    it('escapes everything it shows', async () => {
      const res = await fetch(`${bot.url}/admin/try`, {
        method: 'POST',
        headers: { ...bearer, accept: 'text/html', 'content-type': FORM },
        body: form({ question: '<script>alert(1)</script><img src=x onerror=alert(1)> "SENIF"' }),
      });
      const html = await res.text();
      expect(html).not.toMatch(/<script|<img/);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &quot;SENIF&quot;');
    });

    it('validates the request', async () => {
      const post = (body: unknown) => fetch(`${bot.url}/admin/try`, { method: 'POST', headers: { ...bearer, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect((await post({})).status).toBe(400);
      expect((await post({ question: '   ' })).status).toBe(400);
      expect((await post({ question: 'x'.repeat(501) })).status).toBe(400);
      expect((await post({ question: 'ok', area: 'narnia' })).status).toBe(400);
      expect((await post({ question: 42 })).status).toBe(400);
    });
  });

  describe('reloading', () => {
    it('publishes good content at once, and the new item is answerable', async () => {
      const before = bot.store.current().version;
      copyFileSync(NEW_ITEM, join(content, 'holiday-club.md'));
      const res = await reload();
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body).toMatchObject({ ok: true, items: 5, changed: true });
      expect(body.version).not.toBe(before);
      expect(visibleText(await bot.say(NEW_QUESTION))).toContain(NEW_TITLE);
      // Nothing changed since: a second reload is a no-op.
      expect(await (await reload()).json()).toMatchObject({ ok: true, changed: false, version: body.version });
    });

    it('refuses broken content with 422 naming the file and faults, and keeps serving the last good version', async () => {
      const good = bot.store.current().version;
      copyFileSync(BROKEN_ITEM, join(content, 'broken-item.md'));
      const res = await reload();
      expect(res.status).toBe(422);
      const body = await res.json();
      expect(body.ok).toBe(false);
      expect(body.keptVersion).toBe(good);
      expect(body.files).toEqual(['broken-item.md']);
      expect(body.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^broken-item\.md:\d+: who_can_use: is missing$/)]));
      expect(bot.store.current().version).toBe(good);
      expect(visibleText(await bot.say(NEW_QUESTION))).toContain(NEW_TITLE);
      const health = await (await fetch(`${bot.url}/healthz`)).json();
      expect(health).toMatchObject({ version: good, items: 5, lastReload: { ok: false, faults: 3 } });

      // The staff page shows the refusal too.
      const page = await (await fetch(`${bot.url}/admin`, { headers: { ...bearer, accept: 'text/html' } })).text();
      expect(page).toMatch(/Last reload: refused/);
      expect(page).toMatch(/broken-item\.md:\d+: who_can_use: is missing/);

      // An empty file is still not an item; the same id twice is refused too.
      writeFileSync(join(content, 'broken-item.md'), '');
      expect((await reload()).status).toBe(422);
      copyFileSync(NEW_ITEM, join(content, 'broken-item.md'));
      expect((await reload()).status).toBe(422);

      // Retired, the content is good again.
      unlinkSync(join(content, 'broken-item.md'));
      expect(await (await reload()).json()).toMatchObject({ ok: true, version: good, changed: false });
    });
  });
});
