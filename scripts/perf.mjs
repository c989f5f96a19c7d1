// Measures what issue budgets ask of the playbook pages, in Chromium against the production build:
//   - keystroke latency in a notes field with 200 finished sessions stored (median and 95th percentile),
//   - gzipped JavaScript each playbook page loads beyond what a plain guide page (Starlight's own) loads.
// Run with `npm run perf` after `npm run build`. It prints a table and writes reports/perf.json.
// It is a measurement, not a test: it never fails the suite, it reports.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { ensureChromium } from './chromium.mjs';

const PORT = 4493;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIST = 'dist';
const KEYSTROKES = 120;
const SESSIONS = 200;
const BASELINE_PAGE = 'start-here/what-mentorship-is/index.html';
const PLAYBOOK_PAGES = [
  'playbooks/kickoff-checklist/',
  'playbooks/format-chooser/',
  'playbooks/plan-a-session/',
  'playbooks/your-data/',
  // Pages a build does not have are left out, so an older build can be measured beside this one.
].filter((page) => existsSync(join(DIST, page, 'index.html')));

/* JavaScript weight ----------------------------------------------------------------------- */

function scriptsOf(page) {
  const html = readFileSync(join(DIST, page), 'utf8');
  const urls = new Set([
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]),
  ]);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1],
  );
  return { urls, inline };
}

const resolve = (from, spec) =>
  spec.startsWith('.') ? join(dirname(from), spec).replace(/\\/g, '/') : spec;

