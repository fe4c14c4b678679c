import restify, { type Request, type Response, type Server } from 'restify';
import type { Application } from '@microsoft/teams-ai';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from './config';
import type { Logger } from './log';
import type { KnowledgeStore } from './knowledge/store';
import type { AppState } from './conversation/state';
import type { BotServices } from './conversation/services';
import type { BotStorage } from './storage';
import { describeInvalidActivity } from './channels/incoming-activity';
import { itemPage, notFoundPage } from './channels/item-page';
import { registerWebChat } from './channels/web-routes';
import { sessionCalendar } from './channels/calendar';
import { registerAdmin } from './curation/admin-routes';
import { DEFAULT_MAX_BYTES, MAX_QUERY_CHARS } from './curation/gap-log';
import { readBody } from './http/body-reader';
import type { ContentWatcher } from './curation/content-watcher';
import { ChannelTokenCheck } from './channels/channel-auth';
import { LOCAL_DIRECT_LINE_PATH } from './channels/directline/local-endpoint';
import { AuthenticationError } from 'botframework-connector';
import { requestScope } from './http/process-guard';
import { clientAddressOf } from './http/client-address';
import { RateLimiter, limitRequests, type Limit } from './http/rate-limit';
import { TOKEN_PATH } from './channels/directline/token-route';

export type ServerDeps = {
  config: Config;
  log: Logger;
  store: KnowledgeStore;
  adapter: TeamsAdapter;
  app: Application<AppState>;
  services: BotServices;
  storage: BotStorage;
  /** Whether saved content is being picked up (WATCH_CONTENT), for /healthz. */
  contentWatch?: Pick<ContentWatcher, 'status'>;
};

/**
 * Per-client limits on what an anonymous caller can make the bot spend: a Direct Line token
 * (with DIRECT_LINE_SECRET, each is a call to Azure on the bot's account), a new conversation
 * (memory until it expires), and every staff route. A page load needs one token and one start.
 */
const REQUEST_LIMITS: { name: string; applies: (method: string, path: string) => boolean; limit: Limit }[] = [
  { name: 'direct-line-token', applies: (m, p) => m === 'POST' && p === TOKEN_PATH, limit: { max: 30, windowMs: 60_000 } },
  { name: 'direct-line-start', applies: (m, p) => m === 'POST' && p === `${LOCAL_DIRECT_LINE_PATH}/conversations`, limit: { max: 30, windowMs: 60_000 } },
  { name: 'admin', applies: (_m, p) => p === '/admin' || p.startsWith('/admin/'), limit: { max: 120, windowMs: 60_000 } },
];

