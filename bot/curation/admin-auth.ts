import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { parseCookie, stringifySetCookie } from 'cookie';

/**
 * Who may use /admin: a caller with `Authorization: Bearer $ADMIN_TOKEN` (scripts, curl), or a
 * browser that signed in with the token and holds a session cookie. The cookie carries a
 * random session id, never the token, so a leaked cookie expires and is not a password.
 */

export const SESSION_COOKIE = 'signpost_admin';
/** A working day: staff sign in again the next morning. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/**
 * Compare in constant time. Hashing both first gives equal-length inputs, so neither the
 * content nor the length of the token leaks through timing.
 */
export function tokensMatch(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

export const randomId = (): string => randomBytes(32).toString('base64url');

/** The request's cookies; a malformed one is ignored, not an error. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const decode = (value: string) => {
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  };
  for (const [name, value] of Object.entries(parseCookie(header ?? '', { decode }))) if (value !== undefined) out.set(name, value);
  return out;
}

export type Session = { id: string; csrf: string };

/** Where signed-in browsers are remembered: in this process (AdminSessions) or in the cookie itself (SignedSessions). */
export type SessionStore = {
  create(): Session;
  get(id: string | undefined): Session | undefined;
  end(id: string): void;
};

/** Signed-in browsers, in memory: a restart signs everyone out, which is fine for staff tools. */
export class AdminSessions implements SessionStore {
  private readonly sessions: LRUCache<string, Session>;

  constructor(options: { ttlMs?: number; max?: number } = {}) {
    this.sessions = new LRUCache<string, Session>({ max: options.max ?? 200, ttl: options.ttlMs ?? SESSION_TTL_MS });
  }

  create(): Session {
    // A separate random value for forms: a page can prove it came from us (CSRF).
    const session = { id: randomId(), csrf: randomId() };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string | undefined): Session | undefined {
    return id ? this.sessions.get(id) : undefined;
  }

  end(id: string): void {
    this.sessions.delete(id);
  }
}

export type AdminAuth =
  | { ok: true; via: 'bearer' }
  | { ok: true; via: 'session'; session: Session }
  /** 401: no credentials (or an expired session); 403: a token was given and it is wrong. */
  | { ok: false; status: 401 | 403 };

export function authenticate(
  headers: { authorization?: string; cookie?: string },
  token: string,
  sessions: SessionStore,
): AdminAuth {
  const header = headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    if (!match) return { ok: false, status: 401 };
    return tokensMatch(match[1], token) ? { ok: true, via: 'bearer' } : { ok: false, status: 403 };
  }
  const session = sessions.get(parseCookies(headers.cookie).get(SESSION_COOKIE));
  return session ? { ok: true, via: 'session', session } : { ok: false, status: 401 };
}

/** The cookie: only sent to /admin, never to scripts, never cross-site, only over https when served so. */
export function sessionCookie(id: string, options: { secure: boolean; maxAgeSeconds?: number }): string {
  return stringifySetCookie({
    name: SESSION_COOKIE,
    value: id,
    path: '/admin',
    httpOnly: true,
    sameSite: 'strict',
    maxAge: options.maxAgeSeconds ?? Math.floor(SESSION_TTL_MS / 1000),
    secure: options.secure,
  });
}

/**
 * Slows guessing at the token, by the sign-in form or a Bearer header: after `max` wrong
 * tokens from one address in the window, every attempt from it (right or wrong) is refused
 * until the window passes. The token is long enough that this is a
 * second line of defence, and it keeps the log quiet.
 */
export class LoginThrottle {
  private readonly failures: LRUCache<string, number>;

  constructor(
    private readonly max = 10,
    private readonly windowMs = 10 * 60 * 1000,
  ) {
    this.failures = new LRUCache<string, number>({ max: 10_000, ttl: windowMs });
  }

  /** How long a blocked caller waits at most, for Retry-After. */
  get windowSeconds(): number {
    return Math.ceil(this.windowMs / 1000);
  }

  blocked(address: string): boolean {
    return (this.failures.get(address) ?? 0) >= this.max;
  }

  failed(address: string): void {
    // noUpdateTTL: the window starts at the first failure and is not extended by each one.
    this.failures.set(address, (this.failures.get(address) ?? 0) + 1, { noUpdateTTL: this.failures.has(address) });
  }
}
