import { describe, expect, test } from 'vitest';
import { asMarkdown, generatedPages, guidePages } from '../../scripts/bench/sites.mjs';

interface Page {
  path: string;
  text: string;
}

describe('the bare site’s pages: ours as plain Markdown', () => {
  test.each([
    [
      'imports, even over several lines',
      "import { Aside } from '@astrojs/starlight/components';\nimport {\n  A,\n  B,\n} from '../x';\n\nText.",
      '\n\nText.',
    ],
    [
      'a container component, keeping what it holds',
      '<Aside type="note" title="In short">\n\n- One\n\n</Aside>',
      '\n\n- One\n\n',
    ],
    [
      'a self-closing component over several lines, with braces and arrows in its props',
      'Before\n<KickoffChecklist client:load guide={kickoffGuide()} />\n<LinkCard\n  title="A > B"\n  href="/x/"\n/>\nAfter',
      'Before\n\nAfter',
    ],
    ['what only JavaScript shows', '<noscript>\n  **Needs JS.**\n</noscript>\nText', '\nText'],
  ])('leaves out %s', (_, mdx, markdown) => {
    expect(asMarkdown(mdx)).toBe(markdown);
  });

  test('no page of the guide keeps a component or an import', () => {
    for (const page of guidePages() as Page[]) {
      const markdown = asMarkdown(page.text);
      expect(markdown, page.path).not.toMatch(/<\/?[A-Z][\w.]*[\s/>]/);
      expect(markdown, page.path).not.toMatch(/^import\s/m);
      expect(markdown.startsWith('---\ntitle:'), page.path).toBe(true);
    }
  });
});

describe('generated pages for the scaling runs', () => {
  const pages = guidePages() as Page[];

  test('are copies of real prose pages, each with its own title, in a folder of their own', () => {
    const generated = generatedPages(pages, 40) as Page[];
    expect(generated).toHaveLength(40);
    expect(generated[0]!.path).toBe('generated/page-0001.mdx');
    expect(generated.every((p) => p.path.startsWith('generated/'))).toBe(true);
    const titles = generated.map((p) => /^title: (.*)$/m.exec(p.text)![1]);
    expect(new Set(titles).size).toBe(40);
    expect(titles[0]).toMatch(/\(copy 1\)"$/);
    // Not the home page and not the playbooks, whose islands have fixed ids.
    const sources = new Set(generated.map((p) => p.text.replace(/^title: .*$/m, '')));
    for (const page of pages.filter(
      (p) => p.path.startsWith('playbooks/') || p.path === 'index.mdx',
    ))
      expect(sources.has(page.text.replace(/^title: .*$/m, ''))).toBe(false);
  });
});
