// `npm run bench`: what this site costs beyond a bare Starlight site, measured side by side in one
// run on this machine, with build time against two references: our pages as plain Markdown, and
// the same MDX pages with Starlight's components (see sites.mjs). A ratio against a reference
// measured in the same run means something on a shared machine; a figure alone does not. Writes
// reports/bench.md, reports/bench.json and reports/bench-build-time.svg. `--smoke` (run by .ci/run
// after `npm test`) does one run of everything at 20 generated pages, so the benchmark itself
// cannot rot; it writes reports/bench-smoke.*.
// `--builds` times the builds alone (every size, three runs; no page costs, Lighthouse, typing or
// domain), for checking a build-time change in a third of the time; it writes reports/bench-builds.*.
// It is a measurement, not a test: it exits 0 whatever it finds, unless it could not measure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { pageCost } from '../bundle.mjs';
import { ensureChromium } from '../chromium.mjs';
import {
  KEYSTROKES,
  agendaWithHistory,
  measureTyping,
  openPlannerWithHistory,
} from '../typing.mjs';
import { GUIDE_GROUPS } from '../../src/site/sidebar.ts';
import { lighthouseAll } from './lighthouse.mjs';
import { writeReport } from './report.mjs';
import { prepareSites } from './sites.mjs';
import { serveFolder } from './serve.mjs';

const smoke = process.argv.includes('--smoke');
const buildsOnly = process.argv.includes('--builds');
const SIZES = smoke ? [20] : [0, 200, 1000];
const RUNS = smoke ? 1 : 3;
const started = Date.now();
const log = (message) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/**
 * Builds a site and returns how long `astro build` took: `{ wall, cpu }` in seconds, `cpu` being
 * the processor time (user and system) of the build and every process it ran.
 */
function build(root) {
  const times = join(tmpdir(), `bench-times-${process.pid}`);
  const start = performance.now();
  // The shell's `times` gives its children's processor time, which Node cannot read for a child.
  // A thousand pages print megabytes of bundler warnings: room for all of them.
  const result = spawnSync(
    'sh',
    ['-c', 'astro build --root "$1"; status=$?; times > "$2"; exit $status', 'sh', root, times],
    { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
  );
  const wall = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
    console.error(
      output
        .split('\n')
        .filter((line) => /error/i.test(line))
        .slice(-40)
        .join('\n'),
    );
    throw new Error(`astro build failed in ${root}: ${result.error?.message ?? 'see above'}`);
  }
  return { wall, cpu: childrenSeconds(readFileSync(times, 'utf8')) };
}

/** The children's user and system seconds from the shell's `times` (second line: "0m1.5s 0m0.2s"). */
function childrenSeconds(text) {
  const line = text.trim().split('\n')[1] ?? '';
  const parts = [...line.matchAll(/(\d+)m([\d.]+)s/g)];
  if (parts.length !== 2) throw new Error(`cannot read the build's processor time from: ${text}`);
  return parts.reduce(
    (sum, [, minutes, seconds]) => sum + Number(minutes) * 60 + Number(seconds),
    0,
  );
}

/** Every page a build holds, as its path under dist (folder/index.html). */
function builtPages(dist) {
  const pages = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) {
        if (!entry.startsWith('_') && entry !== 'pagefind') walk(path);
      } else if (entry === 'index.html') pages.push(relative(dist, path));
    }
  };
  walk(dist);
  return pages.sort();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Typing in our notes field with 200 sessions stored, and in a bare text area on the bare site. */
async function typing(ours, bare) {
  const browser = await chromium.launch({
    executablePath: ensureChromium().path,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    await openPlannerWithHistory(page, ours);
    const field = page.getByRole('textbox', { name: 'Notes for A current challenge' });
    const ourField = await measureTyping(page, field);
    const sessionsShown = await page.locator('.history > li').count();

    // How many sessions of realistic size fit in this browser's localStorage, as stored.
    const one = agendaWithHistory().sessions.sessions[0];
    const fit = await page.evaluate((one) => {
      localStorage.clear();
      const session = (i) => ({ ...one, id: `session-${i}` });
      let [low, high] = [0, 20_000];
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        const text = JSON.stringify({
          version: 1,
          sessions: Array.from({ length: middle }, (_, i) => session(i)),
        });
        try {
          localStorage.setItem('fit', text);
          low = middle;
        } catch {
          high = middle;
        }
        localStorage.removeItem('fit');
      }
      return low;
    }, one);

    await page.goto(`${bare}/generated/typing/`);
    const bareField = await measureTyping(
      page,
      page.getByRole('textbox', { name: 'Bare text area' }),
    );
    const fitSessionCharacters = JSON.stringify(one).length;
    return {
      keystrokes: KEYSTROKES,
      sessionsShown,
      ours: ourField,
      bare: bareField,
      fit,
      fitSessionCharacters,
    };
  } finally {
    await browser.close();
  }
}

