import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citationOf, REAL_CONTENT, startTestBot, visibleText, type TestBot } from '../helpers/bot';

/** The cited item's title and address, as one string to match. */
const cited = (activity: unknown) => JSON.stringify(citationOf(activity) ?? '');

// Messages as people type them, through the real server and the real content.
describe('understanding what people ask, in their own words', () => {
  let bot: TestBot;
  /** What a Teams answer's card shows, in order (the message text carries only the citation). */
  const shownInCard = (reply: any): string => visibleText([{ attachments: reply.attachments }]);

  beforeAll(async () => {
    bot = await startTestBot({ content: REAL_CONTENT, now: () => new Date('2026-12-01T10:00:00Z') });
  });
  afterAll(async () => bot.close());

  it('reads a follow-up with no topic of its own as about the last answer', async () => {
    const conversation = 'follow-up-1';
    const first = await bot.say('SENIF drop in', { channel: 'msteams', conversation });
    expect(cited(first[0])).toMatch(/SENIF monthly drop-in/);
    const replies = await bot.say('will I have to book a place?', { channel: 'msteams', conversation });
    expect(cited(replies[0])).toMatch(/SENIF monthly drop-in/);
    // The booking fact comes first, before the item's title (in Teams, both are in the card).
    const card = shownInCard(replies[0]);
    expect(card.indexOf('Booking:')).toBeGreaterThanOrEqual(0);
    expect(card.indexOf('Booking:')).toBeLessThan(card.indexOf('SENIF monthly drop-in'));
  });

  it('without an earlier answer, the same follow-up is not answered with a random item', async () => {
    const replies = await bot.say('will I have to book a place?');
    expect(citationOf(replies[0])).toBeUndefined();
  });

  it('leads with the field a question type asks for', async () => {
    const replies = await bot.say('how quickly is an emergency top-up request decided', { channel: 'msteams' });
    const text = shownInCard(replies[0]);
    expect(cited(replies[0])).toMatch(/Emergency top-up/i);
    expect(text.indexOf('How long it takes:')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('How long it takes:')).toBeLessThan(text.indexOf('Emergency top-up funding'));
  });

  it('understands a message with several typos and text-speak', async () => {
    const replies = await bot.say('pls how do i aply for elemnt 3 fundng for my ds in y2');
    expect(cited(replies[0])).toMatch(/Element 3/);
  });

  it('answers the question after a story, and takes the area from a town in it', async () => {
    const conversation = 'story-1';
    const replies = await bot.say(
      "we moved to hinckley in the summer and my daughter started a new primary. her teacher keeps mentioning something called PINS at parents evening, what is it?",
      { conversation },
    );
    expect(cited(replies[0])).toMatch(/PINS/);
    // The town put the person in Leicestershire: "talk to a person" now offers that area's people.
    const handoff = visibleText(await bot.say('talk to a person', { conversation }));
    expect(handoff).not.toMatch(/Change area/);
  });

  it('sets an everyday idiom aside and answers the question it carries, with no safeguarding alarm', async () => {
    const replies = await bot.say('this paperwork is killing me lol, where do we send an E3 application', { channel: 'msteams' });
    expect(replies).toHaveLength(1);
    expect(replies[0].text).not.toMatch(/999/);
    expect(cited(replies[0])).toMatch(/Element 3/);
  });

  it('says it is not sure and offers what it might mean, with a person to ask, instead of a dead end', async () => {
    const replies = await bot.say('portal problems');
    const text = visibleText(replies);
    expect(citationOf(replies[0])).toBeUndefined();
    expect(text).toMatch(/not sure I've understood/);
    expect(text).toMatch(/Professionals Portal/);
    const buttons = (replies[0].suggestedActions?.actions ?? []).map((a: { title: string }) => a.title);
    expect(buttons).toContain('Talk to a person');
    expect(buttons.length).toBeGreaterThanOrEqual(2);
  });

  it('still declines a question about something else, citing nothing', async () => {
    const replies = await bot.say('how much is the winter fuel payment for pensioners');
    expect(citationOf(replies[0])).toBeUndefined();
    expect(visibleText(replies)).toMatch(/don't have information/);
  });

  it('declines a request to write something, which is not a question it can answer', async () => {
    const replies = await bot.say('can you write my sons one page profile for his new school');
    expect(citationOf(replies[0])).toBeUndefined();
  });

  it('asks which one for a one-word topic with several routes, current routes first', async () => {
    const replies = await bot.say('funding', { channel: 'webchat', conversation: 'funding-1' });
    const buttons: string[] = (replies[0].suggestedActions?.actions ?? []).map((a: { title: string }) => a.title);
    expect(buttons.some((b) => /Element 3/.test(b))).toBe(true);
    expect(buttons.some((b) => /Emergency top-up/i.test(b))).toBe(true);
    const closed = buttons.findIndex((b) => /closed/i.test(b));
    if (closed >= 0) expect(closed).toBe(buttons.length - 1);
  });

  it('hands over to a person when asked in everyday words', async () => {
    for (const text of ['can i speak to a real human please', 'is there a number i can ring', 'this is not helping at all']) {
      const replies = await bot.say(text);
      expect(replies[0].text, text).toMatch(/SENDIASS/);
      expect(citationOf(replies[0]), text).toBeUndefined();
    }
  });
});

describe('handing over to a person in the right area', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ content: REAL_CONTENT });
  });
  afterAll(async () => bot.close());

  const areas = [
    { area: 'leicester', says: 'I live in Leicester' },
    { area: 'leicestershire', says: 'we live in Loughborough' },
    { area: 'rutland', says: 'I live in Oakham' },
  ];

  it.each(areas)('gives $area families their own SENDIASS first, with a way to reach it', async ({ area, says }) => {
    const own = bot.store.current().items.filter((i) => i.tags.includes('handoff') && i.areas.includes(area as never));
    // Staff tag each area's SENDIASS item `handoff` (content/contacts/sendiass-*.md).
    if (area === 'leicester') expect(own.length).toBeGreaterThan(0);
    const conversation = `handoff-${area}`;
    await bot.say(says, { conversation, user: `u-${area}` });
    const replies = await bot.say('can i talk to an actual person', { conversation, user: `u-${area}` });
    const text = visibleText(replies);
    expect(text).toMatch(/SENDIASS/);
    const links: string[] = (replies[0].suggestedActions?.actions ?? []).map((a: { value: string }) => String(a.value));
    expect(links.some((l) => /^(?:https?:|tel:|mailto:)/.test(l))).toBe(true);
    for (const item of own) {
      expect(text).toContain(item.title);
      const reach = [item.contact?.url, item.contact?.phone && `tel:${item.contact.phone.replace(/[^0-9+]/g, '')}`, item.contact?.email && `mailto:${item.contact.email}`].filter(Boolean);
      expect(reach.some((r) => links.includes(r as string)), item.id).toBe(true);
    }
    // Their own area's SENDIASS comes before any other area's.
    const others = bot.store.current().items.filter((i) => i.tags.includes('handoff') && !i.areas.includes(area as never) && !i.areas.some((a) => a === 'llr' || a === 'national'));
    for (const other of others) expect(text).not.toContain(other.title);
  });
});

