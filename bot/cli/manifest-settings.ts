import { DEFAULT_SERVICE_OPERATOR } from '../config';

export type ManifestSettings = {
  /** The Azure Bot's Microsoft App ID; also used as the Teams app id. */
  botId: string;
  /** Where people reach the bot, with no trailing slash: developer, privacy and terms links. */
  publicUrl: string;
  /** The bot's host name, for validDomains. */
  domain: string;
  /** Who runs the service (SERVICE_OPERATOR), shown by Teams as the app's developer. */
  developerName: string;
  /** Their website (SERVICE_CONTACT_URL), or the bot's own page. */
  developerUrl: string;
  /** Things that still build a package but need attention before uploading it. */
  warnings: string[];
};

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** The longest developer name the Teams schema accepts. */
const DEVELOPER_NAME_MAX = 32;

/** The GUID pattern the Teams schema uses for app and bot ids. */
const GUID = /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
/** A host name such as signpost.example.org: no scheme, port or path. */
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

const value = (env: NodeJS.ProcessEnv, name: string): string | undefined => {
  const v = env[name]?.trim();
  return v ? v : undefined;
};

/**
 * What `npm run manifest` reads from the environment to fill in manifest/manifest.json:
 * the bot's Microsoft App ID, where the bot is reached, and who runs it (the developer
 * fields Teams shows on the app's page, with the bot's own privacy and terms pages). Every
 * problem is reported at once, in words someone setting up the Azure Bot can act on.
 */
export function manifestSettings(env: NodeJS.ProcessEnv): ManifestSettings {
  const problems: string[] = [];
  const warnings: string[] = [];

  const botId = value(env, 'BOT_ID');
  if (!botId) {
    problems.push('BOT_ID is not set. Set it to the Microsoft App ID of the Azure Bot, a GUID like 00000000-0000-0000-0000-000000000000.');
  } else if (!GUID.test(botId)) {
    problems.push(`BOT_ID "${botId.slice(0, 80)}" is not a GUID. Use the Microsoft App ID of the Azure Bot, like 00000000-0000-0000-0000-000000000000.`);
  }

  const domainSetting = value(env, 'BOT_DOMAIN');
  if (domainSetting && !HOST.test(domainSetting)) {
    problems.push(`BOT_DOMAIN "${domainSetting.slice(0, 80)}" is not a host name. Give only the name, like signpost.example.org, without https:// or a path.`);
  }

  let publicUrl: string | undefined;
  const urlSetting = value(env, 'PUBLIC_URL');
  if (urlSetting) {
    const url = parseUrl(urlSetting);
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
      problems.push(`PUBLIC_URL "${urlSetting.slice(0, 80)}" is not a web address like https://signpost.example.org.`);
    } else {
      publicUrl = url.href.replace(/\/+$/, '');
    }
  } else if (domainSetting && HOST.test(domainSetting)) {
    publicUrl = `https://${domainSetting.toLowerCase()}`;
  }

  const developerName = value(env, 'SERVICE_OPERATOR') ?? DEFAULT_SERVICE_OPERATOR;
  // Teams' schema allows 32 characters; say so here rather than as a schema path.
  if (developerName.length > DEVELOPER_NAME_MAX) {
    problems.push(`SERVICE_OPERATOR "${developerName.slice(0, 80)}" is longer than ${DEVELOPER_NAME_MAX} characters, which Teams allows for the developer name. Use a short name, like "${DEFAULT_SERVICE_OPERATOR}".`);
  }
  const contactSetting = value(env, 'SERVICE_CONTACT_URL');
  const contactUrl = contactSetting ? parseUrl(contactSetting) : undefined;
  if (contactSetting && contactUrl?.protocol !== 'https:') {
    problems.push(`SERVICE_CONTACT_URL "${contactSetting.slice(0, 80)}" is not an https web address like https://www.example.org/contact.`);
  }

  if (problems.length) throw new SettingsError(problems);

  if (!publicUrl) {
    // The bot's own default, so `BOT_ID=… npm run manifest` works for a local try-out.
    publicUrl = `http://localhost:${value(env, 'PORT') ?? '3978'}`;
    warnings.push(`Neither PUBLIC_URL nor BOT_DOMAIN is set, so the package points at ${publicUrl}. Set one of them to the bot's public address before uploading to Teams.`);
  } else if (!publicUrl.startsWith('https://')) {
    warnings.push(`PUBLIC_URL ${publicUrl} is not https. Teams needs https addresses outside local testing.`);
  }

  const urlHost = new URL(publicUrl).hostname;
  const domain = domainSetting?.toLowerCase() ?? urlHost;
  if (domain !== urlHost) warnings.push(`BOT_DOMAIN ${domain} is not the host of PUBLIC_URL (${urlHost}); links in the app will use PUBLIC_URL.`);

  return { botId: botId!, publicUrl, domain, developerName, developerUrl: contactUrl?.href ?? `${publicUrl}/`, warnings };
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
