import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChromium, runBrowserTests, SCREENSHOTS } from '../helpers/chromium';
import { REAL_CONTENT } from '../helpers/bot';
import { composeAnswer } from '../../bot/conversation/compose';
import { dropInsReply } from '../../bot/conversation/drop-ins';
import { KnowledgeBase } from '../../bot/knowledge/knowledge-base';
import { loadContent } from '../../bot/knowledge/load';
import { renderForTeams } from '../../bot/channels/teams';

/**
 * Teams cards drawn in Chromium by Microsoft's Adaptive Cards renderer (the one Web Chat
 * uses; Teams has its own, from the same schema), at a phone's width, for screenshots and to
 * see that button titles fit and no Markdown heading shows.
 */
const AC_DIST = resolve(__dirname, '../../node_modules/adaptivecards/dist');

describe.skipIf(!runBrowserTests)('Teams cards drawn in Chromium', { timeout: 90_000 }, () => {
  let context: BrowserContext;
  let page: Page;
  const kb = KnowledgeBase.create(loadContent(REAL_CONTENT));
  const now = new Date('2026-11-23T12:00:00Z');
  const ctx = { now, publicUrl: 'https://signpost.example.org', related: [kb.byId.get('senif-drop-in')!] };
  const cardOf = (activity: Partial<Activity>) => activity.attachments![0].content as unknown;

  beforeAll(async () => {
    context = await openChromium([], { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    page = await context.newPage();
    await page.setContent('<!doctype html><html lang="en-GB"><body style="margin:0;padding:12px;background:#f5f5f5;font-family:system-ui,Arial,sans-serif"><div id="card" style="background:#fff;border-radius:8px"></div></body></html>');
    await page.addStyleTag({ path: join(AC_DIST, 'adaptivecards.css') });
    await page.addScriptTag({ path: join(AC_DIST, 'adaptivecards.min.js') });
    // Teams renders a TextBlock's Markdown (bold, lists, links); the plain renderer needs a
    // Markdown processor for that, as Web Chat gives it one.
    await page.addScriptTag({ path: resolve(__dirname, '../../node_modules/marked/lib/marked.umd.js') });
    await page.evaluate(() => {
      const w = window as unknown as { AdaptiveCards: any; marked: { parse(md: string): string } };
      w.AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text: string, result: { outputHtml: string; didProcess: boolean }) => {
        result.outputHtml = w.marked.parse(text);
        result.didProcess = true;
      };
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 90_000);

  afterAll(async () => context?.close());

  /** Draw a card; returns what it shows and whether any button title is cut short. */
  async function draw(card: unknown): Promise<{ text: string; cutTitles: string[] }> {
    return page.evaluate((json) => {
      const AC = (window as unknown as { AdaptiveCards: any }).AdaptiveCards;
      const adaptive = new AC.AdaptiveCard();
      adaptive.onExecuteAction = () => {};
      adaptive.parse(json);
      const host = document.getElementById('card')!;
      host.replaceChildren(adaptive.render());
      const cut = Array.from(host.querySelectorAll<HTMLElement>('.ac-pushButton'))
        .filter((b) => b.scrollWidth > b.clientWidth + 1 || Array.from(b.querySelectorAll<HTMLElement>('*')).some((c) => c.scrollWidth > c.clientWidth + 1))
        .map((b) => b.innerText);
      return { text: host.innerText, cutTitles: cut };
    }, card);
  }

  it.each([
    ['form', 'element-3-top-up-funding'],
    ['session', 'primary-iap-network'],
  ])('draws a %s answer with its facts, whole button titles and no Markdown heading', async (kind, id) => {
    const { text, cutTitles } = await draw(cardOf(renderForTeams(composeAnswer(kb.byId.get(id)!, ctx))));
    expect(text).toContain(kb.byId.get(id)!.title);
    expect(text).not.toMatch(/^#{1,6}\s/m);
    expect(cutTitles).toEqual([]);
    await page.locator('#card').screenshot({ path: join(SCREENSHOTS, `teams-card-${kind}.png`) });
    // "Full details" opens the long part inside the card.
    await page.locator('.ac-pushButton', { hasText: 'Full details' }).click();
    const opened = await page.locator('#card').innerText();
    expect(opened.length).toBeGreaterThan(text.length);
    expect(opened).not.toMatch(/^#{1,6}\s/m);
    await page.locator('#card').screenshot({ path: join(SCREENSHOTS, `teams-card-${kind}-full-details.png`) });
  });

  it('draws the drop-ins reply with whole session titles', async () => {
    const { text, cutTitles } = await draw(cardOf(renderForTeams(dropInsReply(kb, now))));
    expect(text).toMatch(/SENIF monthly drop-in/);
    expect(cutTitles).toEqual([]);
    await page.locator('#card').screenshot({ path: join(SCREENSHOTS, 'teams-card-drop-ins.png') });
  });
});
