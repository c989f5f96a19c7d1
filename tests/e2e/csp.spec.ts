import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as plain } from '@playwright/test';
import { builtPages } from './built-pages';
import { expect, test } from './fixtures';
import { islandsReady, searchAndOpen } from './helpers';

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
  test(`every page of ${dist}/ carries a strict policy that lists exactly its inline code`, () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    for (const path of builtPages(dist)) {
      const html = readFileSync(fileOf(dist, path), 'utf8');
      const content =
        /<head[^>]*><meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1];
      expect(content, `${path}: the policy is the first thing in <head>`).toBeTruthy();
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
    }
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: frame-ancestors 'none'$/m);
    expect(headers).toMatch(/^ {2}Referrer-Policy: no-referrer$/m);
    expect(headers).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
    expect(headers).toMatch(/^ {2}Permissions-Policy: .*camera=\(\).*microphone=\(\)/m);
  });
}

// Loading, scrolling and searching every page: the fixture fails the test on any violation.
test('every page runs under its policy: loaded, scrolled and searched', async ({ page }) => {
  for (const path of builtPages().filter((p) => p !== '/404.html')) {
    await page.goto(path.replace(/^\//, ''));
    await islandsReady(page);
    await page.mouse.wheel(0, 5000);
  }
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
    const result = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.clicked = true');
      document.body.append(button);
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const w = window as unknown as { injected?: boolean; clicked?: boolean; seen: string[] };
      return { injected: w.injected, clicked: w.clicked, seen: w.seen };
    });
    expect(result.injected).toBeUndefined();
    expect(result.clicked).toBeUndefined();
    expect(result.seen).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
  },
);
