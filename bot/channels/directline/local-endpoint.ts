import type { Request, Response, Server } from 'restify';
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import type { Application, TeamsAdapter } from '@microsoft/teams-ai';
import type { AppState } from '../../conversation/state';
import type { Logger } from '../../log';
import { BOT_ACCOUNT, MAX_ACTIVITY_BYTES, MAX_ACTIVITY_DEPTH, address, clientActivitySchema, fromClient, nestsDeeperThan } from './client-activity';
import type { ConversationStore } from './conversations';
import { runTurn } from './bot-turn';
import type { TokenClaims, TokenIssuer } from './tokens';

export const LOCAL_DIRECT_LINE_PATH = '/v3/directline';

export type LocalDirectLineDeps = {
  adapter: TeamsAdapter;
  app: Application<AppState>;
  log: Logger;
  issuer: TokenIssuer;
  conversations: ConversationStore;
  /** Put on activities because the adapter requires one; expectReplies means it is never called. */
  serviceUrl: string;
};

const conversationIdParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** Empty or absent means "from the start", as Web Chat sends it on the first poll. */
const watermarkSchema = z.union([z.literal(''), z.string().regex(/^\d{1,15}$/)]).nullable();

/**
 * The bot's own Direct Line v3 endpoint, used when no DIRECT_LINE_SECRET is set, so a fresh
 * `npm start` gives a working web chat with no Azure and no network. It implements what Web
 * Chat needs with polling (start, post, get with a watermark, refresh); no WebSocket stream.
 * Every posted activity runs through the real adapter and Application.
 */
export function registerLocalDirectLine(server: Server, deps: LocalDirectLineDeps): void {
  const { conversations, issuer, log } = deps;

  server.post(`${LOCAL_DIRECT_LINE_PATH}/conversations`, async (req: Request, res: Response) => {
    const claims = authorise(req, res, deps);
    if (!claims) return;
    const { created, mine, full } = conversations.start(claims.conversationId, claims.userId);
    if (full) {
      log.warn({ event: 'direct-line-full', conversations: conversations.size });
      res.header('Retry-After', '30');
      return refuse(res, 503, 'the chat is very busy right now; please try again in a minute');
    }
    if (!mine) return refuse(res, 403, 'this token is not for this conversation');
    if (created) await greet(claims, deps);
    send(res, created ? 201 : 200, {
      conversationId: claims.conversationId,
      token: issuer.issue(claims.conversationId, claims.userId),
      expires_in: issuer.lifetimeSeconds,
    });
  });

  server.post(`${LOCAL_DIRECT_LINE_PATH}/tokens/refresh`, (req: Request, res: Response, next) => {
    const claims = authorise(req, res, deps);
    if (claims) {
      if (conversations.userOf(claims.conversationId) !== claims.userId) refuse(res, 404, 'conversation not found');
      else send(res, 200, { conversationId: claims.conversationId, token: issuer.issue(claims.conversationId, claims.userId), expires_in: issuer.lifetimeSeconds });
    }
    next();
  });

  server.post(`${LOCAL_DIRECT_LINE_PATH}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const claims = authoriseFor(req, res, deps);
    if (!claims) return;
    if (bodyBytes(req) > MAX_ACTIVITY_BYTES) return refuse(res, 413, 'activity too large');
    if (nestsDeeperThan(req.body, MAX_ACTIVITY_DEPTH)) return refuse(res, 400, 'invalid activity', 'nested too deeply');
    const parsed = clientActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      const detail = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'activity'}: ${i.message}`).join('; ');
      return refuse(res, 400, 'invalid activity', detail);
    }
    const activity = fromClient(parsed.data, { conversationId: claims.conversationId, userId: claims.userId, serviceUrl: deps.serviceUrl });
    if (activity.type === 'typing') return send(res, 200, { id: '' });
    let posted: Partial<Activity> = { ...activity, id: '', timestamp: new Date() };
    // Direct Line shows people their own messages; events are for the bot only.
    if (activity.type === 'message') {
      const echoed = conversations.append(claims.conversationId, [activity])?.[0];
      if (!echoed) return refuse(res, 404, 'conversation not found');
      posted = { ...activity, id: echoed.id, timestamp: new Date(echoed.timestamp) };
    }
    conversations.append(claims.conversationId, await answer(posted, claims, deps, posted.id || undefined));
    send(res, 200, { id: posted.id });
  });

  server.get(`${LOCAL_DIRECT_LINE_PATH}/conversations/:conversationId/activities`, (req: Request, res: Response, next) => {
    const claims = authoriseFor(req, res, deps);
    if (claims) {
      // No queryParser plugin on this server, so the query string is read here.
      const watermark = watermarkSchema.safeParse(new URLSearchParams(req.getQuery()).get('watermark'));
      if (!watermark.success) refuse(res, 400, 'watermark must be a number');
      else {
        const page = conversations.since(claims.conversationId, watermark.data ? Number(watermark.data) : undefined);
        if (page) send(res, 200, page);
        else refuse(res, 404, 'conversation not found');
      }
    }
    next();
  });

  log.info({ event: 'direct-line', mode: 'local', path: LOCAL_DIRECT_LINE_PATH });
}

