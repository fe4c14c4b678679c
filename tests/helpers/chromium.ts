import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core (the browser download of test tools does not
 * work on these machines). Locally browser tests skip when it is missing; in CI (.ci/run
 * installs it) a missing browser is a failure.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
export const runBrowserTests = haveChromium || Boolean(process.env.CI);
export const SCREENSHOTS = resolve(__dirname, '../../build/screenshots');

/** The flags this workplace's closed network needs (without them Chromium keeps dialling out). */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Headless Chromium with a fresh profile. Every request URL goes into `requests`, and every
 * Content-Security-Policy violation into `window.__cspViolations` of each page.
 */
export async function openChromium(requests: string[], device: BrowserContextOptions = {}): Promise<BrowserContext> {
  if (!haveChromium) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (see .ci/run)`);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'signpost-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1024, height: 900 },
    locale: 'en-GB',
    // A phone's user agent, screen, touch and pixel ratio (playwright's `devices[...]`), when given.
    ...device,
  });
  context.on('request', (r) => void requests.push(r.url()));
  // Runs before each page's own script, outside its CSP (playwright injects it).
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return context;
}
