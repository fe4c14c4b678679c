import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot';

/** The page and its assets over HTTP (needs `npm run build:web`, which `npm test` runs first). */
describe('the parents’ web chat page', () => {
  let bot: TestBot;
  let page: Response;
  let html: string;
  beforeAll(async () => {
    bot = await startTestBot();
    page = await fetch(`${bot.url}/`);
    html = await page.text();
    if (page.status === 503) throw new Error('the web chat is not built: run `npm run build:web` (npm test does this first)');
  });
  afterAll(async () => bot.close());

  it('is an en-GB page that works on a phone', () => {
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/<h1[^>]*>SEND Signpost/);
  });

  it('links to the privacy notice and the terms of use, and keeps the quick buttons in the header', () => {
    expect(html).toContain('href="privacy"');
    expect(html).toContain('href="terms"');
    for (const say of ['What can you help with?', 'Start over', 'Talk to a person']) expect(html).toContain(`data-say="${say}"`);
  });

  it('asks people not to share names or personal details, and shows how to reach SENDIASS', () => {
    expect(html).toMatch(/do not type names or personal details/i);
    expect(html).toContain('href="items/sendiass"');
    expect(html).toMatch(/Talk to a person/);
  });

  it('sends security headers: a strict CSP, nosniff, a referrer policy, no caching', () => {
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('has no inline script, and a fresh style nonce on each load that matches the CSP', async () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const nonce = /nonce="([^"]+)"/.exec(html)?.[1];
    expect(page.headers.get('content-security-policy')).toContain(`'nonce-${nonce}'`);
    const again = await (await fetch(`${bot.url}/`)).text();
    expect(/nonce="([^"]+)"/.exec(again)?.[1]).not.toBe(nonce);
  });

  it('loads everything from this server', () => {
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(url).not.toMatch(/^(https?:)?\/\//);
  });

  it('serves the bundle, stylesheet and icon with their types, long caching and gzip', async () => {
    const assets = [...html.matchAll(/\b(?:src|href)="(webchat\/[^"]+)"/g)].map((m) => m[1]!);
    const types: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', svg: 'image/svg+xml' };
    expect(assets.map((a) => a.split('.').pop()).sort()).toEqual(['css', 'js', 'svg']);
    for (const asset of assets) {
      const plain = await fetch(`${bot.url}/${asset}`, { headers: { 'accept-encoding': 'identity' } });
      expect(plain.status).toBe(200);
      expect(plain.headers.get('content-type')).toBe(types[asset.split('.').pop()!]);
      expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(plain.headers.get('x-content-type-options')).toBe('nosniff');
      expect(plain.headers.get('content-encoding')).toBeNull();
      const body = Buffer.from(await plain.arrayBuffer());
      // fetch() would undo the gzip itself; node:http shows the bytes as sent.
      const gz = await rawGet(`${bot.url}/${asset}`, { 'accept-encoding': 'gzip, deflate, br' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body).equals(body)).toBe(true);
    }
  });

  it('bundles Web Chat itself rather than loading it from a CDN', async () => {
    const script = /src="(webchat\/app-[^"]+\.js)"/.exec(html)?.[1];
    const js = await (await fetch(`${bot.url}/${script}`)).text();
    expect(js.length).toBeGreaterThan(1_000_000);
    expect(js).toContain('webchat');
    expect(js).not.toMatch(/cdn\.botframework\.com\/botframework-webchat/);
  });

  it('serves nothing else under /webchat/', async () => {
    for (const path of ['webchat/manifest.json', 'webchat/..%2F..%2Fpackage.json', 'webchat/nope.js', 'webchat/app.js']) {
      const res = await fetch(`${bot.url}/${path}`);
      expect(res.status).toBe(404);
    }
  });
});

async function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const { get } = await import('node:http');
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}
