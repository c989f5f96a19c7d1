// What the tests of the service worker share (offline.spec.ts at /, base-path.spec.ts under the
// base path): the one visit that saves the site, and two deploys of it served in turn.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { type BrowserContext, type Page, type Response } from '@playwright/test';
import { generateSW } from 'workbox-build';
import { workerOptions } from '../../src/site/service-worker';
import { expect, test, watchPolicy } from './fixtures';
import { downloadAgreement, expectNoAxeViolations, islandsReady } from './helpers';

/**
 * How long saving the site may take: fetching each of its hundred-odd files, a few seconds on an
 * idle two-core machine and several times that beside other builds. Each save adds it to the
 * running test's time limit, as each axe pass does (helpers.ts).
 */
export const SAVING_BUDGET = 30_000;

/** Gives the running test SAVING_BUDGET more time, for one save of the site. */
const allowSaving = () => test.info().setTimeout(test.info().timeout + SAVING_BUDGET);

/**
 * The one visit: opens a playbook page (only those register the worker) and waits until the
 * worker has saved the site and serves the page (it claims the page once every file is saved).
 * @param path A path under the project's base URL, or an absolute URL.
 */
export async function visitOnce(page: Page, path = 'playbooks/plan-a-session/'): Promise<void> {
  allowSaving();
  await saveSite(page, path);
}

/** visitOnce without adding to the running test's time limit (for a fixture with its own). */
async function saveSite(page: Page, path = 'playbooks/plan-a-session/'): Promise<void> {
  await page.goto(path);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: SAVING_BUDGET,
    })
    .toBe(true);
}

/** Opens `path` in a page whose connection is gone; it must come from the worker. */
export async function openFromWorker(page: Page, path: string): Promise<Response> {
  const response = await page.goto(path);
  expect(response?.fromServiceWorker(), path).toBe(true);
  return response!;
}

/**
 * `test` for the site once saved, offline (offline.spec.ts at /, base-path.spec.ts under the base
 * path). Saving the site takes seconds and comes out the same every time, so each worker makes
 * the one visit once, in a browser context of its own (`savedSite`), and each test then gets a
 * new page in that context with the connection gone (`offlinePage`). After each test its page is
 * closed, what it stored and the permissions it was granted are cleared and the connection comes
 * back, so no test sees another's doing; a worker whose test failed is replaced, context and all.
 * The pages of the saved context are held to the site's policy as every test's are (fixtures.ts).
 */
export const savedSiteTest = test.extend<
  { offlinePage: Page },
  { savedSite: { context: BrowserContext; violations: string[] } }