/** The request body's size as sent (restify keeps the raw text beside the parsed body). */
function bodyBytes(req: Request): number {
  const raw: unknown = (req as Request & { rawBody?: unknown }).rawBody;
  if (typeof raw === 'string' || Buffer.isBuffer(raw)) return Buffer.byteLength(raw);
  return Number(req.header('content-length') ?? 0) || 0;
}

/** The token's claims, or a 401/403 already sent. */
function authorise(req: Request, res: Response, deps: LocalDirectLineDeps): TokenClaims | undefined {
  const header = req.header('authorization') ?? '';
  const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(header);
  if (!match?.[1]) {
    refuse(res, 401, 'a Direct Line token is required');
    return undefined;
  }
  const claims = deps.issuer.verify(match[1]);
  // Direct Line answers 403 for an expired or wrong token; Web Chat then refreshes or gives up.
  if (!claims) refuse(res, 403, 'the token is not valid');
  return claims;
}

/** As authorise, and the token must be for the conversation in the path, which must still exist. */
function authoriseFor(req: Request, res: Response, deps: LocalDirectLineDeps): TokenClaims | undefined {
  const id = conversationIdParam.safeParse(req.params?.conversationId);
  if (!id.success) {
    refuse(res, 404, 'conversation not found');
    return undefined;
  }
  const claims = authorise(req, res, deps);
  if (!claims) return undefined;
  if (claims.conversationId !== id.data) {
    refuse(res, 403, 'this token is not for this conversation');
    return undefined;
  }
  if (deps.conversations.userOf(id.data) !== claims.userId) {
    refuse(res, 404, 'conversation not found');
    return undefined;
  }
  return claims;
}

/** Tell the bot the conversation started, as Direct Line does, so it can greet. */
async function greet(claims: TokenClaims, deps: LocalDirectLineDeps): Promise<void> {
  const update: Partial<Activity> = {
    type: 'conversationUpdate',
    id: `${claims.conversationId}|start`,
    timestamp: new Date(),
    locale: 'en-GB',
    ...address({ ...claims, serviceUrl: deps.serviceUrl }),
    membersAdded: [{ ...BOT_ACCOUNT }, { id: claims.userId, name: '', role: 'user' }],
  };
  const replies = await answer(update, claims, deps);
  deps.conversations.append(claims.conversationId, replies);
}

/**
 * The bot's replies, shaped as Direct Line delivers them. If the turn fails, the person is
 * told so rather than left waiting; the reason goes to the log. `replyTo` is set only for a
 * message the person can see: Web Chat holds back a reply to an activity it never received.
 */
async function answer(activity: Partial<Activity>, claims: TokenClaims, deps: LocalDirectLineDeps, replyTo?: string): Promise<Partial<Activity>[]> {
  let replies: Partial<Activity>[];
  try {
    replies = await runTurn(deps.adapter, deps.app, activity);
  } catch (err) {
    deps.log.error({ event: 'direct-line-turn-failed', err: err instanceof Error ? err.message : String(err) });
    replies = [{ type: 'message', text: 'Sorry, something went wrong on my side. Please try again in a moment.' }];
  }
  return replies
    .filter((r) => r.type !== 'trace' && r.type !== 'invokeResponse')
    .map((reply): Partial<Activity> => {
      const { serviceUrl: _internal, ...rest } = reply;
      return {
        ...rest,
        channelId: 'directline',
        conversation: { id: claims.conversationId, isGroup: false, conversationType: 'personal', name: '' },
        from: { ...BOT_ACCOUNT },
        recipient: { id: claims.userId, name: '', role: 'user' },
        ...(replyTo ? { replyToId: replyTo } : {}),
      };
    });
}

function send(res: Response, status: number, body: unknown): void {
  res.header('Cache-Control', 'no-store');
  res.send(status, body);
}

function refuse(res: Response, status: number, message: string, detail?: string): void {
  send(res, status, { error: { code: codeFor(status), message: detail ? `${message}: ${detail}` : message } });
}

/** Direct Line's own error codes, so clients that read them see familiar ones. */
const codeFor = (status: number): string =>
  ({ 400: 'BadArgument', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 413: 'MessageSizeTooBig' })[status] ?? 'ServiceError';
