import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { citationOf, FIXTURE_CONTENT, startTestBot, visibleText, type TestBot } from '../helpers/bot';

// Conversation flows through the real server, with "today" pinned.
describe('conversation flows (today is 23 November 2026)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ now: () => new Date('2026-11-23T10:00:00Z') });
  });
  afterAll(async () => bot.close());

  it('puts safeguarding help first, then answers the question in the same message', async () => {
    const replies = await bot.say('my daughter keeps saying she wants to hurt herself, how do I apply for E3 funding?');
    expect(replies.length).toBe(2);
    expect(replies[0].text).toContain('999');
    expect(replies[0].text).toContain('116 123');
    expect(citationOf(replies[0])).toBeUndefined();
    expect(citationOf(replies[1])).toBeDefined();
    expect(replies[1].text).toMatch(/Element 3/);
  });

  it('gives safeguarding help alone when there is no question, with no "I don\'t know"', async () => {
    const replies = await bot.say("I'm worried a child is being hurt at home");
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toMatch(/NSPCC/);
  });

  it('tells a SENDCo in Teams to follow the safeguarding procedure', async () => {
    const replies = await bot.say('a pupil told me her dad hits her', { channel: 'msteams' });
    expect(replies[0].text).toMatch(/Designated Safeguarding Lead/);
  });

  it('says plainly when every published date has passed and how to find new ones', async () => {
    const replies = await bot.say('When is the next SENIF drop-in?');
    const text = visibleText(replies);
    expect(text).toMatch(/All the published dates have passed/);
    expect(text).toMatch(/qualityinclusion@leicester\.gov\.uk/);
    expect(text).not.toMatch(/Next date/);
    expect(text).not.toMatch(/Add to calendar/);
  });

  it('routes "I want to apply" to the form with eligibility, how to submit and a contact button', async () => {
    const replies = await bot.say('I want to apply for E3 top up funding', { channel: 'msteams' });
    const text = visibleText(replies);
    expect(text).toMatch(/Who is eligible/);
    expect(text).toMatch(/How to submit/);
    expect(JSON.stringify(replies[0].attachments)).toContain('mailto:qualityinclusion@leicester.gov.uk');
  });

  it('hands over to people with SENDIASS and a link', async () => {
    const replies = await bot.say('Can I talk to a real person?');
    expect(replies[0].text).toMatch(/SENDIASS/);
    expect(replies[0].suggestedActions.actions.some((a: { type: string }) => a.type === 'openUrl')).toBe(true);
    expect(citationOf(replies[0])).toBeUndefined();
  });

  it.each(['hello', 'thanks', 'bye', 'help'])('replies to "%s" without searching or citing', async (text) => {
    const replies = await bot.say(text);
    expect(replies).toHaveLength(1);
    expect(citationOf(replies[0])).toBeUndefined();
  });

  it('welcomes a new person with the privacy line and area choices', async () => {
    const res = await bot.post({
      type: 'conversationUpdate',
      channelId: 'webchat',
      serviceUrl: 'http://127.0.0.1:9/',
      deliveryMode: 'expectReplies',
      from: { id: 'user-1' },
      recipient: { id: 'bot' },
      conversation: { id: 'welcome-1' },
      membersAdded: [{ id: 'bot' }, { id: 'user-1' }],
    });
    expect(res.status).toBe(200);
    const welcome = res.body.activities[0];
    expect(welcome.text).toMatch(/do not share names or personal details/);
    expect(welcome.suggestedActions.actions.map((a: { title: string }) => a.title)).toContain('Rutland');
  });

  it('remembers the area across turns and forgets it on "start over"', async () => {
    const conversation = 'area-memory';
    const first = await bot.say('I live in Rutland', { conversation });
    expect(first[0].text).toMatch(/Rutland first/);
    const again = await bot.say('start over', { conversation });
    expect(again[0].text).toMatch(/cleared/);
  });

  it('remembers an area chosen with a button', async () => {
    const conversation = 'area-button';
    const replies = await bot.press({ action: 'choose', setting: 'area', value: 'leicestershire' }, { conversation });
    expect(replies[0].text).toMatch(/Leicestershire first/);
  });

  it('shows an item when a related-item button is pressed', async () => {
    const replies = await bot.press({ action: 'show', id: 'element-3-top-up-funding', from: 'related' });
    expect(citationOf(replies[0])).toBeDefined();
  });

  it('thanks people for feedback and offers a person when it was not helpful', async () => {
    const replies = await bot.press({ action: 'feedback', id: 'element-3-top-up-funding', helpful: false });
    expect(visibleText(replies)).toMatch(/Talk to a person/);
  });

  it.each([
    ['an unknown action', { action: 'delete', id: 'x' }],
    ['an id with path characters', { action: 'show', id: '../../etc/passwd' }],
    ['a helpful flag that is a string', { action: 'feedback', id: 'sendiass', helpful: 'yes' }],
    ['an area that does not exist', { action: 'choose', setting: 'area', value: 'narnia' }],
    ['a huge value', { action: 'show', id: 'a'.repeat(5000) }],
    ['a number', 42],
    ['a list', [1, 2, 3]],
  ])('answers forged card data (%s) politely', async (_name, value) => {
    const replies = await bot.press(value);
    expect(replies[0].text).toMatch(/couldn't use that button/);
  });

  it('says an item is gone when a button names one that no longer exists', async () => {
    const replies = await bot.press({ action: 'show', id: 'no-such-item' });
    expect(replies[0].text).toMatch(/no longer available/);
  });
});

