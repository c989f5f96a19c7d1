import { describe, expect, test } from 'vitest';
import { BRIEF_ITEMS, sectionHref } from '../../src/playbook/brief';

/** The content brief's numbering: section letter and how many items it has. */
const BRIEF_SHAPE: [string, number][] = [
  ['A', 4],
  ['B', 2],
  ['C', 13],
  ['D', 5],
  ['E', 9],
  ['F', 4],
];

describe('BRIEF_ITEMS', () => {
  test('holds every item of sections A to F exactly once, in order', () => {
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
