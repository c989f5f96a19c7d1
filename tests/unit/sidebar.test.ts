import { describe, expect, test } from 'vitest';
import { GUIDE_GROUPS, buildSidebar } from '../../src/site/sidebar';

describe('buildSidebar', () => {
  test('lists only the groups whose folder has pages, in reading order', () => {
    const withPages = new Set(['about', 'start-here']);
    expect(buildSidebar(GUIDE_GROUPS, (dir) => withPages.has(dir))).toEqual([
      { label: 'Start here', items: [{ autogenerate: { directory: 'start-here' } }] },
      { label: 'About', items: [{ autogenerate: { directory: 'about' } }] },
    ]);
  });

  test('is empty when no folder has pages', () => {
    expect(buildSidebar(GUIDE_GROUPS, () => false)).toEqual([]);
  });

  test('covers every group the guide is planned around', () => {
    expect(GUIDE_GROUPS.map((g) => g.label)).toEqual([
      'Start here',
      'Practices',
      'Conversations',
      'Formats',
      'Playbooks',
      'About',
    ]);
  });
});
