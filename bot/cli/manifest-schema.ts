import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';

/** Teams manifest versions older than this lack what the app relies on or are being retired. */
export const MIN_MANIFEST_VERSION = { major: 1, minor: 17 } as const;

/**
 * The official Teams manifest JSON schema for a version, read from the copy that
 * `@microsoft/app-manifest` ships. Never fetched: the package must build with no network.
 */
export function officialSchemaPath(manifestVersion: string): string {
  const packageDir = dirname(require.resolve('@microsoft/app-manifest'));
  return join(packageDir, 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
}

export const schemaUrl = (manifestVersion: string): string =>
  `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`;

/**
 * Every way the manifest breaks the official schema for its own `manifestVersion`, one line
 * each; empty when it is valid. Validation is the package's own (ajv with the draft-04 meta
 * schema the Teams schemas are written in), given the local schema so it never downloads one.
 */
export async function validateManifest(manifest: unknown): Promise<string[]> {
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) return ['the manifest must be a JSON object'];
  const { manifestVersion, $schema } = manifest as { manifestVersion?: unknown; $schema?: unknown };
  if (typeof manifestVersion !== 'string') return ['manifestVersion is missing'];
  const version = /^(\d+)\.(\d+)$/.exec(manifestVersion);
  if (!version || Number(version[1]) !== MIN_MANIFEST_VERSION.major || Number(version[2]) < MIN_MANIFEST_VERSION.minor) {
    return [`manifestVersion "${manifestVersion}" is not supported: use ${MIN_MANIFEST_VERSION.major}.${MIN_MANIFEST_VERSION.minor} or later`];
  }
  const path = officialSchemaPath(manifestVersion);
  if (!existsSync(path)) return [`there is no offline schema for manifestVersion ${manifestVersion} in @microsoft/app-manifest`];
  const problems: string[] = [];
  if ($schema !== schemaUrl(manifestVersion)) problems.push(`$schema should be ${schemaUrl(manifestVersion)} to match manifestVersion ${manifestVersion}`);

  const schema = JSON.parse(readFileSync(path, 'utf8')) as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
  // The cast is what this call checks: the schema decides whether the object is a manifest.
  const failures = await AppManifestUtils.validateAgainstSchema(manifest as AppManifest, schema);
  for (const failure of failures) {
    // "<instancePath> <message>. Details: {…}" → "<path>: <message>. Details: {…}"
    const space = failure.indexOf(' ');
    const where = failure.slice(0, space) || '(top level)';
    problems.push(`${where}: ${failure.slice(space + 1)}`);
  }
  return problems;
}
