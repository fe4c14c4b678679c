import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot';

/** A browser's view of the bot's own Direct Line endpoint, over real HTTP. */
type Session = { token: string; conversationId: string; base: string; /** After whatever the bot said on its own at the start. */ watermark: string };

async function json(res: Response): Promise<any> {
  const text = await res.text();
  return text ? JSON.parse(text) : undefined;
}

async function getToken(bot: TestBot): Promise<{ token: string; conversationId: string; directLine: { domain: string; webSocket: boolean } }> {
  const res = await fetch(`${bot.url}/api/directline/token`, { method: 'POST' });
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  return json(res);
}

async function startSession(bot: TestBot): Promise<Session> {
  const { token, directLine } = await getToken(bot);
  const base = new URL(directLine.domain, `${bot.url}/`).href;
  const res = await fetch(`${base}/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{"user":{}}' });
  expect(res.status).toBe(201);
  const body = await json(res);
  const session = { token: body.token, conversationId: body.conversationId, base, watermark: '' };
  return { ...session, watermark: (await poll(session)).watermark };
}

const post = (s: Session, body: unknown, token = s.token) =>
  fetch(`${s.base}/conversations/${s.conversationId}/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function poll(s: Session, watermark = s.watermark): Promise<{ activities: any[]; watermark: string }> {
  const res = await fetch(`${s.base}/conversations/${s.conversationId}/activities?watermark=${watermark}`, { headers: { authorization: `Bearer ${s.token}` } });
  expect(res.status).toBe(200);
  return json(res);
}

const say = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  text,
  textFormat: 'plain',
  locale: 'en-GB',
  from: { id: 'someone-chosen-by-the-browser', name: '', role: 'user' },
  channelData: { clientActivityID: `c-${Math.random()}`, attachmentSizes: [] },
  attachments: [],
  entities: [{ type: 'ClientCapabilities', requiresBotState: true, supportsListening: true, supportsTts: true }],
  ...extra,
});

