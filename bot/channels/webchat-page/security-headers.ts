/**
 * Headers for the web chat page. Scripts come only from this server. Web Chat injects its
 * styles at run time, so styles are allowed by a per-response nonce instead of
 * 'unsafe-inline'. Connections go to this server, plus the Azure Direct Line service when
 * a secret is set.
 */

/**
 * The hash of an empty <style>. Web Chat 4.18 does not pass its nonce to the scroll panel it
 * uses (react-scroll-to-bottom), which adds an empty <style> and fills it through the CSSOM;
 * allowing exactly "empty" lets that work without allowing any inline CSS text.
 */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

export function webChatPageHeaders(options: { nonce: string; directLineDomain?: string }): Record<string, string> {
  const connect = ["'self'", ...directLineOrigins(options.directLineDomain)];
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${options.nonce}' ${EMPTY_STYLE_HASH}`,
    // Web Chat draws some icons and Adaptive Card images as data: and blob: URLs.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "media-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    // What a parent reads about should not follow them to the sites the answers link to.
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // A fresh nonce each time, so the page itself must never be cached.
    'Cache-Control': 'no-store',
  };
}

/** The Direct Line service's HTTPS origin and its WebSocket twin. */
function directLineOrigins(domain: string | undefined): string[] {
  if (!domain) return [];
  const url = new URL(domain);
  return [url.origin, `${url.protocol === 'http:' ? 'ws:' : 'wss:'}//${url.host}`];
}