/** HTTP wiring only: each route hands over to the module that owns the work. */
export function createServer(deps: ServerDeps): Server {
  const { config, log, store, adapter, app } = deps;
  const server = restify.createServer({ name: 'send-signpost', handleUncaughtExceptions: false });
  server.pre(requestScope(log));
  // HEAD is GET without the body (Node drops the body of a HEAD response by itself); restify
  // would otherwise answer 405 for every GET route.
  server.pre((req, _res, next) => {
    if (req.method === 'HEAD') req.method = 'GET';
    next();
  });
  const clientAddress = clientAddressOf(config.TRUST_PROXY);
  // Before the body is read: a refused request costs as little as possible.
  server.pre(limitRequests(REQUEST_LIMITS.map((l) => ({ ...l, limiter: new RateLimiter(l.limit) })), clientAddress, log));
  server.use(readBody({ maxBytes: config.MAX_BODY_BYTES }));
  server.use((req, res, next) => {
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    next();
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    const kb = store.current();
    const last = store.lastReload();
    const storage = await deps.storage.health();
    // Degraded: still answering, but something staff rely on is not working (and why).
    const reasons: string[] = [];
    const watch = deps.contentWatch?.status();
    if (watch && !watch.watching) reasons.push(watch.reason);
    if (!storage.reachable) reasons.push(`storage ${storage.kind} cannot be reached`);
    res.send(200, {
      status: reasons.length ? 'degraded' : 'ok',
      ...(reasons.length ? { reasons } : {}),
      storage,
      items: kb.items.length,
      glossary: kb.glossary.entries.length,
      version: kb.version,
      lastReload: last.ok ? { ok: true, at: last.at } : { ok: false, at: last.at, faults: last.faults.length },
    });
  });

  // With an app id, tokens are checked (without network where they cannot be genuine) before
  // the adapter's own check; without one, the bot never posts to a caller-given serviceUrl.
  const channelAuth = config.MicrosoftAppId ? new ChannelTokenCheck({ appId: config.MicrosoftAppId, metadataUrl: config.ToBotFromChannelOpenIdMetadataUrl }) : undefined;
  void channelAuth?.warm();
  server.post('/api/messages', async (req: Request, res: Response) => {
    const problem = describeInvalidActivity(req.body);
    if (problem) {
      res.send(400, { error: 'invalid activity', detail: problem });
      return;
    }
    if (channelAuth) {
      const verdict = await channelAuth.check(req.headers.authorization, req.body);
      if (!verdict.ok) {
        log.warn({ event: 'refused', status: 401, reason: verdict.reason });
        res.send(401, { error: 'unauthorized' });
        return;
      }
    } else {
      const refusal = unauthenticatedDelivery(req.body);
      if (refusal) {
        res.send(400, { error: 'invalid activity', detail: refusal });
        return;
      }
      // Nothing may be posted to an address the caller chose (127.0.0.1 ports, 169.254.169.254):
      // any call the turn makes goes to the bot's own Direct Line path instead.
      req.body.serviceUrl = `${deps.services.publicUrl}${LOCAL_DIRECT_LINE_PATH}`;
    }
    try {
      await adapter.process(req, withoutErrorDetail(res, log), (context) => app.run(context).then(() => undefined));
    } catch (err) {
      // The adapter's own validation or auth threw before answering.
      log.error({ event: 'adapter-error', err: err instanceof Error ? err.message : String(err) });
      const unauthorized = err instanceof AuthenticationError && err.statusCode === 401;
      if (!res.headersSent) res.send(unauthorized ? 401 : 400, { error: unauthorized ? 'unauthorized' : 'request could not be processed' });
    }
  });

  server.get('/items/:id', (req, res, next) => {
    const item = store.current().byId.get(String(req.params.id ?? ''));
    res.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'");
    res.header('Content-Type', 'text/html; charset=utf-8');
    res.sendRaw(item ? 200 : 404, item ? itemPage(item, deps.services.now()) : notFoundPage());
    next();
  });

  server.get('/calendar/:file', (req, res, next) => {
    const id = String(req.params.file ?? '').replace(/\.ics$/, '');
    const item = store.current().byId.get(id);
    const ics = item ? sessionCalendar(item, deps.services.now(), `${deps.services.publicUrl}/items/${encodeURIComponent(item.id)}`) : undefined;
    if (!ics) {
      res.send(404, { error: 'no upcoming dates' });
    } else {
      res.header('Content-Type', 'text/calendar; charset=utf-8');
      res.header('Content-Disposition', `attachment; filename="${id}.ics"`);
      res.sendRaw(200, ics);
    }
    next();
  });

  registerWebChat(server, { ...deps, gapLogLimits: { maxBytes: DEFAULT_MAX_BYTES, queryChars: MAX_QUERY_CHARS } });
  registerAdmin(server, { ...deps, clientAddress, sessionStore: deps.storage.adminSessions });

  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number; toJSON?: () => unknown }, callback: () => void) => {
    // restify's own 4xx (bad JSON, too large, not found) keep their status; never leak internals.
    const status = err.statusCode && err.statusCode < 500 ? err.statusCode : 500;
    if (status >= 500) log.error({ event: 'http-error', path: req.path(), err: err.message });
    err.toJSON = () => ({ error: status >= 500 ? 'internal error' : shortMessage(status) });
    err.toString = () => shortMessage(status);
    callback();
  });
  return server;
}

/**
 * Without an app id nobody is authenticated, so the bot only answers in the response itself
 * (expectReplies): posting replies to the activity's serviceUrl would let anyone who reaches
 * the port make the bot send requests anywhere.
 */
function unauthenticatedDelivery(activity: { type: string; deliveryMode?: string }): string | undefined {
  // An invoke's answer is the HTTP response itself (how Teams calls a message extension).
  if (activity.deliveryMode === 'expectReplies' || activity.type === 'invoke') return undefined;
  return 'deliveryMode: without MicrosoftAppId the bot answers only with deliveryMode "expectReplies" (the replies come back in the response)';
}

function shortMessage(status: number): string {
  const messages: Record<number, string> = {
    400: 'bad request',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not found',
    405: 'method not allowed',
    413: 'request too large',
    415: 'unsupported content type',
  };
  return messages[status] ?? 'request failed';
}

/**
 * The adapter answers refusals and failures with the error's own message. Callers get a
 * short, fixed message instead (401 for auth, 503 when a turn or an upstream call failed);
 * the detail goes to the log.
 */
function withoutErrorDetail(res: Response, log: Logger) {
  let status = 200;
  let body: unknown;
  return {
    socket: res.socket,
    status(code: number) {
      status = code;
      return this;
    },
    header(name: string, value: unknown) {
      res.header(name, value as string);
      return this;
    },
    send(payload?: unknown) {
      body = payload;
      return this;
    },
    end() {
      if (res.headersSent) return this;
      if (status === 401 || status === 403) {
        log.warn({ event: 'refused', status });
        res.send(status, { error: status === 401 ? 'unauthorized' : 'forbidden' });
      } else if (status >= 500) {
        log.error({ event: 'turn-failed', status, detail: typeof body === 'string' ? body.slice(0, 500) : undefined });
        res.send(503, { error: 'the bot could not complete this request; please try again' });
      } else if (body === undefined) {
        res.send(status);
      } else {
        res.send(status, body);
      }
      return this;
    },
  };
}
