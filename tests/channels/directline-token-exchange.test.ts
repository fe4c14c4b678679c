import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config';
import { startBot, type RunningBot } from '../../bot/start';
import { TokenExchangeFailed, exchangeSecretForToken } from '../../bot/channels/directline/token-exchange';
import { FIXTURE_CONTENT } from '../helpers/bot';

const SECRET = 'fake-direct-line-secret-ABC123';

/** Stands in for Azure's Direct Line service, which is unreachable from here. */
type Seen = { method?: string; url?: string; authorization?: string; body: string };
type FakeDirectLine = { url: string; seen: Seen[]; reply: (req: IncomingMessage) => { status: number; body: string; delayMs?: number }; close(): Promise<void> };

async function fakeDirectLine(): Promise<FakeDirectLine> {
  const fake: FakeDirectLine = {
    url: '',
    seen: [],
    reply: () => ({ status: 200, body: JSON.stringify({ conversationId: 'AzureConv-1', token: 'azure.jwt.token', expires_in: 3600 }) }),
    close: async () => {},
  };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      fake.seen.push({ method: req.method, url: req.url, authorization: req.headers.authorization, body });
      const { status, body: out, delayMs } = fake.reply(req);
      setTimeout(() => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(out);
      }, delayMs ?? 0);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3/directline`;
  fake.close = () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); });
  return fake;
}

describe('exchanging the Direct Line secret for a token', () => {
  let fake: FakeDirectLine;
  beforeAll(async () => {
    fake = await fakeDirectLine();
  });
  afterAll(async () => fake.close());

  it('posts to tokens/generate with the secret as a bearer token and the chosen user id', async () => {
    fake.seen.length = 0;
    const token = await exchangeSecretForToken({ domain: fake.url, secret: SECRET, userId: 'dl_user1' });
    expect(token).toEqual({ token: 'azure.jwt.token', conversationId: 'AzureConv-1', expiresIn: 3600 });
    expect(fake.seen[0]).toMatchObject({ method: 'POST', url: '/v3/directline/tokens/generate', authorization: `Bearer ${SECRET}` });
    expect(JSON.parse(fake.seen[0]!.body)).toEqual({ user: { id: 'dl_user1' } });
  });

  it.each([
    ['a refusal', { status: 403, body: '{"error":{"code":"BadArgument"}}' }, 'HTTP 403'],
    ['a server error', { status: 500, body: 'oops' }, 'HTTP 500'],
    ['a body that is not JSON', { status: 200, body: '<html>' }, 'unexpected response'],
    ['a body without a token', { status: 200, body: '{"conversationId":"c"}' }, 'unexpected response'],
  ])('fails cleanly on %s', async (_name, reply, reason) => {
    fake.reply = () => reply;
    await expect(exchangeSecretForToken({ domain: fake.url, secret: SECRET, userId: 'dl_u' })).rejects.toMatchObject({ reason });
  });

  it('gives up after its timeout', async () => {
    fake.reply = () => ({ status: 200, body: '{}', delayMs: 500 });
    await expect(exchangeSecretForToken({ domain: fake.url, secret: SECRET, userId: 'dl_u', timeoutMs: 50 })).rejects.toMatchObject({ reason: 'timed out' });
  });

  it('reports an unreachable service without its address or the secret', async () => {
    const err = await exchangeSecretForToken({ domain: 'http://127.0.0.1:9/v3/directline', secret: SECRET, userId: 'dl_u' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TokenExchangeFailed);
    expect(String(err)).not.toContain(SECRET);
  });
});

describe('the web chat token route with DIRECT_LINE_SECRET set', () => {
  let fake: FakeDirectLine;
  let bot: RunningBot;
  const logged: string[] = [];
  beforeAll(async () => {
    fake = await fakeDirectLine();
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      CONTENT_DIR: FIXTURE_CONTENT,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'signpost-data-')),
      WATCH_CONTENT: 'false',
      DIRECT_LINE_SECRET: SECRET,
    });
    // DIRECT_LINE_DOMAIN is read by web-routes.ts when config provides it; set it directly
    // here so the test does not depend on bot/config.ts listing it.
    const log = pino({ level: 'info' }, { write: (line: string) => void logged.push(line) });
    bot = await startBot(Object.assign(config, { DIRECT_LINE_DOMAIN: fake.url }), { log });
  });
  afterAll(async () => {
    await bot.close();
    await fake.close();
  });

  it('returns an Azure token for the page, and never the secret', async () => {
    fake.reply = () => ({ status: 200, body: JSON.stringify({ conversationId: 'AzureConv-2', token: 'azure.jwt.2', expires_in: 1800 }) });
    const res = await fetch(`${bot.url}/api/directline/token`, { method: 'POST' });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(SECRET);
    expect(JSON.parse(text)).toEqual({ token: 'azure.jwt.2', conversationId: 'AzureConv-2', expiresIn: 1800, directLine: { domain: fake.url, webSocket: true } });
    const user = JSON.parse(fake.seen.at(-1)!.body).user.id;
    expect(user).toMatch(/^dl_[A-Za-z0-9_-]{16}$/);
  });

  it('lets the page connect to the Direct Line service and nowhere else new', async () => {
    const csp = (await fetch(`${bot.url}/`)).headers.get('content-security-policy') ?? '';
    const origin = new URL(fake.url).origin;
    expect(csp).toContain(`connect-src 'self' ${origin} ws://${new URL(fake.url).host}`);
  });

  it('answers 502 when the service refuses, without leaking the secret to the page or the log', async () => {
    fake.reply = () => ({ status: 403, body: `{"error":"bad secret ${SECRET}"}` });
    const res = await fetch(`${bot.url}/api/directline/token`, { method: 'POST' });
    expect(res.status).toBe(502);
    expect(await res.text()).not.toContain(SECRET);
    expect(logged.join('\n')).toContain('direct-line-token-failed');
    expect(logged.join('\n')).not.toContain(SECRET);
  });

  it('does not serve the local Direct Line endpoint', async () => {
    expect((await fetch(`${bot.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
  });
});
