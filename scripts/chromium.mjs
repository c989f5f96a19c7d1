// Finds a Chromium for the end-to-end tests, and installs one when none is found.
// Plain ESM with no dependencies at import time, so it also runs on the system Node (20) from .ci/run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Playwright's own Chromium, when `npx playwright install chromium` has put one on this machine. */
function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The browser to test with, in order of preference: `PLAYWRIGHT_CHROMIUM_EXECUTABLE`, Playwright's
 * own Chromium, then a system Chromium or Chrome. Returns undefined when there is none.
 * @returns {{ path: string, source: string } | undefined}
 */
export function findChromium(env = process.env) {
  const fromEnv = env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE points to ${fromEnv}, which does not exist.`);
    }
    return { path: fromEnv, source: 'PLAYWRIGHT_CHROMIUM_EXECUTABLE' };
  }
  const own = playwrightChromium();
  if (own) return { path: own, source: "Playwright's Chromium" };
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  return system ? { path: system, source: 'system browser' } : undefined;
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}).`);
}

function isDebianLike() {
  try {
    return (
      existsSync('/etc/debian_version') &&
      Boolean(execFileSync('which', ['apt-get']).toString().trim())
    );
  } catch {
    return false;
  }
}

/**
 * Returns a Chromium, installing one first when none is found: Debian's `chromium` package when
 * running as root on Debian or Ubuntu, otherwise Playwright's own build.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && isDebianLike()) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get.');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
  } else {
    console.log(
      'No Chromium found: installing Playwright\'s Chromium with "npx playwright install chromium".',
    );
    run('npx', ['playwright', 'install', 'chromium']);
  }
  const installed = findChromium();
  if (!installed)
    throw new Error(
      'Installed a Chromium but still cannot find it; set PLAYWRIGHT_CHROMIUM_EXECUTABLE.',
    );
  return installed;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { path, source } = ensureChromium();
  console.log(`Chromium for end-to-end tests: ${path} (${source})`);
}
