// Measures what issue budgets ask of the playbook pages, in Chromium against the production build:
//   - keystroke latency in a notes field with 200 finished sessions stored (median and 95th percentile),
//   - gzipped JavaScript each playbook page loads beyond what a plain guide page (Starlight's own) loads.
// Run with `npm run perf` after `npm run build`. It prints a table and writes reports/perf.json.
// It is a measurement, not a test: it never fails the suite, it reports.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import {
  fileSize,
  gz,
  onDemandClosure,
  scriptsOf as scriptsOfPage,
  staticClosure as closureOf,
} from './bundle.mjs';
import { KEYSTROKES, SESSIONS, measureTyping, openPlannerWithHistory } from './typing.mjs';
import { ensureChromium } from './chromium.mjs';

const PORT = 4493;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIST = 'dist';
const BASELINE_PAGE = 'start-here/what-mentorship-is/index.html';
// Every playbook page the build has, so a new playbook is measured without a change here.
const PLAYBOOK_PAGES = existsSync(join(DIST, 'playbooks'))
  ? readdirSync(join(DIST, 'playbooks'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `playbooks/${entry.name}/`)
      .filter((page) => existsSync(join(DIST, page, 'index.html')))
      .sort()
  : [];

/* JavaScript weight ----------------------------------------------------------------------- */

const scriptsOf = (page) => scriptsOfPage(DIST, page);
const staticClosure = (urls, seen) => closureOf(DIST, urls, seen);
const sizeOf = (m) => ({ module: m, gzip: fileSize(DIST, m) });
const sum = (list) => list.reduce((total, m) => total + m.gzip, 0);

/**
 * JavaScript a playbook page loads beyond a plain guide page: on first load (its scripts and
 * islands with their static imports), and on demand (what its dynamic imports add, such as
 * downloads and notices, loaded the first time they are used).
 */
function extraJavaScript(page) {
  const base = scriptsOf(BASELINE_PAGE);
  const mine = scriptsOf(`${page}index.html`);
  const baselineFirst = staticClosure(base.urls);
  const baseline = baselineFirst.modules;
  const first = staticClosure(mine.urls);
  const firstLoad = [...first.modules].filter((m) => !baseline.has(m)).sort();
  // A guide page's own on-demand code (Starlight's search) is not the playbook's either.
  const baselineOnDemand = staticClosure(baselineFirst.dynamic).modules;
  // Everything reachable on demand, dynamic imports of dynamic imports included.
  const loaded = new Set([...baseline, ...baselineOnDemand, ...first.modules]);
  const onDemand = onDemandClosure(DIST, first.dynamic, loaded);
  const moduleBytes = firstLoad.map(sizeOf);
  const onDemandBytes = onDemand.sort().map(sizeOf);
  const inlineBytes = mine.inline
    .filter((s) => !base.inline.includes(s))
    .reduce((total, s) => total + gz(s), 0);
  return {
    page,
    total: sum(moduleBytes) + inlineBytes,
    inline: inlineBytes,
    modules: moduleBytes,
    onDemand: { total: sum(onDemandBytes), modules: onDemandBytes },
  };
}

function serve() {
  const server = spawn(
    'astro',
    ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)],
    { stdio: 'pipe' },
  );
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const poll = async () => {
      try {
        if ((await fetch(ORIGIN)).ok) return resolve(server);
      } catch {
        // Not listening yet: poll again.
      }
      if (Date.now() > deadline) return reject(new Error('astro preview did not start'));
      setTimeout(poll, 250);
    };
    poll();
  });
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('No build in dist/: run "npm run build" first.');
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const weights = PLAYBOOK_PAGES.map(extraJavaScript);
function printWeights() {
  console.log('\nJavaScript beyond a plain guide page (gzip -9):');
  console.log(`  ${'page'.padEnd(30)} ${'first load'.padStart(10)}  ${'on demand'.padStart(9)}`);
  for (const w of weights)
    console.log(
      `  ${w.page.padEnd(30)} ${kb(w.total).padStart(10)}  ${kb(w.onDemand.total).padStart(9)}` +
        `  (first load includes Astro's inline island runtime, ${kb(w.inline)})`,
    );
}
// `npm run perf -- --weights` stops here: the byte counts need no browser and take a second.
if (process.argv.includes('--weights')) {
  printWeights();
  for (const w of weights)
    console.log(
      `\n  ${w.page}: ${w.total} bytes\n${w.modules.map((m) => `    ${kb(m.gzip)}  ${m.module}`).join('\n')}`,
    );
  process.exit(0);
}
const server = await serve();
const browser = await chromium.launch({
  executablePath: ensureChromium().path,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
  ],
});
const typing = [];
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const storedChars = await openPlannerWithHistory(page, ORIGIN);
  await page.getByRole('button', { name: 'Add a part' }).waitFor();
  const sessionsShown = await page.locator('.history > li').count();
  typing.push({
    page: 'plan-a-session',
    field: 'Notes for A current challenge',
    sessionsShown,
    storedChars,
    ...(await measureTyping(
      page,
      page.getByRole('textbox', { name: 'Notes for A current challenge' }),
    )),
  });

  // The same measurement on a bare text area, for what the browser alone takes.
  await page.setContent('<textarea id="bare" aria-label="Bare"></textarea>');
  typing.push({
    page: '(bare text area, no island)',
    field: 'Bare',
    sessionsShown: 0,
    storedChars: 0,
    ...(await measureTyping(page, page.getByRole('textbox', { name: 'Bare' }))),
  });

  await page.goto(`${ORIGIN}/playbooks/kickoff-checklist/`);
  await page.getByRole('checkbox', { name: 'Backgrounds' }).and(page.locator(':enabled')).waitFor();
  typing.push({
    page: 'kickoff-checklist',
    field: 'Notes: The goal',
    sessionsShown: 0,
    storedChars,
    ...(await measureTyping(page, page.getByRole('textbox', { name: 'Notes: The goal' }))),
  });
} finally {
  await browser.close();
  server.kill();
}

printWeights();
console.log(
  `\nKeystroke latency in a notes field, ${KEYSTROKES} keystrokes, ${SESSIONS} finished sessions stored:`,
);
const ms = (n) => `${n.toFixed(1)} ms`;
console.log("  own: input event until the island has re-rendered (the page's own work)");
console.log(
  '  typed: real key presses, keydown until re-rendered / until the next frame after that',
);
for (const t of typing) {
  console.log(
    `  ${t.page.padEnd(30)} own median ${ms(t.own.median)}, p95 ${ms(t.own.p95)} | typed median ${ms(t.processed.median)}, ` +
      `p95 ${ms(t.processed.p95)} | next frame median ${ms(t.frame.median)}, p95 ${ms(t.frame.p95)}`,
  );
}
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/perf.json',
  `${JSON.stringify({ measuredAt: new Date().toISOString(), weights, typing }, null, 2)}\n`,
);
console.log('\nDetails: reports/perf.json');
