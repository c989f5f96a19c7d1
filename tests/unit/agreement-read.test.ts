import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { agreementBlocks } from '../../src/playbook/kickoff/agreement';
import {
  AGREEMENT_FORMAT,
  agreementText,
  toMarkdown,
} from '../../src/playbook/kickoff/agreement-file';
import { readAgreement } from '../../src/playbook/kickoff/agreement-read';
import {
  splitFrontMatter,
  toYaml,
  withFrontMatter,
  withoutTypographicQuotes,
} from '../../src/playbook/files/front-matter';
import { emptyKickoff, type KickoffState } from '../../src/playbook/kickoff/topics';
import { anyState, anyText } from './helpers/arbitraries';
import { exampleKickoff } from '../../src/playbook/guide/example-pair';
import { expectedBlocks, parseMarkdown } from './helpers/commonmark';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 150) };
const ENTRY = { id: 'm-1', name: 'Pairing with Ada', createdAt: '2026-11-01T09:00:00.000Z' };
const bodyOf = (kickoff: KickoffState, writtenOn: string) =>
  toMarkdown(agreementBlocks(kickoff, { writtenOn }));
const fileOf = (kickoff: KickoffState, writtenOn = '2026-11-22') =>
  agreementText(
    { index: { open: ENTRY.id, mentorships: [ENTRY] }, open: ENTRY.id },
    kickoff,
    writtenOn,
    agreementBlocks(kickoff, { writtenOn }),
  );
const filled = (): KickoffState => {
  const state = emptyKickoff();
  state.pair = { mentor: 'Tom', mentee: 'Ada', startDate: '2026-12-01' };
  state.topics.goal = { agreed: true, notes: 'Ship a first PR.\n---\nThen a second.' };
  state.cadence = { frequency: 'weekly', minutes: 45, time: '' };
  return state;
};

describe('toYaml', () => {
  test('any JSON object reads back exactly through a YAML 1.2 parser', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue({ maxDepth: 4 })),
        (value) => {
          const json = JSON.parse(JSON.stringify(value));
          expect(parse(toYaml(json), { uniqueKeys: false })).toEqual(json);
        },
      ),
      RUNS,
    );
  });

  test('strings of any characters, lone surrogates and controls included, come back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), anyText, (a, b) => {
        expect(parse(toYaml({ a, b }))).toEqual({ a, b });
      }),
      RUNS,
    );
    const odd = '\u007f\u0085\u0090\ud800\ufffe\u2028 --- # : - [x] {y} &z *w !t';
    expect(parse(toYaml({ odd }))).toEqual({ odd });
  });
});

describe('splitFrontMatter', () => {
  test.each([
    ['plain', '---\na: 1\n---\n\n# Body\n', 'a: 1\n', '# Body\n'],
    [
      'Windows line ends and a byte-order mark',
      '\uFEFF---\r\na: 1\r\n---\r\n# Body\r\n',
      'a: 1\n',
      '# Body\n',
    ],
    [
      'rules further down',
      '---\na: 1\n---\nText\n\n---\n\nMore\n',
      'a: 1\n',
      'Text\n\n---\n\nMore\n',
    ],
    ['YAML end marker', '---\na: 1\n...\nBody', 'a: 1\n', 'Body'],
  ])('%s', (_, text, yaml, body) => {
    expect(splitFrontMatter(text)).toEqual({ yaml, body });
  });

  test.each([
    ['no front matter', '# Mentorship agreement\n'],
    ['a rule at the top, never closed', '---\nnot closed'],
    ['text before it', 'Hello\n---\na: 1\n---\n'],
  ])('%s: none', (_, text) => {
    expect(splitFrontMatter(text).yaml).toBeUndefined();
  });
});

