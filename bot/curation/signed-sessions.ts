import { createHmac, timingSafeEqual } from 'node:crypto';
import { randomId, SESSION_TTL_MS, type Session, type SessionStore } from './admin-auth';

/**
 * Admin sessions that every instance can check without shared state: the cookie holds a random
 * session id and an expiry, signed with a key derived from ADMIN_TOKEN (never the token
 * itself). Any instance with the same token verifies it; changing ADMIN_TOKEN signs everyone
 * out. Signing out clears the cookie and is remembered by the instance that did it; a copy of
 * the cookie taken before then stays valid elsewhere until it expires (at most SESSION_TTL_MS).
 */
export class SignedSessions implements SessionStore {
  private readonly key: Buffer;
  private readonly ended = new Map<string, number>();

  constructor(
    adminToken: string,
    private readonly options: { ttlMs?: number; now?: () => number } = {},
  ) {
    this.key = createHmac('sha256', adminToken).update('send-signpost admin session key v1').digest();
  }

  create(): Session {
    const id = randomId();
    const expires = Math.floor((this.now() + (this.options.ttlMs ?? SESSION_TTL_MS)) / 1000);
    const body = `v1.${id}.${expires}`;
    return { id: `${body}.${this.sign(body)}`, csrf: this.sign(`csrf.${id}`) };
  }

  get(value: string | undefined): Session | undefined {
    if (!value || value.length > 200) return undefined;
    const parts = value.split('.');
    if (parts.length !== 4 || parts[0] !== 'v1') return undefined;
    const [, id, expires, signature] = parts;
    const expected = Buffer.from(this.sign(`v1.${id}.${expires}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    if (!/^\d{1,12}$/.test(expires) || Number(expires) * 1000 <= this.now()) return undefined;
    if (this.ended.has(value)) return undefined;
    return { id: value, csrf: this.sign(`csrf.${id}`) };
  }

  end(value: string): void {
    const session = this.get(value);
    if (!session) return;
    // Bounded: entries leave when their cookie would have expired anyway.
    const now = this.now();
    for (const [v, until] of this.ended) if (until <= now) this.ended.delete(v);
    if (this.ended.size < 10_000) this.ended.set(value, Number(value.split('.')[2]) * 1000);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
