import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, startTestBot, type TestBot } from '../helpers/bot';
import { SEARCH_COMMAND_ID, SEARCH_PARAMETER } from '../../bot/conversation/routes/message-extension';

/** A `composeExtension/query` invoke as Teams sends it when a SENDCo types in the search box. */
const searchInvoke = (value: unknown, extra: Record<string, unknown> = {}) =>
  activity({ type: 'invoke', name: 'composeExtension/query', text: undefined, value, ...extra }, { channel: 'msteams' });

const search = (text: unknown) => searchInvoke({ commandId: SEARCH_COMMAND_ID, parameters: [{ name: SEARCH_PARAMETER, value: text }], queryOptions: { skip: 0, count: 25 } });

describe('Teams message extension search', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.close());

  /** With expectReplies the adapter returns the buffered invokeResponse activity in the body. */
  async function invoke(body: unknown) {
    const res = await bot.post(body);
    expect(res.status).toBe(200);
    const replies = res.body.activities as any[];
    expect(replies).toHaveLength(1);
    expect(replies[0].type).toBe('invokeResponse');
    return replies[0].value as { status: number; body: any };
  }

  it('returns result cards for "E3" from the same index, each with a preview', async () => {
    const response = await invoke(search('E3'));
    expect(response.status).toBe(200);
    const result = response.body.composeExtension;
    expect(result).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    expect(result.attachments.length).toBeGreaterThan(0);
    const [first] = result.attachments;
    expect(first.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(first.content).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(JSON.stringify(first.content)).toContain('Element 3 (E3) top-up funding');
    expect(first.preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    expect(first.preview.content.title).toContain('Element 3');
    expect(first.preview.content.text).toMatch(/top-up/);
  });

  it('inserts a card with links only: no buttons that post back to the bot', async () => {
    const response = await invoke(search('E3'));
    const card = response.body.composeExtension.attachments[0].content;
    const json = JSON.stringify(card);
    expect(json).not.toContain('Action.Submit');
    expect(card.actions.map((a: any) => a.title)).toContain('Full details');
    expect(card.actions.every((a: any) => a.type === 'Action.OpenUrl')).toBe(true);
    expect(json).toMatch(/From .*Last checked/);
  });

  it('answers the way Teams calls it (no expectReplies): the invoke response is the HTTP body', async () => {
    const res = await bot.post({ ...search('SENIF drop-in'), deliveryMode: undefined });
    expect(res.status).toBe(200);
    expect(res.body.composeExtension.type).toBe('result');
    expect(JSON.stringify(res.body.composeExtension.attachments[0].content)).toContain('SENIF');
  });

  it('returns no results for something the bot would decline', async () => {
    const response = await invoke(search('bin collections in Loughborough'));
    expect(response.status).toBe(200);
    expect(response.body.composeExtension).toEqual({ type: 'result', attachmentLayout: 'list', attachments: [] });
  });

  it.each([
    ['empty text', ''],
    ['only spaces', '    '],
    ['a missing value', undefined],
    ['initialRun (a boolean)', true],
    ['control characters', 'E3\u0000\u0007\u001b[31m'],
    ['20,000 characters', 'E3 funding '.repeat(1800)],
  ])('does not crash on %s', async (_name, text) => {
    const response = await invoke(search(text));
    expect(response.status).toBe(200);
    expect(['result', 'message']).toContain(response.body.composeExtension.type);
  });

  it('asks for search words when the box is empty', async () => {
    const response = await invoke(search(''));
    expect(response.body.composeExtension.type).toBe('message');
    expect(response.body.composeExtension.text).toMatch(/Type a few words/);
  });

  it.each([
    ['another command id', { commandId: 'deleteEverything', parameters: [{ name: 'query', value: 'E3' }] }],
    ['parameters that are not a list', { commandId: SEARCH_COMMAND_ID, parameters: { name: 'query', value: 'E3' } }],
    ['a null parameter', { commandId: SEARCH_COMMAND_ID, parameters: [null] }],
    ['a string value', 'E3'],
  ])('refuses %s with a 400, never a 5xx', async (_name, value) => {
    const response = await invoke(searchInvoke(value));
    expect(response.status).toBe(400);
  });
});
