import { describe, expect, it } from 'vitest';
import { AdminSessions, authenticate, LoginThrottle, parseCookies, sessionCookie, tokensMatch, SESSION_COOKIE } from '../../bot/curation/admin-auth';

const TOKEN = 'the-admin-token-0123456789';

describe('admin sign-in', () => {
  it('compares tokens exactly, whatever their length', () => {
    expect(tokensMatch(TOKEN, TOKEN)).toBe(true);
    expect(tokensMatch(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(tokensMatch('', TOKEN)).toBe(false);
    expect(tokensMatch(TOKEN.toUpperCase(), TOKEN)).toBe(false);
  });

  it('tells no credentials (401) from wrong credentials (403)', () => {
    const sessions = new AdminSessions();
    expect(authenticate({}, TOKEN, sessions)).toEqual({ ok: false, status: 401 });
    expect(authenticate({ authorization: 'Basic abc' }, TOKEN, sessions)).toEqual({ ok: false, status: 401 });
    expect(authenticate({ authorization: 'Bearer' }, TOKEN, sessions)).toEqual({ ok: false, status: 401 });
    expect(authenticate({ authorization: 'Bearer nope' }, TOKEN, sessions)).toEqual({ ok: false, status: 403 });
    expect(authenticate({ authorization: `Bearer ${TOKEN}` }, TOKEN, sessions)).toEqual({ ok: true, via: 'bearer' });
    expect(authenticate({ authorization: `bearer  ${TOKEN} ` }, TOKEN, sessions)).toEqual({ ok: true, via: 'bearer' });
    expect(authenticate({ cookie: `${SESSION_COOKIE}=unknown` }, TOKEN, sessions)).toEqual({ ok: false, status: 401 });
  });

  it('accepts a live session cookie, and not after sign-out or expiry', async () => {
    const sessions = new AdminSessions({ ttlMs: 50 });
    const s = sessions.create();
    expect(s.id).not.toBe(s.csrf);
    const cookie = `other=1; ${SESSION_COOKIE}=${s.id}`;
    expect(authenticate({ cookie }, TOKEN, sessions)).toEqual({ ok: true, via: 'session', session: s });
    // A wrong bearer token is refused even with a good cookie: the header decides.
    expect(authenticate({ cookie, authorization: 'Bearer nope' }, TOKEN, sessions)).toEqual({ ok: false, status: 403 });
    sessions.end(s.id);
    expect(authenticate({ cookie }, TOKEN, sessions).ok).toBe(false);
    const t = sessions.create();
    await new Promise((r) => setTimeout(r, 80));
    expect(sessions.get(t.id)).toBeUndefined();
  });

  it('parses cookies leniently', () => {
    expect(parseCookies('a=1; b = two ; bad; c=%E0%A4%A')).toEqual(new Map([['a', '1'], ['b', 'two']]));
    expect(parseCookies(undefined).size).toBe(0);
  });

  it('builds a cookie scoped to /admin, HttpOnly, SameSite=Strict, Secure on https', () => {
    const parts = (cookie: string) => cookie.split('; ').sort();
    expect(parts(sessionCookie('abc', { secure: false }))).toEqual(['HttpOnly', 'Max-Age=28800', 'Path=/admin', 'SameSite=Strict', `${SESSION_COOKIE}=abc`]);
    expect(parts(sessionCookie('abc', { secure: true, maxAgeSeconds: 0 }))).toEqual(['HttpOnly', 'Max-Age=0', 'Path=/admin', 'SameSite=Strict', 'Secure', `${SESSION_COOKIE}=abc`]);
  });

  it('slows down guessing at the sign-in form', () => {
    const throttle = new LoginThrottle(3, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(throttle.blocked('1.2.3.4')).toBe(false);
      throttle.failed('1.2.3.4');
    }
    expect(throttle.blocked('1.2.3.4')).toBe(true);
    expect(throttle.blocked('5.6.7.8')).toBe(false);
  });
});
