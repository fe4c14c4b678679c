import type { Next, Request, RequestHandler, Response, Server } from 'restify';
import { z } from 'zod';
import type { Config } from '../config';
import type { Logger } from '../log';
import { findingsOf, type KnowledgeStore, type ReloadResult } from '../knowledge/store';
import { formatFinding } from '../knowledge/findings';
import { areas, audiences } from '../knowledge/schema';
import type { Preferences } from '../knowledge/search';
import type { BotServices } from '../conversation/services';
import { replyToQuestion } from '../conversation/answering';
import { AdminSessions, authenticate, LoginThrottle, sessionCookie, tokensMatch, type AdminAuth, type SessionStore } from './admin-auth';
import { ADMIN_CSP, adminPage, loginPage, replyAsText, type TryResult } from './admin-page';
import { reloadAndLog } from './reload';
import { screen } from '../conversation/safeguarding/index';
import type { ClientAddress } from '../http/client-address';

/** What the staff pages need: the token, the live content, the log, and what replies are built with. */
export type AdminDeps = {
  config: Pick<Config, 'ADMIN_TOKEN' | 'WATCH_CONTENT' | 'publicUrl'>;
  log: Logger;
  store: Pick<KnowledgeStore, 'current' | 'lastReload' | 'reload'>;
  /** Read per request: the public address is known only once the server listens. */
  services: Pick<BotServices, 'now' | 'publicUrl'>;
  /** Who is calling (X-Forwarded-For only from TRUST_PROXY), for the wrong-token throttle. */
  clientAddress: ClientAddress;
  /** Signed sessions when several instances serve /admin; by default they are kept in memory. */
  sessionStore?: (token: string) => SessionStore;
};

/**
 * The staff pages, with ADMIN_TOKEN set: /admin (sign in, try a question, reload) and
 * POST /admin/reload. Without ADMIN_TOKEN no /admin route exists, so they all answer 404.
 * A reload never takes the bot down: KnowledgeStore swaps in a new version only when all of
 * it loads, and keeps serving the last good version otherwise.
 */
export function registerAdmin(server: Server, deps: AdminDeps): void {
  const token = deps.config.ADMIN_TOKEN;
  if (!token) return;
  const admin: Admin = { ...deps, token, sessions: deps.sessionStore?.(token) ?? new AdminSessions(), throttle: new LoginThrottle() };
  server.get('/admin', staffOnly(admin, false, showAdmin));
  server.post('/admin/login', signIn(admin));
  server.post('/admin/logout', staffOnly(admin, true, signOut));
  server.post('/admin/try', staffOnly(admin, true, tryQuestion));
  server.post('/admin/reload', staffOnly(admin, true, reloadContent));
}

type Admin = AdminDeps & { token: string; sessions: SessionStore; throttle: LoginThrottle };
type Allowed = Extract<AdminAuth, { ok: true }>;

/** Check the caller; on refusal, answer and return undefined. Forms from a browser must carry the session's CSRF value. */
function allow(admin: Admin, req: Request, res: Response, form: boolean): Allowed | undefined {
  const { log } = admin;
  const address = admin.clientAddress(req);
  // Wrong Bearer tokens count as wrong sign-ins: after too many, even the right one waits.
  if (admin.throttle.blocked(address)) {
    log.warn({ event: 'admin-throttled', path: req.path() });
    res.header('Retry-After', String(admin.throttle.windowSeconds));
    if (wantsHtml(req)) html(res, 429, loginPage({ error: 'Too many wrong tokens. Wait ten minutes and try again.' }));
    else json(res, 429, { error: 'too many wrong tokens; wait ten minutes and try again' });
    return undefined;
  }
  const auth = authenticate({ authorization: req.headers.authorization, cookie: req.headers.cookie }, admin.token, admin.sessions);
  if (!auth.ok && auth.status === 403) admin.throttle.failed(address);
  if (!auth.ok) {
    log.warn({ event: 'admin-refused', status: auth.status, path: req.path() });
    if (wantsHtml(req)) html(res, auth.status, loginPage(auth.status === 403 ? { error: 'That token is not right.' } : {}));
    else json(res, auth.status, { error: auth.status === 401 ? 'unauthorized' : 'forbidden' });
    return undefined;
  }
  if (form && auth.via === 'session') {
    const csrf = csrfSchema.safeParse(req.body ?? {});
    if (!csrf.success || !csrf.data.csrf || !tokensMatch(csrf.data.csrf, auth.session.csrf)) {
      log.warn({ event: 'admin-refused', status: 403, path: req.path(), reason: 'csrf' });
      html(res, 403, loginPage({ error: 'That form has expired. Sign in again.' }));
      return undefined;
    }
  }
  return auth;
}

