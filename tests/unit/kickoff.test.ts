import { readFileSync } from 'node:fs';
import { isIsoDate } from '../../src/playbook/core/dates';
import { readDocument } from '../../src/playbook/core/schema';
import { describe, expect, test } from 'vitest';
import { BRIEF_ITEMS, briefSection, sectionHref } from '../../src/playbook/guide/brief';
import { TOPIC_GUIDE, kickoffGuide } from '../../src/playbook/kickoff/guide';
import {
  CHECKLIST_STEPS,
  TOPICS,
  emptyKickoff,
  isEmptyKickoff,
  kickoffProgress,
  KickoffSchema,
  TOPIC_IDS,
  openGoals,
  type Goal,
  type KickoffState,
} from '../../src/playbook/kickoff/topics';

const goal: Goal = { id: '', what: '', evidence: '', by: '', outcome: '', closedOn: '' };

function filled(): KickoffState {
  const state = emptyKickoff();
  state.pair = { mentor: 'Ada', mentee: 'Grace', startDate: '2026-12-01' };
  state.topics.goal = { agreed: true, notes: 'Small steps.' };
  state.goals = [
    { ...goal, id: 'g1', what: 'Ship a small Elixir service.', evidence: 'It is live' },
    { ...goal, id: 'g2', what: 'Review a PR', by: '2026-12-31', outcome: 'reached' },
  ];
  state.topics.backgrounds = { agreed: true, notes: '' };
  state.cadence = { frequency: 'every-two-weeks', minutes: 45, time: '' };
  state.scheduler = 'mentee';
  state.reevaluate = {
    mode: 'condition',
    date: '',
    condition: 'after six sessions',
    after: { count: 6, unit: 'sessions' },
  };
  state.formats = ['regular-pairing', 'qa-sessions'];
  return state;
}

describe('TOPICS', () => {
  test('cover every kickoff topic of brief section E', () => {
    const ids = new Set(TOPICS.map((t) => TOPIC_GUIDE[t.id].briefId));
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9]) expect(ids.has(`E${n}`), `E${n}`).toBe(true);
  });

  test('cover the agreements of section C that a kickoff settles', () => {
    const ids = new Set(TOPICS.map((t) => TOPIC_GUIDE[t.id].briefId));
    for (const id of ['C1', 'C3', 'C4', 'C5', 'C6', 'C7', 'C10', 'C13'])
      expect(ids.has(id), id).toBe(true);
  });

  test('have unique ids, and each hint links to a guide section of the brief', () => {
    expect(new Set(TOPICS.map((t) => t.id)).size).toBe(TOPICS.length);
    for (const topic of TOPICS) {
      const { briefId, hint } = TOPIC_GUIDE[topic.id];
      expect(BRIEF_ITEMS.map((i) => i.id)).toContain(briefId);
      expect(briefSection(briefId).page).toMatch(/\//);
      expect(hint).toMatch(/[.?:]$/);
      expect(kickoffGuide()[topic.id]).toEqual({ hint, href: sectionHref(briefSection(briefId)) });
    }
  });
});

test('the stored topic ids are the topics, in page order', () => {
  expect(TOPICS.map((t) => t.id)).toEqual([...TOPIC_IDS]);
});