/** A module's imports: static ones (loaded with it) and dynamic ones (loaded on demand). */
function importsOf(url) {
  const file = join(DIST, url.replace(/^\//, ''));
  if (!existsSync(file)) return { staticImports: [], dynamicImports: [] };
  const code = readFileSync(file, 'utf8');
  const specs = (pattern) => [...code.matchAll(pattern)].map((m) => resolve(url, m[1]));
  return {
    staticImports: specs(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g),
    // Bundlers write import() with quotes or backticks; a template with ${} is not ours.
    dynamicImports: specs(/\bimport\(\s*[`"']([^`"'$]+\.js)[`"']\s*\)/g),
  };
}

/** The modules that load with these, following static imports; and the dynamic imports met. */
function staticClosure(urls, seen = new Set()) {
  const todo = [...urls];
  const dynamic = new Set();
  while (todo.length) {
    const url = todo.pop();
    if (seen.has(url)) continue;
    seen.add(url);
    const { staticImports, dynamicImports } = importsOf(url);
    todo.push(...staticImports);
    dynamicImports.forEach((d) => dynamic.add(d));
  }
  return { modules: seen, dynamic };
}

const gz = (text) => gzipSync(text, { level: 9 }).length;
const sizeOf = (m) => ({ module: m, gzip: gz(readFileSync(join(DIST, m.replace(/^\//, '')))) });
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
  let pending = [...first.dynamic];
  const onDemand = [];
  while (pending.length) {
    const next = staticClosure(
      pending.filter((m) => !loaded.has(m)),
      new Set(),
    );
    const added = [...next.modules].filter((m) => !loaded.has(m));
    added.forEach((m) => loaded.add(m));
    onDemand.push(...added);
    pending = [...next.dynamic].filter((m) => !loaded.has(m));
  }
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

/* Keystroke latency ------------------------------------------------------------------------- */

/** 200 finished sessions in the stored shape documented in src/stores/agenda.ts. */
function agendaWithHistory() {
  const note = (i, part) =>
    `Session ${i}, ${part}: talked through the migration estimate and the review comments. `.repeat(
      3,
    );
  const parts = (i) =>
    [
      ['since', 'Since last time', 5],
      ['actions', "Last time's action items", 8],
      ['challenge', 'A current challenge', 12],
      ['success', 'A recent success', 5],
    ].map(([kind, title, minutes], p) => ({
      id: `s${i}-p${p}`,
      kind,
      title,
      minutes,
      notes: note(i, kind),
    }));
  const items = (i) => [
    {
      id: `s${i}-a1`,
      text: `Read chapter ${i % 12} and note questions`,
      owner: 'mentee',
      done: i % 3 === 0,
    },
    { id: `s${i}-a2`, text: 'Find an example of a good design doc', owner: 'mentor', done: true },
  ];
  const day = (i) =>
    new Date(Date.UTC(2026, 10, 21) - i * 7 * 86_400_000).toISOString().slice(0, 10);
  const history = Array.from({ length: SESSIONS }, (_, i) => ({
    id: `session-${i}`,
    finishedAt: `${day(i)}T12:00:00.000Z`,
    date: day(i),
    parts: parts(i),
    carried: items(i).slice(0, 1),
    actions: items(i),
  }));
  // The agenda and the history live under keys of their own (src/stores/agenda.ts).
  return {
    agenda: {
      version: 1,
      draft: {
        date: '',
        parts: parts('next').map((p) => ({ ...p, notes: '' })),
        carried: [],
        actions: [],
      },
    },
    sessions: { version: 1, sessions: history },
  };
}

/** Types into a field and measures, per keystroke, keydown to the first frame after the island re-rendered. */
async function measureTyping(page, field) {
  await field.click();
  await page.evaluate(
    (selector) => {
      const el = document.querySelector(selector);
      window.__latencies = [];
      let start = 0;
      el.addEventListener('keydown', (e) => {
        start = e.timeStamp;
      });
      // Listeners added after the island's run after its handler; a zero timeout set here runs after
      // the store's batched re-render (also a zero timeout, queued earlier), then the frame is drawn.
      el.addEventListener('input', () => {
        const began = start;
        setTimeout(() => {
          const processed = performance.now() - began;
          requestAnimationFrame(() =>
            window.__latencies.push({ processed, frame: performance.now() - began }),
          );
        }, 0);
      });
    },
    await field.evaluate((el) => `#${CSS.escape(el.id)}`),
  );
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.press(i % 20 === 19 ? 'Space' : 'KeyA');
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(200);
  const samples = await page.evaluate(() => window.__latencies);
  // The page's own cost, without the test driver's input dispatch: set the text, send the input
  // event the browser would, and time until the island has re-rendered.
  const own = await field.evaluate(async (el, count) => {
    const times = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      el.value += i % 20 === 19 ? ' ' : 'b';
      el.dispatchEvent(
        new InputEvent('input', { bubbles: true, data: 'b', inputType: 'insertText' }),
      );
      await new Promise((resolve) => setTimeout(resolve, 0));
      times.push(performance.now() - start);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
    return times;
  }, KEYSTROKES);
  const stats = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) };
  };
  // processed: keydown until the island has re-rendered (the DOM shows the change);
  // frame: until the next animation frame after that, which adds waiting for the display's next refresh.
  return {
    keystrokes: samples.length,
    own: stats(own),
    processed: stats(samples.map((s) => s.processed)),
    frame: stats(samples.map((s) => s.frame)),
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
  await page.goto(`${ORIGIN}/playbooks/plan-a-session/`);
  const { agenda, sessions } = agendaWithHistory();
  const seed = JSON.stringify(agenda) + JSON.stringify(sessions);
  await page.evaluate(
    ([a, s]) => {
      localStorage.setItem('mentorship-playbook:v1:agenda', a);
      localStorage.setItem('mentorship-playbook:v1:sessions', s);
    },
    [JSON.stringify(agenda), JSON.stringify(sessions)],
  );

  await page.goto(`${ORIGIN}/playbooks/plan-a-session/`);
  await page.getByRole('button', { name: 'Add a part' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  const sessionsShown = await page.locator('.history > li').count();
  typing.push({
    page: 'plan-a-session',
    field: 'Notes for A current challenge',
    sessionsShown,
    storedChars: seed.length,
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
    storedChars: seed.length,
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
