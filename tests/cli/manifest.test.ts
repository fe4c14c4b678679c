import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { describe, expect, it } from 'vitest';
import { SEARCH_COMMAND_ID, SEARCH_PARAMETER } from '../../bot/conversation/routes/message-extension';
import { drawIcon, ICONS } from '../../bot/cli/draw-icons';

const ROOT = resolve(__dirname, '../..');
const MANIFEST_DIR = join(ROOT, 'manifest');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const BOT_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

/** Run `npm run manifest` as a person would (same script, via tsx) with only the given settings. */
function runManifest(env: Record<string, string>, args: string[] = []) {
  const out = join(mkdtempSync(join(tmpdir(), 'signpost-manifest-')), 'appPackage.zip');
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['BOT_ID', 'BOT_DOMAIN', 'PUBLIC_URL', 'PORT', 'SERVICE_OPERATOR', 'SERVICE_CONTACT_URL'].includes(k)));
  const result = spawnSync(process.execPath, [TSX, 'bot/cli/manifest.ts', '--out', out, ...args], {
    cwd: ROOT,
    env: { ...clean, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, out };
}

/** A copy of manifest/ to break on purpose. */
function manifestCopy(change: (manifest: any) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-manifest-src-'));
  cpSync(MANIFEST_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  change(manifest);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/** The official schema, read straight from the package, independently of the CLI's code. */
async function officialProblems(manifest: any): Promise<string[]> {
  const schemaFile = join(ROOT, 'node_modules/@microsoft/app-manifest/build/json-schemas/teams', `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json');
  return AppManifestUtils.validateAgainstSchema(manifest, JSON.parse(readFileSync(schemaFile, 'utf8')));
}

describe('npm run manifest', () => {
  it('writes a schema-valid package with the search command and correct icons for a valid BOT_ID', async () => {
    const run = runManifest({ BOT_ID, PUBLIC_URL: 'https://signpost.example.org/' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Wrote .*appPackage\.zip/);

    const zip = new AdmZip(run.out);
    expect(zip.getEntries().map((e) => e.entryName).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(zip.readAsText('manifest.json'));
    expect(await officialProblems(manifest)).toEqual([]);
    expect(Number(manifest.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(17);
    expect(JSON.stringify(manifest)).not.toContain('${{');

    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(manifest.bots[0].scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of manifest.bots[0].commandLists) {
      expect(list.commands.map((c: any) => c.title)).toEqual(['help', 'funding', 'drop-ins', 'change area', 'start over']);
    }
    expect(manifest.validDomains).toEqual(['signpost.example.org']);
    // The bot's own privacy and terms pages, and a developer that is not the app's own name.
    expect(manifest.developer).toEqual({
      name: 'LLR SENDIASS',
      websiteUrl: 'https://signpost.example.org/',
      privacyUrl: 'https://signpost.example.org/privacy',
      termsOfUseUrl: 'https://signpost.example.org/terms',
    });

    const [extension] = manifest.composeExtensions;
    expect(extension.botId).toBe(BOT_ID);
    const [command] = extension.commands;
    expect(command).toMatchObject({ id: SEARCH_COMMAND_ID, type: 'query', title: 'Search SEND information' });
    expect(command.parameters).toHaveLength(1);
    expect(command.parameters[0].name).toBe(SEARCH_PARAMETER);

    const color = PNG.sync.read(zip.readFile('color.png')!);
    const outline = PNG.sync.read(zip.readFile('outline.png')!);
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    for (let i = 0; i < outline.data.length; i += 4) {
      if (outline.data[i + 3] > 0) expect([outline.data[i], outline.data[i + 1], outline.data[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(outline.data.some((_v, i) => i % 4 === 3 && outline.data[i] === 0)).toBe(true);
  });

  it('works with only BOT_ID set, pointing at the local bot and saying so', () => {
    const run = runManifest({ BOT_ID });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: Neither PUBLIC_URL nor BOT_DOMAIN is set/);
    const manifest = JSON.parse(new AdmZip(run.out).readAsText('manifest.json'));
    expect(manifest.developer.privacyUrl).toBe('http://localhost:3978/privacy');
    expect(manifest.validDomains).toEqual(['localhost']);
  });

  it('takes the domain from BOT_DOMAIN and links to it over https', () => {
    const run = runManifest({ BOT_ID, BOT_DOMAIN: 'signpost.example.org' });
    expect(run.code).toBe(0);
    const manifest = JSON.parse(new AdmZip(run.out).readAsText('manifest.json'));
    expect(manifest.validDomains).toEqual(['signpost.example.org']);
    expect(manifest.developer.termsOfUseUrl).toBe('https://signpost.example.org/terms');
  });

  it('names who runs the service from SERVICE_OPERATOR and SERVICE_CONTACT_URL', async () => {
    const run = runManifest({ BOT_ID, PUBLIC_URL: 'https://signpost.example.org', SERVICE_OPERATOR: 'Rutland SENDIASS', SERVICE_CONTACT_URL: 'https://www.example.org/sendiass' });
    expect(run.code).toBe(0);
    const manifest = JSON.parse(new AdmZip(run.out).readAsText('manifest.json'));
    expect(await officialProblems(manifest)).toEqual([]);
    expect(manifest.developer).toMatchObject({ name: 'Rutland SENDIASS', websiteUrl: 'https://www.example.org/sendiass' });
  });

  it('exits 1 with a plain message when SERVICE_OPERATOR is too long for Teams', () => {
    const run = runManifest({ BOT_ID, SERVICE_OPERATOR: 'Special Educational Needs Information Advice and Support Service' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/SERVICE_OPERATOR .* longer than 32 characters/);
  });

  it.each([
    ['missing', {}, /BOT_ID is not set/],
    ['not a GUID', { BOT_ID: 'my-bot' }, /BOT_ID "my-bot" is not a GUID/],
    ['a GUID with junk around it', { BOT_ID: `{${BOT_ID}}` }, /is not a GUID/],
  ])('exits 1 with a message when BOT_ID is %s, writing nothing', (_name, env, message) => {
    const run = runManifest(env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/Nothing was written/);
    expect(existsSync(run.out)).toBe(false);
  });

  it('exits 1 on a BOT_DOMAIN that is a URL rather than a host name', () => {
    const run = runManifest({ BOT_ID, BOT_DOMAIN: 'https://signpost.example.org/chat' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/BOT_DOMAIN .* is not a host name/);
  });

  it('validates against the official schema before writing: an invalid manifest exits 1 and names the field', () => {
    const dir = manifestCopy((m) => {
      m.name.short = 'SEND Signpost for every school in the three areas';
      m.composeExtensions[0].commands[0].parameters[0].inputType = 'words';
    });
    const run = runManifest({ BOT_ID }, ['--manifest', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\/name\/short: must NOT have more than 30 characters/);
    expect(run.stderr).toMatch(/parameters\/0\/inputType/);
    expect(existsSync(run.out)).toBe(false);
  });

  it('refuses a manifest version older than 1.17', () => {
    const dir = manifestCopy((m) => {
      m.manifestVersion = '1.16';
      m.$schema = 'https://developer.microsoft.com/json-schemas/teams/v1.16/MicrosoftTeams.schema.json';
    });
    const run = runManifest({ BOT_ID }, ['--manifest', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/manifestVersion "1.16" is not supported/);
  });

  it('refuses a placeholder it cannot fill', () => {
    const dir = manifestCopy((m) => {
      m.developer.mpnId = '${{MPN_ID}}';
    });
    const run = runManifest({ BOT_ID }, ['--manifest', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\$\{\{MPN_ID\}\}/);
  });

  it('checks icon sizes and that the outline icon is white on transparent', () => {
    const wrongSize = manifestCopy();
    writeFileSync(join(wrongSize, 'outline.png'), readFileSync(join(MANIFEST_DIR, 'color.png')));
    let run = runManifest({ BOT_ID }, ['--manifest', wrongSize]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/outline\.png: .* must be 32×32 pixels, but it is 192×192/);

    const coloured = manifestCopy();
    writeFileSync(join(coloured, 'outline.png'), drawIcon(32, { margin: 0.03, background: [11, 110, 105] }));
    run = runManifest({ BOT_ID }, ['--manifest', coloured]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/outline icon must be white only/);
    expect(run.stderr).toMatch(/transparent background/);
  });

  it('keeps the committed icons in step with bot/cli/draw-icons.ts', () => {
    for (const [file, draw] of Object.entries(ICONS)) {
      expect(PNG.sync.read(readFileSync(join(MANIFEST_DIR, file))).data.equals(PNG.sync.read(draw()).data)).toBe(true);
    }
  });
});
