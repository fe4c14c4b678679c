import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devices, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, openChromium, runBrowserTests, SCREENSHOTS } from '../helpers/chromium';
import { seriousAxeViolations } from '../helpers/axe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT, REAL_CONTENT, startTestBot, type TestBot } from '../helpers/bot';

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
    await expect.poll(() => suggestedAction(page, 'Full details').isVisible()).toBe(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
    // Let Web Chat's smooth scroll settle, so the picture shows what a person would see.
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(SCREENSHOTS, 'webchat-answer.png') });
  });

  it('runs a tapped suggested action, shown in the chat as the person\'s own message', async () => {
    await suggestedAction(page, 'Full details').click();
    await expect.poll(() => transcript(page).innerText(), { timeout: 20_000 }).toMatch(/full details/);
    await expect.poll(() => page.locator('[class*="--from-user"]', { hasText: 'Full details' }).count()).toBeGreaterThan(0);
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

/**
 * The page on phones, as parents use it: a 390×844 screen with a touch phone's user agent
 * (Android and iPhone emulation, which is where Web Chat's own scroll snap threw and the
 * transcript stood still). Real content, three questions in a row.
 */
const PHONES = [
  ['Pixel 7', devices['Pixel 7']],
  ['iPhone 13', devices['iPhone 13']],
] as const;

describe.skipIf(!runBrowserTests).each(PHONES)('web chat on a phone (%s, 390×844)', { timeout: 90_000 }, (name, device) => {
  let bot: TestBot;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const shot = (file: string) => join(SCREENSHOTS, `${name.replace(/\s+/g, '-').toLowerCase()}-${file}`);

  beforeAll(async () => {
    bot = await startTestBot({ content: REAL_CONTENT, now: () => new Date('2026-11-23T12:00:00Z') });
    context = await openChromium([], { ...device, viewport: { width: 390, height: 844 } });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    await page.goto(`${bot.url}/`);
    await sendBox(page).waitFor({ state: 'visible', timeout: 30_000 });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 90_000);

  afterAll(async () => {
    await context?.close();
    await bot?.close();
  });

  it('has a touch phone\'s user agent and screen', async () => {
    expect(await page.evaluate(() => navigator.userAgent)).toMatch(/Android|iPhone/);
    expect(await page.evaluate(() => [window.innerWidth, window.innerHeight, 'ontouchstart' in window])).toEqual([390, 844, true]);
  });

  it('shows the text box, "Start over", "What can you help with?" and "Talk to a person" on the first screen, without scrolling', async () => {
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    for (const target of [sendBox(page), quick(page, 'What can you help with?'), quick(page, 'Start over'), quick(page, 'Talk to a person')]) {
      const box = await target.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    }
    // The chat, not the page around it, has the screen: no sideways scrolling either.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: shot('first-screen.png') });
  });

  it('brings the start of each new reply into view, for three questions in a row', async () => {
    const questions = ['How do I apply for E3 funding?', 'What is an EHCP?', 'When is the next SENIF drop-in?'];
    for (const [i, question] of questions.entries()) {
      const before = await botReplies(page).count();
      await ask(page, question);
      await expect.poll(() => botReplies(page).count(), { timeout: 20_000 }).toBeGreaterThan(before);
      // Let Web Chat lay the reply out and finish any scrolling of its own.
      await page.waitForTimeout(2000);
      const { top, viewTop, viewBottom } = await newestReplyPosition(page);
      expect(top, `reply ${i + 1} starts above the chat's view`).toBeGreaterThanOrEqual(viewTop - 1);
      expect(top, `reply ${i + 1} starts below the chat's view`).toBeLessThan(viewBottom - 40);
      expect(top).toBeLessThan(844);
      if (i === 0) await page.screenshot({ path: shot('answer.png') });
    }
    expect(await botReplies(page).last().innerText()).toMatch(/SENIF/);
  });

  it('keeps at most three buttons under an answer, the rest behind "More"', async () => {
    const buttons = page.locator('.webchat__suggested-actions').getByRole('button');
    expect(await buttons.count()).toBeLessThanOrEqual(3);
    await suggestedAction(page, 'More').click();
    await expect.poll(() => page.locator('.webchat__suggested-actions').getByRole('button', { name: 'Helpful', exact: true }).isVisible(), { timeout: 20_000 }).toBe(true);
  });

  it('sends "Talk to a person" from the header into the chat, however long the chat is', async () => {
    const before = await botReplies(page).count();
    await quick(page, 'Talk to a person').click();
    await expect.poll(() => botReplies(page).count(), { timeout: 20_000 }).toBeGreaterThan(before);
    expect(await botReplies(page).last().innerText()).toMatch(/SENDIASS/);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it('has no serious or critical accessibility problems (axe)', async () => {
    const { passes, serious } = await seriousAxeViolations(page);
    expect(passes).toBeGreaterThan(10);
    expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
  });

  it('had no page errors at all', () => {
    expect(errors).toEqual([]);
  });
});

const quick = (page: Page, title: string) => page.locator('.quick').getByText(title, { exact: true });
const botReplies = (page: Page) => page.locator('article.webchat__basic-transcript__activity').filter({ hasNot: page.locator('[class*="--from-user"]') });

/** Where the newest reply starts, and where the chat's visible area is, in page pixels. */
async function newestReplyPosition(page: Page): Promise<{ top: number; viewTop: number; viewBottom: number }> {
  return page.evaluate(() => {
    const articles = Array.from(document.querySelectorAll('article.webchat__basic-transcript__activity'));
    const replies = articles.filter((a) => !a.querySelector('[class*="--from-user"]'));
    const newest = replies[replies.length - 1];
    const view = document.querySelector('.webchat__basic-transcript__scrollable')!.getBoundingClientRect();
    return { top: newest.getBoundingClientRect().top, viewTop: view.top, viewBottom: Math.min(view.bottom, window.innerHeight) };
  });
}
