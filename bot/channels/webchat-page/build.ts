import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BuildManifest } from './assets';
import { webAssetsDir, webSourceDir } from './paths';

/**
 * `npm run build:web`: bundles Web Chat, React and the page script into one file with
 * esbuild, alongside the page's stylesheet and icon, under content-hashed names, plus a
 * gzipped copy of each and a manifest the server reads. Nothing is loaded from a CDN.
 */
export async function buildWebAssets(outDir = webAssetsDir()): Promise<BuildManifest> {
  const src = webSourceDir();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: { app: join(src, 'client', 'main.ts'), page: join(src, 'page.css'), icon: join(src, 'icon.svg') },
    outdir: outDir,
    entryNames: '[name]-[hash]',
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    loader: { '.svg': 'copy' },
    define: { 'process.env.NODE_ENV': '"production"' },
    // markdown-it (inside Web Chat) requires `punycode`, which resolves to the npm package here.
    // Third-party licence notices go in a file next to the bundle, which the bundle names.
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  const files = Object.keys(result.metafile.outputs).map((path) => basename(path));
  const named = (prefix: string, ext: string) => {
    const found = files.find((f) => f.startsWith(`${prefix}-`) && f.endsWith(ext));
    if (!found) throw new Error(`the build wrote no ${prefix}*${ext}`);
    return found;
  };
  const manifest: BuildManifest = { script: named('app', '.js'), style: named('page', '.css'), icon: named('icon', '.svg'), files };
  for (const file of files) writeFileSync(join(outDir, `${file}.gz`), gzipSync(readFileSync(join(outDir, file)), { level: 9 }));
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (require.main === module) {
  const started = Date.now();
  buildWebAssets().then(
    (m) => process.stdout.write(`web chat built in ${Date.now() - started} ms: ${m.script}, ${m.style}, ${m.icon}\n`),
    (err: unknown) => {
      process.stderr.write(`web chat build failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