describe('the downloaded agreement, read back', () => {
  test('gives back any answers exactly, and knows its text was not edited', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const read = readAgreement(fileOf(state), bodyOf);
        expect(read).toMatchObject({
          ok: true,
          reset: [],
          bodyDiffers: false,
          writtenOn: '2026-11-22',
        });
        if (!read.ok) return;
        expect(read.value.kickoff).toEqual(state);
        expect(read.value).toMatchObject(ENTRY);
      }),
      RUNS,
    );
  });

  test('reads 100,000-character notes, emoji and right-to-left text', () => {
    const state = filled();
    state.topics.hopes.notes = `${'👩🏽‍💻 שלום '.repeat(10_000)}`.slice(0, 100_000);
    const read = readAgreement(fileOf(state), bodyOf);
    expect(read.ok && read.value.kickoff.topics.hopes.notes).toBe(state.topics.hopes.notes);
  });

  test('lists the goals, open and closed, and reads them back exactly, hostile text and all', () => {
    const state = filled();
    const hostile = '---\n# Goal: "x"\n- [ ] *y* <b>z</b> www.example.org `\u0000 ✨';
    state.goals = [
      { id: 'g1', what: hostile, evidence: `${hostile}\n\n---`, by: '', outcome: '', closedOn: '' },
      {
        id: 'g2',
        what: 'Review a PR',
        evidence: 'Merged',
        by: '2026-12-20',
        outcome: 'reached',
        closedOn: '2026-12-18',
      },
    ];
    const file = fileOf(state);
    const read = readAgreement(file, bodyOf);
    expect(read).toMatchObject({ ok: true, reset: [], bodyDiffers: false });
    expect(read.ok && read.value.kickoff.goals).toEqual(state.goals);
    const body = splitFrontMatter(file).body;
    expect(body).toContain('Closed goal 1: Review a PR');
    expect(body).toContain('Closed: Reached on 2026-12-18');
    // The hostile words start no heading, rule, list or tag of their own.
    const { blocks, unexpected } = parseMarkdown(body);
    expect(unexpected).toEqual([]);
    expect(blocks).toEqual(expectedBlocks(agreementBlocks(state, { writtenOn: '2026-11-22' })));
  });

  test('answers from before goals read with their goal notes moved into goals', () => {
    const state = filled();
    const answers = JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
    delete answers.goals;
    const text = withFrontMatter(
      { format: AGREEMENT_FORMAT, version: 1, ...ENTRY, writtenOn: '2026-11-22', kickoff: answers },
      '',
    );
    const read = readAgreement(text, bodyOf);
    expect(read.ok && read.value.kickoff.goals).toEqual([
      {
        id: 'goal-1',
        what: 'Ship a first PR.\n---\nThen a second.',
        evidence: '',
        by: '',
        outcome: '',
        closedOn: '',
      },
    ]);
    expect(read.ok && read.value.kickoff.topics.goal).toEqual({ agreed: true, notes: '' });
  });

  test('survives Windows line ends and a byte-order mark', () => {
    const text = `\uFEFF${fileOf(filled()).replace(/\n/g, '\r\n')}`;
    const read = readAgreement(text, bodyOf);
    expect(read).toMatchObject({ ok: true, bodyDiffers: false });
    expect(read.ok && read.value.kickoff).toEqual(filled());
  });

  test('reads a file whose text escapes characters differently (an earlier release), as unchanged', () => {
    const state = filled();
    state.topics.hopes.notes = 'Mail ada@example.org, see www.example.org or https://example.org';
    const file = fileOf(state);
    expect(file).toContain('ada\\@example.org');
    // As the release before GitHub-flavoured escaping wrote it.
    const earlier = file.replace(/\\([@.:])/g, '$1');
    expect(readAgreement(earlier, bodyOf)).toMatchObject({ ok: true, bodyDiffers: false });
  });

  test('says when the text under the front matter was edited, and still reads the answers', () => {
    const file = fileOf(filled());
    const at = file.lastIndexOf('Ship a first PR.');
    const text = `${file.slice(0, at)}Ship three PRs.${file.slice(at + 16)}`;
    expect(splitFrontMatter(text).yaml).toContain('Ship a first PR.');
    const read = readAgreement(text, bodyOf);
    expect(read).toMatchObject({ ok: true, bodyDiffers: true });
    expect(read.ok && read.value.kickoff).toEqual(filled());
  });

  test('keeps the answers however the front matter was re-indented or re-quoted by hand', () => {
    const text = fileOf(filled()).replace('name: "Pairing with Ada"', "name: 'Pairing with Ada'");
    expect(readAgreement(text, bodyOf)).toMatchObject({
      ok: true,
      value: { name: 'Pairing with Ada' },
    });
  });

  test('resets only the values that do not fit, and names them', () => {
    const text = fileOf(filled()).replace('minutes: 45', 'minutes: 9000');
    const read = readAgreement(text, bodyOf);
    expect(read).toMatchObject({ ok: true, reset: ['kickoff.cadence.minutes'] });
    expect(read.ok && read.value.kickoff.cadence).toEqual({
      frequency: 'weekly',
      minutes: null,
      time: '',
    });
  });
});

