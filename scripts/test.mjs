// The whole test suite behind `npm test`: type check, lint and formatting, unit and component
// tests, the production builds, then end-to-end and accessibility tests in Chromium. Every step
// runs even when an earlier one fails (except the browser tests, which need the builds), and the
// run ends with one line of counts that CI reads. The benchmark's smoke run is not part of it:
// .ci/run runs it after the tests.
//
// The steps before the browser tests are independent, so they run side by side, as many at once
// as the machine has cores; each step's output is held back and printed in one piece when it
// ends, headed by its command, so the log reads as if they had run one after another. The browser
// tests then run alone, since Playwright spreads them over every core itself.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ensureChromium } from './chromium.mjs';

const VITEST_REPORT = 'reports/vitest.json';
const PLAYWRIGHT_REPORT = 'reports/playwright.json';

/** @type {{ step: string, passed: number, failed: number, note?: string }[]} */
const results = [];

const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

/**
 * Runs a command to its end. With `live`, its output goes straight to this terminal; otherwise it
 * is buffered (stdout and stderr in the order they came) and printed in one block at the end.
 * Resolves to whether it exited with status 0.
 */
function run(command, args, { env = {}, live = false } = {}) {
  const line = `$ ${command} ${args.join(' ')}`;
  const start = performance.now();
  if (live) console.log(`\n${line}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    const finish = (ok, error) => {
      const status = `${ok ? 'ok' : 'FAILED'} after ${seconds(start)}`;
      if (live) console.log(`(${status})`);
      else process.stdout.write(`\n${line}   (${status})\n${Buffer.concat(output).toString()}`);
      if (error) console.error(error.message);
      resolve(ok);
    };
    child.on('error', (error) => finish(false, error));
    child.on('close', (code) => finish(code === 0));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function checkResult(step, ok) {
  return { step, passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
}

/** Counts from a runner's report; a missing report, a skipped test or no test at all is a failure. */
function suiteResult(step, ok, counts) {
  if (!counts) return { step, passed: 0, failed: 1, note: 'no report was written' };
  const { passed, failed, skipped } = counts;
  const notes = [];
  if (skipped > 0) notes.push(`${skipped} skipped (a skipped test is a failure here)`);
  if (passed + failed === 0) notes.push('ran no test');
  if (!ok && failed === 0) notes.push('the runner failed');
  const extraFailures =
    (skipped > 0 ? skipped : 0) + (passed + failed === 0 || (!ok && failed === 0) ? 1 : 0);
  return { step, passed, failed: failed + extraFailures, note: notes.join('; ') || undefined };
}

/**
 * Runs lanes of steps, `limit` lanes at a time; the steps of one lane run in order. Resolves when
 * all have run.
 * @param {(() => Promise<void>)[][]} lanes
 */
async function runLanes(lanes, limit) {
  const queue = [...lanes];
  const worker = async () => {
    for (let lane = queue.shift(); lane; lane = queue.shift()) {
      for (const step of lane) await step();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, lanes.length) }, worker));
}

rmSync('reports', { recursive: true, force: true });
const started = performance.now();
const cores = availableParallelism();

// Results by step, so the summary lists them in this order whatever order they finish in.
const check = {};
const unit = {};
const builds = {};

await runLanes(
  [
    // One lane for Astro: the builds and the type check all write .astro/, so not at once.
    [
      async () => {
        builds.root = checkResult('production build (astro build)', await run('astro', ['build']));
      },
      async () => {
        builds.base = checkResult(
          'production build under /playbook',
          await run('astro', ['build'], {
            env: { OUT_DIR: './dist-base', BASE_PATH: '/playbook' },
          }),
        );
      },
      async () => {
        check.types = checkResult('type check (astro check)', await run('astro', ['check']));
      },
    ],
    [
      async () => {
        const ok = await run('vitest', [
          'run',
          '--reporter=default',
          '--reporter=json',
          `--outputFile.json=${VITEST_REPORT}`,
        ]);
        const vitest = readJson(VITEST_REPORT);
        unit.result = suiteResult(
          'unit and component tests (Vitest)',
          ok,
          vitest && {
            passed: vitest.numPassedTests,
            failed: vitest.numFailedTests,
            skipped: vitest.numPendingTests + vitest.numTodoTests,
          },
        );
      },
    ],
    [
      async () => {
        check.lint = checkResult('lint (ESLint)', await run('eslint', ['.']));
      },
    ],
    [
      async () => {
        check.format = checkResult(
          'formatting (Prettier)',
          await run('prettier', ['--check', '.']),
        );
      },
    ],
  ],
  cores,
);
results.push(check.types, check.lint, check.format, unit.result, builds.root, builds.base);

if (builds.root.failed === 0 && builds.base.failed === 0) {
  let browserReady = false;
  try {
    const { path, source } = ensureChromium();
    console.log(`\nChromium for end-to-end tests: ${path} (${source})`);
    browserReady = true;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  }
  results.push(checkResult('Chromium available', browserReady));
  if (browserReady) {
    const e2eOk = await run('playwright', ['test'], { live: true });
    const report = readJson(PLAYWRIGHT_REPORT);
    results.push(
      suiteResult(
        'end-to-end and accessibility tests (Playwright, Chromium)',
        e2eOk,
        report && {
          passed: report.stats.expected + report.stats.flaky,
          failed: report.stats.unexpected,
          skipped: report.stats.skipped,
        },
      ),
    );
  }
} else {
  results.push({
    step: 'end-to-end and accessibility tests',
    passed: 0,
    failed: 1,
    note: 'not run: the build failed',
  });
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`\nSummary (${seconds(started)}, ${cores} cores)`);
for (const r of results) {
  console.log(
    `  ${r.failed ? 'FAIL' : 'ok  '} ${r.step}: ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`,
  );
}
if (existsSync(PLAYWRIGHT_REPORT) && failed)
  console.log('  Traces of failed browser tests: test-results/');
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
