import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citationOf, REAL_CONTENT, startTestBot, visibleText, type TestBot } from '../helpers/bot';

/** The cited item's title and address, as one string to match. */
const cited = (activity: unknown) => JSON.stringify(citationOf(activity) ?? '');
const links = (reply: any): string[] => (reply.suggestedActions?.actions ?? []).map((a: { value: string }) => String(a.value));

// Through the real server and the real content: what a short answer shows, and where a decline leads.
let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ content: REAL_CONTENT, now: () => new Date('2026-12-01T10:00:00Z') });
});
afterAll(async () => bot.close());

describe('the short answer carries the fact that was asked for', () => {

  it('asked whom to contact, gives the email and phone of the people the answer names', async () => {
    const replies = await bot.say('who should I contact at the SEND and Inclusion Alliance? I need an email address');
    const text = visibleText(replies);
    // The Alliance's own entry names its Directors; their details are on their own entries.
    expect(cited(replies[0])).toMatch(/SEND &(?:amp;)? Inclusion Alliance/);
    expect(text).toContain('fay.bayliss@nhs.net');
    expect(text).toContain('mark.roberts31@nhs.net');
    expect(links(replies[0])).toContain('mailto:fay.bayliss@nhs.net');
  });

  it('asked whether something works, shows its results rather than only how to sign up', async () => {
    const replies = await bot.say('did the dingleys promise courses help, what did the staff who took them say?');
    expect(cited(replies[0])).toMatch(/Dingley/);
    expect(visibleText(replies)).toMatch(/99%/);
  });

  it('asked how long a wait is, keeps the list that gives the waits with the line that introduces it', async () => {
    const replies = await bot.say('what is the average wait on the targeted ELSEC pathway');
    expect(visibleText(replies)).toMatch(/60 days/);
  });
});

describe('an honest "I don\'t know" still leads to a person', () => {

  it('a decline gives a working link to SENDIASS and to the council finder, citing nothing', async () => {
    const conversation = 'decline-city';
    await bot.say('I live in Leicester', { conversation, user: 'u-decline-city' });
    const replies = await bot.say('when are the bin collections', { conversation, user: 'u-decline-city' });
    expect(citationOf(replies[0])).toBeUndefined();
    const sendiass = bot.store.current().items.find((i) => i.tags.includes('SENDIASS') && i.tags.includes('handoff') && i.areas.includes('leicester'))!;
    expect(visibleText(replies)).toContain(sendiass.title);
    expect(links(replies[0])).toContain(sendiass.contact!.url);
    expect(links(replies[0])).toContain('https://www.gov.uk/find-local-council');
  });

  it("does not send a family in another area to Leicester's SENDIASS", async () => {
    const conversation = 'decline-rutland';
    await bot.say('I live in Oakham', { conversation, user: 'u-decline-rutland' });
    const replies = await bot.say('when are the bin collections', { conversation, user: 'u-decline-rutland' });
    expect(visibleText(replies)).not.toMatch(/SENDIASS Leicester/);
    expect(links(replies[0])).toContain('https://www.gov.uk/find-local-council');
  });

  it('reads a request for a person typed in chat shorthand', async () => {
    const replies = await bot.say('cn i spk 2 sum1 pls');
    expect(visibleText(replies)).toMatch(/SENDIASS/);
    expect(citationOf(replies[0])).toBeUndefined();
  });
});
