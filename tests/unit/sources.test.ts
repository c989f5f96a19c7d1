import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  CREDITED_WORKS,
  SOURCES,
  formatPublished,
  getSource,
} from '../../src/playbook/guide/sources';

describe('SOURCES', () => {
  test('credits both articles of the content brief with their links', () => {
    expect(SOURCES.map((s) => [s.author, s.url])).toEqual([
      [
        'djspinmonkey',
        'https://djspinmonkey.github.io/2023/08/15/some-advice-on-technical-mentorship',
      ],
      [
        'Gergely Orosz',
        'https://blog.pragmaticengineer.com/developers-mentoring-other-developers/',
      ],
    ]);
  });

  test.each(SOURCES.map((s) => [s.id, s] as const))(
    '%s says what it contributed',
    (_id, source) => {
      expect(source.contributed.length).toBeGreaterThan(0);
      for (const item of source.contributed) expect(item).toMatch(/\.$/);
    },
  );

  test('ids are unique and look up their own source', () => {
    expect(new Set(SOURCES.map((s) => s.id)).size).toBe(SOURCES.length);
    for (const source of SOURCES) expect(getSource(source.id)).toBe(source);
  });
});

describe('formatPublished', () => {
  test.each([
    ['2023-08-15', '15 August 2023'],
    ['2024-01-01', '1 January 2024'],
    ['2024-12-31', '31 December 2024'],
  ])('%s reads %s whatever the time zone', (iso, expected) => {
    expect(formatPublished(iso)).toBe(expected);
  });

  test('rejects a date it cannot read', () => {
    expect(() => formatPublished('15/08/2023')).toThrow(/Not an ISO date/);
  });
});

describe('CREDITED_WORKS', () => {
  /** A guide page's MDX and the title in its front matter. */
  const page = (path: string) => {
    const mdx = readFileSync(`src/content/docs/${path}.mdx`, 'utf8');
    return { mdx, title: /^title: '?(.+?)'?$/m.exec(mdx)?.[1] };
  };

  test.each(CREDITED_WORKS.map((work) => [work.title, work] as const))(
    '%s is credited, with its link, on the page it names',
    (_title, work) => {
      const { mdx, title } = page(work.page);
      expect(mdx).toContain(`](${work.url})`);
      expect(title).toBe(work.pageTitle);
      expect(work.contributed).toMatch(/\.$/);
    },
  );

  test('the pages that lean on a named model credit it', () => {
    expect(CREDITED_WORKS.map((work) => [work.page, work.title])).toEqual(
      expect.arrayContaining([
        ['practices/listening-and-asking', 'The GROW model'],
        ['practices/feedback', 'The Situation-Behavior-Impact (SBI) feedback model'],
      ]),
    );
  });
});
