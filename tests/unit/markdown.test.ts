import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cleanLine, type Block } from '../../src/playbook/core/markdown';
import { cleanText } from '../../src/playbook/core/blocks/text';
import { escapeText, toMarkdown } from '../../src/playbook/files/markdown-text';
import { expectedBlocks, parseMarkdown } from './helpers/commonmark';

/** Text a hostile or careless user might type, each of which must come back as typed. */
const HOSTILE = [
  '# Not a heading',
  '## also not',
  '*not emphasis* and **not strong** and _nor this_',
  '| a | b |\n| --- | --- |\n| table? | no |',
  '> not a quote',
  '`not code` and ```fenced?```',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click me](javascript:alert(1))',
  '![image](https://example.org/x.png)',
  '<https://example.org> and https://example.org',
  '1. not a list\n2) nor this\n- nor\n+ this\n* or this',
  'first line\n\nafter one blank line\n\n\nafter two',
  '    four spaces would be code',
  '\tand a tab too',
  'trailing spaces make a hard break  \nnext',
  'a line\n===\nsetext?\n---',
  '***\n___\n- - -',
  '[ref]: https://example.org "title"',
  'back\\slash at the end\\',
  '&amp; &lt;b&gt; &#35; &copy;',
  '~~strike~~ and <!-- comment -->',
  'http://a<img src=x onerror=alert(1)>',
  'HTTPS://a.example/<script>alert(1)</script>',
  'www.x.y<script>alert(1)</script>',
  '(www.example.org)<b>x</b> and *www.example.org*',
  'ada@example.org<script>alert(1)</script> and mailto:ada@example.org<b>',
  'xmpp:ada@example.org/home<b>',
  '- [ ] not a task\n- [x] nor this',
  'a footnote[^1]\n\n[^1]: not one',
  'emoji 👩‍💻🚀 and flags 🇳🇱',
  'עברית מימין לשמאל',
  'مرحبا بالعالم',
  'mixed ltr עברית and 123',
];

const FLAVOURS = ['commonmark', 'gfm', 'markdown-it'] as const;

describe.each(FLAVOURS)('escapeText, read as %s', (flavour) => {
  test.each(HOSTILE)('%j comes back as typed, as plain text only', (input) => {
    const { blocks, unexpected } = parseMarkdown(`${escapeText(input)}\n`, flavour);
    expect(unexpected).toEqual([]);
    expect(blocks).toEqual([{ kind: 'paragraph', text: input }]);
  });

  test('very long text (100 000 characters) survives whole', () => {
    const input = Array.from({ length: 5000 }, (_, i) => `line ${i} # * _ | > \` <b>`)
      .join('\n')
      .slice(0, 100_000);
    const { blocks, unexpected } = parseMarkdown(`${escapeText(input)}\n`, flavour);
    expect(unexpected).toEqual([]);
    expect(blocks).toEqual([{ kind: 'paragraph', text: cleanText(input) }]);
    expect(input.length).toBe(100_000);
  });
});

describe('cleanText and cleanLine', () => {
  test.each([
    ['\n\n  indented\nkept  \n\n', '  indented\nkept  '],
    ['windows\r\nline\rendings', 'windows\nline\nendings'],
    ['nul\u0000 and bell\u0007 go', 'nul and bell go'],
    ['   \n  \n', ''],
  ])('cleanText(%j) is %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  test.each([
    ['  Ada \n Lovelace  ', 'Ada Lovelace'],
    ['tab\tseparated', 'tab separated'],
    ['\u0000', ''],
  ])('cleanLine(%j) is %j', (input, expected) => {
    expect(cleanLine(input)).toBe(expected);
  });
});

/** Any text, with a generous share of the characters Markdown treats specially. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      '#',
      '*',
      '_',
      '|',
      '>',
      '`',
      '<',
      '>',
      '[',
      ']',
      '(',
      ')',
      '!',
      '\\',
      '&',
      ';',
      '=',
      '-',
      '+',
      '~',
      '.',
      '1',
      ' ',
      '  ',
      '\t',
      '\n',
      '\n\n',
      '\r',
      'a',
      'é',
      '👩‍💻',
      'ש',
      '\u00a0',
    ),
    maxLength: 60,
  }),
);
const nonEmptyLine = anyText.filter((t) => cleanLine(t) !== '');
const nonEmptyText = anyText.filter((t) => cleanText(t) !== '');

const anyBlock: fc.Arbitrary<Block> = fc.oneof(
  fc.record({
    type: fc.constant('heading' as const),
    level: fc.constantFrom(1 as const, 2 as const, 3 as const),
    text: nonEmptyLine,
  }),
  fc.record({ type: fc.constant('paragraph' as const), text: nonEmptyText }),
  fc.record({
    type: fc.constant('fields' as const),
    items: fc.array(fc.record({ label: nonEmptyLine, value: nonEmptyLine }), {
      minLength: 1,
      maxLength: 4,
    }),
  }),
  fc.record({ type: fc.constant('signature' as const), role: nonEmptyLine, name: anyText }),
);

describe.each(FLAVOURS)('toMarkdown, for any text in any block, read as %s', (flavour) => {
  test('parses back to the same blocks, with each text exact and nothing but plain text', () => {
    fc.assert(
      fc.property(fc.array(anyBlock, { minLength: 1, maxLength: 8 }), (blocks) => {
        const { blocks: parsed, unexpected } = parseMarkdown(toMarkdown(blocks), flavour);
        expect(unexpected).toEqual([]);
        expect(parsed).toEqual(expectedBlocks(blocks));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });
});
