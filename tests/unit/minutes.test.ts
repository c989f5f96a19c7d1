import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/playbook/core/fields/minutes';

describe('parseMinutes', () => {
  const range = { min: 10, max: 240 };
  test.each([
    ['45', true, { ok: true, minutes: 45 }],
    [' 10 ', true, { ok: true, minutes: 10 }],
    ['240', false, { ok: true, minutes: 240 }],
    ['', true, { ok: true, minutes: null }],
  ])('%j (empty allowed: %s) reads as %j', (text, allowEmpty, expected) => {
    expect(parseMinutes(text, range, allowEmpty)).toEqual(expected);
  });

  test.each([
    ['', false],
    ['9', true],
    ['241', true],
    ['12.5', true],
    ['-5', true],
    ['1e2', true],
    ['ten', true],
  ])('%j (empty allowed: %s) is refused with a message', (text, allowEmpty) => {
    const result = parseMinutes(text, range, allowEmpty);
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Enter a whole number of minutes from 10 to 240/),
    });
  });
});
