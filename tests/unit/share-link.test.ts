import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { LinkifyIt } from 'linkify-it';
import * as linkify from 'linkifyjs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { describe, expect, test } from 'vitest';
import { readDocument } from '../../src/playbook/core/schema';
import { PortableSchema, readPortable, type Portable } from '../../src/playbook/portable/portable';
import {
  SHARE_PREFIX,
  decodeShare,
  encodeShare,
  isShareFragment,
  shareFragmentOf,
} from '../../src/playbook/portable/share-link';
import { SHARE_RESCUE_SCRIPT } from '../../src/site/share-rescue';

const empty = (): Portable => readDocument(PortableSchema, { id: 'm1' })!.value;

function mentorship(text: string): Portable {
  const m = empty();
  m.name = text;
  m.kickoff.pair = { mentor: text, mentee: 'Tom', startDate: '2026-11-01' };
  m.kickoff.topics.goal = { agreed: true, notes: text };
  m.kickoff.goals = [
    { id: 'g1', what: text, evidence: 'A demo', by: '2027-01-31', outcome: '', closedOn: '' },
  ];
  m.chooser.answers = { level: 'deep' };
  m.history.sessions = [
    {
      id: 's1',
      finishedAt: '2026-11-20T12:00:00.000Z',
      date: '2026-11-20',
      parts: [{ id: 'p1', kind: 'custom', title: text, minutes: 10, notes: text }],
      carried: [],
      actions: [{ id: 'a1', text, owner: 'mentee', done: false }],
      checkIns: [{ goal: 'g1', what: 'Ship it', state: 'moving', note: text }],
    },
  ];
  return m;
}

/** A link as this site wrote it before the data's length was added at its end. */
const legacy = async (m: Portable) => (await encodeShare(m)).replace(/\.\d+$/, '');

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
    expect(fragment).toMatch(/^share=v1\.[A-Za-z0-9_-]+\.\d+$/);
    const [, data, length] = /^share=v1\.(.+)\.(\d+)$/.exec(fragment)!;
    expect(data!.length).toBe(Number(length));
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
    [
      'missing data before its length',
      async () => (await encodeShare(mentorship('Ada'))).replace(/.(\.\d+)$/, '$1'),
      'unreadable',
    ],
    [
      'longer than its length says',
      async () => (await encodeShare(mentorship('Ada'))).replace(/(\.\d+)$/, 'A$1'),
      'unreadable',
    ],
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

