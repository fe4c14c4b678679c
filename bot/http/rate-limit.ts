import { LRUCache } from 'lru-cache';
import type { Next, Request, RequestHandler, Response } from 'restify';
import type { Logger } from '../log';
import type { ClientAddress } from './client-address';

/**
 * Per-client request limits: at most `max` requests from one client in each `windowMs`.
 * A fixed window is enough here (it bounds what one client can make the bot do, which is the
 * point), and the table of clients is bounded so a flood of addresses cannot grow it.
 */
export type Limit = { max: number; windowMs: number };

export class RateLimiter {
  private readonly windows: LRUCache<string, { count: number; resetAt: number }>;

  constructor(
    readonly limit: Limit,
    private readonly now: () => number = Date.now,
  ) {
    this.windows = new LRUCache({ max: 50_000 });
  }

  /** Count one request; how many seconds to wait when it is over the limit. */
  take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.limit.windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= this.limit.max) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) };
  }
}

/** A restify handler that answers 429 (with Retry-After) once a client is over the limit. */
export function rateLimited(limiter: RateLimiter, addressOf: ClientAddress, log: Logger, name: string): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    const verdict = limiter.take(addressOf(req));
    if (verdict.ok) return next();
    log.warn({ event: 'rate-limited', limit: name });
    res.header('Retry-After', String(verdict.retryAfterSeconds));
    res.header('Cache-Control', 'no-store');
    res.send(429, { error: 'too many requests; please wait a moment and try again' });
    return next(false);
  };
}

/** A restify `pre` handler applying each limit to the requests it names. */
export function limitRequests(
  limits: { name: string; applies: (method: string, path: string) => boolean; limiter: RateLimiter }[],
  addressOf: ClientAddress,
  log: Logger,
): RequestHandler {
  const handlers = limits.map((l) => ({ applies: l.applies, handler: rateLimited(l.limiter, addressOf, log, l.name) }));
  return (req: Request, res: Response, next: Next) => {
    const match = handlers.find((h) => h.applies(req.method ?? '', req.path()));
    if (!match) return next();
    return match.handler(req, res, next);
  };
}
