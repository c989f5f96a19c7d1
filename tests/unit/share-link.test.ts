import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { readDocument } from '../../src/playbook/core/schema';
import { PortableSchema, readPortable, type Portable } from '../../src/playbook/portable/portable';
import {
  SHARE_PREFIX,
  decodeShare,
  encodeShare,
  isShareFragment,
} from '../../src/playbook/portable/share-link';

const empty = (): Portable => readDocument(PortableSchema, { id: 'm1' })!.value;

function mentorship(text: string): Portable {
  const m = empty();
  m.name = text;
  m.kickoff.pair = { mentor: text, mentee: 'Tom', startDate: '2026-11-01' };
  m.kickoff.topics.goal = { agreed: true, notes: text };
  m.chooser.answers = { level: 'deep' };
  m.history.sessions = [
    {
      id: 's1',
      finishedAt: '2026-11-20T12:00:00.000Z',
      date: '2026-11-20',
      parts: [{ id: 'p1', kind: 'custom', title: text, minutes: 10, notes: text }],
      carried: [],
      actions: [{ id: 'a1', text, owner: 'mentee', done: false }],
    },
  ];
  return m;
}

const raw = (json: string) =>
  `${SHARE_PREFIX}1.${deflateRawSync(Buffer.from(json)).toString('base64url')}`;

describe('the share link', () => {
  test('round-trips any text exactly: emoji, right-to-left, markup, and 100,000 characters', async () => {
    for (const text of [
      '👩🏽‍💻 Ada ✨',
      'مرحبا بالعالم',
      '<b>x</b> & "y" \u0000',
      'é'.repeat(100_000),
    ]) {
      const read = await decodeShare(await encodeShare(mentorship(text)));
      expect(read).toEqual({ ok: true, value: mentorship(text), reset: [] });
    }
  });

  test('round-trips any state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme' }), async (text) => {
        const read = await decodeShare(await encodeShare(mentorship(text)));
        expect(read).toEqual({ ok: true, value: mentorship(text), reset: [] });
      }),
      { numRuns: 50 },
    );
  });

  test('is a fragment that only uses URL-safe characters, recognised by its prefix', async () => {
    const fragment = await encodeShare(mentorship('Ada'));
    expect(fragment).toMatch(/^share=v1\.[A-Za-z0-9_-]+$/);
    expect(isShareFragment(`#${fragment}`)).toBe(true);
    expect(isShareFragment('#getting-started')).toBe(false);
  });

  test.each([
    [
      'cut short',
      async () => (await encodeShare(mentorship('Ada'.repeat(50)))).slice(0, -20),
      'unreadable',
    ],
    [
      'tampered with',
      async () => (await encodeShare(mentorship('Ada'))).replace(/.{6}$/, 'AAAAAA'),
      'unreadable',
    ],
    ['with characters base64url never has', async () => 'share=v1.abc$%', 'unreadable'],
    ['empty', async () => 'share=v1.', 'unreadable'],
    ['from a newer version', async () => 'share=v2.AAAA', 'newer'],
    ['not a share link', async () => '#intro', 'not-a-mentorship'],
    ['JSON that is not a mentorship', async () => raw('[1,2,3]'), 'not-a-mentorship'],
    ['a mentorship without an id', async () => raw('{"version":1,"name":"x"}'), 'not-a-mentorship'],
    ['a newer portable format inside', async () => raw('{"version":3,"id":"m"}'), 'newer'],
    [
      'not UTF-8 inside',
      async () =>
        `${SHARE_PREFIX}1.${deflateRawSync(Buffer.from([0xff, 0xfe])).toString('base64url')}`,
      'unreadable',
    ],
  ])('one %s is refused with a reason', async (_, make, kind) => {
    const read = await decodeShare(await make());
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.kind).toBe(kind);
  });

  test('a small link that expands past the cap is stopped while it expands', async () => {
    const bomb = Buffer.alloc(50_000_000);
    const fragment = `${SHARE_PREFIX}1.${deflateRawSync(bomb, { level: 9 }).toString('base64url')}`;
    expect(fragment.length).toBeLessThan(100_000);
    const read = await decodeShare(fragment);
    expect(read).toEqual({
      ok: false,
      problem: { kind: 'unreadable', detail: 'it expands to far more than any mentorship holds.' },
    });
  });

  test('prototype keys are data, never the prototype', async () => {
    const json =
      '{"version":1,"id":"m","__proto__":{"polluted":true},"kickoff":{"constructor":{"prototype":{"x":1}},"pair":{"mentor":"Ada"}}}';
    const read = await decodeShare(raw(json));
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.value.kickoff.pair.mentor).toBe('Ada');
      expect(Object.getPrototypeOf(read.value)).toBe(Object.prototype);
      expect(Object.hasOwn(read.value, '__proto__')).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  test('a value that does not fit resets that field only, and says which', async () => {
    const read = await decodeShare(
      raw('{"version":1,"id":"m","kickoff":{"pair":{"mentor":7,"mentee":"Tom"}}}'),
    );
    expect(read.ok && read.value.kickoff.pair).toEqual({
      mentor: '',
      mentee: 'Tom',
      startDate: '',
    });
    expect(read.ok && read.reset).toEqual(['kickoff.pair.mentor']);
  });
});

describe('readPortable', () => {
  test.each([null, 'text', 3, [], {}, { version: 0, id: 'm' }, { version: '1', id: 'm' }])(
    '%o is not a mentorship',
    (data) => {
      expect(readPortable(data)).toEqual({ ok: false, problem: { kind: 'not-a-mentorship' } });
    },
  );
});