describe('KickoffSchema', () => {
  const read = (input: unknown) => readDocument(KickoffSchema, input);

  test('reads back what it is given', () => {
    const state = filled();
    expect(read(JSON.parse(JSON.stringify(state)))).toEqual({ value: state, reset: [] });
  });

  test('fills in fields and topics saved before they existed', () => {
    const old = { pair: { mentor: 'Ada' }, topics: { goal: { agreed: true } } };
    const expected = emptyKickoff();
    expected.pair.mentor = 'Ada';
    expected.topics.goal = { agreed: true, notes: '' };
    expect(read(old)).toEqual({ value: expected, reset: [] });
  });

  test('ignores topics it does not know', () => {
    expect(read({ topics: { 'retired-topic': { agreed: true } } })?.value).toEqual(emptyKickoff());
  });

  test.each([
    ['a name that is a number', { pair: { mentor: 42, mentee: 'Grace' } }, ['pair.mentor']],
    ['pair as a string', { pair: 'Ada and Grace' }, ['pair']],
    ['a topic that is not an object', { topics: { goal: 'yes' } }, ['topics.goal']],
    [
      'agreed as a string',
      { topics: { backgrounds: { agreed: 'true', notes: 'x' } } },
      ['topics.backgrounds.agreed'],
    ],
    ['an impossible date', { pair: { startDate: '2026-02-30' } }, ['pair.startDate']],
    ['a date in another format', { pair: { startDate: '01/12/2026' } }, ['pair.startDate']],
    [
      'an unknown cadence',
      { cadence: { frequency: 'hourly', minutes: 45 } },
      ['cadence.frequency'],
    ],
    ['minutes out of range', { cadence: { minutes: 5000 } }, ['cadence.minutes']],
    ['minutes that are not whole', { cadence: { minutes: 12.5 } }, ['cadence.minutes']],
    ['an unknown scheduler', { scheduler: 'manager' }, ['scheduler']],
    ['an unknown format', { formats: ['lectures'] }, ['formats.0']],
    ['a repeated format', { formats: ['qa-sessions', 'qa-sessions'] }, ['formats']],
    ['an unknown re-evaluation mode', { reevaluate: { mode: 'never' } }, ['reevaluate.mode']],
    [
      'a review count out of range',
      { reevaluate: { after: { count: 0, unit: 'weeks' } } },
      ['reevaluate.after.count'],
    ],
    [
      'a review count that is not whole',
      { reevaluate: { after: { count: 2.5, unit: 'weeks' } } },
      ['reevaluate.after.count'],
    ],
    [
      'an unknown review unit',
      { reevaluate: { after: { unit: 'months' } } },
      ['reevaluate.after.unit'],
    ],
    ['goals not a list', { goals: 'Ship it' }, ['goals']],
    ['a goal without an id', { goals: [{ what: 'Ship it' }] }, ['goals.0.id']],
    ['a goal with a bad date', { goals: [{ id: 'g', by: 'soon' }] }, ['goals.0.by']],
    [
      'a goal with an unknown outcome',
      { goals: [{ id: 'g', outcome: 'won' }] },
      ['goals.0.outcome'],
    ],
  ])('resets only the field with %s', (_name, input, reset) => {
    const result = read(input)!;
    expect(result.reset).toEqual(reset);
    // Everything else given survives.
    if (_name === 'a name that is a number') expect(result.value.pair.mentee).toBe('Grace');
    if (_name === 'an unknown cadence') expect(result.value.cadence.minutes).toBe(45);
    if (_name === 'agreed as a string') expect(result.value.topics.backgrounds.notes).toBe('x');
  });

  test.each([
    ['not an object', 'hello'],
    ['an array', []],
    ['null', null],
  ])('cannot read %s at all', (_name, input) => {
    expect(read(input)).toBeUndefined();
  });
});

