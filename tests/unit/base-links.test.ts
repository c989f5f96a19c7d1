import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { baseLinks, jsxAttributesWithBase, withBase } from '../../src/site/base-links';

describe('withBase', () => {
  test.each([
    ['/about/sources/', '/playbook', '/playbook/about/sources/'],
    ['/', '/playbook', '/playbook/'],
    [
      '/start-here/#a-working-definition',
      '/playbook/',
      '/playbook/start-here/#a-working-definition',
    ],
    ['/about/sources/', '/', '/about/sources/'],
    ['https://example.org/x', '/playbook', 'https://example.org/x'],
    ['//cdn.example.org/x', '/playbook', '//cdn.example.org/x'],
    ['#top', '/playbook', '#top'],
    ['../sibling/', '/playbook', '../sibling/'],
    ['mailto:someone@example.org', '/playbook', 'mailto:someone@example.org'],
  ])('%j under %j is %j', (href, base, expected) => {
    expect(withBase(href, base)).toBe(expected);
  });
});

describe('jsxAttributesWithBase', () => {
  test('rewrites string href attributes only', () => {
    const attributes = [
      { type: 'mdxJsxAttribute', name: 'title', value: '/not-a-link' },
      { type: 'mdxJsxAttribute', name: 'href', value: '/about/sources/' },
      { type: 'mdxJsxExpressionAttribute', value: '...props' },
    ];
    expect(jsxAttributesWithBase(attributes, '/playbook')).toEqual([
      attributes[0],
      { type: 'mdxJsxAttribute', name: 'href', value: '/playbook/about/sources/' },
      attributes[2],
    ]);
  });

  test('reports no change when there is nothing to rewrite', () => {
    expect(
      jsxAttributesWithBase(
        [{ type: 'mdxJsxAttribute', name: 'href', value: 'https://x.org' }],
        '/p',
      ),
    ).toBeUndefined();
    expect(
      jsxAttributesWithBase([{ type: 'mdxJsxAttribute', name: 'href', value: '/a/' }], '/'),
    ).toBeUndefined();
  });
});

describe('baseLinks in the Sätteri pipeline', () => {
  test('prefixes Markdown links and leaves external ones alone', async () => {
    const { html } = await markdownToHtml(
      '[Sources](/about/sources/) and [elsewhere](https://example.org/).',
      {
        hastPlugins: [baseLinks('/playbook')],
      },
    );
    expect(html).toContain('href="/playbook/about/sources/"');
    expect(html).toContain('href="https://example.org/"');
  });

  test('prefixes the href of a component such as LinkCard', async () => {
    const { code } = await mdxToJs('<LinkCard title="Sources" href="/about/sources/" />', {
      hastPlugins: [baseLinks('/playbook')],
    });
    expect(code).toContain('"/playbook/about/sources/"');
    expect(code).not.toMatch(/"\/about\/sources\/"/);
  });
});
