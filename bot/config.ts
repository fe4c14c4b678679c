import { resolve } from 'node:path';
import { z } from 'zod';
import { trustedProxies } from './http/client-address';

/** Who runs the service until SERVICE_OPERATOR says otherwise: the advice services whose staff keep the content. */
export const DEFAULT_SERVICE_OPERATOR = 'LLR SENDIASS';

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/**
 * Every setting the bot reads from its environment, validated once at start-up. The defaults
 * run the bot locally with no credentials and no network.
 */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Unset: 127.0.0.1 without an app id (nothing else can reach an unauthenticated bot), 0.0.0.0 with one. */
  HOST: optional,
  /**
   * Which proxies' X-Forwarded-For to believe, as addresses or CIDR ranges ("10.0.0.0/8,::1").
   * Unset: none, so the forwarded header is ignored and the connecting address is the client.
   */
  TRUST_PROXY: optional.superRefine((value, ctx) => {
    try {
      trustedProxies(value);
    } catch (err) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: err instanceof Error ? err.message : String(err) });
    }
  }),
  CONTENT_DIR: z.string().default('content').transform((p) => resolve(p)),
  DATA_DIR: z.string().default('data').transform((p) => resolve(p)),
  /** Enables the admin endpoints; without it they are switched off. */
  ADMIN_TOKEN: optional.pipe(z.string().min(16, 'ADMIN_TOKEN must be at least 16 characters').optional()),
  /** The address people reach the bot at, for links the bot sends (item pages, calendar files). */
  PUBLIC_URL: optional.pipe(z.string().url().optional()),
  DIRECT_LINE_SECRET: optional,
  /** A regional Direct Line endpoint (e.g. the European one); the global one when unset. */
  DIRECT_LINE_DOMAIN: optional.pipe(z.string().url().optional()),
  MicrosoftAppId: optional,
  MicrosoftAppPassword: optional,
  MicrosoftAppType: optional.pipe(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()),
  MicrosoftAppTenantId: optional,
  /** Who runs the service: named on the privacy and terms pages and as the Teams app's developer. */
  SERVICE_OPERATOR: optional.pipe(z.string().max(120).optional()).transform((v) => v ?? DEFAULT_SERVICE_OPERATOR),
  /** Where people contact whoever runs the service (privacy and terms pages), if there is a page for it. */
  SERVICE_CONTACT_URL: optional.pipe(z.string().url().optional()),
  /** The Bot Framework's signing-key document (the connector's own setting name); for sovereign clouds and tests. */
  ToBotFromChannelOpenIdMetadataUrl: optional.pipe(z.string().url().optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest request body accepted, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(256 * 1024),
  /** Reindex when files under CONTENT_DIR change. */
  WATCH_CONTENT: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  /** Shared state for several instances (bot state, gap log, admin sessions, published content); unset keeps it all in this process and DATA_DIR. */
  AZURE_STORAGE_CONNECTION_STRING: optional,
  AZURE_STORAGE_CONTAINER: z
    .string()
    .regex(/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/, 'AZURE_STORAGE_CONTAINER must be 3 to 63 lower-case letters, digits and single hyphens')
    .default('send-signpost'),
});

export type Config = Omit<z.infer<typeof configSchema>, 'HOST'> & { HOST: string; publicUrl: string };

/** Parse the environment; throws one readable message listing every bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid settings:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return { ...c, HOST: c.HOST ?? (c.MicrosoftAppId ? '0.0.0.0' : '127.0.0.1'), publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, '') };
}
