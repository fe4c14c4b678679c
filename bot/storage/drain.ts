import type { Server, ServerResponse } from 'node:http';
import type { Logger } from '../log';

/** Long enough for a turn waiting on storage; App Service allows 30 s after SIGTERM. */
export const DEFAULT_GRACE_MS = 10_000;

type Tracked = { open: Set<ServerResponse>; draining: boolean };
const tracked = new WeakMap<Server, Tracked>();

/**
 * Remember the requests in progress, so a drain can tell each one to close its connection
 * when it is answered. Node keeps a keep-alive connection serving after `server.close()`
 * until it idles out, so without this a drain would take seconds and still accept requests.
 */
export function trackRequests(server: Server): void {
  const state: Tracked = { open: new Set(), draining: false };
  tracked.set(server, state);
  server.on('request', (_req, res: ServerResponse) => {
    if (state.draining) res.setHeader('Connection', 'close');
    state.open.add(res);
    res.once('close', () => state.open.delete(res));
  });
}

/**
 * Graceful stop: refuse new connections at once, let requests already being served finish
 * (answered with `Connection: close`), close keep-alive connections once they are idle, and
 * cut whatever is left after `graceMs`.
 */
export async function drainAndClose(server: Server, options: { graceMs?: number; idleGraceMs?: number; log?: Logger } = {}): Promise<void> {
  const grace = options.graceMs ?? DEFAULT_GRACE_MS;
  const started = Date.now();
  const state = tracked.get(server);
  if (state) {
    state.draining = true;
    for (const res of state.open) if (!res.headersSent) res.setHeader('Connection', 'close');
  }
  options.log?.info({ event: 'draining', inFlight: state?.open.size, graceMs: grace });
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // A request a client has just written on an idle keep-alive connection may not have been
  // read yet, so that connection looks idle; closing it at once would drop the request. For
  // `idleGraceMs` such requests are still served (and told to close); after it, idle
  // connections are closed as soon as they are idle.
  if (options.idleGraceMs) await Promise.race([closed, new Promise((r) => setTimeout(r, options.idleGraceMs))]);
  server.closeIdleConnections();
  // Bounded: a check every 50 ms until everything is closed or the grace period is over.
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), grace);
  });
  const outcome = await Promise.race([closed.then(() => 'drained' as const), timeout]);
  clearInterval(idle);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    server.closeAllConnections();
    await closed;
  }
  options.log?.info({ event: 'drained', outcome, ms: Date.now() - started });
}