/** The domain at scale, timed in Node on the source (see domain.ts). */
function domain() {
  const result = spawnSync('tsx', ['scripts/bench/domain.ts', ...(smoke ? ['--smoke'] : [])], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`domain timing failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}

const results = {
  measuredAt: new Date().toISOString(),
  mode: smoke ? 'smoke' : buildsOnly ? 'builds only' : 'full',
  machine: { cpus: cpus().length, node: process.version },
  // Astro 7's default Markdown processor is satteri (unified is no longer installed with it), so
  // both sides render with it; ours adds a hast plugin that puts the base path on links.
  processors: {
    ours: 'satteri, with our base-path links plugin; the playbooks and components in MDX',
    bare: "satteri (Astro 7's default), plain Markdown",
    bareMdx:
      "satteri (Astro 7's default), the same MDX with Starlight's components; ours stubbed, islands left out",
  },
  builds: [],
};

for (const size of SIZES) {
  const sites = prepareSites(size, GUIDE_GROUPS);
  const sides = ['ours', 'bare', 'bareMdx'];
  const times = Object.fromEntries(sides.map((side) => [side, []]));
  const cpu = Object.fromEntries(sides.map((side) => [side, []]));
  // The machine's one-minute load average after each build: how busy the shared machine was.
  const load = [];
  for (let run = 1; run <= RUNS; run++) {
    // Rotate the order, so that a busy moment of the machine does not fall on one side only.
    const order = sides.map((_, i) => sides[(i + run - 1) % sides.length]);
    for (const side of order) {
      const took = build(sites[side]);
      times[side].push(took.wall);
      cpu[side].push(took.cpu);
      load.push(loadavg()[0]);
      log(
        `${side}, ${sites.pages} pages, run ${run}: ${took.wall.toFixed(1)} s ` +
          `(${took.cpu.toFixed(1)} s of processor time, load ${load.at(-1).toFixed(1)})`,
      );
    }
  }
  results.builds.push({ generated: size, pages: sites.pages, ...times, cpu, load });

  // Visitors' costs, Lighthouse and typing on the site at its real size (smoke: its only size).
  if (size === SIZES[0] && !buildsOnly) {
    const ours = join(sites.ours, 'dist');
    const bare = join(sites.bare, 'dist');
    const realPages = builtPages(ours).filter((p) => !p.startsWith('generated/'));
    results.pages = realPages
      .filter((page) => existsSync(join(bare, page)))
      .map((page) => ({ page, ours: pageCost(ours, page), bare: pageCost(bare, page) }));
    log(`page costs: ${results.pages.length} pages`);
    const [oursServer, bareServer] = await Promise.all([
      serveFolder(ours, 4494),
      serveFolder(bare, 4495),
    ]);
    try {
      const lighthousePages = smoke
        ? ['index.html', 'playbooks/kickoff-checklist/index.html']
        : results.pages.map((p) => p.page);
      results.lighthouse = await lighthouseAll(
        lighthousePages.map((p) => p.replace(/index\.html$/, '')),
        oursServer.origin,
        bareServer.origin,
        log,
      );
      results.typing = await typing(oursServer.origin, bareServer.origin);
      log('typing measured');
    } finally {
      oursServer.stop();
      bareServer.stop();
    }
  }
}
if (!buildsOnly) {
  results.domain = domain();
  log('domain timed');
}
results.seconds = (Date.now() - started) / 1000;

mkdirSync('reports', { recursive: true });
const name = smoke ? 'bench-smoke' : buildsOnly ? 'bench-builds' : 'bench';
writeFileSync(`reports/${name}.json`, `${JSON.stringify(results, null, 2)}\n`);
writeReport(results, `reports/${name}`, median);
log(`wrote reports/${name}.md, .json and -build-time.svg`);
