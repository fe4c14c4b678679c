import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { openChromium, runBrowserTests, SCREENSHOTS } from '../helpers/chromium';
import { seriousAxeViolations } from '../helpers/axe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot';
import { ADMIN_TOKEN } from './publish';

/**
 * The staff page in a real browser (Debian's Chromium, as for the web chat): signing in with
 * the form, trying a question, the CSP holding, and axe finding no serious accessibility
 * problem. Skips locally when /usr/bin/chromium is missing; fails in CI.
 */
describe.skipIf(!runBrowserTests)('the staff page in Chromium', { timeout: 90_000 }, () => {
  let bot: TestBot;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    bot = await startTestBot({ env: { ADMIN_TOKEN } });
    context = await openChromium(requests);
    page = context.pages()[0] ?? (await context.newPage());
  }, 90_000);

  afterAll(async () => {
    await context?.close();
    await bot?.close();
  });

  it('signs in with the form and keeps the token out of the cookie', async () => {
    await page.goto(`${bot.url}/admin`);
    await page.getByLabel('Admin token').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'SEND Signpost: staff tools' }).waitFor();
    const cookies = await context.cookies();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ name: 'signpost_admin', httpOnly: true, sameSite: 'Strict', path: '/admin' });
    expect(cookies[0].value).not.toContain(ADMIN_TOKEN);
  });

  it('shows what the bot would answer for a typed question, with the ranked items', async () => {
    await page.getByRole('textbox', { name: 'Question' }).fill('How long does an E3 application take to reach panel?');
    await page.getByLabel('Asked by').selectOption('professional');
    await page.getByRole('button', { name: 'Try it' }).click();
    await page.getByRole('heading', { name: 'What the bot would do' }).waitFor();
    expect(await page.locator('.reply').innerText()).toMatch(/about 2 weeks/);
    const firstRow = page.locator('table tbody tr').first();
    expect(await firstRow.innerText()).toMatch(/Element 3 \(E3\) top-up funding/);
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-try.png'), fullPage: true });
  });

  it('reloads from the button', async () => {
    await page.getByRole('button', { name: 'Reload the content now' }).click();
    expect(await page.locator('.ok').first().innerText()).toMatch(/Reload: worked/);
  });

  it('has no serious or critical accessibility problems (axe)', async () => {
    const { passes, serious } = await seriousAxeViolations(page);
    expect(passes).toBeGreaterThan(10);
    expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
  });

  it('broke no Content-Security-Policy rule and fetched nothing from any other host', async () => {
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    const origin = new URL(bot.url).origin;
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Admin token').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/staff sign in/);
  });
});
