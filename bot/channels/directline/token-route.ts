import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../log';
import { LOCAL_DIRECT_LINE_PATH } from './local-endpoint';
import { TokenExchangeFailed, exchangeSecretForToken } from './token-exchange';
import { newConversationId, newUserId, type TokenIssuer } from './tokens';

export type TokenSource =
  /** Azure's Direct Line channel: the secret is exchanged for a token here, on the server. */
  | { kind: 'azure'; secret: string; domain: string; fetch?: typeof fetch }
  /** The bot's own endpoint (no secret set). */
  | { kind: 'local'; issuer: TokenIssuer }
  /** Web chat cannot work with these settings; `reason` is for the log. */
  | { kind: 'off'; reason: string };

export type TokenResponse = {
  token: string;
  conversationId: string;
  expiresIn: number;
  /** `domain` may be relative to the page (the bot's own endpoint). */
  directLine: { domain: string; webSocket: boolean };
};

export const TOKEN_PATH = '/api/directline/token';

/**
 * `POST /api/directline/token`: the one thing the web chat page asks for before it connects.
 * It answers with a token for one new conversation and where to use it, whichever Direct
 * Line is in use, so the page has a single code path and never sees a secret.
 */
export function registerTokenRoute(server: Server, source: TokenSource, log: Logger): void {
  server.post(TOKEN_PATH, async (_req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    if (source.kind === 'off') {
      res.send(503, { error: 'web chat is not available right now' });
      return;
    }
    // The user id goes into the token, where Web Chat reads it and Direct Line enforces it.
    const userId = newUserId();
    if (source.kind === 'local') {
      const conversationId = newConversationId();
      const body: TokenResponse = {
        token: source.issuer.issue(conversationId, userId),
        conversationId,
        expiresIn: source.issuer.lifetimeSeconds,
        // Relative to the page, so it works behind a proxy that adds a path prefix.
        directLine: { domain: LOCAL_DIRECT_LINE_PATH.slice(1), webSocket: false },
      };
      res.send(200, body);
      return;
    }
    try {
      const token = await exchangeSecretForToken({ domain: source.domain, secret: source.secret, userId, fetch: source.fetch });
      const body: TokenResponse = { ...token, directLine: { domain: source.domain, webSocket: true } };
      res.send(200, body);
    } catch (err) {
      log.warn({ event: 'direct-line-token-failed', reason: err instanceof TokenExchangeFailed ? err.reason : 'unexpected' });
      res.send(502, { error: 'web chat is not available right now; please try again later' });
    }
  });
}
