import { describe, expect, test } from 'vitest';
import { count } from '../../src/playbook/core/words';
import { lowerFirst } from '../../src/playbook/kickoff/agreement';

describe('count', () => {
  test.each([
    [0, 'minute', undefined, '0 minutes'],
    [1, 'minute', undefined, '1 minute'],
    [2, 'action item', undefined, '2 action items'],
    [1, 'copy', 'copies', '1 copy'],
    [3, 'copy', 'copies', '3 copies'],
  ])('%i %s', (n, singular, plural, expected) => {
    expect(count(n, singular, plural)).toBe(expected);
  });
});

describe('lowerFirst', () => {
  test.each([
    ['The project is live', 'the project is live'],
    ['API is stable', 'API is stable'],
    ['iOS app ships', 'iOS app ships'],
    ['Élan returns', 'élan returns'],
    ['', ''],
    ['x', 'x'],
  ])('%j reads as %j', (text, expected) => {
    expect(lowerFirst(text)).toBe(expected);
  });
});
