import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { z } from 'zod';
import type { PageAssets } from './page';

export const buildManifestSchema = z.object({
  script: z.string(),
  style: z.string(),
  icon: z.string(),
  /** Every file the bot may serve, including licence notices. */
  files: z.array(z.string().regex(/^[A-Za-z0-9._-]+$/)),
});

export type BuildManifest = z.infer<typeof buildManifestSchema>;

export type Asset = { body: Buffer; gzip?: Buffer; contentType: string };

export type WebAssets = { page: PageAssets; get(name: string): Asset | undefined };

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The built bundle, stylesheet and icon, read into memory once at start-up. File names carry
 * a content hash, so browsers may keep them for a year; only the names listed in the build
 * manifest are ever served, so no request can reach another file.
 *
 * The assets in `dir`, or undefined when they have not been built.
 */
export function loadWebAssets(dir: string): WebAssets | undefined {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return undefined;
  const manifest = buildManifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  const files = new Map<string, Asset>();
  for (const name of manifest.files) {
    const contentType = contentTypes[extname(name)];
    if (!contentType) continue;
    const gz = join(dir, `${name}.gz`);
    files.set(name, { body: readFileSync(join(dir, name)), gzip: existsSync(gz) ? readFileSync(gz) : undefined, contentType });
  }
  return { page: { script: manifest.script, style: manifest.style, icon: manifest.icon }, get: (name) => files.get(name) };
}