describe('front matter an editor has touched', () => {
  // What macOS's and Word's smart quotes do to every straight quote typed or pasted.
  const smartQuotes = (text: string) => text.replace(/"([^"\n]*)"/g, '“$1”');
  const edit = (from: string | RegExp, to: string) => (text: string) => text.replace(from, to);
  const both =
    (...changes: ((text: string) => string)[]) =>
    (text: string) =>
      changes.reduce((t, change) => change(t), text);
  // The agreement's own text, under the front matter, edited by hand.
  const inBody = (from: string, to: string) => (text: string) => {
    const at = text.lastIndexOf(from);
    return `${text.slice(0, at)}${to}${text.slice(at + from.length)}`;
  };
  const none = () => {};

  // Each: what the editor did, what the answers read then hold (changed from filled()), the values
  // reset, and whether the text under the front matter says something the answers do not.
  test.each<[string, (text: string) => string, (k: KickoffState) => void, string[], boolean]>([
    ['minutes written as text', edit('minutes: 45', 'minutes: "45"'), none, [], false],
    ['minutes in typographic quotes', edit('minutes: 45', 'minutes: “45”'), none, [], false],
    ['a name in typographic quotes', edit('mentor: "Tom"', 'mentor: “Tom”'), none, [], false],
    [
      'a name in single typographic quotes',
      edit('mentee: "Ada"', 'mentee: ‘Ada’'),
      none,
      [],
      false,
    ],
    ['a date in German quotes', edit('"2026-12-01"', '„2026-12-01“'), none, [], false],
    ['a name in guillemets', edit('mentor: "Tom"', 'mentor: « Tom »'), none, [], false],
    ['every straight quote made typographic', smartQuotes, none, [], false],
    [
      'properties added by Obsidian',
      edit('kickoff:\n', 'tags:\n  - mentorship\naliases: []\nkickoff:\n'),
      none,
      [],
      false,
    ],
    [
      'keys moved and comments dropped',
      both(
        edit(/^# (?:The answers|kickoff page).*\n/gm, ''),
        edit('writtenOn: "2026-11-22"\n', ''),
        edit('---\n\n', 'writtenOn: "2026-11-22"\n---\n\n'),
      ),
      none,
      [],
      false,
    ],
    [
      'trailing spaces, extra blank lines and Windows line ends in the text',
      both(edit(/\.\n/g, '.  \n'), edit(/\n\n/g, '\n\n\n'), edit(/\n/g, '\r\n')),
      none,
      [],
      false,
    ],
    [
      'an answer changed in the front matter, which the text does not say',
      edit('minutes: 45', 'minutes: 60'),
      (k) => void (k.cadence.minutes = 60),
      [],
      true,
    ],
    [
      'a format added in typographic quotes, which the text does not say',
      edit('formats: []', 'formats: [“regular-pairing”]'),
      (k) => void (k.formats = ['regular-pairing']),
      [],
      true,
    ],
    [
      'quotes within a value, kept',
      edit('mentor: "Tom"', 'mentor: Tom “TJ” Jones'),
      (k) => void (k.pair.mentor = 'Tom “TJ” Jones'),
      [],
      true,
    ],
    [
      'typographic quotes inside straight ones, kept as written',
      edit('mentor: "Tom"', 'mentor: "“Tom”"'),
      (k) => void (k.pair.mentor = '“Tom”'),
      [],
      true,
    ],
    [
      'the text edited, not the answers',
      inBody('Ship a first PR.', 'Ship three PRs.'),
      none,
      [],
      true,
    ],
    [
      'minutes as other text',
      edit('minutes: 45', 'minutes: "45 min"'),
      (k) => void (k.cadence.minutes = null),
      ['kickoff.cadence.minutes'],
      false,
    ],
    [
      'a date that is no date',
      edit('"2026-12-01"', '“next Monday”'),
      (k) => void (k.pair.startDate = ''),
      ['kickoff.pair.startDate'],
      false,
    ],
    [
      'a topic ticked with words',
      edit('agreed: true', 'agreed: "yes"'),
      (k) => void (k.topics.goal.agreed = false),
      ['kickoff.topics.goal.agreed'],
      false,
    ],
    [
      'a name made a list',
      edit('mentor: "Tom"', 'mentor: [Tom]'),
      (k) => void (k.pair.mentor = ''),
      ['kickoff.pair.mentor'],
      false,
    ],
    [
      'a value that does not fit, and the text edited elsewhere',
      both(edit('minutes: 45', 'minutes: 9000'), inBody('Ship a first PR.', 'Ship three PRs.')),
      (k) => void (k.cadence.minutes = null),
      ['kickoff.cadence.minutes'],
      true,
    ],
    [
      'a value that does not fit, and the text edited where it shows: no telling',
      both(edit('minutes: 45', 'minutes: 9000'), inBody('45 minutes', '50 minutes')),
      (k) => void (k.cadence.minutes = null),
      ['kickoff.cadence.minutes'],
      false,
    ],
  ])('%s', (_, change, expected, reset, bodyDiffers) => {
    const text = change(fileOf(filled()));
    expect(text).not.toBe(fileOf(filled()));
    const kickoff = filled();
    expected(kickoff);
    const read = readAgreement(text, bodyOf);
    expect(read).toMatchObject({ ok: true, reset, bodyDiffers, writtenOn: '2026-11-22' });
    expect(read.ok && read.value.kickoff).toEqual(kickoff);
    expect(read.ok && read.value).toMatchObject(ENTRY);
  });

  // Every place a value can be reset, from one answer to the whole checklist.
  const places = (value: unknown, path: string): string[] =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? [path, ...Object.entries(value).flatMap(([key, v]) => places(v, `${path}.${key}`))]
      : [path];
  const PLACES = places(emptyKickoff(), 'kickoff');

  test('a list item that does not fit leaves its list, and its part of the text is not held against it', () => {
    for (const first of ['mentee-project', 'code-review'] as const) {
      const state = filled();
      state.formats = [first, 'qa-sessions'];
      const text = fileOf(state).replace('- "qa-sessions"', '- "Q&A sessions"');
      const read = readAgreement(text, bodyOf);
      expect(read).toMatchObject({ ok: true, reset: ['kickoff.formats.1'], bodyDiffers: false });
      expect(read.ok && read.value.kickoff.formats).toEqual([first]);
    }
  });

  const onCondition = () => {
    const state = exampleKickoff();
    state.reevaluate = {
      mode: 'condition',
      date: '',
      condition: 'The first PR is merged',
      after: { count: 6, unit: 'sessions' },
    };
    return state;
  };

  test.each(PLACES)(
    'a value that does not fit at %s never makes the text look changed',
    (place) => {
      const check = (state: KickoffState) => {
        const answers = JSON.parse(JSON.stringify({ kickoff: state })) as Record<string, unknown>;
        const keys = place.split('.');
        const parent = keys
          .slice(0, -1)
          .reduce((at, key) => at[key] as Record<string, unknown>, answers);
        const key = keys.at(-1)!;
        // A list is no group of answers, and a group is no single answer nor a list.
        parent[key] =
          typeof parent[key] === 'object' && parent[key] !== null && !Array.isArray(parent[key])
            ? ['no value fits here']
            : { no: 'value fits here' };
        const text = withFrontMatter(
          { format: AGREEMENT_FORMAT, version: 1, ...ENTRY, writtenOn: '2026-11-22', ...answers },
          bodyOf(state, '2026-11-22'),
        );
        expect(readAgreement(text, bodyOf)).toMatchObject({
          ok: true,
          reset: [place],
          bodyDiffers: false,
        });
      };
      [exampleKickoff(), onCondition(), filled(), emptyKickoff()].forEach(check);
      fc.assert(fc.property(anyState, check), { numRuns: 20 });
    },
  );
});

