import type { Server } from 'restify';
import type { ServerDeps } from '../server';

/** STUB (issue 7 will replace): /admin, /admin/reload and content watching. */
export function registerAdmin(_server: Server, _deps: ServerDeps): void {}