/** The admin page for the live content, with the outcome of what was just done. */
function view(admin: Admin, auth: Allowed, extra: { reloaded?: ReloadResult; tried?: TryResult } = {}): string {
  const kb = admin.store.current();
  return adminPage({
    version: kb.version,
    items: kb.items.length,
    builtAt: kb.builtAt,
    lastReload: admin.store.lastReload(),
    csrf: auth.via === 'session' ? auth.session.csrf : undefined,
    watching: admin.config.WATCH_CONTENT,
    ...extra,
  });
}

/** A handler for signed-in staff; everyone else has been answered by `allow` already. */
type StaffHandler = (admin: Admin, req: Request, res: Response, auth: Allowed) => void;

/** A route only staff may use: `form` routes also need the session's CSRF value. */
const staffOnly =
  (admin: Admin, form: boolean, handle: StaffHandler): RequestHandler =>
  (req: Request, res: Response, next: Next) => {
    const auth = allow(admin, req, res, form);
    if (auth) handle(admin, req, res, auth);
    next();
  };

/** GET /admin */
const showAdmin: StaffHandler = (admin, _req, res, auth) => html(res, 200, view(admin, auth));

/** POST /admin/login: the token for a session cookie, with wrong guesses throttled. */
const signIn =
  (admin: Admin): RequestHandler =>
  (req: Request, res: Response, next: Next) => {
    const { log, throttle } = admin;
    const address = admin.clientAddress(req);
    const body = loginSchema.safeParse(req.body ?? {});
    if (throttle.blocked(address)) {
      log.warn({ event: 'admin-login-throttled' });
      html(res, 429, loginPage({ error: 'Too many wrong tokens. Wait ten minutes and try again.' }));
    } else if (!body.success || !tokensMatch(body.data.token, admin.token)) {
      throttle.failed(address);
      log.warn({ event: 'admin-login-failed' });
      html(res, body.success ? 403 : 400, loginPage({ error: 'That token is not right.' }));
    } else {
      const session = admin.sessions.create();
      log.info({ event: 'admin-login' });
      res.header('Set-Cookie', sessionCookie(session.id, { secure: isHttps(req, admin.config.publicUrl) }));
      res.header('Location', '/admin');
      res.header('Cache-Control', 'no-store');
      res.send(303);
    }
    next();
  };

/** POST /admin/logout */
const signOut: StaffHandler = (admin, req, res, auth) => {
  if (auth.via === 'session') admin.sessions.end(auth.session.id);
  res.header('Set-Cookie', sessionCookie('', { secure: isHttps(req, admin.config.publicUrl), maxAgeSeconds: 0 }));
  res.header('Location', '/admin');
  res.send(303);
};

