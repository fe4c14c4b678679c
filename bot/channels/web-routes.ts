import type { Server } from 'restify';
import type { Application, TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { AppState } from '../conversation/state';
import { loadWebAssets } from './webchat-page/assets';
import { webAssetsDir } from './webchat-page/paths';
import { registerPageRoutes } from './webchat-page/page-routes';
import { ConversationStore } from './directline/conversations';
import { registerLocalDirectLine } from './directline/local-endpoint';
import { DEFAULT_DIRECT_LINE_DOMAIN } from './directline/token-exchange';
import { registerTokenRoute, type TokenSource } from './directline/token-route';
import { TokenIssuer } from './directline/tokens';
import { STATE_IDLE_MS } from '../conversation/storage';

/** Which Direct Line to use (from the settings), and the turn handler the local one drives. */
export type WebChatDeps = {
  config: Pick<Config, 'DIRECT_LINE_SECRET' | 'DIRECT_LINE_DOMAIN' | 'MicrosoftAppId' | 'publicUrl' | 'SERVICE_OPERATOR' | 'SERVICE_CONTACT_URL' | 'AZURE_STORAGE_CONNECTION_STRING'>;
  log: Logger;
  adapter: TeamsAdapter;
  app: Application<AppState>;
  /** How much the gap log keeps, for the privacy page (the log itself lives in curation/). */
  gapLogLimits: { maxBytes: number; queryChars: number };
};

/**
 * The parents' web chat: the page and its assets, the token the page asks for, and (when no
 * Direct Line secret is set) the bot's own Direct Line endpoint.
 */
export function registerWebChat(server: Server, deps: WebChatDeps): void {
  const { config, log } = deps;
  const source = tokenSource(config);
  const assets = loadWebAssets(webAssetsDir());
  if (!assets) log.warn({ event: 'web-chat-not-built', fix: 'npm run build:web' });
  if (source.kind === 'off') log.warn({ event: 'web-chat-off', reason: source.reason });

  registerPageRoutes(server, assets, {
    directLineDomain: source.kind === 'azure' ? source.domain : undefined,
    policy: {
      operator: config.SERVICE_OPERATOR,
      contactUrl: config.SERVICE_CONTACT_URL,
      memoryIdleHours: STATE_IDLE_MS / 3600_000,
      gapLogMaxBytes: deps.gapLogLimits.maxBytes,
      gapQueryChars: deps.gapLogLimits.queryChars,
      azureDirectLine: source.kind === 'azure',
      azureStorage: Boolean(config.AZURE_STORAGE_CONNECTION_STRING),
    },
  });
  registerTokenRoute(server, source, log);
  if (source.kind === 'local') {
    registerLocalDirectLine(server, {
      adapter: deps.adapter,
      app: deps.app,
      log,
      issuer: source.issuer,
      conversations: new ConversationStore(),
      serviceUrl: `${config.publicUrl}/v3/directline`,
    });
  }
}

/** Half an hour, as Azure's tokens; Web Chat refreshes them every 15 minutes. */
const LOCAL_TOKEN_SECONDS = 30 * 60;

function tokenSource(config: WebChatDeps['config']): TokenSource {
  if (config.DIRECT_LINE_SECRET) return { kind: 'azure', secret: config.DIRECT_LINE_SECRET, domain: directLineDomain(config) };
  // With an app id every request to the adapter must carry a Bot Framework token, which the
  // bot's own endpoint cannot mint: production uses Azure's Direct Line instead.
  if (config.MicrosoftAppId) return { kind: 'off', reason: 'MicrosoftAppId is set without DIRECT_LINE_SECRET' };
  return { kind: 'local', issuer: new TokenIssuer(LOCAL_TOKEN_SECONDS) };
}

/** Azure's Direct Line address: a regional one (such as Europe's) when configured. */
function directLineDomain(config: Pick<Config, 'DIRECT_LINE_DOMAIN'>): string {
  return (config.DIRECT_LINE_DOMAIN ?? DEFAULT_DIRECT_LINE_DOMAIN).replace(/\/$/, '');
}
