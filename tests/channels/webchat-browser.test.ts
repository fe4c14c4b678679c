import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, openChromium, runBrowserTests, SCREENSHOTS } from '../helpers/chromium';
import { seriousAxeViolations } from '../helpers/axe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT, startTestBot, type TestBot } from '../helpers/bot';

/**
 * The parents' web chat in a real browser: Debian's Chromium driven by playwright-core (the
 * browser download of test tools does not work on these machines). Locally the tests skip
 * when /usr/bin/chromium is missing; in CI (.ci/run installs it) a missing browser fails.
 */
if (!runBrowserTests) {
  process.stderr.write(`\n[webchat-browser] SKIPPED: ${CHROMIUM} is not installed. Install it with: apt-get install -y chromium\n\n`);
}

/**
 * A content item with HTML in it, which must reach the page as text. (A javascript: link never
 * gets this far: content with one is refused before it is published.)
 */
const MARKUP_ITEM = `---
id: sensory-room-booking
title: Booking the sensory room at the toy library
kind: service
summary: Families can book the toy library sensory room <img src=x onerror="window.__xssContent='summary'"> for free sessions.
audiences: [parent]
areas: [leicester]
source:
  document: Browser test fixture
  section: Markup
reviewed: 2026-11-23
questions:
  - How do I book the sensory room at the toy library?
tags: [sensory room, toy library, booking]
---
Book the **sensory room** by phone. <script>window.__xssContent = 'script'</script>
<b onmouseover="window.__xssContent='handler'">Bring socks.</b> <iframe src="https://evil.example/"></iframe>
`;

describe.skipIf(!runBrowserTests)(`web chat in Chromium (${CHROMIUM})`, { timeout: 90_000 }, () => {
  let bot: TestBot;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    const content = mkdtempSync(join(tmpdir(), 'signpost-content-'));
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    writeFileSync(join(content, 'sensory-room-booking.md'), MARKUP_ITEM);
    bot = await startTestBot({ content });
    context = await openChromium(requests);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${bot.url}/`);
    await sendBox(page).waitFor({ state: 'visible', timeout: 30_000 });
  }, 90_000);

  afterAll(async () => {
    await context?.close();
    await bot?.close();
  });

  it('answers a typed question, with its citation and suggested actions', async () => {
    await ask(page, 'How long does an E3 application take to reach panel?');
    await expect.poll(() => transcript(page).innerText(), { timeout: 20_000 }).toMatch(/about 2 weeks/);
    const text = await transcript(page).innerText();
    expect(text).toContain('How long does an E3 application take to reach panel?');
    // The citation: Web Chat lists the reference under the answer, linked to the item page.
    await expect.poll(() => page.locator('a[href$="/items/element-3-top-up-funding"]').count()).toBeGreaterThan(0);
    expect(text).toMatch(/1 reference/i);
    await expect.poll(() => suggestedAction(page, 'Helpful').isVisible()).toBe(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
    // Let Web Chat's smooth scroll settle, so the picture shows what a person would see.
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(SCREENSHOTS, 'webchat-answer.png') });
  });

  it('runs a tapped suggested action and shows its answer', async () => {
    await suggestedAction(page, 'Helpful').click();
    await expect.poll(() => transcript(page).innerText(), { timeout: 20_000 }).toMatch(/Thank you, that helps us\./);
  });

  it('shows HTML typed by a person as text, never as markup', async () => {
    await ask(page, `<img src=x onerror="window.__xss='typed'"> <b>bold?</b>`);
    await expect.poll(() => transcript(page).innerText(), { timeout: 20_000 }).toContain('<img src=x onerror=');
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(await transcript(page).locator('img[src="x"], img[onerror], b:text("bold?")').count()).toBe(0);
  });

  it('shows HTML and script links from content as text, never as markup', async () => {
    await ask(page, 'How do I book the sensory room at the toy library?');
    await expect.poll(() => transcript(page).innerText(), { timeout: 20_000 }).toMatch(/Bring socks/);
    const text = await transcript(page).innerText();
    expect(text).toContain('<img src=x');
    expect(text).toContain('<script>');
    const injected = transcript(page).locator('img[src="x"], img[onerror], script, iframe, [onmouseover], a[href^="javascript:"]');
    expect(await injected.count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xssContent?: string }).__xssContent)).toBeUndefined();
  });

  it('renders an Adaptive Card and sends its Action.Submit data to the bot', async () => {
    // The bot sends cards to Teams, not to the web chat, so one is added to the next poll
    // to prove the bundle renders cards under the page's CSP.
    let injected = false;
    await page.route('**/v3/directline/conversations/*/activities?watermark=*', async (route) => {
      if (injected) return route.continue();
      const real = await route.fetch();
      const body = (await real.json()) as { activities: unknown[]; watermark: string };
      injected = true;
      body.activities.push({
        type: 'message',
        id: 'card-test',
        timestamp: new Date().toISOString(),
        from: { id: 'send-signpost', name: 'SEND Signpost', role: 'bot' },
        attachments: [
          {
            contentType: 'application/vnd.microsoft.card.adaptive',
            content: {
              type: 'AdaptiveCard',
              version: '1.5',
              body: [{ type: 'TextBlock', text: 'Card heading from the test', wrap: true, weight: 'Bolder' }],
              actions: [{ type: 'Action.Submit', title: 'Show the portal', data: { action: 'show', id: 'professionals-portal' } }],
            },
          },
        ],
      });
      await route.fulfill({ response: real, json: body });
    });
    await expect.poll(() => transcript(page).innerText(), { timeout: 20_000 }).toContain('Card heading from the test');
    await page.unroute('**/v3/directline/conversations/*/activities?watermark=*');
    await transcript(page).locator('.ac-pushButton', { hasText: 'Show the portal' }).click();
    await expect.poll(() => transcript(page).innerText(), { timeout: 20_000 }).toMatch(/Professionals Portal/);
  });

  it('has no serious or critical accessibility problems (axe)', async () => {
    const { passes, serious } = await seriousAxeViolations(page);
    expect(passes).toBeGreaterThan(10);
    expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
  });

  it('fits a phone screen', async () => {
    // A new page, because the page picks its button layout for the screen it opens on.
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${bot.url}/`);
    await sendBox(phone).waitFor({ state: 'visible', timeout: 30_000 });
    await ask(phone, 'How long does an E3 application take to reach panel?');
    await expect.poll(() => transcript(phone).innerText(), { timeout: 20_000 }).toMatch(/about 2 weeks/);
    await phone.waitForTimeout(1500);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const helpful = await suggestedAction(phone, 'Helpful').boundingBox();
    expect(helpful?.width ?? 0).toBeGreaterThan(300);
    await phone.screenshot({ path: join(SCREENSHOTS, 'webchat-phone.png'), fullPage: true });
    expect(await phone.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    await phone.close();
  });

  it('broke no Content-Security-Policy rule and fetched nothing from any other host', async () => {
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    const origin = new URL(bot.url).origin;
    const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith(`blob:${origin}/`));
    expect(elsewhere).toEqual([]);
    expect(requests.some((url) => url.includes('/v3/directline/conversations/'))).toBe(true);
  });
});

const sendBox = (page: Page) => page.getByPlaceholder('Type your question');
const transcript = (page: Page) => page.locator('.webchat__basic-transcript');
const suggestedAction = (page: Page, title: string) => page.locator('.webchat__suggested-actions').getByRole('button', { name: title, exact: true });

async function ask(page: Page, text: string): Promise<void> {
  await sendBox(page).fill(text);
  await sendBox(page).press('Enter');
}