describe('conversation flows (today is 1 March 2025)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ now: () => new Date('2025-03-01T10:00:00Z') });
  });
  afterAll(async () => bot.close());

  it('lists the upcoming dates soonest first with an "Add to calendar" file', async () => {
    const replies = await bot.say('When is the next SENIF drop-in?');
    const text = visibleText(replies);
    expect(text).toMatch(/Next dates/);
    expect(text.indexOf('26 March 2025')).toBeGreaterThan(-1);
    expect(text.indexOf('26 March 2025')).toBeLessThan(text.indexOf('30 April 2025'));
    expect(text).not.toMatch(/26 February 2025, 10:00/);
    const calendar = replies[0].suggestedActions.actions.find((a: { title: string }) => a.title === 'Add to calendar');
    const res = await fetch(calendar.value.replace(/^http:\/\/localhost:\d+/, bot.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('DTSTART:20250326T100000Z');
    expect(ics).not.toContain('20250226');
  });
});

/** The same kind of service written for two areas: only the remembered area can tell them apart. */
const forum = (area: 'leicester' | 'rutland', name: string) => `---
id: parent-forum-${area}
title: The parent carer forum for families in ${name}
kind: service
summary: A group of local parents and carers who help shape SEND services in ${name}.
audiences: [parent]
areas: [${area}]
source: { document: Test fixture, section: Forums }
reviewed: 2026-11-23
questions:
  - Is there a parent carer forum near me?
---
Parents and carers in ${name} meet to share their views.
`;

describe('area memory across turns', () => {
  let bot: TestBot;
  beforeAll(async () => {
    const content = mkdtempSync(join(tmpdir(), 'signpost-areas-'));
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    writeFileSync(join(content, 'forum-leicester.md'), forum('leicester', 'Leicester City'));
    writeFileSync(join(content, 'forum-rutland.md'), forum('rutland', 'Rutland'));
    bot = await startTestBot({ content });
  });
  afterAll(async () => bot.close());

  const answerFor = async (conversation: string) =>
    citationOf((await bot.say('Is there a parent carer forum near me?', { conversation }))[0]).citation[0].appearance.name;

  it('answers with the item for the area someone said they live in, in a later turn', async () => {
    await bot.say('I live in Rutland', { conversation: 'in-rutland' });
    expect(await answerFor('in-rutland')).toMatch(/Rutland/);
    await bot.say('I live in Leicester', { conversation: 'in-leicester' });
    expect(await answerFor('in-leicester')).toMatch(/Leicester City/);
  });

  it('uses an area picked with a button, and a new choice replaces it', async () => {
    await bot.press({ action: 'choose', setting: 'area', value: 'rutland' }, { conversation: 'button' });
    expect(await answerFor('button')).toMatch(/Rutland/);
    await bot.press({ action: 'choose', setting: 'area', value: 'leicester' }, { conversation: 'button' });
    expect(await answerFor('button')).toMatch(/Leicester City/);
  });

  it('applies "I live in Rutland, …" to the question in the same message', async () => {
    const replies = await bot.say('I live in Rutland, is there a parent carer forum near me?');
    expect(citationOf(replies[0]).citation[0].appearance.name).toMatch(/Rutland/);
  });
});
