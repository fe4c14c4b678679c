import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, citationOf, startTestBot, visibleText, type TestBot } from '../helpers/bot';

const BOT = { id: '28:bot', name: 'SEND Signpost' };
const mentionOfBot = { type: 'mention', mentioned: BOT, text: '<at>SEND Signpost</at>' };

/** A message in a Teams team channel, shaped as Teams sends it (thread id, team and channel data). */
const channelMessage = (fields: Record<string, unknown>) =>
  activity(
    {
      recipient: BOT,
      conversation: { id: '19:general@thread.tacv2;messageid=1700000000000', conversationType: 'channel', isGroup: true, tenantId: 't' },
      channelData: { tenant: { id: 't' }, team: { id: '19:team@thread.tacv2' }, channel: { id: '19:general@thread.tacv2' } },
      ...fields,
    },
    { channel: 'msteams' },
  );

/** The answer among the replies (a first contact may also bring a welcome). */
const answerOf = (replies: any[]) => replies.find((r) => citationOf(r));

describe('the bot in Teams chats', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.close());

  async function send(body: unknown) {
    const res = await bot.post(body);
    expect(res.status).toBe(200);
    return res.body.activities as any[];
  }

  it('answers a question in a personal chat with an Adaptive Card 1.5 and the citation entity', async () => {
    const replies = await bot.say('How do I apply for E3 funding?', { channel: 'msteams' });
    const answer = answerOf(replies);
    expect(answer).toBeDefined();
    expect(answer.textFormat).toBe('markdown');
    expect(answer.text).toContain('[1]');
    const [card] = answer.attachments;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(JSON.stringify(card.content)).toContain('Element 3 (E3) top-up funding in Leicester City');
    const citation = citationOf(answer).citation[0];
    expect(citation).toMatchObject({ '@type': 'Claim', position: 1, appearance: { '@type': 'DigitalDocument', name: 'Element 3 (E3) top-up funding in Leicester City' } });
    expect(citation.appearance.url).toMatch(/\/items\/element-3-top-up-funding$/);
  });

  it('puts only Submit, OpenUrl and ShowCard ("Full details") buttons on its cards, with data the bot can validate', async () => {
    const replies = await bot.say('How do I apply for E3 funding?', { channel: 'msteams' });
    const card = answerOf(replies).attachments[0].content;
    const actions: any[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (typeof o.type === 'string' && o.type.startsWith('Action.')) actions.push(o);
        Object.values(o).forEach(collect);
      }
    };
    collect(card);
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) expect(['Action.Submit', 'Action.OpenUrl', 'Action.ShowCard']).toContain(a.type);
    expect(card.actions.map((a: any) => a.title)).toEqual(['Full details', 'Helpful', 'Not helpful']);
    const feedback = actions.find((a) => a.title === 'Helpful');
    expect(feedback.data).toMatchObject({ action: 'feedback', id: 'element-3-top-up-funding', helpful: true, msteams: { type: 'messageBack' } });
  });

  it('strips the @mention in a channel before searching: "<at>SEND Signpost</at> what is E3"', async () => {
    const replies = await send(channelMessage({ text: '<at>SEND Signpost</at> what is E3', entities: [mentionOfBot] }));
    const answer = answerOf(replies);
    expect(answer).toBeDefined();
    expect(citationOf(answer).citation[0].appearance.name).toBe('Element 3 (E3) top-up funding in Leicester City');
    expect(visibleText(replies)).not.toContain('<at>');
    expect(answer.conversation.id).toBe('19:general@thread.tacv2;messageid=1700000000000');
  });

  it('strips every mention of the bot, not only the first, so a command still works', async () => {
    const replies = await send(channelMessage({ text: '<at>SEND Signpost</at> help <at>SEND Signpost</at>', entities: [mentionOfBot, mentionOfBot] }));
    expect(replies.some((r) => citationOf(r))).toBe(false);
    expect(visibleText(replies)).not.toMatch(/don't have information|something went wrong|<at>/);
  });

  it('leaves mentions of other people in the text', async () => {
    const sam = { type: 'mention', mentioned: { id: '29:sam', name: 'Sam' }, text: '<at>Sam</at>' };
    const replies = await send(channelMessage({ text: '<at>SEND Signpost</at> <at>Sam</at> asked what is E3', entities: [mentionOfBot, sam] }));
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((r) => r.type === 'message')).toBe(true);
  });

  it('treats a bare mention as an empty message, not a search for the bot name', async () => {
    const replies = await send(channelMessage({ text: '<at>SEND Signpost</at>', entities: [mentionOfBot] }));
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.some((r) => citationOf(r))).toBe(false);
    expect(visibleText(replies)).not.toMatch(/something went wrong/);
  });

  it('runs the "help" command picked from the command list in a channel', async () => {
    const replies = await send(channelMessage({ text: '<at>SEND Signpost</at> help', entities: [mentionOfBot] }));
    expect(replies.some((r) => citationOf(r))).toBe(false);
    expect(visibleText(replies)).not.toMatch(/don't have information|something went wrong/);
  });
});
