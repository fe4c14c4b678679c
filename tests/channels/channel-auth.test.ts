import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, startTestBot, type TestBot } from '../helpers/bot';

const APP_ID = '00000000-0000-0000-0000-0000000000a1';
const SERVICE_URL = 'https://smba.trafficmanager.net/uk/';

/** A stand-in for login.botframework.com on 127.0.0.1: it can serve keys, or hang. */
type Login = { url: string; connections: number; mode: 'serve' | 'hang'; close(): Promise<void> };

async function startLogin(mode: Login['mode'], publicKey?: KeyObject, kid = 'test-key'): Promise<Login> {
  const sockets = new Set<Socket>();
  const login: Login = { url: '', connections: 0, mode, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    if (login.mode === 'hang') return; // accept, never answer
    const base = login.url.replace(/\/v1\/.*$/, '');
    if (req.url?.startsWith('/v1/.well-known')) {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/v1/keys` }));
    } else if (req.url === '/v1/keys' && publicKey) {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', endorsements: ['msteams', 'webchat'] }] }));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  server.on('connection', (s: Socket) => {
    login.connections += 1;
    sockets.add(s);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  login.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`;
  login.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return login;
}

function jwt(privateKey: KeyObject, claims: Record<string, unknown>, header: Record<string, unknown> = { alg: 'RS256', typ: 'JWT', kid: 'test-key' }): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${enc(header)}.${enc(claims)}`;
  return `${body}.${sign('sha256', Buffer.from(body), privateKey).toString('base64url')}`;
}

const now = () => Math.floor(Date.now() / 1000);
const channelClaims = (extra: Record<string, unknown> = {}) => ({ iss: 'https://api.botframework.com', aud: APP_ID, exp: now() + 3600, nbf: now() - 60, serviceurl: SERVICE_URL, ...extra });
const teamsActivity = (text: string) => activity({ text, serviceUrl: SERVICE_URL }, { channel: 'msteams' });

const attacker = generateKeyPairSync('rsa', { modulusLength: 2048 });
const channel = generateKeyPairSync('rsa', { modulusLength: 2048 });

async function timed(bot: TestBot, token: string | undefined, body = teamsActivity('professionals portal')) {
  const started = Date.now();
  const res = await bot.post(body, token ? { authorization: `Bearer ${token}` } : {});
  return { ...res, ms: Date.now() - started };
}

function startBotAgainst(login: { url: string }) {
  return startTestBot({ env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant', ToBotFromChannelOpenIdMetadataUrl: login.url } });
}

describe('Bot Framework tokens when the login host hangs', () => {
  let login: Login;
  let bot: TestBot;
  beforeAll(async () => {
    login = await startLogin('hang');
    bot = await startBotAgainst(login);
  });
  afterAll(async () => {
    await bot.close();
    await login.close();
  });

  it.each([
    ['an unsigned token', `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(channelClaims())).toString('base64url')}.`],
    ['a token with no key id', jwt(attacker.privateKey, channelClaims(), { alg: 'RS256' })],
    ['a token from another issuer', jwt(attacker.privateKey, channelClaims({ iss: 'https://evil.example' }))],
    ['a token for another bot', jwt(attacker.privateKey, channelClaims({ aud: randomUUID() }))],
    ['an expired token', jwt(attacker.privateKey, channelClaims({ exp: now() - 3600 }))],
    ['a token for another serviceUrl', jwt(attacker.privateKey, channelClaims({ serviceurl: 'http://169.254.169.254/' }))],
    ['text that is not a token', 'not-a-token'],
  ])('refuses %s with 401 at once', async (_name, token) => {
    const res = await timed(bot, token);
    expect(res.status).toBe(401);
    expect(res.ms).toBeLessThan(2000);
  });

  it('refuses well-formed forged tokens with 401 within 2 s each, sharing one bounded key fetch', async () => {
    const before = login.connections;
    const results = [];
    for (let i = 0; i < 8; i += 1) results.push(await timed(bot, jwt(attacker.privateKey, channelClaims(), { alg: 'RS256', kid: `made-up-${i}` })));
    for (const r of results) {
      expect(r.status).toBe(401);
      expect(r.ms).toBeLessThan(2000);
    }
    // The warm-up at start and at most one more: never one fetch per forged token.
    expect(login.connections - before).toBeLessThanOrEqual(1);
    expect(login.connections).toBeLessThanOrEqual(2);
  });
});

describe('Bot Framework tokens when the login host is unreachable', () => {
  let bot: TestBot;
  beforeAll(async () => {
    const gone = await startLogin('hang');
    const url = gone.url;
    await gone.close(); // nothing listens on that port any more
    bot = await startBotAgainst({ url });
  });
  afterAll(async () => bot.close());

  it('refuses a forged token with 401 (not 503) within 2 s', async () => {
    const res = await timed(bot, jwt(attacker.privateKey, channelClaims()));
    expect(res.status).toBe(401);
    expect(res.ms).toBeLessThan(2000);
    expect(JSON.stringify(res.body)).toBe('{"error":"unauthorized"}');
  });
});

describe('Bot Framework tokens when the login host serves its keys', () => {
  let login: Login;
  let bot: TestBot;
  beforeAll(async () => {
    login = await startLogin('serve', channel.publicKey);
    bot = await startBotAgainst(login);
  });
  afterAll(async () => {
    await bot.close();
    await login.close();
  });

  it('answers a genuine channel token', async () => {
    const res = await timed(bot, jwt(channel.privateKey, channelClaims()), teamsActivity('hello'));
    expect(res.status).toBe(200);
    expect(res.body.activities.length).toBeGreaterThan(0);
  });

  it('refuses a token signed by another key under the channel key id', async () => {
    const res = await timed(bot, jwt(attacker.privateKey, channelClaims()));
    expect(res.status).toBe(401);
  });

  it('refuses a genuine token sent with an activity for another serviceUrl', async () => {
    const res = await timed(bot, jwt(channel.privateKey, channelClaims()), activity({ text: 'hello', serviceUrl: 'http://127.0.0.1:9/' }, { channel: 'msteams' }));
    expect(res.status).toBe(401);
  });

  it('answers a delivery failure to the channel with 503, not the error text', async () => {
    // No expectReplies: the adapter posts the reply to serviceUrl, which is closed here.
    const closed = 'http://127.0.0.1:9/';
    const body = activity({ text: 'professionals portal', deliveryMode: undefined, serviceUrl: closed }, { channel: 'msteams' });
    const res = await timed(bot, jwt(channel.privateKey, channelClaims({ serviceurl: closed })), body);
    expect(res.status).toBe(503);
    expect(JSON.stringify(res.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|login/);
  }, 60_000); // the connector retries the closed channel for about 10 s before giving up
});
