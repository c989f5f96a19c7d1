import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  AGREEMENT_SECTIONS,
  TO_AGREE,
  agreementBlocks,
  type AgreementOptions,
} from '../../src/playbook/kickoff/agreement';
import { agreementFileName, toMarkdown } from '../../src/playbook/kickoff/agreement-file';
import { TOPICS, emptyKickoff, type KickoffState } from '../../src/playbook/kickoff/topics';
import { cleanLine } from '../../src/playbook/core/markdown';
import { SIGNATURE_LINE, cleanText } from '../../src/playbook/core/blocks/text';
import { lowerFirst } from '../../src/playbook/kickoff/agreement';
import { anyState } from './helpers/arbitraries';
import { expectedBlocks, parseMarkdown, type ParsedBlock } from './helpers/commonmark';

// What a download holds: the preview's blocks, serialised.
const agreementMarkdown = (state: KickoffState, options?: AgreementOptions) =>
  toMarkdown(agreementBlocks(state, options));
const headings = (blocks: ParsedBlock[]) =>
  blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
const paragraphs = (blocks: ParsedBlock[]) =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const listItems = (blocks: ParsedBlock[]) =>
  blocks.flatMap((b) => (b.kind === 'list' ? b.items : []));

describe('the blank agreement', () => {
  const markdown = agreementMarkdown(emptyKickoff());
  const { blocks, unexpected } = parseMarkdown(markdown);

  test('has every section, each reading as still to agree', () => {
    expect(unexpected).toEqual([]);
    expect(headings(blocks).filter((_, i) => i > 0)).toEqual(
      expect.arrayContaining([
        ...AGREEMENT_SECTIONS.map((s) => s.title),
        'Changing this agreement',
        'Signatures',
      ]),
    );
    expect(headings(blocks)[0]).toBe('Mentorship agreement');
    expect(paragraphs(blocks).filter((p) => p === TO_AGREE)).toHaveLength(TOPICS.length);
    expect(listItems(blocks)).toEqual([
      `Mentor: ${TO_AGREE}`,
      `Mentee: ${TO_AGREE}`,
      `Starting on: ${TO_AGREE}`,
      'Written on: Fill in when you agree it.',
      `Going ahead: ${TO_AGREE}`,
      `Goals: ${TO_AGREE}`,
      `Meetings: ${TO_AGREE}`,
      `Who schedules: ${TO_AGREE}`,
      `Format: ${TO_AGREE}`,
      `We look back: ${TO_AGREE}`,
    ]);
  });

  test('never shows a blank, undefined or null', () => {
    expect(markdown).not.toMatch(/undefined|null|NaN|\[object/);
    expect(listItems(blocks).every((item) => !item.endsWith(':'))).toBe(true);
  });

  test('has lines to sign for both people', () => {
    const text = paragraphs(blocks);
    const signatures = text.flatMap((p, i) => (p === SIGNATURE_LINE ? [text[i - 1]] : []));
    expect(signatures).toEqual(['Mentor:', 'Mentee:']);
  });
});

describe('a filled-in agreement', () => {
  const state = emptyKickoff();
  state.pair = { mentor: 'Ada Lovelace', mentee: 'Grace Hopper', startDate: '2026-12-01' };
  state.topics.goal = { agreed: true, notes: 'Ship a small Elixir service on my own.' };
  state.topics['first-win'] = { agreed: false, notes: 'Write the first GenServer.' };
  state.topics.managers = { agreed: true, notes: '' };
  state.cadence = { frequency: 'every-two-weeks', minutes: 45, time: '' };
  state.scheduler = 'mentee';
  state.goAhead = 'not-yet';
  state.formats = ['regular-pairing', 'qa-sessions'];
  state.reevaluate = { ...state.reevaluate, mode: 'date', date: '2027-03-01' };
  const goal = { id: 'g', what: '', evidence: '', by: '', outcome: '', closedOn: '' } as const;
  state.goals = [
    { ...goal, id: 'g1', what: 'Merge a first PR', by: '2027-01-05', outcome: 'reached' },
    { ...goal, id: 'g2', what: 'Ship a service', evidence: 'It serves real traffic' },
    { ...goal, id: 'g3', what: 'Learn OTP', outcome: 'dropped', closedOn: '2027-02-01' },
    { ...goal, id: 'g4' },
  ];
  const { blocks } = parseMarkdown(agreementMarkdown(state, { writtenOn: '2026-11-21' }));

  test('names the pair in its title', () => {
    expect(headings(blocks)[0]).toBe('Mentorship agreement: Grace Hopper and Ada Lovelace');
  });

  test('states the structured answers in words', () => {
    expect(listItems(blocks)).toEqual([
      'Mentor: Ada Lovelace',
      'Mentee: Grace Hopper',
      'Starting on: 2026-12-01',
      'Written on: 2026-11-21',
      'Going ahead: Not yet',
      'Goal 1: Ship a service',
      "How we'll know: It serves real traffic",
      'By: No date set',
      `Goal 2: ${TO_AGREE}`,
      `How we'll know: ${TO_AGREE}`,
      'By: No date set',
      'Closed goal 1: Merge a first PR',
      `How we'll know: ${TO_AGREE}`,
      'By: 2027-01-05',
      'Closed: Reached',
      'Closed goal 2: Learn OTP',
      `How we'll know: ${TO_AGREE}`,
      'By: No date set',
      'Closed: Dropped on 2027-02-01',
      'Meetings: Every two weeks, 45 minutes a session',
      'Who schedules: The mentee',
      'Format: Regular pairing and Q&A sessions',
      'We look back: On 2027-03-01',
    ]);
  });

  test('a topic answered in its fields, but not ticked, reads as not agreed yet', () => {
    const meetings = agreementBlocks(state);
    const at = meetings.findIndex(
      (b) => b.type === 'heading' && b.text === 'Cadence and session length',
    );
    expect(meetings[at + 1]).toEqual({ type: 'paragraph', text: 'Not agreed yet.' });
  });

  test('the go-ahead, a step of its own, does not answer "It is a mentorship"', () => {
    const blocks = agreementBlocks({ ...emptyKickoff(), goAhead: 'go' });
    const at = blocks.findIndex((b) => b.type === 'heading' && b.text === 'It is a mentorship');
    expect(blocks[at + 1]).toEqual({ type: 'paragraph', text: TO_AGREE });
  });

  test('a condition to look back reads as part of the sentence', () => {
    const items = (s: typeof state) =>
      agreementBlocks(s).flatMap((b) => (b.type === 'fields' ? b.items.map((i) => i.value) : []));
    const on = (condition: string, count: number | null, unit: '' | 'sessions' | 'weeks') =>
      items({
        ...state,
        reevaluate: { mode: 'condition', date: '', condition, after: { count, unit } },
      });
    expect(on('The sample project is live', null, '')).toContain('When the sample project is live');
    expect(on('The sample project is live', 6, 'sessions')).toContain(
      'When the sample project is live, or after 6 sessions',
    );
    expect(on('', 1, 'weeks')).toContain('After 1 week');
    expect(on('', 8, '')).toContain('After 8 sessions or weeks (which, still to agree)');
    expect(on('', null, 'weeks')).toContain('When a condition still to agree is met');
  });

  test('gives each topic its status and notes', () => {
    const text = paragraphs(blocks);
    expect(text).toContain('Ship a small Elixir service on my own.');
    expect(text).toContain('Not agreed yet.');
    expect(text).toContain('Write the first GenServer.');
    expect(text.filter((p) => p === 'Agreed.')).toHaveLength(2);
  });

  test.each([
    [{ frequency: 'weekly', minutes: null, time: '' }, 'Weekly, session length still to agree'],
    [{ frequency: '', minutes: 30, time: '' }, 'How often: still to agree, 30 minutes a session'],
    [
      { frequency: 'monthly', minutes: 60, time: '17:30' },
      'Monthly, 60 minutes a session, at 17:30',
    ],
    [
      { frequency: '', minutes: null, time: '08:00' },
      'At 08:00; how often and how long still to agree',
    ],
  ] as const)('describes a partly agreed cadence %j', (cadence, expected) => {
    const partial = { ...emptyKickoff(), cadence: { ...cadence } };
    expect(listItems(parseMarkdown(agreementMarkdown(partial)).blocks)).toContain(
      `Meetings: ${expected}`,
    );
  });
});

describe('agreementFileName', () => {
  const named = (mentor: string, mentee: string) => ({
    ...emptyKickoff(),
    pair: { mentor, mentee, startDate: '' },
  });
  test.each([
    [named('Ada', 'Grace'), '2026-11-21', 'mentorship-agreement-grace-and-ada-2026-11-21.md'],
    [
      named('José Müller', 'Zoë'),
      '2026-11-21',
      'mentorship-agreement-zoe-and-jose-muller-2026-11-21.md',
    ],
    [
      named('../../etc/passwd', '<script>'),
      '2026-11-21',
      'mentorship-agreement-script-and-etc-passwd-2026-11-21.md',
    ],
    [named('עברית', '👩‍💻'), '2026-11-21', 'mentorship-agreement-2026-11-21.md'],
    [named('', ''), 'not a date', 'mentorship-agreement.md'],
    [
      named('A'.repeat(100), ''),
      '2026-11-21',
      `mentorship-agreement-${'a'.repeat(40)}-2026-11-21.md`,
    ],
    // Cut after the last whole word that fits in 40 characters, never inside one; 40 stay whole.
    [
      named('', 'Northwind open-source mentoring, autumn 2026'),
      '2026-11-21',
      'mentorship-agreement-northwind-open-source-mentoring-autumn-2026-11-21.md',
    ],
    [
      named('', 'Northwind open-source mentoring, autumn 6'),
      '2026-11-21',
      'mentorship-agreement-northwind-open-source-mentoring-autumn-6-2026-11-21.md',
    ],
  ])('%#: %j on %s', (state, date, expected) => {
    expect(agreementFileName(state, date)).toBe(expected);
    expect(expected).toMatch(/^[a-z0-9-]+\.md$/);
  });
});

describe('agreementMarkdown, for any answers', () => {
  test('parses (CommonMark) to the expected headings and blocks, with plain text only', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const { blocks, unexpected } = parseMarkdown(
          agreementMarkdown(state, { writtenOn: '2026-11-21' }),
        );
        expect(unexpected).toEqual([]);
        expect(blocks).toEqual(expectedBlocks(agreementBlocks(state, { writtenOn: '2026-11-21' })));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 150) },
    );
  });

  test("gives back each field's text exactly", () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const { blocks } = parseMarkdown(agreementMarkdown(state));
        const items = listItems(blocks);
        const text = paragraphs(blocks);
        const mentor = cleanLine(state.pair.mentor);
        const mentee = cleanLine(state.pair.mentee);
        if (mentor) expect(items).toContain(`Mentor: ${mentor}`);
        if (mentee) expect(items).toContain(`Mentee: ${mentee}`);
        for (const topic of TOPICS) {
          const notes = cleanText(state.topics[topic.id].notes);
          if (notes) expect(text, topic.id).toContain(notes);
        }
        const condition = cleanLine(state.reevaluate.condition);
        const { count, unit } = state.reevaluate.after;
        const after =
          count === null ? '' : `, or after ${count} ${count === 1 ? unit.slice(0, -1) : unit}`;
        if (state.reevaluate.mode === 'condition' && condition && unit)
          expect(items).toContain(`We look back: When ${lowerFirst(condition)}${after}`);
        const open = state.goals.filter((goal) => goal.outcome === '');
        const closed = state.goals.filter((goal) => goal.outcome !== '');
        const listed = [
          ...open.map((goal, i) => [`Goal ${i + 1}`, goal] as const),
          ...closed.map((goal, i) => [`Closed goal ${i + 1}`, goal] as const),
        ];
        for (const [label, goal] of listed) {
          expect(items).toContain(`${label}: ${cleanLine(goal.what) || TO_AGREE}`);
          expect(items).toContain(`How we'll know: ${cleanLine(goal.evidence) || TO_AGREE}`);
          expect(items).toContain(`By: ${goal.by || 'No date set'}`);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 150) },
    );
  });
});
