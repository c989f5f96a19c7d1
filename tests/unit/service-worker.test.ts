// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getManifest, type RuntimeCaching } from 'workbox-build';
import { WORKER_FILE, workerOptions } from '../../src/site/service-worker';

// A build folder with one file of each kind the site's build writes.
const FILES: [file: string, precached: boolean][] = [
  ['index.html', true],
  ['404.html', true],
  ['conversations/kickoff/index.html', true],
  ['_astro/playbook.DQou1rF2.js', true],
  ['_astro/common.CPaK44z-.css', true],
  ['_astro/updates.DqmjapAl.js', true],
  ['templates/mentorship-agreement.md', true],
  ['examples/mentorship-agreement-priya-and-tom.md', true],
  ['favicon.svg', true],
  ['manifest.webmanifest', true],
  ['icons/icon-192.png', true],
  ['icons/maskable-512.png', true],
  ['pagefind/pagefind.js', true],
  ['pagefind/pagefind-worker.js', true],
  ['pagefind/pagefind-entry.json', true],
  ['pagefind/wasm.en.pagefind', true],
  ['pagefind/pagefind.en_56c0ac69c2.pf_meta', true],
  ['pagefind/index/en_1539f64.pf_index', true],
  ['pagefind/fragment/en_12e4db1.pf_fragment', true],
  // What no page fetches.
  [WORKER_FILE, false],
  ['social-card.png', false],
  ['_headers', false],
  ['sitemap-index.xml', false],
  ['sitemap-0.xml', false],
  ['pagefind/pagefind-ui.js', false],
  ['pagefind/pagefind-ui.css', false],
  ['pagefind/pagefind-component-ui.js', false],
  ['pagefind/pagefind-modular-ui.css', false],
  ['pagefind/pagefind-highlight.js', false],
  ['pagefind/wasm.unknown.pagefind', false],
];

let dir: string;
let precached: Map<string, string | null>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sw-options-'));
  for (const [file] of FILES) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), file);
  }
  const options = workerOptions(dir);
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: dir,
    globPatterns: options.globPatterns,
    globIgnores: options.globIgnores,
    dontCacheBustURLsMatching: options.dontCacheBustURLsMatching,
  });
  expect(warnings).toEqual([]);
  precached = new Map(manifestEntries!.map((entry) => [entry.url, entry.revision]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the service worker precaches', () => {
  test.each(FILES)('%s: %s', (file, expected) => {
    expect(precached.has(file)).toBe(expected);
  });

  test('by relative URLs, which the worker reads against its own address, base path and all', () => {
    for (const url of precached.keys()) expect(url).not.toMatch(/^\/|^https?:/);
  });

  test.each([
    ['_astro/playbook.DQou1rF2.js', null],
    ['index.html', 'a revision'],
    ['pagefind/pagefind-entry.json', 'a revision'],
  ])('%s with %s (hashed names need none)', (file, revision) => {
    expect(precached.get(file) ?? null).toEqual(revision === null ? null : expect.any(String));
  });
});

describe('the worker’s routes', () => {
  const options = workerOptions('/site/dist');

  test.each([
    ['/site/dist', '/site/dist/sw.js', '/site/dist/'],
    ['/site/dist/', '/site/dist/sw.js', '/site/dist/'],
    ['C:\\site\\dist', 'C:\\site\\dist/sw.js', 'C:\\site\\dist/'],
  ])('a build in %s writes %s', (folder, swDest, globDirectory) => {
    expect(workerOptions(folder)).toMatchObject({ swDest, globDirectory });
  });

  test.each([
    ['ts', true],
    ['utm_source', true],
    ['fbclid', true],
    ['share', false],
    ['q', false],
    ['tsx', false],
  ])('ignore the query parameter %s when matching the precache: %s', (name, ignored) => {
    expect(options.ignoreURLParametersMatching!.some((pattern) => pattern.test(name))).toBe(
      ignored,
    );
  });

  test('find dir/index.html for dir/', () => {
    expect(options.directoryIndex).toBe('index.html');
  });

  const [navigation] = options.runtimeCaching as [RuntimeCaching];
  test.each([
    ['navigate', true],
    ['cors', false],
    ['no-cors', false],
    ['same-origin', false],
  ])(
    'send a request of mode %s not precached to the network, the 404 page offline: %s',
    (mode, matched) => {
      const match = navigation.urlPattern as (options: { request: { mode: string } }) => boolean;
      expect(match({ request: { mode } })).toBe(matched);
      expect(navigation).toMatchObject({
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      });
    },
  );

  test('leave a new worker waiting until the page asks, and claim the page on the first visit', () => {
    expect(options).toMatchObject({ skipWaiting: false, clientsClaim: true });
  });
});