describe('the bot’s own Direct Line endpoint (no DIRECT_LINE_SECRET)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.close());

  it('hands the page a token for its own polling endpoint, relative to the page', async () => {
    const body = await getToken(bot);
    expect(body.directLine).toEqual({ domain: 'v3/directline', webSocket: false });
    expect(body.conversationId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(JSON.stringify(body)).not.toMatch(/secret/i);
  });

  it('tells the bot the conversation started, so anything it says then comes first, from the bot', async () => {
    const { token, directLine } = await getToken(bot);
    const base = new URL(directLine.domain, `${bot.url}/`).href;
    const started = await json(await fetch(`${base}/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } }));
    const page = await poll({ ...started, base, watermark: '' });
    for (const a of page.activities) expect(a.from.role).toBe('bot');
    expect(page.watermark).toMatch(/^\d+$/);
  });

  it('answers a question through the real bot, echoing the message first, with a watermark', async () => {
    const s = await startSession(bot);
    const posted = await post(s, say('How long does an E3 application take to reach panel?'));
    expect(posted.status).toBe(200);
    const { id } = await json(posted);
    const page = await poll(s);
    const [echo, reply] = page.activities;
    expect(echo).toMatchObject({ id, type: 'message', text: 'How long does an E3 application take to reach panel?', from: { role: 'user' } });
    expect(echo.channelData.clientActivityID).toMatch(/^c-/);
    expect(reply).toMatchObject({ type: 'message', from: { role: 'bot' }, replyToId: id, textFormat: 'markdown' });
    expect(reply.text).toMatch(/2 weeks/);
    expect(reply.suggestedActions.actions.map((a: any) => a.title)).toContain('Full details');
    expect(reply.entities.find((e: any) => e.type === 'https://schema.org/Message').citation[0].position).toBe(1);
    expect(reply).not.toHaveProperty('serviceUrl');
    expect((await poll(s, page.watermark)).activities).toEqual([]);
  });

  it('takes the user from the token, never from the activity', async () => {
    const s = await startSession(bot);
    const tokenUser = JSON.parse(Buffer.from(s.token.split('.')[1]!, 'base64url').toString()).user;
    await post(s, say('hello'));
    const [echo, reply] = (await poll(s)).activities;
    expect(echo.from.id).toBe(tokenUser);
    expect(reply.recipient.id).toBe(tokenUser);
  });

  it('runs a pressed suggested action (messageBack) and shows its display text', async () => {
    const s = await startSession(bot);
    const res = await post(s, {
      type: 'message',
      text: '',
      value: { action: 'feedback', id: 'element-3-top-up-funding', helpful: true },
      channelData: { clientActivityID: 'x1', messageBack: { displayText: 'Helpful' } },
    });
    expect(res.status).toBe(200);
    const [echo, reply] = (await poll(s)).activities;
    expect(echo.channelData.messageBack.displayText).toBe('Helpful');
    expect(reply.text).toMatch(/Thank you/);
  });

  it('acknowledges typing without storing it', async () => {
    const s = await startSession(bot);
    expect((await post(s, { type: 'typing' })).status).toBe(200);
    expect((await poll(s)).activities).toEqual([]);
  });

  it('refreshes a token for a live conversation', async () => {
    const s = await startSession(bot);
    const res = await fetch(`${s.base}/tokens/refresh`, { method: 'POST', headers: { authorization: `Bearer ${s.token}` } });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.conversationId).toBe(s.conversationId);
    expect((await poll({ ...s, token: body.token })).activities).toEqual([]);
  });

  it('starting twice with the same token returns the same conversation', async () => {
    const { token, directLine } = await getToken(bot);
    const base = new URL(directLine.domain, `${bot.url}/`).href;
    const start = () => fetch(`${base}/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    const first = await start();
    const second = await start();
    expect([first.status, second.status]).toEqual([201, 200]);
    expect((await json(second)).conversationId).toBe((await json(first)).conversationId);
  });

  describe('refuses, with a 4xx and never a 5xx,', () => {
    it('a missing, malformed or forged token', async () => {
      const s = await startSession(bot);
      const url = `${s.base}/conversations/${s.conversationId}/activities`;
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: 'Basic abc' } })).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: 'Bearer nope' } })).status).toBe(403);
      expect((await fetch(url, { headers: { authorization: `Bearer ${s.token.slice(0, -3)}abc` } })).status).toBe(403);
      expect((await fetch(`${s.base}/conversations`, { method: 'POST' })).status).toBe(401);
    });

    it("another conversation's token", async () => {
      const mine = await startSession(bot);
      const theirs = await startSession(bot);
      expect((await post(mine, say('hi'), theirs.token)).status).toBe(403);
      const read = await fetch(`${mine.base}/conversations/${mine.conversationId}/activities`, { headers: { authorization: `Bearer ${theirs.token}` } });
      expect(read.status).toBe(403);
    });

    it('a conversation that was never started', async () => {
      const { token, conversationId } = await getToken(bot);
      const res = await fetch(`${bot.url}/v3/directline/conversations/${conversationId}/activities`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(404);
    });

    it.each([
      ['invalid JSON', '{"type": "message",'],
      ['an array', '[]'],
      ['a number', '42'],
      ['no type', { text: 'hi' }],
      ['an unknown type', { type: 'invoke', name: 'x' }],
      ['text that is a number', { type: 'message', text: 42 }],
      ['text that is too long', { type: 'message', text: 'x'.repeat(10_001) }],
      ['attachments', { type: 'message', text: 'hi', attachments: [{ contentType: 'image/png', contentUrl: 'http://evil.example/x' }] }],
      ['channelData that is a string', { type: 'message', text: 'hi', channelData: 'x' }],
      ['a clientActivityID that is an object', { type: 'message', text: 'hi', channelData: { clientActivityID: { $ne: 1 } } }],
      ['an activity over 64 KB', { type: 'message', text: 'hi', value: { pad: 'x'.repeat(70_000) } }],
      ['a value nested 20 deep', { type: 'message', text: 'hi', value: JSON.parse(`${'['.repeat(20)}${']'.repeat(20)}`) }],
      ['a value nested 50,000 deep', `{"type":"message","text":"hi","value":${'['.repeat(50_000)}${']'.repeat(50_000)}}`],
    ])('%s', async (_name, body) => {
      const s = await startSession(bot);
      const res = await post(s, body);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(await res.text()).not.toMatch(/at .*\.js|node_modules|TypeError/);
    });

    it('a body over the server limit', async () => {
      const s = await startSession(bot);
      expect((await post(s, say('x'.repeat(400_000)))).status).toBe(413);
    });

    it('a watermark that is not a number, and a conversation id that is not one of ours', async () => {
      const s = await startSession(bot);
      for (const watermark of ['abc', '-1', '1e5', '9'.repeat(20)]) {
        const res = await fetch(`${s.base}/conversations/${s.conversationId}/activities?watermark=${watermark}`, { headers: { authorization: `Bearer ${s.token}` } });
        expect(res.status).toBe(400);
      }
      const odd = await fetch(`${s.base}/conversations/${encodeURIComponent('../../x')}/activities`, { headers: { authorization: `Bearer ${s.token}` } });
      expect(odd.status).toBeGreaterThanOrEqual(400);
      expect(odd.status).toBeLessThan(500);
    });
  });
});

describe('web chat with an app id but no Direct Line secret', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant' } });
  });
  afterAll(async () => bot.close());

  it('does not offer the unauthenticated local endpoint, and says the chat is unavailable', async () => {
    const res = await fetch(`${bot.url}/api/directline/token`, { method: 'POST' });
    expect(res.status).toBe(503);
    expect((await fetch(`${bot.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
  });
});