/** POST /admin/try: what the bot would answer, with the ranking behind it. */
const tryQuestion: StaffHandler = (admin, req, res, auth) => {
  const { log, store, services } = admin;
  const body = trySchema.safeParse(req.body ?? {});
  if (!body.success) {
    const problem = body.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
    if (wantsHtml(req)) html(res, 400, view(admin, auth)); // the form itself marks the question as required
    else json(res, 400, { error: 'invalid request', detail: problem });
    return;
  }
  const { question } = body.data;
  const prefs: Preferences = {};
  if (body.data.audience) prefs.audience = body.data.audience;
  if (body.data.area) prefs.area = body.data.area;
  // One knowledge base for both calls, so the reply and the ranking describe the same version.
  const kb = store.current();
  const { hits, concepts } = kb.ask(question, prefs);
  const { reply, decision } = replyToQuestion(kb, question, prefs, { now: services.now(), publicUrl: services.publicUrl });
  log.info({ event: 'admin-try', decision: decision.kind, hits: hits.length });
  const screening = screen(question);
  log.info({ event: 'admin-try-screen', tier: screening.tier, category: screening.category });
  const tried: TryResult = { question, prefs, decision, reply, hits, concepts, screening };
  if (wantsHtml(req)) html(res, 200, view(admin, auth, { tried }));
  else {
    json(res, 200, {
      version: kb.version,
      decision: decision.kind,
      reason: decision.kind === 'decline' ? decision.reason : undefined,
      safeguarding: { tier: screening.tier, category: screening.category, cues: screening.cues.map((c) => ({ id: c.id, weight: c.weight, text: c.text })) },
      reply: replyAsText(reply),
      hits: hits.slice(0, 10).map((h) => ({
        id: h.item.id,
        title: h.item.title,
        score: h.score,
        raw: h.raw,
        coverage: h.coverage,
        strongCoverage: h.strongCoverage,
        matched: h.matched,
      })),
    });
  }
};

/** POST /admin/reload: publish the content folder now, or say why it was refused. */
const reloadContent: StaffHandler = (admin, req, res, auth) => {
  const result = reloadAndLog(admin.store, admin.log, 'admin');
  // 422: the request was fine, the content it asked to publish is not.
  const status = result.ok ? 200 : 422;
  if (wantsHtml(req)) html(res, status, view(admin, auth, { reloaded: result }));
  else if (result.ok) json(res, 200, result);
  else {
    json(res, 422, {
      ok: false,
      error: 'The content has problems, so it was not published. The bot is still answering from the last good version.',
      keptVersion: result.keptVersion,
      at: result.at,
      files: [...new Set(result.faults.map((f) => f.file))],
      faults: result.faults,
      warnings: result.warnings,
      // The same lines content:check prints for these files.
      problems: findingsOf(result).map(formatFinding),
    });
  }
};

const csrfSchema = z.object({ csrf: z.string().max(200).optional() }).passthrough();
const loginSchema = z.object({ token: z.string().min(1).max(1000) }).passthrough();
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) => z.union([z.enum(values), z.literal('')]).optional();
const trySchema = z
  .object({
    question: z.string().trim().min(1, 'type a question').max(500, 'keep the question under 500 characters'),
    audience: optionalChoice(audiences),
    area: optionalChoice(areas),
    csrf: z.string().max(200).optional(),
  })
  .strict();

/** Browsers ask for HTML; scripts (curl, tests) get JSON. */
const wantsHtml = (req: Request) => /text\/html/i.test(String(req.headers.accept ?? ''));

function html(res: Response, status: number, body: string): void {
  res.header('Content-Type', 'text/html; charset=utf-8');
  res.header('Content-Security-Policy', ADMIN_CSP);
  res.header('Cache-Control', 'no-store');
  res.header('X-Frame-Options', 'DENY');
  res.header('Referrer-Policy', 'no-referrer');
  res.sendRaw(status, body);
}

function json(res: Response, status: number, body: unknown): void {
  res.header('Cache-Control', 'no-store');
  res.send(status, body);
}

/** https directly, behind a TLS-terminating proxy, or when the public address is https. */
const isHttps = (req: Request, publicUrl: string) =>
  publicUrl.startsWith('https:') || req.isSecure() || String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim() === 'https';
