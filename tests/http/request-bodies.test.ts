import { gzipSync, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, startTestBot, type TestBot } from '../helpers/bot';
import { rawRequest } from '../helpers/raw-request';

describe('compressed request bodies', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.close());

  const notGzip = Buffer.from('this is not gzip at all, just text');

  it.each([
    ['POST', '/api/directline/token'],
    ['GET', '/healthz'],
    ['POST', '/api/messages'],
  ])('answers %s %s with a gzip header and a body that is not gzip with 400, and keeps running', async (method, path) => {
    const res = await rawRequest(`${bot.url}${path}`, method, { 'content-type': 'application/json', 'content-encoding': 'gzip' }, notGzip);
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/Z_DATA_ERROR|zlib|at .*\.js/);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it('refuses a small gzip body that inflates past the body limit with 413', async () => {
    // 20 MB of spaces compresses to about 20 KB: under the limit as sent, far over it inflated.
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, ' '));
    expect(bomb.length).toBeLessThan(256 * 1024);
    const res = await rawRequest(`${bot.url}/api/messages`, 'POST', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, bomb);
    expect(res.status).toBe(413);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it('answers a genuine gzip or deflate activity as if it were sent plain', async () => {
    for (const [encoding, pack] of [['gzip', gzipSync], ['deflate', deflateSync]] as const) {
      const body = pack(Buffer.from(JSON.stringify(activity({ text: 'hello' }))));
      const res = await rawRequest(`${bot.url}/api/messages`, 'POST', { 'content-type': 'application/json', 'content-encoding': encoding }, body);
      expect(res.status, encoding).toBe(200);
      expect(JSON.parse(res.text).activities.length).toBeGreaterThan(0);
    }
  });

  it('refuses an encoding it does not know with 415', async () => {
    const res = await rawRequest(`${bot.url}/api/messages`, 'POST', { 'content-type': 'application/json', 'content-encoding': 'br' }, Buffer.from('abcd'));
    expect(res.status).toBe(415);
  });

  it('answers a truncated gzip body with 400', async () => {
    const full = gzipSync(Buffer.from(JSON.stringify(activity({ text: 'hello' }))));
    const cut = full.subarray(0, full.length - 12);
    const res = await rawRequest(`${bot.url}/api/messages`, 'POST', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, cut);
    expect(res.status).toBe(400);
  });
});
