import { describe, expect, test } from 'vitest';
import { SOURCES, formatPublished, getSource } from '../../src/playbook/guide/sources';

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
