import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { headersFile, policyFor, withPolicy } from '../../src/site/csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the policy of a built page', () => {
  const page =
    '<html><head><meta charset="utf-8"><script>a()</script><style>p{}</style></head>' +
    '<body><script type="module" src="/x.js"></script><script type="module">b()</script>' +
    '<script>a()</script></body></html>';

  test('lists each inline script and style element by its hash, once, and nothing looser', () => {
    const policy = policyFor(page);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('a()')} ${sha('b()')};`);
    expect(policy).toContain(`style-src 'self' ${sha('p{}')};`);
    const directive = (name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));
    for (const name of ['script-src', 'style-src'])
      expect(directive(name)).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(directive('style-src-attr')).toBe("style-src-attr 'unsafe-inline'");
    expect(policy).toContain("object-src 'none'; base-uri 'self'; form-action 'none'");
  });

  test.each([
    ['worker-src', "worker-src 'self'"],
    ['manifest-src', "manifest-src 'self'"],
  ])('lets the site’s own %s load, and nothing from elsewhere', (name, expected) => {
    const directive = policyFor(page)
      .split('; ')
      .find((d) => d.startsWith(`${name} `));
    expect(directive).toBe(expected);
  });

  test('comes right after the charset, before any script', () => {
    const html = withPolicy(page);
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).toMatch(
      /^<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="/,
    );
  });

  test.each([
    ['no charset', '<html><head><script>a()</script></head></html>'],
    ['a script before the charset', '<html><head><script>a()</script><meta charset="utf-8">'],
  ])('refuses a page with %s, whose encoding a browser would have to guess', (_, html) => {
    expect(() => withPolicy(html)).toThrow(/meta charset/);
  });

  test('a host that reads _headers gets each page’s policy, worker and manifest included, under its address', () => {
    const policy = policyFor(page);
    expect(headersFile('', [{ path: '/', policy }])).toContain(
      `/\n  Content-Security-Policy: ${policy}\n`,
    );
    expect(policy).toMatch(/worker-src 'self'; manifest-src 'self'/);
  });

  test('a host that reads _headers gets each page’s policy under its address', () => {
    const file = headersFile('/*\n  X-Content-Type-Options: nosniff\n', [
      { path: '/', policy: "default-src 'self'" },
      { path: '/playbook/about/', policy: "default-src 'none'" },
    ]);
    expect(file).toBe(
      "/*\n  X-Content-Type-Options: nosniff\n\n/\n  Content-Security-Policy: default-src 'self'\n" +
        "/playbook/about/\n  Content-Security-Policy: default-src 'none'\n",
    );
  });
});