>({
  savedSite: [
    async ({ browser }, use, workerInfo) => {
      // The project's options, as the `context` fixture would take them, with the worker allowed.
      const { baseURL, viewport, screen, userAgent, deviceScaleFactor, isMobile, hasTouch } =
        workerInfo.project.use;
      const context = await browser.newContext({
        baseURL,
        viewport,
        screen,
        userAgent,
        deviceScaleFactor,
        isMobile,
        hasTouch,
        locale: 'en-US',
        serviceWorkers: 'allow',
      });
      const violations: string[] = [];
      await watchPolicy(context, (text) => violations.push(text));
      const page = await context.newPage();
      await saveSite(page);
      await page.close();
      expect(violations, 'Content-Security-Policy violations while saving').toEqual([]);
      await use({ context, violations });
      await context.close();
    },
    // The visit's own time limit, apart from any test's: one save and a page load.
    { scope: 'worker', timeout: SAVING_BUDGET + 30_000 },
  ],
  // In place of fixtures.ts's (still run for every test), which watches the test's own context.
  cspViolations: async ({ savedSite: { violations } }, use) => {
    violations.length = 0;
    await use(violations);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
  offlinePage: async ({ savedSite: { context } }, use) => {
    const page = await context.newPage();
    await context.setOffline(true);
    await use(page);
    if (page.url().startsWith('http')) await page.evaluate(() => localStorage.clear());
    await page.close();
    await context.clearPermissions();
    await context.setOffline(false);
  },
});

/** A static host whose files can be swapped for another build's, as a deploy does. */
export interface Host {
  /** The address of the site, under its base path, ending in "/". */
  url: string;
  /** Serves this build folder from now on. */
  deploy(dir: string): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * Serves a build folder as static hosts do: `dir/` from `dir/index.html`, `dir` redirected to
 * `dir/`, anything else missing as 404.html with status 404, and nothing cached over HTTP, so
 * that what changes between two builds is only what their files say. On a free port of 127.0.0.1.
 * @param base The base path the build was made for: "/" or "/playbook".
 */
export async function serveBuilds(base: string, first: string): Promise<Host> {
  let root = first;
  const prefix = base.replace(/\/$/, '');
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://host').pathname);
    const send = (status: number, file: string) => {
      response.writeHead(status, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(readFileSync(file));
    };
    if (!path.startsWith(`${prefix}/`)) return send(404, join(root, '404.html'));
    const file = join(root, path.slice(prefix.length));
    if (!relative(root, file).startsWith('..') && existsSync(file)) {
      if (!statSync(file).isDirectory()) return send(200, file);
      if (!path.endsWith('/')) {
        response.writeHead(301, { location: `${path}/` });
        return response.end();
      }
      if (existsSync(join(file, 'index.html'))) return send(200, join(file, 'index.html'));
    }
    send(404, join(root, '404.html'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}${prefix}/`,
    deploy: (dir) => (root = dir),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Every file under a folder, as paths relative to it. */
const filesOf = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => !statSync(join(dir, file)).isDirectory(),
  );

/**
 * The next deploy of a build: a copy in a temporary folder where every bundled file under _astro/
 * has a new name (as a change to the code gives it a new hash), so the old names are gone from
 * the host, with each page changed by `edit`, and its own service worker generated as the build
 * does it. Returns the folder; the caller removes it.
 */
export async function nextBuild(dir: string, edit: (html: string) => string): Promise<string> {
  const next = mkdtempSync(join(tmpdir(), 'mentorship-playbook-next-'));
  cpSync(dir, next, { recursive: true });
  const renames = readdirSync(join(next, '_astro')).map((name) => {
    const renamed = name.replace(/\.(\w+)$/, '.next.$1');
    cpSync(join(next, '_astro', name), join(next, '_astro', renamed));
    rmSync(join(next, '_astro', name));
    return [name, renamed] as const;
  });
  for (const file of filesOf(next).filter((f) => /\.(html|js|css)$/.test(f))) {
    const path = join(next, file);
    let text = readFileSync(path, 'utf8');
    for (const [from, to] of renames) text = text.replaceAll(`/${from}`, `/${to}`);
    if (file.endsWith('.html')) text = edit(text);
    writeFileSync(path, text);
  }
  rmSync(join(next, 'sw.js'));
  await generateSW(workerOptions(next));
  return next;
}

/**
 * A tab open on one deploy when the next goes out: it keeps working on the files it started with
 * (their names gone from the host), offers the new version once another tab finds it, seen and
 * said, and its "Reload" brings the new version with what was typed.
 * @param dist The build to deploy first, made for `base`; the second is made from it.
 * @param axe Whether to check the page with the notice shown with axe (once is enough: at /).
 */
export async function expectUpdateOffered(
  page: Page,
  context: BrowserContext,
  { dist, base, axe = false }: { dist: string; base: string; axe?: boolean },
): Promise<void> {
  const next = await nextBuild(dist, (html) =>
    html.replace('>Kickoff checklist</h1>', '>Kickoff checklist, new edition</h1>'),
  );
  const host = await serveBuilds(base, dist);
  try {
    await visitOnce(page, `${host.url}playbooks/kickoff-checklist/`);
    await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
    host.deploy(next);

    // Code loaded on demand is gone from the host, and still there for this tab.
    await page.getByRole('button', { name: 'Share or manage…' }).click();
    await expect(page.getByRole('button', { name: 'Make a share link' })).toBeVisible();

    // Another tab finds the new version (the worker saves all of it first); both offer it.
    allowSaving();
    const other = await context.newPage();
    await other.goto(`${host.url}playbooks/format-chooser/`);
    const notice = page.getByRole('region', { name: 'New version' });
    await expect(notice).toContainText('A new version of the site is ready.', {
      timeout: SAVING_BUDGET,
    });
    await expect(page.locator('#playbook-announcer')).toHaveText(/A new version of the site/);
    // "Not now" puts it away there, and focus stays on the page's last control, not the page.
    const later = other.getByRole('region', { name: 'New version' });
    await later.getByRole('button', { name: 'Not now' }).click();
    await expect(later).toHaveCount(0);
    await expect
      .poll(() => other.evaluate(() => document.activeElement?.tagName ?? 'BODY'))
      .not.toBe('BODY');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kickoff checklist');
    expect(await downloadAgreement(page)).toContain('Tom');
    if (axe) await expectNoAxeViolations(page, 'the page with its new version notice');

    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Kickoff checklist, new edition',
    );
    await islandsReady(page);
    await expect(page.getByRole('textbox', { name: "Mentee's name" })).toHaveValue('Tom');
    await expect(page.getByRole('region', { name: 'New version' })).toHaveCount(0);
  } finally {
    await host.close();
    rmSync(next, { recursive: true, force: true });
  }
}