describe('long messages: two questions, asides, and questions about what was just said', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ content: REAL_CONTENT, now: () => new Date('2026-12-01T10:00:00Z') });
  });
  afterAll(async () => bot.close());

  it('answers the question even when a long remark follows it', async () => {
    const replies = await bot.say('is there a parent carer forum in leicestershire? i want to have my say about the terrible waits and the endless paperwork');
    expect(cited(replies[0])).toMatch(/SEND Hub/i);
  });

  it('answers the question it can when a second one is about something else', async () => {
    const replies = await bot.say('what is the SENIF drop in? can anyone give me directions to the car park');
    expect(cited(replies[0])).toMatch(/SENIF/);
  });

  it('reads "so we can…" after a question as the reason, not as more to find', async () => {
    const replies = await bot.say('is there a list of the special schools and units in leicestershire so we can visit a few before we choose one');
    expect(cited(replies[0])).toMatch(/Specialist Provision in Leicestershire|SPIL/);
  });

  it('reads "is that a thing?" as asking about what was just said', async () => {
    const replies = await bot.say('the school mentioned they could ask for emergency top up money for my son, is that a thing?');
    expect(cited(replies[0])).toMatch(/Emergency top-up/i);
  });
  it('answers either half of "… or is it …" when the content has one of them', async () => {
    const replies = await bot.say('we live in oadby and my daughter has severe learning disabilities, does the county have its own social work team for disabled children or is it the ordinary referral line');
    expect(cited(replies[0])).toMatch(/disabled children/i);
  });

  it('reads a remark after a comma as story, not as more the answer must contain', async () => {
    const replies = await bot.say('which four criteria does emergency top up funding use, i think behaviour is one but our bursar has asked for the full list', { channel: 'msteams' });
    expect(cited(replies[0])).toMatch(/Emergency top-up/i);
  });
  it('answers "is that like being excluded?" about the room the parent just described', async () => {
    const replies = await bot.say('my daughters school keeps sending her to a room they call the rainbow room for a few lessons a day. is that like being excluded??');
    expect(cited(replies[0])).toMatch(/internal alternative provision|IAP/i);
  });

  it('lets the story say what a question with no topic of its own is about', async () => {
    const replies = await bot.say('we have decided to teach our daughter at home from september and she has an EHC plan. will the council still help us at all?');
    expect(cited(replies[0])).toMatch(/home-educated/i);
  });

  it('takes a name put in quotes in the story as what the question asks about', async () => {
    const replies = await bot.say("his primary school puts him in the 'busy room' after lunch most days. should i be worried about it?");
    expect(cited(replies[0])).toMatch(/internal alternative provision|IAP/i);
  });

  it('reads a follow-up asked of "it", naming only the child\'s stage, as about the last answer', async () => {
    const conversation = 'follow-up-it';
    await bot.say('what is ELSEC', { conversation });
    const replies = await bot.say('can a secondary do it', { conversation });
    expect(cited(replies[0])).toMatch(/ELSEC|Early Language Support/);
  });

  it('declines, rather than offers a "did you mean", when the person is moving to another council\'s area', async () => {
    const replies = await bot.say('we are moving to northampton next year, who runs their ehcp team');
    expect(citationOf(replies[0])).toBeUndefined();
    expect(visibleText(replies)).not.toMatch(/Did you mean/);
  });

  it('prefers the item that covers the whole question over one that shares more words with part of it', async () => {
    const replies = await bot.say('my daughter has an ehcp and we have to pick a school. is there a list of the specialist places in leicestershire?');
    expect(cited(replies[0])).toMatch(/Specialist Provision in Leicestershire|SPIL/);
  });

  it('does not let every word of the story count against a question that leans on it', async () => {
    const replies = await bot.say('the school said they might ask for a SEIP placement for my son in year 9 because he is struggling. how long would he go there for?');
    expect(cited(replies[0])).toMatch(/SEIP|Secondary Education and Inclusion Partnership/);
  });

  it('lets the story name the topic when the question only has words most of the content uses', async () => {
    const replies = await bot.say('our school was awarded E3 for a pupil in the spring. what happens at the end of the funding?', { channel: 'msteams' });
    expect(cited(replies[0])).toMatch(/Element 3/);
  });

  it('takes a name written in capitals in the story as what "it" in the question is', async () => {
    const replies = await bot.say('We are a small pre-school and our deputy heard about Early Talk Boost at a cluster meeting. Who makes it and is it only for children with a specialist referral?', { channel: 'msteams' });
    expect(cited(replies[0])).toMatch(/Early Talk Boost/);
  });

  it('reads two everyday words that name an item ("local offer") as the topic, not as a question leaning on the story', async () => {
    const replies = await bot.say('my health visitor mentioned autism groups and said to look on the local offer. what is the local offer and who is it for?');
    expect(cited(replies[0])).toMatch(/Local Offer/i);
  });

  it('gives the SENDIASS of the area the person names, not the general description, when they want someone to talk it through', async () => {
    const replies = await bot.say('foster carer in Leicester - the child I look after has SEND, who can give me impartial advice and talk it through with me?');
    expect(cited(replies[0])).toMatch(/SENDIASS Leicester/);
  });

  it('reads a message that goes on from the last one ("and what happens when …") with it', async () => {
    const conversation = 'goes-on-1';
    await bot.say('what are the criteria for emergency top-up funding', { channel: 'msteams', conversation });
    const replies = await bot.say('and what comes after the 13 weeks run out', { channel: 'msteams', conversation });
    expect(cited(replies[0])).toMatch(/Emergency top-up/i);
  });
});
