import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { BRIEF_ITEMS, pageCredits, sectionHref, sourceOf } from '../../src/playbook/guide/brief';

/** The content brief's numbering: section letter and how many items it has. */
const BRIEF_SHAPE: [string, number][] = [
  ['A', 4],
  ['B', 2],
  ['C', 13],
  ['D', 5],
  ['E', 9],
  ['F', 4],
  ['G', 6],
];

describe('BRIEF_ITEMS', () => {
  test('holds every item of sections A to G exactly once, in order', () => {
    const expected = BRIEF_SHAPE.flatMap(([section, count]) =>
      Array.from({ length: count }, (_, i) => `${section}${i + 1}`),
    );
    expect(BRIEF_ITEMS.map((item) => item.id)).toEqual(expected);
  });

  test.each(BRIEF_ITEMS.map((item) => [item.id, item] as const))(
    '%s points at a page and a heading id',
    (_id, item) => {
      expect(item.topic.length).toBeGreaterThan(5);
      expect(item.coveredBy.page).toMatch(/^[a-z-]+\/[a-z-]+$/);
      expect(item.coveredBy.heading).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    },
  );
});

describe('sectionHref', () => {
  test('builds a root-relative link with the heading as the hash', () => {
    expect(
      sectionHref({ page: 'practices/over-time', heading: 'change-the-agreement-out-loud' }),
    ).toBe('/practices/over-time/#change-the-agreement-out-loud');
  });
});

describe('credits', () => {
  /** The sources a page credits, from its SourceCredit lines. */
  const credited = (page: string) =>
    [
      ...readFileSync(`src/content/docs/${page}.mdx`, 'utf8').matchAll(
        /<SourceCredit\s+source=(\{[^}]*\}|"[^"]*")/g,
      ),
    ].flatMap(([, value]) =>
      [...value!.matchAll(/'([\w-]+)'|"([\w-]+)"/g)].map((m) => m[1] ?? m[2]),
    );

  test.each([...pageCredits()].map(([page, sources]) => [page, [...sources]] as const))(
    '%s credits %j',
    (page, sources) => {
      expect(credited(page)).toEqual(expect.arrayContaining([...sources]));
    },
  );

  test('items of the kickoff and agenda come from the Pragmatic Engineer, practices from djspinmonkey', () => {
    expect(sourceOf(BRIEF_ITEMS.find((i) => i.id === 'E5')!)).toBe('pragmatic-engineer');
    expect(sourceOf(BRIEF_ITEMS.find((i) => i.id === 'A4')!)).toBe('pragmatic-engineer');
    expect(sourceOf(BRIEF_ITEMS.find((i) => i.id === 'C4')!)).toBe('djspinmonkey');
  });

  test('section G is our own depth: no article to credit for it', () => {
    const own = BRIEF_ITEMS.filter((i) => i.id.startsWith('G'));
    expect(own.map(sourceOf)).toEqual(own.map(() => undefined));
  });
});
