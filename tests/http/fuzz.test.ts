import { rawRequest } from '../helpers/raw-request';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, startTestBot, type TestBot } from '../helpers/bot';

/**
 * Malformed requests on every route, as a scanner would send them: wrong and lying encodings,
 * truncated and deeply nested JSON, binary bodies, odd content types. None may get a 5xx or
 * an internal detail, and the process must answer normally afterwards. Deterministic and
 * bounded (a few hundred requests), so it runs in `npm test`.
 */
const ROUTES: [string, string][] = [
  ['GET', '/healthz'],
  ['HEAD', '/healthz'],
  ['POST', '/api/messages'],
  ['POST', '/api/directline/token'],
  ['POST', '/v3/directline/conversations'],
  ['POST', '/v3/directline/conversations/abc/activities'],
  ['GET', '/v3/directline/conversations/abc/activities?watermark=x'],
  ['POST', '/admin/login'],
  ['POST', '/admin/reload'],
  ['POST', '/admin/try'],
  ['GET', '/items/%E0%A4%A'],
  ['GET', '/calendar/..%2F..%2Fetc%2Fpasswd.ics'],
  ['PUT', '/api/messages'],
  ['DELETE', '/admin'],
];

const deep = '['.repeat(5000) + ']'.repeat(5000);
const BODIES: [string, Buffer][] = [
  ['binary', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 131 + 7) % 256))],
  ['truncated JSON', Buffer.from('{"type":"message","text":"hel')],
  ['deep JSON', Buffer.from(deep)],
  ['JSON with odd types', Buffer.from(JSON.stringify({ ...activity({ text: 'x' }), from: [], conversation: 'c', channelData: 7 }))],
  ['an activity', Buffer.from(JSON.stringify(activity({ text: 'hello' })))],
  ['proto keys', Buffer.from('{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}')],
  ['form', Buffer.from('token=a&token=b&csrf[]=x&question=%ZZ')],
];

const HEADERS: [string, Record<string, string>, (b: Buffer) => Buffer][] = [
  ['json', { 'content-type': 'application/json' }, (b) => b],
  ['form', { 'content-type': 'application/x-www-form-urlencoded' }, (b) => b],
  ['text', { 'content-type': 'text/plain' }, (b) => b],
  ['multipart', { 'content-type': 'multipart/form-data; boundary=x' }, (b) => b],
  ['gzip that is not', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, (b) => b],
  ['real gzip', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, (b) => gzipSync(b)],
  ['deflate that is not', { 'content-type': 'application/json', 'content-encoding': 'deflate' }, (b) => b],
  ['two encodings', { 'content-type': 'application/json', 'content-encoding': 'gzip, gzip' }, (b) => gzipSync(gzipSync(b))],
  ['bad bearer', { 'content-type': 'application/json', authorization: 'Bearer \u00ff\u00fe..' }, (b) => b],
];

describe('malformed requests on every route', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { ADMIN_TOKEN: 'a-long-enough-admin-token-for-tests' } });
  });
  afterAll(async () => bot.close());

  it('never answers 5xx or shows internals, and the bot keeps answering', { timeout: 120_000 }, async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const [method, path] of ROUTES) {
      for (const [bodyName, body] of BODIES) {
        for (const [headerName, headers, encode] of HEADERS) {
          const res = await rawRequest(`${bot.url}${path}`, method, headers, encode(body));
          sent += 1;
          const leak = /at .*\.(js|ts):\d|node_modules|Z_DATA_ERROR|TypeError|SyntaxError/.test(res.text);
          if (res.status >= 500 || res.status === 0 || leak) failures.push(`${method} ${path} ${bodyName} ${headerName}: ${res.status} ${res.text.slice(0, 120)}`);
        }
      }
    }
    expect(sent).toBe(ROUTES.length * BODIES.length * HEADERS.length);
    expect(failures).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect((await bot.say('hello')).length).toBeGreaterThan(0);
  });
});
