import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/chromium.mjs';

const browser = findChromium();
if (!browser) {
  throw new Error(
    'No Chromium found. Run "npm test", which installs one, or set PLAYWRIGHT_CHROMIUM_EXECUTABLE.',
  );
}

/** Where the two production builds are served: the site at the root and a copy under a base path. */
// E2E_PORT moves both, so two checkouts on one machine can run their suites at once.
export const SITE_PORT = Number(process.env.E2E_PORT ?? 4491);
export const BASE_PORT = SITE_PORT + 1;
export const BASE_PATH = '/playbook';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  // No retries: a test that passes only on its second try is a defect to fix, not to hide.
  retries: 0,
  // One worker per core: each drives its own Chromium, which wants a core of its own, and the
  // tests are one per page, so fullyParallel spreads the pages across them. --workers overrides.
  workers: Math.max(1, availableParallelism()),
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    // A failed test keeps its trace (its steps, their timing and errors, and the source) beside
    // the page's accessibility tree in error-context.md. Without DOM snapshots, network log or
    // screencast: those are recorded for every test, passed or not, and cost about a fifth of a
    // short test's time. When a failure needs them, run that test again with --trace on.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    // The service worker would serve every page after the first from its cache, past page.route()
    // and the files each test serves; the tests of working offline allow it (offline.spec.ts, and
    // under the base path in base-path.spec.ts).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: browser.path,
      // Root on Debian needs --no-sandbox; the background-networking flags keep Chromium from
      // calling out to Google on a machine without internet access.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'site',
      testIgnore: /base-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${SITE_PORT}/` },
    },
    {
      name: 'base-path',
      testMatch: /base-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}/` },
    },
  ],
  // Both serve what `npm test` built beforehand (dist/ and dist-base/); see scripts/test.mjs.
  // --ignore-lock: Astro 7 otherwise refuses a second preview of the same project.
  webServer: [
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${SITE_PORT}`,
      url: `http://127.0.0.1:${SITE_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${BASE_PORT}`,
      url: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}/`,
      env: { OUT_DIR: './dist-base', BASE_PATH },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
