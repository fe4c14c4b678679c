import { gzipSync, deflateSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, startTestBot, type TestBot } from '../helpers/bot';

/** A raw request, so the body and its headers are exactly what an attacker would send. */
function raw(url: string, method: string, headers: Record<string, string>, body?: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

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
    const res = await raw(`${bot.url}${path}`, method, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(notGzip.length) }, notGzip);
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/Z_DATA_ERROR|zlib|at .*\.js/);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it('refuses a small gzip body that inflates past the body limit with 413', async () => {
    // 20 MB of spaces compresses to about 20 KB: under the limit as sent, far over it inflated.
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, ' '));
    expect(bomb.length).toBeLessThan(256 * 1024);
    const res = await raw(`${bot.url}/api/messages`, 'POST', { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bomb.length) }, bomb);
    expect(res.status).toBe(413);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it('answers a genuine gzip or deflate activity as if it were sent plain', async () => {
    for (const [encoding, pack] of [['gzip', gzipSync], ['deflate', deflateSync]] as const) {
      const body = pack(Buffer.from(JSON.stringify(activity({ text: 'hello' }))));
      const res = await raw(`${bot.url}/api/messages`, 'POST', { 'content-type': 'application/json', 'content-encoding': encoding, 'content-length': String(body.length) }, body);
      expect(res.status, encoding).toBe(200);
      expect(JSON.parse(res.text).activities.length).toBeGreaterThan(0);
    }
  });

  it('refuses an encoding it does not know with 415', async () => {
    const res = await raw(`${bot.url}/api/messages`, 'POST', { 'content-type': 'application/json', 'content-encoding': 'br', 'content-length': '4' }, Buffer.from('abcd'));
    expect(res.status).toBe(415);
  });

  it('answers a truncated gzip body with 400', async () => {
    const full = gzipSync(Buffer.from(JSON.stringify(activity({ text: 'hello' }))));
    const cut = full.subarray(0, full.length - 12);
    const res = await raw(`${bot.url}/api/messages`, 'POST', { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(cut.length) }, cut);
    expect(res.status).toBe(400);
  });
});