describe('answers stored before goals were things of their own', () => {
  const read = (input: unknown) => readDocument(KickoffSchema, input)!;
  const notes = (goalNotes: string, progress: string, firstWin: string) => ({
    topics: {
      goal: { agreed: true, notes: goalNotes },
      progress: { agreed: false, notes: progress },
      'first-win': { agreed: true, notes: firstWin },
    },
  });
  const g = (n: number, what: string, evidence = ''): Goal => ({
    ...goal,
    id: `goal-${n}`,
    what,
    evidence,
  });
  test.each([
    ['the goal only', notes('Ship it', '', ''), [g(1, 'Ship it')], ['', '', '']],
    ['the progress only', notes('', 'A demo', ''), [g(1, '', 'A demo')], ['', '', '']],
    ['the first win only', notes('', '', 'One PR'), [g(1, 'One PR')], ['', '', '']],
    [
      'all three',
      notes('Ship it', 'A demo', 'One PR'),
      [g(1, 'Ship it', 'A demo'), g(2, 'One PR')],
      ['', '', ''],
    ],
    ['none', notes('', '', ''), [], ['', '', '']],
    ['white space only', notes('  ', '\n', ' \t'), [], ['  ', '\n', ' \t']],
    [
      'the goal, and a first win of white space',
      notes('Ship it', '', ' '),
      [g(1, 'Ship it')],
      ['', '', ' '],
    ],
    [
      'goals already there, and notes beside them',
      { ...notes('Why it matters', 'Weekly', 'Soon'), goals: [g(7, 'Kept')] },
      [g(7, 'Kept')],
      ['Why it matters', 'Weekly', 'Soon'],
    ],
    [
      'an empty list of goals',
      { ...notes('Why it matters', '', ''), goals: [] },
      [],
      ['Why it matters', '', ''],
    ],
  ])('%s: moved over, nothing lost', (_name, input, goals, left) => {
    const { value, reset } = read(input);
    expect(reset).toEqual([]);
    expect(value.goals).toEqual(goals);
    expect([value.topics.goal, value.topics.progress, value.topics['first-win']]).toEqual([
      { agreed: true, notes: left[0] },
      { agreed: false, notes: left[1] },
      { agreed: true, notes: left[2] },
    ]);
  });

  test('read twice, they read the same, and written back they stay moved', () => {
    const first = read(notes('Ship it', 'A demo', 'One PR')).value;
    expect(read(notes('Ship it', 'A demo', 'One PR')).value).toEqual(first);
    expect(read(JSON.parse(JSON.stringify(first))).value).toEqual(first);
  });

  test('only open goals count as open', () => {
    const goals = [g(1, 'a'), { ...g(2, 'b'), outcome: 'reached' as const }, g(3, 'c')];
    expect(openGoals({ goals }).map((x) => x.id)).toEqual(['goal-1', 'goal-3']);
  });
});

describe('isIsoDate', () => {
  test.each([
    ['2026-11-21', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-1', false],
    ['', false],
  ])('%j is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('kickoffProgress', () => {
  test('counts agreed topics overall and per stage', () => {
    const progress = kickoffProgress(filled());
    expect(progress.agreed).toBe(2);
    expect(progress.total).toBe(TOPICS.length);
    expect(progress.stages.map((s) => [s.id, s.agreed, s.total])).toEqual([
      ['know-each-other', 1, 4],
      ['direction', 1, 5],
      ['how-you-work', 0, 7],
      ['plan-for-change', 0, 2],
    ]);
  });

  test('is zero for an empty checklist, which is empty', () => {
    expect(kickoffProgress(emptyKickoff()).agreed).toBe(0);
    expect(isEmptyKickoff(emptyKickoff())).toBe(true);
    expect(isEmptyKickoff(filled())).toBe(false);
  });
});

describe('the kickoff page’s running order', () => {
  const page = readFileSync('src/content/docs/conversations/kickoff.mdx', 'utf8');
  const steps = [...page.matchAll(/^\d\. \*\*(.+?)\*\* \((\d+) minutes\)/gm)].map(
    ([, name, m]) => ({
      name: name!,
      minutes: Number(m),
    }),
  );

  // The checklist asks "Go, or not yet" as a step of its own after the stage it follows; the page
  // has the same step in the same place, then ends with the read-back.
  test('has the checklist’s stages, in its order and with its names, the go-ahead where the checklist asks it, then the read-back', () => {
    expect(steps.map((s) => s.name)).toEqual([
      ...CHECKLIST_STEPS.map((s) => s.title),
      'Read back the notes',
    ]);
  });

  test('the checklist asks the go-ahead once the direction is set, before how you will work', () => {
    expect(CHECKLIST_STEPS.map((s) => s.id)).toEqual([
      'know-each-other',
      'direction',
      'go-ahead',
      'how-you-work',
      'plan-for-change',
    ]);
  });

  test('adds up to the length the page states', () => {
    const total = steps.reduce((sum, s) => sum + s.minutes, 0);
    expect(page).toContain(`(${total} minutes, as`);
  });
});
