import { createDirectLine } from 'botframework-webchat';

type TokenResponse = { token: string; directLine: { domain: string; webSocket: boolean } };

function isTokenResponse(body: unknown): body is TokenResponse {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Partial<TokenResponse>;
  return typeof b.token === 'string' && typeof b.directLine?.domain === 'string' && typeof b.directLine.webSocket === 'boolean';
}

/**
 * Ask the bot for a Direct Line token, then connect. The answer says where Direct Line is:
 * the bot's own endpoint locally, Azure's in production; the page does not need to know.
 *
 * The user id is in the token, where Web Chat finds it; the page never chooses one.
 */
export async function connect(): Promise<ReturnType<typeof createDirectLine>> {
  // Relative, like every URL on the page, so a proxy may serve the bot under a path prefix.
  const response = await fetch('api/directline/token', { method: 'POST', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`token request failed: HTTP ${response.status}`);
  const body: unknown = await response.json();
  if (!isTokenResponse(body)) throw new Error('token response has an unexpected shape');
  const domain = new URL(body.directLine.domain, document.baseURI).href.replace(/\/$/, '');
  // Web Chat 4.18 types `webSocket` as a WebSocket class, but hands it to DirectLineJS,
  // which reads it as an on/off switch; the bot's own endpoint only does polling.
  const webSocket = body.directLine.webSocket as unknown as typeof WebSocket;
  return createDirectLine({ domain, token: body.token, webSocket });
}