describe('a share link after mail and chat apps', () => {
  const PAGE = 'https://mentorship.example/playbooks/kickoff-checklist/';
  const lines = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, 'g'))!;

  test.each<[string, (fragment: string) => string]>([
    ['with its "#"', (f) => `#${f}`],
    ['with "=" percent-encoded', (f) => f.replace('=', '%3D')],
    ['with "=" encoded in lower case', (f) => f.replace('=', '%3d')],
    ['percent-encoded twice, "." included', (f) => encodeURIComponent(encodeURIComponent(f))],
    ['wrapped at 76 characters with CRLF', (f) => lines(f, 76).join('\r\n')],
    ['wrapped with a space the address bar encodes', (f) => lines(f, 60).join('%20')],
    ['wrapped with encoded line breaks', (f) => lines(f, 60).join('%0D%0A')],
    ['with tabs and no-break spaces', (f) => lines(f, 50).join('\t\u00A0')],
    ['with soft hyphens', (f) => lines(f, 40).join('\u00AD')],
    ['with zero-width spaces', (f) => lines(f, 40).join('\u200B')],
  ])('reads the same mentorship %s', async (_, mangle) => {
    const clean = await encodeShare(mentorship('Ada Lovelace'));
    expect(isShareFragment(mangle(clean))).toBe(true);
    expect(await decodeShare(mangle(clean))).toEqual(await decodeShare(clean));
  });

  test('never ends in a character that autolinkers leave out of a link', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 40 }), async (text) => {
        expect(await encodeShare(mentorship(text))).toMatch(/\d$/);
      }),
      { numRuns: 200 },
    );
  });

  // The same links through three autolinkers people meet: GitHub-flavoured Markdown (GitHub,
  // GitLab, many editors), linkify-it (markdown-it, Discourse) and linkifyjs (many chat apps).
  const autolinkers: [string, (text: string) => string[]][] = [
    [
      'GitHub-flavoured Markdown',
      (text) => {
        const tree = fromMarkdown(text, {
          extensions: [gfmAutolinkLiteral()],
          mdastExtensions: [gfmAutolinkLiteralFromMarkdown()],
        });
        const urls: string[] = [];
        const visit = (node: { type: string; url?: string; children?: unknown[] }) => {
          if (node.type === 'link') urls.push(node.url!);
          for (const child of node.children ?? []) visit(child as typeof node);
        };
        visit(tree);
        return urls;
      },
    ],
    ['linkify-it', (text) => (new LinkifyIt().match(text) ?? []).map((m) => m.url)],
    ['linkifyjs', (text) => linkify.find(text).map((m) => m.href)],
  ];

  test.each(autolinkers)(
    '%s links the whole link, and what it links reads the same, at the end of a sentence too',
    async (_, links) => {
      await fc.assert(
        fc.asyncProperty(
          fc.string({ unit: 'grapheme', maxLength: 20 }),
          fc.constantFrom('', '.', '!', '?', ',', ':', ';', '_', '*', '~', ')', "'", '"'),
          async (text, after) => {
            const m = mentorship(text);
            const url = `${PAGE}#${await encodeShare(m)}`;
            const found = links(`Our mentorship: ${url}${after}\nSee you Monday.`);
            expect(found).toHaveLength(1);
            // Some keep a trailing "_", "*" or "~" that others leave out; either way it reads.
            expect(found[0]!.startsWith(url)).toBe(true);
            expect(await decodeShare(new URL(found[0]!).hash)).toEqual({
              ok: true,
              value: m,
              reset: [],
            });
          },
        ),
        { numRuns: 30 },
      );
    },
  );

  test('reads a link made before the length was added, when a trailing "_" was left out', async () => {
    // One such link in a few dozen ends in "_": find one, as a person would have sent it.
    let found: Portable | undefined;
    for (let i = 0; i < 1000 && !found; i++) {
      const made = mentorship(`${'x'.repeat(i % 50)}${i * 7919}`);
      if ((await legacy(made)).endsWith('_')) found = made;
    }
    expect(found).toBeDefined();
    const link = await legacy(found!);
    const autolinked = autolinkers[0]![1](`${PAGE}#${link}`)[0]!;
    expect(autolinked).toBe(`${PAGE}#${link.slice(0, -1)}`);
    expect(await decodeShare(new URL(autolinked).hash)).toEqual({
      ok: true,
      value: found,
      reset: [],
    });
  });

  test('a link with its length that lost data says it was cut short', async () => {
    const fragment = await encodeShare(mentorship('Ada'.repeat(20)));
    const cut = fragment.replace(/.{10}(\.\d+)$/, '$1');
    expect(await decodeShare(cut)).toEqual({
      ok: false,
      problem: {
        kind: 'unreadable',
        detail: expect.stringMatching(/^it was cut short on the way/),
      },
    });
  });
});

describe('the 404 page’s rescue of a link whose "#" became "%23"', () => {
  /** Where the 404 page's own script goes from a path, run as the page runs it. */
  const rescue = (pathname: string) => {
    let to: string | undefined;
    const location = {
      pathname,
      origin: 'https://mentorship.example',
      replace: (url: string) => (to = url),
    };
    new Function('location', SHARE_RESCUE_SCRIPT)(location);
    return to && to.slice(location.origin.length);
  };

  test.each([
    [
      '/playbooks/kickoff-checklist/%23share=v1.abc.3',
      '/playbooks/kickoff-checklist/#share=v1.abc.3',
    ],
    [
      '/playbooks/kickoff-checklist/%23share%3Dv1.abc.3',
      '/playbooks/kickoff-checklist/#share=v1.abc.3',
    ],
    [
      '/playbooks/kickoff-checklist/%2523share%253Dv1.abc.3',
      '/playbooks/kickoff-checklist/#share=v1.abc.3',
    ],
    [
      '/playbooks/kickoff-checklist%23share=v1.abc.3',
      '/playbooks/kickoff-checklist/#share=v1.abc.3',
    ],
    [
      '/playbook/playbooks/plan-a-session/%23share=v1.abc.3',
      '/playbook/playbooks/plan-a-session/#share=v1.abc.3',
    ],
    ['/%23share=v1.abc.3', '/#share=v1.abc.3'],
    // Never another site: "//host/" or "/\\host/" in a path would be an address on another host.
    ['//evil.example/%23share=v1.abc.3', '/evil.example/#share=v1.abc.3'],
    ['/\\evil.example/%23share=v1.abc.3', '/evil.example/#share=v1.abc.3'],
    ['\\/\\evil.example/%23share=v1.abc.3', '/evil.example/#share=v1.abc.3'],
  ])('%s goes to %s', (path, to) => {
    // The page reads what is left of the mangling, as it reads any fragment.
    const [page, fragment] = rescue(path)!.split(/#(.*)/s);
    expect(`${page}#${shareFragmentOf(fragment!)}`).toBe(to);
    expect(new URL(page!, 'https://mentorship.example').host).toBe('mentorship.example');
  });

  test.each(['/playbooks/nothing-here/', '/a%23intro', '/a/%23', '/%23sharex=v1'])(
    '%s is left to the 404 page',
    (path) => expect(rescue(path)).toBeUndefined(),
  );
});
