// The whole test suite behind `npm test`: type check, lint and formatting, unit and component
// tests, the production builds, then end-to-end and accessibility tests in Chromium and a smoke run
// of the benchmark. Every step runs even when an earlier one fails (except the browser steps, which
// need the builds), and the run ends with one line of counts that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const VITEST_REPORT = 'reports/vitest.json';
const PLAYWRIGHT_REPORT = 'reports/playwright.json';

/** @type {{ step: string, passed: number, failed: number, note?: string }[]} */
const results = [];

function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) console.error(result.error.message);
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function recordCheck(step, ok) {
  results.push({ step, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

/** Counts from a runner's report; a missing report, a skipped test or no test at all is a failure. */
function recordSuite(step, ok, counts) {
  if (!counts) {
    results.push({ step, passed: 0, failed: 1, note: 'no report was written' });
    return;
  }
  const { passed, failed, skipped } = counts;
  const notes = [];
  if (skipped > 0) notes.push(`${skipped} skipped (a skipped test is a failure here)`);
  if (passed + failed === 0) notes.push('ran no test');
  if (!ok && failed === 0) notes.push('the runner failed');
  const extraFailures =
    (skipped > 0 ? skipped : 0) + (passed + failed === 0 || (!ok && failed === 0) ? 1 : 0);
  results.push({
    step,
    passed,
    failed: failed + extraFailures,
    note: notes.join('; ') || undefined,
  });
}

rmSync('reports', { recursive: true, force: true });

recordCheck('type check (astro check)', run('astro', ['check']));
recordCheck('lint (ESLint)', run('eslint', ['.']));
recordCheck('formatting (Prettier)', run('prettier', ['--check', '.']));

const unitOk = run('vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${VITEST_REPORT}`,
]);
const vitest = readJson(VITEST_REPORT);
recordSuite(
  'unit and component tests (Vitest)',
  unitOk,
  vitest && {
    passed: vitest.numPassedTests,
    failed: vitest.numFailedTests,
    skipped: vitest.numPendingTests + vitest.numTodoTests,
  },
);

const built =
  recordCheck('production build (astro build)', run('astro', ['build'])) &&
  recordCheck(
    'production build under /playbook',
    run('astro', ['build'], { OUT_DIR: './dist-base', BASE_PATH: '/playbook' }),
  );

if (built) {
  let browserReady = false;
  try {
    const { path, source } = ensureChromium();
    console.log(`\nChromium for end-to-end tests: ${path} (${source})`);
    browserReady = true;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  }
  if (recordCheck('Chromium available', browserReady)) {
    const e2eOk = run('playwright', ['test']);
    const report = readJson(PLAYWRIGHT_REPORT);
    recordSuite(
      'end-to-end and accessibility tests (Playwright, Chromium)',
      e2eOk,
      report && {
        passed: report.stats.expected + report.stats.flaky,
        failed: report.stats.unexpected,
        skipped: report.stats.skipped,
      },
    );
    // A measurement, not a test: it fails only when the benchmark itself can no longer run.
    recordCheck(
      'benchmark smoke run (npm run bench -- --smoke)',
      run('node', ['scripts/bench/index.mjs', '--smoke']),
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
console.log('\nSummary');
for (const r of results) {
  console.log(
    `  ${r.failed ? 'FAIL' : 'ok  '} ${r.step}: ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`,
  );
}
if (existsSync(PLAYWRIGHT_REPORT) && failed)
  console.log('  Traces of failed browser tests: test-results/');
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
