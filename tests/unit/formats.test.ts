import { describe, expect, test } from 'vitest';
import { COMPARISON_ASPECTS, FORMAT_TRAITS } from '../../src/playbook/guide/format-comparison';
import { FORMATS, formatNames } from '../../src/playbook/guide/formats';

describe('FORMATS', () => {
  test('lists the four formats of the guide, each with its own page', () => {
    expect(FORMATS.map((f) => [f.id, f.page])).toEqual([
      ['mentee-project', '/formats/mentee-project/'],
      ['regular-pairing', '/formats/regular-pairing/'],
      ['code-review', '/formats/code-review-and-deep-dives/'],
      ['qa-sessions', '/formats/qa-sessions/'],
    ]);
  });

  test.each(FORMATS.map((f) => [f.name, f] as const))(
    '%s has a value for every compared aspect',
    (_name, format) => {
      for (const { key } of COMPARISON_ASPECTS)
        expect(FORMAT_TRAITS[format.id][key].trim().length, key).toBeGreaterThan(2);
    },
  );
});

describe('formatNames', () => {
  test.each([
    [[], ''],
    [['qa-sessions'], 'Q&A sessions'],
    [['qa-sessions', 'regular-pairing'], 'Regular pairing and Q&A sessions'],
    [
      ['qa-sessions', 'mentee-project', 'code-review'],
      'Mentee project, Code review and deep dives and Q&A sessions',
    ],
  ] as const)('%j reads %j, in the guide order', (ids, expected) => {
    expect(formatNames(ids)).toBe(expected);
  });
});
