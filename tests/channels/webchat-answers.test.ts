import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citationOf, REAL_CONTENT, startTestBot, visibleText, type TestBot } from '../helpers/bot';
import { composeAnswer } from '../../bot/conversation/compose';
import { KnowledgeBase } from '../../bot/knowledge/knowledge-base';
import { loadContent } from '../../bot/knowledge/load';
import { renderForWebChat } from '../../bot/channels/webchat';
import { renderForTeams } from '../../bot/channels/teams';
import { itemPage } from '../../bot/channels/item-page';

/** A file name such as the seed documents' "000_27f6ed67c1a1d3c6.txt", or any other. */
const FILE_NAME = /\b[\w-]+\.(?:txt|pdf|docx?|md)\b/i;

describe('answers as people read them', () => {
  const kb = KnowledgeBase.create(loadContent(REAL_CONTENT));
  const now = new Date('2026-11-23T12:00:00Z');
  const ctx = { now, publicUrl: 'https://signpost.example.org', related: [] };

  it(`never show a file name, in chat, in Teams or on the item page (${kb.items.length} items)`, () => {
    for (const item of kb.items) {
      for (const depth of ['short', 'full'] as const) {
        const reply = composeAnswer(item, { ...ctx, depth });
        expect(visibleText([renderForWebChat(reply)]), `${item.id} ${depth}`).not.toMatch(FILE_NAME);
        expect(visibleText([renderForTeams(reply)]), `${item.id} ${depth} (Teams)`).not.toMatch(FILE_NAME);
      }
      expect(itemPage(item, now).replace(/<[^>]+>/g, ' '), `${item.id} page`).not.toMatch(FILE_NAME);
    }
  });

  it('name the seed documents by title and date', () => {
    const reply = composeAnswer(kb.byId.get('element-3-top-up-funding')!, ctx);
    expect(reply.source).toBe('Leicester City SENDCo Update, Spring Term 1 2025');
    expect(renderForWebChat(reply).text).toMatch(/From Leicester City SENDCo Update, Spring Term 1 2025\. Last checked/);
  });

  it('keep at most three buttons under a short answer, with "Full details" and "More" among them', () => {
    for (const item of kb.items) {
      const actions = renderForWebChat(composeAnswer(item, { ...ctx, related: kb.items.slice(0, 3) })).suggestedActions!.actions;
      expect(actions.length, item.id).toBeLessThanOrEqual(3);
      expect(actions.at(-1)!.title).toBe('More');
    }
  });

  it('lead a parent\'s answer with what to do next, in the item\'s own words', () => {
    const text = renderForWebChat(composeAnswer(kb.byId.get('element-3-top-up-funding')!, ctx)).text!;
    expect(text).toMatch(/\*\*What you can do:\*\* Parents cannot apply directly, but can ask the school whether it has applied\./);
    // Lists and the long body wait behind "Full details".
    expect(text).not.toMatch(/Who is eligible/);
  });

  it('render the item page from the same facts as the chat: a session keeps its place and booking, and links back to the chat', () => {
    const item = kb.byId.get('primary-iap-network')!;
    const page = itemPage(item, now);
    expect(page).toContain('New Parks House, Leicester');
    expect(page).toMatch(/<h2>Booking<\/h2>/);
    expect(page).toMatch(/<h2>Dates<\/h2>/);
    expect(page).toMatch(/<a class="back" href="\.\.\/">/);
  });
});

describe('"Full details" and "More" in the web chat', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ content: REAL_CONTENT, now: () => new Date('2026-11-23T12:00:00Z') });
  });
  afterAll(async () => bot?.close());

  it('"Full details" sends every fact and the body, cited, with feedback buttons', async () => {
    const [full] = await bot.press({ action: 'details', id: 'element-3-top-up-funding' });
    expect(citationOf(full)).toBeDefined();
    expect(full.text).toMatch(/Who is eligible/);
    expect(full.text).toMatch(/two years/);
    expect(full.text).not.toMatch(/^#{1,6}\s/m);
    expect(full.suggestedActions.actions.map((a: any) => a.title)).toEqual(['Helpful', 'Not helpful', 'More']);
  });

  it('"More" offers the other links, related items, feedback and a person', async () => {
    const [more] = await bot.press({ action: 'more', id: 'element-3-top-up-funding' });
    const titles = more.suggestedActions.actions.map((a: any) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['Email QIT', 'Helpful', 'Not helpful', 'Talk to a person']));
    expect(titles.length).toBeGreaterThan(4);
  });

  it('refuses "Full details" for an item that does not exist, politely', async () => {
    const replies = await bot.press({ action: 'details', id: 'no-such-item' });
    expect(visibleText(replies)).toMatch(/no longer available/);
  });
});