describe('withoutTypographicQuotes', () => {
  test.each([
    ['“Priya”', 'Priya'],
    ['‘Priya’', 'Priya'],
    ['„Priya“', 'Priya'],
    ['„Priya”', 'Priya'],
    ['‚Priya‘', 'Priya'],
    ['”Priya”', 'Priya'],
    ['«Priya»', 'Priya'],
    ['«\u00a0Priya\u00a0»', 'Priya'],
    ['«\u202fPriya\u202f»', 'Priya'],
    ['»Priya«', 'Priya'],
    ['‹Priya›', 'Priya'],
    ['“”', ''],
    ['‘Tom’s plan’', 'Tom’s plan'],
    ['“She said ‘yes’”', 'She said ‘yes’'],
    ['“Ada and Tom”', 'Ada and Tom'],
    ['“Line 1\\nLine 2”', 'Line 1\nLine 2'],
    ['“He said \\“hi\\””', 'He said "hi"'],
    ['“A \\\\ backslash”', 'A \\ backslash'],
    ['“\\u0085 escaped”', '\u0085 escaped'],
    ['“A YAML-only escape, \\x41, as written”', 'A YAML-only escape, \\x41, as written'],
    ['‘Single quotes \\n do not escape’', 'Single quotes \\n do not escape'],
  ])('%s reads as %s', (text, value) => {
    expect(withoutTypographicQuotes(text)).toBe(value);
  });

  test.each([
    ['no quotes', 'Priya'],
    ['straight quotes, which YAML itself reads', '"Priya"'],
    ['quotes within the text', 'Call me “Pri” at work'],
    ['two quoted parts', '“Ada” and “Tom”'],
    ['marks that do not pair', '“Priya»'],
    ['an opening mark only', '“Priya'],
    ['a closing mark only', 'Priya”'],
    ['one mark', '”'],
    ['a nested pair of the same marks', '“The “best” plan”'],
    ['two quoted names', '‘Tom’ and ‘Ada’'],
  ])('%s stays as it is', (_, text) => {
    expect(withoutTypographicQuotes(text)).toBe(text);
  });
});

