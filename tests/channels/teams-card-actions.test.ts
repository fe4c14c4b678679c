import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, citationOf, startTestBot, visibleText, type TestBot } from '../helpers/bot';

/**
 * Action.Submit with `msteams.type: messageBack` arrives as a message whose `value` is the
 * button's data (Teams keeps the data fields and may leave the msteams block in).
 */
const submit = (data: unknown, fields: Record<string, unknown> = {}) => activity({ text: '', value: data, ...fields }, { channel: 'msteams' });

describe('Adaptive Card actions in Teams', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.close());

  async function press(body: unknown) {
    const res = await bot.post(body);
    expect(res.status).toBe(200);
    const replies = res.body.activities as any[];
    expect(replies.length).toBeGreaterThan(0);
    expect(visibleText(replies)).not.toMatch(/something went wrong/);
    return replies;
  }

  it('shows an item from Action.Submit data {action: show, id}', async () => {
    const replies = await press(submit({ action: 'show', id: 'element-3-top-up-funding', msteams: { type: 'messageBack', displayText: 'E3', text: '' } }));
    const answer = replies.find((r) => citationOf(r));
    expect(answer.attachments[0].content).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(citationOf(answer).citation[0].appearance.name).toBe('Element 3 (E3) top-up funding in Leicester City');
  });

  it('thanks for feedback sent from the card', async () => {
    const replies = await press(submit({ action: 'feedback', id: 'element-3-top-up-funding', helpful: true }));
    expect(visibleText(replies)).toMatch(/Thank you/);
  });

  it('says politely when a well-formed button points at an item that no longer exists', async () => {
    const replies = await press(submit({ action: 'show', id: 'an-item-that-was-removed' }));
    expect(visibleText(replies)).toMatch(/no longer available/);
  });

  it.each([
    ['an unknown action', { action: 'delete', id: 'element-3-top-up-funding' }],
    ['a path as the id', { action: 'show', id: '../../etc/passwd' }],
    ['an id that is an object', { action: 'show', id: { $ne: null } }],
    ['a string', 'show element-3-top-up-funding'],
    ['a number', 42],
    ['an array', [{ action: 'show', id: 'element-3-top-up-funding' }]],
    ['an area that does not exist', { action: 'choose', setting: 'area', value: 'narnia' }],
    ['a very long id', { action: 'show', id: 'a'.repeat(5000) }],
  ])('answers forged data (%s) with a polite reply, never a crash', async (_name, data) => {
    const replies = await press(submit(data));
    expect(visibleText(replies)).toMatch(/couldn't use that button/);
    expect(replies.some((r) => citationOf(r))).toBe(false);
  });

  it('handles a button pressed in a channel, where the message has a mention entity but no text', async () => {
    const replies = await press(
      submit(
        { action: 'show', id: 'element-3-top-up-funding' },
        {
          text: undefined,
          recipient: { id: '28:bot', name: 'SEND Signpost' },
          conversation: { id: '19:general@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true, tenantId: 't' },
          entities: [{ type: 'mention', mentioned: { id: '28:bot', name: 'SEND Signpost' }, text: '<at>SEND Signpost</at>' }],
        },
      ),
    );
    expect(replies.some((r) => citationOf(r))).toBe(true);
  });
});
