import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardProblems, cardParts } from '../helpers/adaptive-cards';
import { REAL_CONTENT, startTestBot, type TestBot } from '../helpers/bot';
import { composeAnswer, moreReply } from '../../bot/conversation/compose';
import { KnowledgeBase } from '../../bot/knowledge/knowledge-base';
import { loadContent } from '../../bot/knowledge/load';
import { MAX_ACTION_TITLE, MAX_CARD_ACTIONS, renderForTeams, searchResultCard } from '../../bot/channels/teams';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const HEADING = /^\s{0,3}#{1,6}\s/m;

/** Every Adaptive Card in some activities. */
const cardsOf = (activities: any[]) => activities.flatMap((a) => (a.attachments ?? []).filter((x: any) => x.contentType === ADAPTIVE).map((x: any) => x.content));

/** What every card the bot sends must be: valid 1.5, no Markdown headings, buttons that fit. */
function expectGoodCard(card: unknown, where: string) {
  expect(adaptiveCardProblems(card), where).toEqual([]);
  const { texts } = cardParts(card);
  for (const text of texts) expect(text, `${where}: a Markdown heading`).not.toMatch(HEADING);
  const top = ((card as { actions?: { title?: string }[] }).actions ?? []);
  expect(top.length, `${where}: card buttons`).toBeLessThanOrEqual(MAX_CARD_ACTIONS);
  for (const a of top) expect((a.title ?? '').length, `${where}: "${a.title}" is too long to fit`).toBeLessThanOrEqual(MAX_ACTION_TITLE);
}

describe('the Adaptive Cards validator', () => {
  it('finds an unknown element, a value a property does not allow, and a version other than 1.5', () => {
    expect(adaptiveCardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Heading', text: 'x' }] }).join()).toMatch(/UnknownElementType/);
    expect(adaptiveCardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x', weight: 'Heavy' }] }).join()).toMatch(/InvalidPropertyValue/);
    expect(adaptiveCardProblems({ type: 'AdaptiveCard', version: '1.6', body: [] }).join()).toMatch(/not 1\.5/);
    expect(adaptiveCardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'ok', wrap: true }] })).toEqual([]);
  });
});

describe('Teams cards', () => {
  const kb = KnowledgeBase.create(loadContent(REAL_CONTENT));
  const ctx = { now: new Date('2026-11-23T12:00:00Z'), publicUrl: 'https://signpost.example.org', related: kb.items.slice(0, 3) };

  it(`renders every content item (${kb.items.length}) as a valid Adaptive Card 1.5 with no Markdown heading and buttons that fit`, () => {
    for (const item of kb.items) {
      const reply = composeAnswer(item, ctx);
      const activity = renderForTeams(reply);
      const [card] = cardsOf([activity]);
      expectGoodCard(card, item.id);
      expectGoodCard(searchResultCard(reply).content, `${item.id} (search result)`);
      expectGoodCard(cardsOf([renderForTeams(moreReply(reply))])[0], `${item.id} (more)`);
    }
  });

  it('uses a FactSet for a form\'s facts and puts the body behind "Full details"', () => {
    const form = kb.items.find((i) => i.id === 'element-3-top-up-funding')!;
    const card = cardsOf([renderForTeams(composeAnswer(form, ctx))])[0];
    const factSet = card.body.find((e: any) => e.type === 'FactSet');
    expect(factSet.facts.map((f: any) => f.title)).toEqual(expect.arrayContaining(['Who can use it', 'How to submit', 'How long it takes']));
    const details = card.actions.find((a: any) => a.type === 'Action.ShowCard');
    expect(details.title).toBe('Full details');
    expect(JSON.stringify(details.card)).toMatch(/two years/);
    // Every TextBlock wraps, so nothing is cut off on a phone.
    const blocks: any[] = [];
    JSON.stringify(card, (_k, v) => (v && v.type === 'TextBlock' && blocks.push(v), v));
    expect(blocks.every((b) => b.wrap === true)).toBe(true);
  });

  it('keeps the message text to the citation: no title or summary outside the card', () => {
    for (const item of kb.items.slice(0, 40)) {
      const activity = renderForTeams(composeAnswer(item, ctx));
      // What Teams shows: the text above the Markdown reference that ties [1] to the citation.
      const shown = String(activity.text).split(/\n\n\[1\]: /)[0];
      expect(shown).toContain('[1]');
      expect(shown).not.toContain(item.title);
      expect(shown).not.toContain(item.summary.slice(0, 40));
    }
  });
});

describe('cards the running bot sends in Teams', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ content: REAL_CONTENT, now: () => new Date('2026-11-23T12:00:00Z') });
  });
  afterAll(async () => bot?.close());

  it('are all valid Adaptive Cards 1.5 with no Markdown heading, whatever is asked', async () => {
    const said = [
      'hello',
      'help',
      'How do I apply for E3 funding?',
      'When is the next SENIF drop-in?',
      'drop-ins',
      'funding',
      'talk to a person',
      'change area',
      'start over',
      'what is the weather in Paris',
      'Czy mój syn może dostać dodatkową pomoc w szkole?',
      'I think my child is being hurt at home',
      'SENIF',
    ];
    let cards = 0;
    for (const text of said) {
      const replies = await bot.say(text, { channel: 'msteams' });
      for (const card of cardsOf(replies)) {
        expectGoodCard(card, text);
        cards++;
      }
    }
    const pressed = await bot.press({ action: 'more', id: 'element-3-top-up-funding' }, { channel: 'msteams' });
    for (const card of cardsOf(pressed)) expectGoodCard(card, 'more');
    expect(cards).toBeGreaterThan(5);
  });

  it('answers "drop-ins" with sessions that have dates, not a pilot that had none', async () => {
    const replies = await bot.say('drop-ins', { channel: 'msteams' });
    const text = JSON.stringify(replies);
    expect(text).toMatch(/SENIF monthly drop-in/);
    expect(text).not.toMatch(/Social prescriber/i);
  });
});