describe('files that are not read', () => {
  const good = fileOf(filled());
  test.each([
    ['no front matter', '# Mentorship agreement\n\nWritten by hand.', /no answers to read back/],
    ['the blank template', bodyOf(emptyKickoff(), ''), /no answers to read back/],
    [
      'invalid YAML, with its place',
      good.replace('version: 1', 'version: [1'),
      /not valid YAML \(the first problem is at line \d+, column \d+\)/,
    ],
    [
      'another tool’s front matter',
      '---\ntitle: Notes\n---\nText',
      /not an agreement downloaded from Mentorship Playbook/,
    ],
    [
      'a newer format',
      good.replace('version: 1', 'version: 2'),
      /newer version of Mentorship Playbook \(format 2\)/,
    ],
    ['no id', good.replace(/^id: .*$/m, ''), /does not hold a mentorship/],
    [
      'an alias bomb',
      `---\nformat: "mentorship-playbook-agreement"\nversion: 1\nid: x\na: &a [1, 1]\nb: &b [${'*a, '.repeat(60)}*a]\nc: [${'*b, '.repeat(60)}*b]\n---\n`,
      /uses its aliases \(“\*name”\) more than 50 times over/,
    ],
    ['far too large', `${good}${' '.repeat(5_000_001)}`, /far larger than any agreement/],
  ])('%s', (_, text, message) => {
    const read = readAgreement(text, bodyOf);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(message);
  });

  test('a tag that asks for code is read as plain text, never run', () => {
    const text = good.replace(
      'name: "Pairing with Ada"',
      'name: !!js/function "function () { throw 1 }"',
    );
    expect(readAgreement(text, bodyOf)).toMatchObject({
      ok: true,
      value: { name: 'function () { throw 1 }' },
    });
  });

  test('prototype keys change nothing outside the document', () => {
    const text = good.replace(
      'kickoff:\n',
      'kickoff:\n  __proto__:\n    polluted: true\n  constructor:\n    prototype:\n      polluted: true\n',
    );
    const read = readAgreement(text, bodyOf);
    expect(read.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(read.ok && Object.getPrototypeOf(read.value.kickoff)).toBe(Object.prototype);
  });
});
