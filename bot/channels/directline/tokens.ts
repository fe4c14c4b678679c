import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export type TokenClaims = { conversationId: string; userId: string; expiresAt: number };

/** 128 random bits, URL-safe: conversation ids must not be guessable. */
export const newConversationId = (): string => randomBytes(16).toString('base64url');

/** Direct Line user ids start with "dl_"; this one is random and bound to the token. */
export const newUserId = (): string => `dl_${randomBytes(12).toString('base64url')}`;

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const payloadSchema = z.object({ conv: id, user: id, exp: z.number().int() });
type Payload = z.infer<typeof payloadSchema>;

/**
 * Tokens for the bot's own Direct Line endpoint: JWTs (HS256) naming one conversation and
 * one user, signed with a key that lives only in this process. The server keeps no token
 * table: a token for conversation A can never open conversation B, and a restart (which loses
 * the conversations anyway) invalidates every token. Web Chat reads the `user` claim, as it
 * does from Azure's tokens, so the user id is the server's choice, never the browser's.
 */
export class TokenIssuer {
  private readonly key = randomBytes(32);

  constructor(
    /** How long a token is valid for, in seconds; the client refreshes it before then. */
    readonly lifetimeSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  issue(conversationId: string, userId: string): string {
    const payload: Payload = { conv: conversationId, user: userId, exp: Math.floor(this.now() / 1000) + this.lifetimeSeconds };
    const body = `${HEADER}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
    return `${body}.${this.sign(body)}`;
  }

  /** The claims of a genuine, unexpired token; undefined for anything else. */
  verify(token: string): TokenClaims | undefined {
    if (token.length > 1024) return undefined;
    const [header, payload, signature, extra] = token.split('.');
    if (header !== HEADER || !payload || !signature || extra !== undefined) return undefined;
    const expected = Buffer.from(this.sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    const claims = parsePayload(payload);
    if (!claims || claims.exp * 1000 <= this.now()) return undefined;
    return { conversationId: claims.conv, userId: claims.user, expiresAt: claims.exp };
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

/** Only reached for tokens this process signed, but checked all the same. */
function parsePayload(encoded: string): Payload | undefined {
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(encoded, 'base64url').toString()));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
