import type { Server } from 'restify';
import type { ServerDeps } from '../server';

/** STUB (issue 6 will replace): the parents' web chat page and the Direct Line endpoints. */
export function registerWebChat(_server: Server, _deps: ServerDeps): void {}
