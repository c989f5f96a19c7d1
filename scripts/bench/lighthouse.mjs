// Lighthouse (mobile, its defaults) on each page of both sites, one after the other in one
// Chromium, so that both sides meet the same machine at nearly the same moment.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ensureChromium } from '../chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The four scores (0–100) and LCP (ms), TBT (ms) and CLS of one page. */
async function audit(url, port) {
  const { lhr } = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  );
  const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    ...scores,
    lcp: Math.round(value('largest-contentful-paint')),
    tbt: Math.round(value('total-blocking-time')),
    cls: Number(value('cumulative-layout-shift').toFixed(3)),
  };
}

/** Audits each page (a path such as "playbooks/kickoff-checklist/") on both origins. */
export async function lighthouseAll(paths, ours, bare, log) {
  const chrome = await launch({
    chromePath: ensureChromium().path,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const rows = [];
    for (const path of paths) {
      const row = {
        page: path || '/',
        ours: await audit(`${ours}/${path}`, chrome.port),
        bare: await audit(`${bare}/${path}`, chrome.port),
      };
      rows.push(row);
      log(`lighthouse ${row.page}: performance ${row.ours.performance} / ${row.bare.performance}`);
    }
    return rows;
  } finally {
    chrome.kill();
  }
}
