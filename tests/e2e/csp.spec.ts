import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as plain } from '@playwright/test';
import { builtPages } from './built-pages';
import { expect, test } from './fixtures';
import { searchAndOpen } from './helpers';

/** A policy, directive by directive. */
const parse = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const fileOf = (dist: string, path: string) =>
  join(dist, path.endsWith('/') ? `${path}index.html` : path);

for (const [dist, base] of [
  ['dist', ''],
  ['dist-base', '/playbook'],
] as const) {
  test.describe(`${dist}/: every page carries a strict policy that lists exactly its inline code`, () => {
    for (const path of builtPages(dist)) {
      test(`${path}`, () => {
        const headers = readFileSync(join(dist, '_headers'), 'utf8');
        const html = readFileSync(fileOf(dist, path), 'utf8');
        // The charset within the first 1024 bytes (the HTML standard's prescan), then the policy.
        const charset = Buffer.from(html).indexOf('<meta charset="utf-8"');
        expect(charset, `${path}: where <meta charset> is`).toBeGreaterThanOrEqual(0);
        expect(charset, `${path}: where <meta charset> is`).toBeLessThan(1024 - 30);
        const content =
          /<head[^>]*><meta charset="utf-8"\/?><meta http-equiv="content-security-policy" content="([^"]+)">/.exec(
            html,
          )?.[1];
        expect(content, `${path}: the policy comes right after the charset`).toBeTruthy();
        expect(html.indexOf('<script'), path).toBeGreaterThan(html.indexOf(content!));
        const policy = parse(content!);
        expect(policy.get('default-src')).toEqual(["'self'"]);
        expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
        expect(policy.get('object-src')).toEqual(["'none'"]);
        expect(policy.get('base-uri')).toEqual(["'self'"]);
        expect(policy.get('form-action')).toEqual(["'none'"]);
        expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
        // Scripts: this site, WebAssembly for search, and the hash of each inline script, no more.
        const inlineScripts = [
          ...html.matchAll(/<script(?![^>]*\ssrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script>/g),
        ].map((m) => sha256(m[1]!));
        expect(inlineScripts.length, path).toBeGreaterThan(0);
        expect(new Set(policy.get('script-src'))).toEqual(
          new Set(["'self'", "'wasm-unsafe-eval'", ...inlineScripts]),
        );
        const styles = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((m) =>
          sha256(m[1]!),
        );
        expect(new Set(policy.get('style-src'))).toEqual(new Set(["'self'", ...styles]));
        // The same policy for hosts that send headers, under the page's own address.
        const address = `${base}${path.replace(/index\.html$/, '')}`;
        expect(headers, address).toContain(`\n${address}\n  Content-Security-Policy: ${content}\n`);
      });
    }
  });

  test(`${dist}/_headers sends the site-wide security headers`, () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: frame-ancestors 'none'$/m);
    expect(headers).toMatch(/^ {2}Referrer-Policy: no-referrer$/m);
    expect(headers).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
    expect(headers).toMatch(/^ {2}Permissions-Policy: .*camera=\(\).*microphone=\(\)/m);
  });
}

// Every page is also loaded and scrolled under its policy by site.spec.ts's per-page test (one page
// load for all a page must have); the fixture fails any test on a violation.

test('search runs under the policy', async ({ page }) => {
  await page.goto('');
  await searchAndOpen(page, 'cadence', /The kickoff conversation/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The kickoff conversation');
});

plain(
  'the policy bites: injected inline code and an inline event handler are refused',
  async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
    });
    await page.goto('start-here/what-mentorship-is/');
    // An inline script or handler that were allowed would have run by the time these return.
    const result = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.clicked = true');
      document.body.append(button);
      button.click();
      const w = window as unknown as { injected?: boolean; clicked?: boolean };
      return { injected: w.injected, clicked: w.clicked };
    });
    expect(result.injected).toBeUndefined();
    expect(result.clicked).toBeUndefined();
    // The violation events are queued as tasks: wait for them rather than for a set time.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen))
      .toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
  },
);
