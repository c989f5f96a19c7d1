import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SITE,
  normaliseBase,
  publicUrl,
  resolveDeployment,
} from '../../src/site/deployment';

describe('normaliseBase', () => {
  test.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['playbook', '/playbook'],
    ['/playbook', '/playbook'],
    ['/playbook/', '/playbook'],
    ['//team//playbook//', '/team/playbook'],
  ])('%j becomes %j', (raw, expected) => {
    expect(normaliseBase(raw)).toBe(expected);
  });

  test.each(['/../etc', './x', '/a/../b'])('rejects the dot segments in %j', (raw) => {
    expect(() => normaliseBase(raw)).toThrow(/must not contain "\." or "\.\."/);
  });
});

describe('resolveDeployment', () => {
  test('falls back to the local preview origin and the root', () => {
    expect(resolveDeployment({})).toEqual({ site: DEFAULT_SITE, base: '/' });
  });

  test('keeps only the origin of SITE, so a path there cannot double the base', () => {
    expect(
      resolveDeployment({ SITE: 'https://example.org/ignored/', BASE_PATH: '/playbook' }),
    ).toEqual({
      site: 'https://example.org',
      base: '/playbook',
    });
  });

  test.each([
    ['example.org', /must be an absolute URL/],
    ['ftp://example.org', /must use http or https/],
  ])('rejects SITE=%j with a readable message', (site, message) => {
    expect(() => resolveDeployment({ SITE: site })).toThrow(message);
  });
});

describe('publicUrl', () => {
  test.each([
    [
      { site: 'https://example.org', base: '/' },
      'social-card.png',
      'https://example.org/social-card.png',
    ],
    [
      { site: 'https://example.org', base: '/playbook' },
      'social-card.png',
      'https://example.org/playbook/social-card.png',
    ],
    [
      { site: 'https://example.org', base: '/playbook' },
      '/favicon.svg',
      'https://example.org/playbook/favicon.svg',
    ],
  ])('%j + %j is %j', (deployment, file, expected) => {
    expect(publicUrl(deployment, file)).toBe(expected);
  });
});
