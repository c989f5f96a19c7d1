import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  STUB_COMPONENT,
  asBareMdx,
  asMarkdown,
  generatedPages,
  guidePages,
  referenceFiles,
} from '../../scripts/bench/sites.mjs';

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

describe('the bare same-MDX site’s pages: ours with our components stood in for', () => {
  const STARLIGHT = "import { Aside } from '@astrojs/starlight/components';";
  const CREDIT = "import SourceCredit from '../../../components/SourceCredit.astro';";
  test.each([
    [
      'Starlight’s components, as they are',
      `${STARLIGHT}\n\n<Aside type="note" title="In short">\n\n- One\n\n</Aside>`,
      `${STARLIGHT}\n\n<Aside type="note" title="In short">\n\n- One\n\n</Aside>`,
      [],
    ],
    [
      'our .astro components, imported from the same path (where a stub will be)',
      `${CREDIT}\n\nText.\n\n<SourceCredit source={['a', 'b']} />`,
      `${CREDIT}\n\nText.\n\n<SourceCredit source={['a', 'b']} />`,
      ['../../../components/SourceCredit.astro'],
    ],
    [
      'no island: its import (over several lines), its data’s import and its elements go',
      "import {\n  A,\n  B as C,\n} from '../x/islands';\nimport { guide } from '../y';\n\nBefore\n<A client:load />\n<C client:load guide={guide()} />\n<A client:visible>\n  held\n</A>\nAfter",
      '\nBefore\n\n\nAfter',
      [],
    ],
  ])('keeps %s', (_, mdx, expected, stubs) => {
    const page = asBareMdx(mdx);
    expect(page.text.replace(/\n{2,}/g, '\n\n')).toBe(expected.replace(/\n{2,}/g, '\n\n'));
    expect(page.stubs).toEqual(stubs);
  });
});

// What each reference site must hold, page by page: its extension, the imports a page may keep,
// and the files it has besides our pages.
const REFERENCE_SITES = [
  {
    kind: 'bare',
    extension: '.md',
    allowedImports: [] as RegExp[],
    isExtra: (path: string) => path === 'src/content/docs/generated/typing.md',
  },
  {
    kind: 'bareMdx',
    extension: '.mdx',
    allowedImports: [/^@astrojs\/starlight\/components$/, /\.astro$/],
    isExtra: (path: string) => path.endsWith('.astro'),
  },
];

describe.each(REFERENCE_SITES)(
  'the reference site $kind',
  ({ kind, extension, allowedImports, isExtra }) => {
    const pages = guidePages() as Page[];
    const generated = generatedPages(pages, 40) as Page[];
    const files = referenceFiles(kind, [...pages, ...generated]) as Page[];
    const docs = files.filter((f) => !isExtra(f.path));
    const imports = (text: string) =>
      [...text.matchAll(/^import\s[\s\S]*?\sfrom\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

    test('holds every page of ours and every generated page, and no other page', () => {
      const asOurs = (path: string) =>
        relative('src/content/docs', path).replace(new RegExp(`\\${extension}$`), '.mdx');
      expect(docs.every((f) => f.path.endsWith(extension))).toBe(true);
      expect(docs.map((f) => asOurs(f.path)).sort()).toEqual(
        [...pages, ...generated].map((p) => p.path).sort(),
      );
    });

    test('gives each generated page the title ours has', () => {
      const titles = (list: Page[]) =>
        list
          .filter((p) => /(^|\/)generated\/page-/.test(p.path))
          .map((p) => /^title: (.*)$/m.exec(p.text)![1]);
      expect(titles(docs)).toEqual(titles(generated));
    });

    test('keeps no island, client directive or import it cannot build', () => {
      for (const file of docs) {
        expect(file.text, file.path).not.toMatch(/client:\w+/);
        for (const from of imports(file.text))
          expect(
            allowedImports.some((allowed) => allowed.test(from)),
            `${file.path} imports ${from}`,
          ).toBe(true);
      }
    });

    test('has a stub for each component of ours a page imports, and only for those', () => {
      const stubs = files.filter((f) => isExtra(f.path) && f.text === STUB_COMPONENT);
      const imported = new Set(
        docs.flatMap((f) =>
          imports(f.text)
            .filter((from) => from.endsWith('.astro'))
            .map((from) => join(dirname(f.path), from)),
        ),
      );
      expect(stubs.map((f) => f.path).sort()).toEqual([...imported].sort());
      // Each stands in for a component this project has.
      for (const stub of stubs) expect(existsSync(stub.path), stub.path).toBe(true);
    });
  },
);

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
