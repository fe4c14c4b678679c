import { z } from 'zod';

export const DEFAULT_DIRECT_LINE_DOMAIN = 'https://directline.botframework.com/v3/directline';

export type DirectLineToken = { token: string; conversationId: string; expiresIn: number };

/** Why an exchange failed, for the log (never the secret or the service's reply body). */
export class TokenExchangeFailed extends Error {
  constructor(readonly reason: string) {
    super(`Direct Line token exchange failed: ${reason}`);
  }
}

const generated = z.object({
  conversationId: z.string().min(1).max(256),
  token: z.string().min(1).max(8192),
  expires_in: z.number().int().positive().optional(),
});

/**
 * Production web chat: the Azure Direct Line channel. The secret stays on the server; the
 * browser gets a token for one conversation, bound to a user id we choose, so a visitor
 * cannot pose as another user.
 */
export async function exchangeSecretForToken(options: {
  domain: string;
  secret: string;
  userId: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}): Promise<DirectLineToken> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`${options.domain.replace(/\/$/, '')}/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.secret}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ user: { id: options.userId } }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      redirect: 'error',
    });
  } catch (err) {
    throw new TokenExchangeFailed(err instanceof Error && err.name === 'TimeoutError' ? 'timed out' : 'unreachable');
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new TokenExchangeFailed(`HTTP ${response.status}`);
  }
  let parsed: z.infer<typeof generated>;
  try {
    parsed = generated.parse(await response.json());
  } catch {
    throw new TokenExchangeFailed('unexpected response');
  }
  return { token: parsed.token, conversationId: parsed.conversationId, expiresIn: parsed.expires_in ?? 1800 };
}
