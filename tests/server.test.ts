import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, citationOf, startTestBot, visibleText, type TestBot } from './helpers/bot';

describe('the bot over HTTP', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.close());

  it('reports health with the item count and content version', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.items).toBe(4);
    expect(body.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('answers a question with expectReplies, citing the item', async () => {
    const replies = await bot.say('How long does an Element 3 top-up application take to reach panel?', { channel: 'msteams' });
    expect(replies).toHaveLength(1);
    expect(visibleText(replies)).toMatch(/2 weeks/);
    const citation = citationOf(replies[0]);
    expect(citation).toMatchObject({ '@type': 'Message', '@context': 'https://schema.org', '@id': '' });
    expect(citation.citation[0]).toMatchObject({ '@type': 'Claim', position: 1, appearance: { '@type': 'DigitalDocument' } });
    expect(citation.citation[0].appearance.abstract.length).toBeLessThanOrEqual(160);
    expect(citation.keywords ?? []).not.toContain('AIGeneratedContent');
    expect(replies[0].text).toContain('[1]');
  });

  it('declines an out-of-scope question without a citation and points to SENDIASS', async () => {
    const replies = await bot.say('When are the bin collections in Loughborough?');
    expect(citationOf(replies[0])).toBeUndefined();
    expect(visibleText(replies)).toMatch(/don't have information/);
    expect(visibleText(replies)).toMatch(/SENDIASS/);
  });

  it.each([
    ['lunr field syntax', 'title:x'],
    ['lunr operators', '~ ^ + - * : portal~2 +portal -portal'],
    ['emoji', '😀😀 🚌🚌 what about 🧩'],
    ['control characters', 'a\u0000b\u0007c\u001b[31m'],
    ['20,000 characters', 'portal '.repeat(2900)],
    ['only spaces', '    '],
    ['HTML', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
  ])('replies normally to %s', async (_name, text) => {
    const replies = await bot.say(text);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies[0].type).toBe('message');
    expect(JSON.stringify(replies)).not.toContain('<script>');
  });

  it.each([
    ['invalid JSON', '{"type": "message",'],
    ['an array', '[]'],
    ['a missing type', { from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' } }],
    ['a missing conversation', { type: 'message', from: { id: 'u' }, recipient: { id: 'b' } }],
    ['a missing from', { type: 'message', recipient: { id: 'b' }, conversation: { id: 'c' } }],
    ['text that is a number', activity({ text: 42 })],
    ['attachments that are a string', activity({ attachments: 'x' })],
    ['a conversation id that is an object', activity({ conversation: { id: { $ne: 1 } } })],
  ])('rejects %s with a 400 and no internals', async (_name, body) => {
    const res = await bot.post(body);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js|node_modules|TypeError/);
  });

  it('rejects an activity without a channelId with 400 that names the field', async () => {
    const { channelId: _omitted, ...rest } = activity({ text: 'professionals portal' });
    const res = await bot.post(rest);
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/channelId/);
  });

  it.each(['/healthz', '/items/element-3-top-up-funding', '/'])('answers HEAD %s as GET, without a body', async (path) => {
    const get = await fetch(`${bot.url}${path}`);
    const head = await fetch(`${bot.url}${path}`, { method: 'HEAD' });
    expect(head.status).toBe(get.status);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(await head.text()).toBe('');
  });

  it('rejects a body over the size limit with 413', async () => {
    const res = await bot.post(activity({ text: 'x'.repeat(400_000) }));
    expect(res.status).toBe(413);
  });

  it('never posts replies to a serviceUrl it was given without an app id (127.0.0.1 ports, 169.254.169.254)', async () => {
    const hits: string[] = [];
    const listener = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('{}');
    });
    await new Promise<void>((done) => listener.listen(0, '127.0.0.1', done));
    const target = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/`;
    try {
      for (const serviceUrl of [target, 'http://169.254.169.254/latest/meta-data/']) {
        const res = await bot.post(activity({ text: 'professionals portal', deliveryMode: undefined, serviceUrl }));
        expect(res.status).toBe(400);
        expect(res.body.detail).toMatch(/expectReplies/);
      }
      // With expectReplies the replies come back in the response, whatever serviceUrl says.
      const res = await bot.post(activity({ text: 'professionals portal', serviceUrl: target }));
      expect(res.status).toBe(200);
      expect(hits).toEqual([]);
    } finally {
      listener.close();
    }
  });

  it('serves the cited item as a page, with content HTML shown as text', async () => {
    const res = await fetch(`${bot.url}/items/element-3-top-up-funding`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await res.text()).toContain('<html lang="en-GB">');
    expect((await fetch(`${bot.url}/items/nope`)).status).toBe(404);
  });
});

describe('the bot with an app id set', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant' } });
  });
  afterAll(async () => bot.close());

  it('refuses a request without a token with 401 and a short message', async () => {
    const res = await bot.post(activity({ text: 'professionals portal' }));
    expect(res.status).toBe(401);
    expect(JSON.stringify(res.body)).toBe('{"error":"unauthorized"}');
  });

  it('refuses a forged token with 401', async () => {
    const res = await bot.post(activity({ text: 'professionals portal' }), { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.' });
    expect(res.status).toBe(401);
  });
});
