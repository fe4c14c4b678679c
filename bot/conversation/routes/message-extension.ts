import type { Application } from '@microsoft/teams-ai';
import type { AppState } from '../state';
import type { BotServices } from '../services';

/** STUB (issue 6 will replace): the Teams message extension search command. */
export function registerMessageExtension(_app: Application<AppState>, _services: BotServices): void {}
