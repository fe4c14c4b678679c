import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot';

const ADMIN_TOKEN = 'a-long-enough-admin-token-for-tests';
const bearer = (token: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra });

/** `count` requests one after another (bounded), returning their statuses. */
async function statuses(count: number, send: (i: number) => Promise<Response>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await send(i);
    await res.body?.cancel();
    out.push(res.status);
  }
  return out;
}

describe('rate limits with no trusted proxy', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { ADMIN_TOKEN } });
  });
  afterAll(async () => bot.close());

  it('limits Direct Line tokens per client, and a forged X-Forwarded-For does not get round it', async () => {
    const seen = await statuses(45, (i) => fetch(`${bot.url}/api/directline/token`, { method: 'POST', headers: { 'x-forwarded-for': `203.0.113.${i}` } }));
    expect(seen.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(seen.slice(30).every((s) => s === 429)).toBe(true);
    const refused = await fetch(`${bot.url}/api/directline/token`, { method: 'POST' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('limits starting Direct Line conversations per client', async () => {
    const seen = await statuses(45, () => fetch(`${bot.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: 'Bearer not-a-token' } }));
    expect(seen.slice(0, 30).every((s) => s === 403 || s === 401)).toBe(true);
    expect(seen.slice(30).every((s) => s === 429)).toBe(true);
  });

  it('throttles wrong admin Bearer tokens: after 300 wrong ones the right one is refused until the window passes', async () => {
    const wrong = await statuses(300, (i) => fetch(`${bot.url}/admin/reload`, { method: 'POST', headers: bearer(`wrong-token-number-${i}-xxxxxxxx`, { 'x-forwarded-for': `198.51.100.${i % 250}` }) }));
    expect(wrong.filter((s) => s === 200)).toEqual([]);
    expect(wrong.filter((s) => s === 429).length).toBeGreaterThan(250);
    const right = await fetch(`${bot.url}/admin/reload`, { method: 'POST', headers: bearer(ADMIN_TOKEN) });
    expect(right.status).toBe(429);
  });
});

describe('rate limits on every admin route', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { ADMIN_TOKEN } });
  });
  afterAll(async () => bot.close());

  it('limits requests to the admin pages per client, even with the right token', async () => {
    const seen = await statuses(140, () => fetch(`${bot.url}/admin`, { headers: bearer(ADMIN_TOKEN) }));
    expect(seen.slice(0, 120).every((s) => s === 200)).toBe(true);
    expect(seen.slice(120).every((s) => s === 429)).toBe(true);
  });
});

describe('rate limits behind a trusted proxy (TRUST_PROXY=127.0.0.1)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { ADMIN_TOKEN, TRUST_PROXY: '127.0.0.1' } });
  });
  afterAll(async () => bot.close());

  it('counts each forwarded client on its own', async () => {
    const seen = await statuses(45, (i) => fetch(`${bot.url}/api/directline/token`, { method: 'POST', headers: { 'x-forwarded-for': `203.0.113.${i}` } }));
    expect(seen.every((s) => s === 200)).toBe(true);
  });

  it('locks out only the address guessing tokens, not staff at another address, however the header is forged', async () => {
    // The proxy appends the address it saw; whatever the caller put before it is not believed.
    const attacker = { 'x-forwarded-for': '192.0.2.77, 198.51.100.9' };
    const wrong = await statuses(20, (i) => fetch(`${bot.url}/admin/reload`, { method: 'POST', headers: bearer(`wrong-token-number-${i}-xxxxxxxx`, attacker) }));
    expect(wrong.slice(-5).every((s) => s === 429)).toBe(true);
    const attackerRight = await fetch(`${bot.url}/admin/reload`, { method: 'POST', headers: bearer(ADMIN_TOKEN, { 'x-forwarded-for': '198.51.100.9' }) });
    expect(attackerRight.status).toBe(429);
    // Staff at 192.0.2.77 (the address the attacker wrote first) still get in.
    const staff = await fetch(`${bot.url}/admin/reload`, { method: 'POST', headers: bearer(ADMIN_TOKEN, { 'x-forwarded-for': '192.0.2.77' }) });
    expect(staff.status).toBe(200);
  });

  it('throttles the sign-in form by the forwarded address too', async () => {
    const form = (token: string) => new URLSearchParams({ token }).toString();
    const headers = { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '203.0.113.200' };
    const wrong = await statuses(12, () => fetch(`${bot.url}/admin/login`, { method: 'POST', redirect: 'manual', headers, body: form('not-the-token-not-the-token') }));
    expect(wrong.slice(-2)).toEqual([429, 429]);
    const right = await fetch(`${bot.url}/admin/login`, { method: 'POST', redirect: 'manual', headers, body: form(ADMIN_TOKEN) });
    expect(right.status).toBe(429);
    const elsewhere = await fetch(`${bot.url}/admin/login`, { method: 'POST', redirect: 'manual', headers: { ...headers, 'x-forwarded-for': '203.0.113.201' }, body: form(ADMIN_TOKEN) });
    expect(elsewhere.status).toBe(303);
  });
});
