import { createPublicKey, verify as verifySignature, type JsonWebKey, type KeyObject } from 'node:crypto';
import { z } from 'zod';

/**
 * A first check of the Bot Framework token on every request to /api/messages, before the
 * adapter sees it. The connector's own check fetches the signing keys with no timeout, and
 * again for every token whose key id it does not know: with the login hosts down or hanging,
 * each forged token held a request open for minutes and started a new outbound fetch. Here a
 * token is refused without any network when it cannot be genuine (not a JWT, not RS256, no key
 * id, wrong issuer, audience or service URL, expired), and the keys are fetched with a time
 * limit, cached, and refreshed at most once a minute whatever callers send. A token that passes
 * still goes through the adapter's full check.
 */

/** What the Azure Bot Service puts in `iss` of the tokens it sends to bots. */
export const CHANNEL_ISSUER = 'https://api.botframework.com';
export const CHANNEL_OPENID_METADATA = 'https://login.botframework.com/v1/.well-known/openidconfiguration';

const ALGORITHMS = { RS256: 'sha256', RS384: 'sha384', RS512: 'sha512' } as const;
/** As the connector allows: clocks on either side may disagree a little. */
const CLOCK_SKEW_SECONDS = 5 * 60;

export type TokenVerdict = { ok: true } | { ok: false; reason: string };

const headerSchema = z.object({ alg: z.enum(['RS256', 'RS384', 'RS512']), kid: z.string().min(1).max(256) });
const payloadSchema = z.object({
  iss: z.string(),
  aud: z.union([z.string(), z.array(z.string())]),
  exp: z.number(),
  nbf: z.number().optional(),
  serviceurl: z.string().optional(),
});

export type ChannelAuthOptions = {
  appId: string;
  metadataUrl?: string;
  /** Whole budget for one key fetch (metadata and keys together). */
  timeoutMs?: number;
  /** Least time between two fetches, however many unknown key ids arrive. */
  minRefreshMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
};

export class ChannelTokenCheck {
  private readonly keys: SigningKeys;
  private readonly now: () => number;

  constructor(private readonly options: ChannelAuthOptions) {
    this.now = options.now ?? Date.now;
    this.keys = new SigningKeys(options.metadataUrl ?? CHANNEL_OPENID_METADATA, {
      timeoutMs: options.timeoutMs ?? 1500,
      minRefreshMs: options.minRefreshMs ?? 60_000,
      fetch: options.fetch ?? fetch,
      now: this.now,
    });
  }

  /** Fetch the keys now, so the first genuine request does not wait for them. */
  warm(): Promise<void> {
    return this.keys.refreshIfDue();
  }

  async check(authorization: string | undefined, activity: { channelId?: string; serviceUrl?: string }): Promise<TokenVerdict> {
    const match = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(authorization ?? '');
    if (!match) return refuse('no Bearer JWT');
    const [, rawHeader, rawPayload, rawSignature] = match;
    if (rawHeader.length + rawPayload.length > 16_384) return refuse('token too large');
    const header = headerSchema.safeParse(decodeJson(rawHeader));
    if (!header.success) return refuse('token header is not RS256 with a key id');
    const payload = payloadSchema.safeParse(decodeJson(rawPayload));
    if (!payload.success) return refuse('token claims malformed');
    const claims = payload.data;
    if (claims.iss !== CHANNEL_ISSUER) return refuse('token not issued by the Bot Framework');
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audiences.includes(this.options.appId)) return refuse('token is for another bot');
    const nowSeconds = this.now() / 1000;
    if (claims.exp + CLOCK_SKEW_SECONDS < nowSeconds) return refuse('token expired');
    if (claims.nbf !== undefined && claims.nbf - CLOCK_SKEW_SECONDS > nowSeconds) return refuse('token not valid yet');
    // Replies go to the activity's serviceUrl: it must be the one the channel signed.
    if (!activity.serviceUrl || claims.serviceurl !== activity.serviceUrl) return refuse('serviceUrl does not match the token');

    const key = await this.keys.find(header.data.kid);
    if (!key) return refuse('signing key unknown or unavailable');
    if (key.endorsements && activity.channelId && !key.endorsements.includes(activity.channelId)) return refuse('key not endorsed for this channel');
    const signed = Buffer.from(`${rawHeader}.${rawPayload}`);
    const ok = verifySignature(ALGORITHMS[header.data.alg], signed, key.key, Buffer.from(rawSignature, 'base64url'));
    return ok ? { ok: true } : refuse('bad signature');
  }
}

const refuse = (reason: string): TokenVerdict => ({ ok: false, reason });

function decodeJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

type SigningKey = { key: KeyObject; endorsements?: string[] };

const metadataSchema = z.object({ jwks_uri: z.string().url() });
const jwksSchema = z.object({
  keys: z.array(z.object({ kid: z.string(), kty: z.string(), n: z.string().optional(), e: z.string().optional(), endorsements: z.array(z.string()).optional() }).passthrough()),
});

/** The OpenID signing keys, fetched with a deadline and at most once per `minRefreshMs`. */
class SigningKeys {
  private keys = new Map<string, SigningKey>();
  private attemptedAt = Number.NEGATIVE_INFINITY;
  private inflight: Promise<void> | undefined;

  constructor(
    private readonly metadataUrl: string,
    private readonly options: { timeoutMs: number; minRefreshMs: number; fetch: typeof fetch; now: () => number },
  ) {}

  async find(kid: string): Promise<SigningKey | undefined> {
    const known = this.keys.get(kid);
    if (known) return known;
    // A key id we have not seen: new keys are published from time to time, so look again,
    // but a flood of made-up key ids shares one fetch a minute.
    await this.refreshIfDue();
    return this.keys.get(kid);
  }

  refreshIfDue(): Promise<void> {
    if (this.inflight) return this.inflight;
    if (this.options.now() - this.attemptedAt < this.options.minRefreshMs) return Promise.resolve();
    this.attemptedAt = this.options.now();
    this.inflight = this.refresh()
      .catch(() => {
        // Unreachable or too slow: keep the keys we had; the next attempt is a minute away.
      })
      .finally(() => {
        this.inflight = undefined;
      });
    return this.inflight;
  }

  private async refresh(): Promise<void> {
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    const get = async (url: string) => {
      const res = await this.options.fetch(url, { signal, redirect: 'error', headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.json() as Promise<unknown>;
    };
    const metadata = metadataSchema.parse(await get(this.metadataUrl));
    const jwks = jwksSchema.parse(await get(metadata.jwks_uri));
    const keys = new Map<string, SigningKey>();
    for (const jwk of jwks.keys) {
      if (jwk.kty !== 'RSA' || !jwk.n || !jwk.e) continue;
      try {
        keys.set(jwk.kid, { key: createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e } as JsonWebKey, format: 'jwk' }), endorsements: jwk.endorsements });
      } catch {
        // One malformed key does not spoil the others.
      }
    }
    if (keys.size) this.keys = keys;
  }
}
