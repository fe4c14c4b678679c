import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import AdmZip from 'adm-zip';
import { manifestSettings, SettingsError } from './manifest-settings';
import { fillPlaceholders } from './manifest-placeholders';
import { validateManifest } from './manifest-schema';
import { checkIcon, ICON_RULES, type IconKind } from './icon-check';

type Options = { manifestDir: string; out: string };

function parseArgs(argv: string[]): Options | string {
  const options: Options = { manifestDir: 'manifest', out: join('build', 'appPackage.zip') };
  for (let i = 0; i < argv.length; i++) {
    const [flag, next] = [argv[i], argv[i + 1]];
    if ((flag === '--manifest' || flag === '--out') && next && !next.startsWith('--')) {
      if (flag === '--manifest') options.manifestDir = next;
      else options.out = next;
      i++;
    } else {
      return `unknown or incomplete option "${flag}" (use --manifest DIR and --out FILE)`;
    }
  }
  return { manifestDir: resolve(options.manifestDir), out: resolve(options.out) };
}

/**
 * `npm run manifest [-- --manifest DIR] [-- --out FILE]`: builds the Teams app package.
 * Fills manifest/manifest.json from the environment (BOT_ID; PUBLIC_URL or BOT_DOMAIN),
 * checks it against the official schema and the icons against Teams' rules, and only when
 * everything passes writes build/appPackage.zip with manifest.json, color.png and outline.png
 * at its root, ready for Teams' "Upload an app". Exit code 1, and nothing written, otherwise.
 */
async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') return fail([options]);

  let settings;
  try {
    settings = manifestSettings(env);
  } catch (err) {
    if (err instanceof SettingsError) return fail(err.problems);
    throw err;
  }
  for (const warning of settings.warnings) process.stderr.write(`warning: ${warning}\n`);

  const templatePath = join(options.manifestDir, 'manifest.json');
  let template: unknown;
  try {
    template = JSON.parse(readFileSync(templatePath, 'utf8'));
  } catch (err) {
    return fail([`${templatePath}: ${err instanceof Error ? err.message : String(err)}`]);
  }

  const { manifest, unknown } = fillPlaceholders(template, {
    BOT_ID: settings.botId,
    PUBLIC_URL: settings.publicUrl,
    BOT_DOMAIN: settings.domain,
    DEVELOPER_NAME: settings.developerName,
    DEVELOPER_URL: settings.developerUrl,
  });
  const problems = unknown.map((name) => `manifest.json uses \${{${name}}}, which npm run manifest does not fill in`);
  problems.push(...(await validateManifest(manifest)).map((p) => `manifest.json ${p}`));

  const icons = new Map<string, Buffer>();
  for (const kind of Object.keys(ICON_RULES) as IconKind[]) {
    const file = iconFile(manifest, kind);
    if (!file) {
      problems.push(`manifest.json icons.${kind} must name a file next to manifest.json, like "${kind}.png"`);
      continue;
    }
    const path = join(options.manifestDir, file);
    if (!existsSync(path)) {
      problems.push(`${shown(path)}: the ${kind} icon file is missing`);
      continue;
    }
    const bytes = readFileSync(path);
    problems.push(...checkIcon(kind, file, bytes));
    icons.set(file, bytes);
  }
  if (problems.length) return fail(problems);

  // Teams wants the files at the root of the zip, not in a folder.
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  for (const [file, bytes] of icons) zip.addFile(file, bytes);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, zip.toBuffer());

  const m = manifest as { manifestVersion: string; version: string; id: string };
  process.stdout.write(
    [
      `Wrote ${shown(options.out)}`,
      `  manifest ${m.manifestVersion} (checked against the official schema), app version ${m.version}`,
      `  app and bot id ${m.id}, domain ${settings.domain}, links to ${settings.publicUrl}/`,
      `  developer ${settings.developerName} (SERVICE_OPERATOR), privacy ${settings.publicUrl}/privacy, terms ${settings.publicUrl}/terms`,
      `  files: manifest.json, ${[...icons.keys()].join(', ')} (${ICON_RULES.color.size}×${ICON_RULES.color.size} and ${ICON_RULES.outline.size}×${ICON_RULES.outline.size})`,
      'Upload it in Teams: Apps > Manage your apps > Upload an app.',
      '',
    ].join('\n'),
  );
  return 0;
}

/** The icon's file name from the manifest, only when it is a plain name in the manifest folder. */
function iconFile(manifest: unknown, kind: IconKind): string | undefined {
  const icons = (manifest as { icons?: Record<string, unknown> } | undefined)?.icons;
  const file = icons?.[kind];
  return typeof file === 'string' && file === basename(file) && /^[\w.-]+\.png$/i.test(file) ? file : undefined;
}

/** A path as the person typed it relative to where they are, or in full when it is elsewhere. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function fail(problems: string[]): number {
  process.stderr.write(`Could not build the Teams app package:\n${problems.map((p) => `  - ${p}`).join('\n')}\nNothing was written.\n`);
  return 1;
}

main(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`Could not build the Teams app package: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
