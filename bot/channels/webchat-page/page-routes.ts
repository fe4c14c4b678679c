import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { WebAssets } from './assets';
import { notBuiltPage, webChatPage } from './page';
import { webChatPageHeaders } from './security-headers';
import { privacyPage, termsPage, type PolicyFacts } from '../policy-pages';

/** Plain pages with no script: only their own inline style is allowed. */
const PLAIN_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/**
 * `GET /` (the page), `GET /webchat/:file` (its bundle, stylesheet and icon), and the privacy
 * notice and terms of use the page and the Teams app link to.
 */
export function registerPageRoutes(server: Server, assets: WebAssets | undefined, options: { directLineDomain?: string; policy: PolicyFacts }): void {
  const plain = (html: string) => (_req: Request, res: Response, next: () => void) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', PLAIN_PAGE_CSP);
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.sendRaw(200, html);
    next();
  };
  // Relative links, like the rest of the page, so a proxy may add a path prefix.
  server.get('/privacy', plain(privacyPage(options.policy, './')));
  server.get('/terms', plain(termsPage(options.policy, './')));

  server.get('/', (_req: Request, res: Response, next) => {
    const nonce = randomBytes(18).toString('base64');
    // setHeader replaces the server-wide defaults; restify's res.header would add a second value.
    for (const [name, value] of Object.entries(webChatPageHeaders({ nonce, directLineDomain: options.directLineDomain }))) {
      res.setHeader(name, value);
    }
    res.sendRaw(assets ? 200 : 503, assets ? webChatPage(assets.page, nonce) : notBuiltPage());
    next();
  });

  server.get('/webchat/:file', (req: Request, res: Response, next) => {
    const asset = assets?.get(String(req.params?.file ?? ''));
    if (!asset) {
      res.header('Cache-Control', 'no-store');
      res.send(404, { error: 'not found' });
      return next();
    }
    res.header('Content-Type', asset.contentType);
    // Names carry a content hash: a changed file is a new name, so this one never changes.
    res.header('Cache-Control', 'public, max-age=31536000, immutable');
    res.header('Vary', 'Accept-Encoding');
    const gzip = asset.gzip && /\bgzip\b/.test(String(req.header('accept-encoding') ?? ''));
    if (gzip) res.header('Content-Encoding', 'gzip');
    res.sendRaw(200, gzip && asset.gzip ? asset.gzip : asset.body);
    next();
  });
}
