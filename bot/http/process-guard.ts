import { AsyncLocalStorage } from 'node:async_hooks';
import type { Next, Request, RequestHandler, Response } from 'restify';
import type { Logger } from '../log';

type Scope = { res: Response; path: string; log: Logger };

const scope = new AsyncLocalStorage<Scope>();

/** Restify `pre` handler: everything the request causes runs inside its scope. */
export function requestScope(log: Logger): RequestHandler {
  return (req: Request, res: Response, next: Next) => scope.run({ res, path: req.path(), log }, () => next());
}

/**
 * The last line of defence: an error nobody handled (an 'error' event on a stream without a
 * listener, a throw in a callback) would end the process and every conversation with it.
 * Each request runs in its own async scope, so the guard knows which request the error
 * belongs to: that one request is answered 500 and the process carries on.
 *
 * Install once per process (in `npm start`); returns how to remove it.
 */
export function installProcessGuard(log: Logger): () => void {
  const onError = (err: unknown, origin: string) => {
    const current = scope.getStore();
    (current?.log ?? log).error({
      event: 'uncaught-error',
      origin,
      path: current?.path,
      err: err instanceof Error ? err.message : String(err),
      code: (err as { code?: unknown } | undefined)?.code,
      stack: err instanceof Error ? err.stack?.split('\n').slice(0, 6).join('\n') : undefined,
    });
    const res = current?.res;
    if (res && !res.headersSent) {
      try {
        res.header('Connection', 'close');
        res.send(500, { error: 'internal error' });
      } catch {
        // The socket is already gone: nothing more to tell this caller.
      }
    }
  };
  const onException = (err: unknown) => onError(err, 'uncaughtException');
  const onRejection = (err: unknown) => onError(err, 'unhandledRejection');
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}
