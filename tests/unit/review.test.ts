import { describe, expect, test } from 'vitest';
import { readDocument } from '../../src/playbook/core/schema';
import type { CheckIn, CheckInState, Session } from '../../src/playbook/documents/agenda';
import { emptyKickoff, type Goal, type KickoffState } from '../../src/playbook/documents/kickoff';
import { ReviewSchema, type ReviewState } from '../../src/playbook/documents/review';
import { pastLimits, readPortable } from '../../src/playbook/portable/portable';
import { reviewDue, type ReviewDue } from '../../src/playbook/review/every-page/due';
import {
  closingSummary,
  reviewBlocks,
  summaryBlocks,
} from '../../src/playbook/review/on-demand/documents';
import { readReviewFile, readSummaryFile } from '../../src/playbook/review/on-demand/review-read';
import {
  reviewFileName,
  reviewText,
  summaryFileName,
  summaryText,
} from '../../src/playbook/review/on-demand/review-files';
import { reviewProblems, saveReview } from '../../src/playbook/review/on-demand/save';
import {
  decideGoal,
  emptyReview,
  expectedSessions,
  factLines,
  gatherFacts,
  timelineChart,
} from '../../src/playbook/review/review';

const goal = (id: string, what: string, more: Partial<Goal> = {}): Goal => ({
  id,
  what,
  evidence: `${what}: evidence`,
  by: '',
  outcome: '',
  closedOn: '',
  ...more,
});

const kickoffWith = (more: Partial<KickoffState> = {}): KickoffState => ({
  ...emptyKickoff(),
  pair: { mentor: 'Priya', mentee: 'Tom', startDate: '2027-01-04' },
  cadence: { frequency: 'weekly', minutes: 45, time: '17:00' },
  goals: [goal('g1', 'Audit a page alone'), goal('g2', 'Fix focus order in dialogs')],
  ...more,
});

let n = 0;
const session = (
  date: string,
  checkIns: [string, CheckInState, string?][] = [],
  items: { id: string; done: boolean }[] = [],
): Session => ({
  id: `s${++n}`,
  date,
  finishedAt: `${date}T18:00:00.000Z`,
  parts: [],
  carried: [],
  actions: items.map((i) => ({ ...i, text: i.id, owner: 'mentee' as const })),
  checkIns: checkIns.map(([g, state, note = '']): CheckIn => ({
    goal: g,
    what: `words of ${g}`,
    state,
    note,
  })),
});

// The history keeps sessions newest first.
const history = (...sessions: Session[]) => [...sessions].reverse();

const reviewWith = (more: Partial<ReviewState> = {}): ReviewState => ({
  ...emptyReview(),
  ...more,
});

describe('when a review is due', () => {
  const dated = (date: string) =>
    kickoffWith({ reevaluate: { ...emptyKickoff().reevaluate, mode: 'date', date } });
  const counted = (count: number, unit: 'sessions' | 'weeks') =>
    kickoffWith({
      reevaluate: { ...emptyKickoff().reevaluate, mode: 'condition', after: { count, unit } },
    });
  const record = (on: string) => ({
    ...emptyReview().draft,
    id: `r-${on}`,
    on,
    facts: emptyReview().reviews[0]?.facts ?? {
      from: '',
      to: '',
      held: 0,
      expected: null,
      done: 0,
      carried: 0,
    },
  });
  const weekly = history(
    session('2027-01-04'),
    session('2027-01-11'),
    session('2027-01-18'),
    session('2027-01-25'),
  );
  test.each<[string, KickoffState, ReviewState, string, ReviewDue]>([
    ['no date or count agreed', kickoffWith(), reviewWith(), '2027-06-01', { kind: 'none' }],
    [
      'a condition in words only',
      kickoffWith({
        reevaluate: { ...emptyKickoff().reevaluate, mode: 'condition', condition: 'When live' },
      }),
      reviewWith(),
      '2027-06-01',
      { kind: 'none' },
    ],
    [
      'before the agreed date',
      dated('2027-04-01'),
      reviewWith(),
      '2027-03-31',
      { kind: 'later', on: '2027-04-01', left: 0 },
    ],
    [
      'on the agreed date',
      dated('2027-04-01'),
      reviewWith(),
      '2027-04-01',
      { kind: 'due', since: '2027-04-01' },
    ],
    [
      'put off past today',
      dated('2027-04-01'),
      reviewWith({ putOff: '2027-04-08' }),
      '2027-04-03',
      { kind: 'put-off', since: '2027-04-01', until: '2027-04-08' },
    ],
    [
      'put off until today: due again',
      dated('2027-04-01'),
      reviewWith({ putOff: '2027-04-08' }),
      '2027-04-08',
      { kind: 'due', since: '2027-04-01' },
    ],
    [
      'the date already reviewed',
      dated('2027-04-01'),
      reviewWith({ reviews: [record('2027-04-01')] }),
      '2027-05-01',
      { kind: 'none' },
    ],
    [
      'after 3 sessions, 2 held',
      counted(3, 'sessions'),
      reviewWith(),
      '2027-01-12',
      { kind: 'later', on: '', left: 1 },
    ],
    [
      'after 3 sessions, 4 held: due since the third',
      counted(3, 'sessions'),
      reviewWith(),
      '2027-02-01',
      { kind: 'due', since: '2027-01-18' },
    ],
    [
      'after 2 sessions counted from the last review',
      counted(2, 'sessions'),
      reviewWith({ reviews: [record('2027-01-11')] }),
      '2027-02-01',
      { kind: 'due', since: '2027-01-25' },
    ],
    [
      'after 6 weeks from the start',
      counted(6, 'weeks'),
      reviewWith(),
      '2027-02-15',
      { kind: 'due', since: '2027-02-15' },
    ],
    [
      'after 6 weeks from the last review',
      counted(6, 'weeks'),
      reviewWith({ reviews: [record('2027-02-15')] }),
      '2027-03-01',
      { kind: 'later', on: '2027-03-29', left: 0 },
    ],
    [
      'paused until a later day',
      dated('2027-04-01'),
      reviewWith({ state: { status: 'paused', until: '2027-05-01', on: '2027-04-01', next: '' } }),
      '2027-04-15',
      { kind: 'paused', until: '2027-05-01' },
    ],
    [
      'a pause that has run out',
      dated('2027-04-01'),
      reviewWith({ state: { status: 'paused', until: '2027-05-01', on: '2027-04-01', next: '' } }),
      '2027-05-01',
      { kind: 'due', since: '2027-05-01' },
    ],
    [
      'ended',
      dated('2027-04-01'),
      reviewWith({ state: { status: 'ended', until: '', on: '2027-06-30', next: 'A team lead' } }),
      '2027-07-01',
      { kind: 'ended', on: '2027-06-30' },
    ],
  ])('%s', (_, kickoff, review, today, due) => {
    const held = weekly.filter((s) => s.date <= today);
    expect(reviewDue({ kickoff, sessions: held, review, today })).toEqual(due);
  });
});

describe('the sessions a cadence implies', () => {
  test.each([
    ['weekly', '2027-01-04', '2027-02-08', true, 6],
    ['weekly', '2027-01-04', '2027-02-08', false, 5],
    ['every-two-weeks', '2027-01-04', '2027-02-08', true, 3],
    ['monthly', '2027-01-31', '2027-04-30', true, 3],
    ['monthly', '2027-01-15', '2027-04-15', false, 3],
    ['ad-hoc', '2027-01-04', '2027-02-08', true, null],
    ['', '2027-01-04', '2027-02-08', true, null],
    ['weekly', '', '2027-02-08', true, null],
  ] as const)(
    '%s from %s to %s (from the start: %s): %s',
    (frequency, from, to, start, expected) => {
      expect(expectedSessions(frequency, from, to, start)).toBe(expected);
    },
  );
});

describe('the facts gathered for a review', () => {
  test('no sessions: the period from the start, nothing held, each open goal with no check-ins', () => {
    const facts = gatherFacts({
      kickoff: kickoffWith(),
      sessions: [],
      reviews: [],
      today: '2027-02-01',
    });
    expect(facts).toMatchObject({
      from: '2027-01-04',
      to: '2027-02-01',
      held: 0,
      expected: 5,
      done: 0,
      carried: 0,
      days: [],
    });
    expect(facts.goals.map((g) => [g.id, g.trail])).toEqual([
      ['g1', []],
      ['g2', []],
    ]);
    expect(timelineChart(facts.goals[0]!, facts.days).text).toMatch(/^No sessions in this period/);
    expect(factLines(facts).sessions).toBe('0 sessions held, of 5 the agreed cadence implies');
  });

  test('sessions with no check-ins: each goal has a gap at each session', () => {
    const sessions = history(
      session('2027-01-04', [], [{ id: 'a', done: true }]),
      session('2027-01-11', [], [{ id: 'b', done: false }]),
    );
    const facts = gatherFacts({
      kickoff: kickoffWith(),
      sessions,
      reviews: [],
      today: '2027-01-12',
    });
    expect(facts).toMatchObject({
      held: 2,
      expected: 2,
      done: 1,
      carried: 1,
      days: ['2027-01-04', '2027-01-11'],
    });
    expect(facts.goals[0]!.trail).toEqual([undefined, undefined]);
    const chart = timelineChart(facts.goals[0]!, facts.days);
    expect(chart.marks).toEqual([]);
    expect(chart.line).toBe('');
    expect(chart.text).toContain('no check-in on 4 Jan 2027, no check-in on 11 Jan 2027');
  });

  test('an action item carried from session to session counts once, as it last stood', () => {
    const first = session('2027-01-04', [], [{ id: 'a', done: false }]);
    const second = {
      ...session('2027-01-11'),
      carried: [{ id: 'a', text: 'a', owner: 'mentee' as const, done: true }],
    };
    const facts = gatherFacts({
      kickoff: kickoffWith(),
      sessions: history(first, second),
      reviews: [],
      today: '2027-01-12',
    });
    expect([facts.done, facts.carried]).toEqual([1, 0]);
  });

  test('a goal reached early: closed in the period, it stays in the facts with its check-ins', () => {
    const kickoff = kickoffWith({
      goals: [
        goal('g1', 'Audit a page alone', { outcome: 'reached', closedOn: '2027-01-18' }),
        goal('g2', 'Fix focus order in dialogs'),
        goal('g0', 'An old goal', { outcome: 'dropped', closedOn: '2026-12-01' }),
      ],
    });
    const sessions = history(
      session('2027-01-04', [
        ['g1', 'moving'],
        ['g2', 'not-started'],
      ]),
      session('2027-01-11', [
        ['g1', 'done', 'Audited the sign-up page'],
        ['g2', 'stuck'],
      ]),
      session('2027-01-18', [['g2', 'moving']]),
    );
    const facts = gatherFacts({ kickoff, sessions, reviews: [], today: '2027-01-20' });
    expect(facts.goals.map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(facts.goals[0]!.trail.map((c) => c?.state)).toEqual(['moving', 'done', undefined]);
    const chart = timelineChart(facts.goals[0]!, facts.days);
    expect(chart.marks.map((m) => [m.state, m.x])).toEqual([
      ['moving', chart.columns[0]!.x],
      ['done', chart.columns[1]!.x],
    ]);
    // The done row is above the moving row: the line goes up.
    expect(chart.marks[1]!.y).toBeLessThan(chart.marks[0]!.y);
    expect(chart.line).toBe(
      `M${chart.columns[0]!.x} ${chart.marks[0]!.y}L${chart.columns[1]!.x} ${chart.marks[1]!.y}`,
    );
    expect(new Set(chart.marks.map((m) => m.d.slice(0, 1)))).toEqual(new Set(['M']));
    expect(chart.marks[0]!.d).not.toBe(chart.marks[1]!.d.replace(/\d+/g, '0'));
  });

  test('a paused mentorship: the facts are gathered from the last review as ever', () => {
    const reviews = [{ on: '2027-01-11' }];
    const sessions = history(
      session('2027-01-04', [['g1', 'moving']]),
      session('2027-01-11'),
      session('2027-02-15', [['g1', 'stuck']]),
    );
    const facts = gatherFacts({ kickoff: kickoffWith(), sessions, reviews, today: '2027-03-01' });
    expect(facts).toMatchObject({
      from: '2027-01-11',
      fromStart: false,
      held: 1,
      expected: 7,
      days: ['2027-02-15'],
    });
    expect(facts.goals[0]!.trail.map((c) => c?.state)).toEqual(['stuck']);
  });

  test('a check-in on a goal the kickoff no longer has is kept under its words', () => {
    const sessions = history(session('2027-01-04', [['gone', 'stuck']]));
    const facts = gatherFacts({
      kickoff: kickoffWith(),
      sessions,
      reviews: [],
      today: '2027-01-05',
    });
    expect(facts.goals.at(-1)).toMatchObject({ id: 'gone', what: 'words of gone', known: false });
  });
});

describe('saving a review', () => {
  const kickoff = kickoffWith();
  const sessions = history(
    session(
      '2027-01-04',
      [
        ['g1', 'done'],
        ['g2', 'moving'],
      ],
      [{ id: 'a', done: true }],
    ),
  );
  const facts = gatherFacts({ kickoff, sessions, reviews: [], today: '2027-04-01' });
  const options = { id: 'r1', today: '2027-04-01', newId: () => 'g3' };

  const filled = () => {
    let draft = decideGoal(emptyReview().draft, kickoff.goals[0]!, { decision: 'reached' });
    draft = decideGoal(draft, kickoff.goals[1]!, {
      decision: 'change',
      changed: 'Focus order in menus',
    });
    return {
      ...draft,
      mentee: { ...draft.mentee, learned: 'How to audit a page' },
      added: [
        {
          id: 'new',
          what: 'Ship an accessible form',
          evidence: 'It passes an audit',
          by: '2027-06-01',
        },
      ],
      decision: 'carry-on' as const,
      nextReview: '2027-07-01',
    };
  };

  test('closes a reached goal, changes another, adds a new one and sets the next review', () => {
    const state = reviewWith({ draft: filled(), putOff: '2027-04-03' });
    expect(reviewProblems(kickoff, state.draft, options.today)).toEqual([]);
    const saved = saveReview(state, kickoff, facts, options);
    expect(saved.kickoff.goals).toEqual([
      { ...kickoff.goals[0], outcome: 'reached', closedOn: '2027-04-01' },
      { ...kickoff.goals[1], what: 'Focus order in menus' },
      {
        id: 'g3',
        what: 'Ship an accessible form',
        evidence: 'It passes an audit',
        by: '2027-06-01',
        outcome: '',
        closedOn: '',
      },
    ]);
    expect(saved.kickoff.reevaluate).toMatchObject({ mode: 'date', date: '2027-07-01' });
    expect(saved.review.reviews).toEqual([saved.record]);
    expect(saved.review.draft).toEqual(emptyReview().draft);
    expect(saved.review.putOff).toBe('');
    expect(saved.record.goals.map((g) => [g.goal, g.decision, g.trail])).toEqual([
      ['g1', 'reached', ['done']],
      ['g2', 'change', ['moving']],
    ]);
    expect(saved.record.facts).toEqual({
      from: '2027-01-04',
      to: '2027-04-01',
      held: 1,
      expected: 13,
      done: 1,
      carried: 0,
    });
    // What is saved reads back through the document's schema unchanged.
    expect(readDocument(ReviewSchema, saved.review)).toEqual({ value: saved.review, reset: [] });
  });

  test.each([
    ['no decision on the mentorship', { decision: '' as const }, ['review-decision']],
    [
      'a pause without a later day',
      { decision: 'pause' as const, until: '2027-04-01' },
      ['review-until'],
    ],
    [
      'four goals open',
      {
        decision: 'carry-on' as const,
        added: ['a', 'b'].map((id) => ({ id, what: id, evidence: '', by: '' })),
      },
      ['review-new-goals'],
    ],
    [
      'four goals open, but ending',
      {
        decision: 'end' as const,
        added: ['a', 'b'].map((id) => ({ id, what: id, evidence: '', by: '' })),
      },
      [],
    ],
  ])('refuses %s', (_, change, fields) => {
    const draft = { ...emptyReview().draft, ...change };
    expect(reviewProblems(kickoff, draft, options.today).map((p) => p.field)).toEqual(fields);
  });

  test('pausing and ending set the mentorship’s state', () => {
    const pause = saveReview(
      reviewWith({ draft: { ...filled(), decision: 'pause', until: '2027-05-01' } }),
      kickoff,
      facts,
      options,
    );
    expect(pause.review.state).toEqual({
      status: 'paused',
      until: '2027-05-01',
      on: '2027-04-01',
      next: '',
    });
    expect(pause.kickoff.reevaluate).toEqual(kickoff.reevaluate);
    const end = saveReview(
      reviewWith({ draft: { ...filled(), decision: 'end', next: 'Lead a team audit' } }),
      kickoff,
      facts,
      options,
    );
    expect(end.review.state).toEqual({
      status: 'ended',
      until: '',
      on: '2027-04-01',
      next: 'Lead a team audit',
    });
  });
});

describe('the review and the closing summary as files', () => {
  const kickoff = kickoffWith({
    goals: [
      goal('g1', 'Audit a page *alone*', { outcome: 'reached', closedOn: '2027-03-01' }),
      goal('g2', '---\nnot: front matter', { outcome: 'dropped', closedOn: '2027-05-01' }),
      goal('g3', 'Lead <b>a</b> review'),
    ],
  });
  const sessions = history(
    session('2027-01-04', [['g1', 'moving']]),
    session('2027-02-01', [['g1', 'done']]),
  );
  const facts = gatherFacts({ kickoff, sessions, reviews: [], today: '2027-06-30' });
  const draft = {
    ...decideGoal(emptyReview().draft, kickoff.goals[2]!, { decision: 'keep' }),
    mentor: { ...emptyReview().draft.mentor, learned: 'Coaching, not telling.\n\n# Not a heading' },
    mentee: {
      ...emptyReview().draft.mentee,
      learned: 'Screen readers: "NVDA" & VoiceOver',
      keep: 'www.example.com',
    },
    decision: 'end' as const,
    next: 'Apply for the senior role — with the audit as evidence.',
  };
  const saved = saveReview(reviewWith({ draft }), kickoff, facts, {
    id: 'r1',
    today: '2027-06-30',
    newId: () => 'x',
  });

  test('a finished review reads back from its front matter, whatever its text holds', () => {
    const text = reviewText(saved.record, kickoff.pair);
    expect(text.startsWith('---\nformat: "mentorship-playbook-review"\n')).toBe(true);
    expect(readReviewFile(text)).toEqual({
      ok: true,
      value: { pair: { mentor: 'Priya', mentee: 'Tom' }, review: saved.record },
      reset: [],
    });
    expect(text).toContain('# Mentorship review: Tom and Priya, 30 June 2027');
    expect(text).toContain('### Lead \\<b>a\\</b> review');
    expect(text).not.toMatch(/^# Not a heading/m);
    expect(reviewFileName(saved.record, kickoff.pair)).toBe(
      'mentorship-review-tom-and-priya-2027-06-30.md',
    );
  });

  test('the closing summary has the pair, the dates, the sessions, each goal’s end and what comes next', () => {
    const summary = closingSummary(saved.kickoff, sessions, saved.review);
    expect(summary).toEqual({
      mentor: 'Priya',
      mentee: 'Tom',
      started: '2027-01-04',
      ended: '2027-06-30',
      held: 2,
      goals: [
        {
          what: 'Audit a page *alone*',
          evidence: 'Audit a page *alone*: evidence',
          outcome: 'reached',
          closedOn: '2027-03-01',
        },
        {
          what: '---\nnot: front matter',
          evidence: '---\nnot: front matter: evidence',
          outcome: 'dropped',
          closedOn: '2027-05-01',
        },
        {
          what: 'Lead <b>a</b> review',
          evidence: 'Lead <b>a</b> review: evidence',
          outcome: '',
          closedOn: '',
        },
      ],
      learned: { mentor: draft.mentor.learned, mentee: draft.mentee.learned },
      next: draft.next,
    });
    const text = summaryText(summary);
    expect(readSummaryFile(text)).toEqual({ ok: true, value: summary, reset: [] });
    expect(summaryFileName(summary)).toBe('mentorship-summary-tom-and-priya-2027-06-30.md');
    const words = summaryBlocks(summary).flatMap((b) =>
      'text' in b ? [b.text] : 'items' in b ? b.items.map((i) => `${i.label}: ${i.value}`) : [],
    );
    expect(words).toEqual(
      expect.arrayContaining([
        'Dates: 4 January 2027 to 30 June 2027',
        'Sessions held: 2',
        'How it ended: Reached, 1 March 2027',
        'How it ended: Still open when the mentorship ended',
      ]),
    );
    expect(reviewBlocks(saved.record, kickoff.pair)[0]).toEqual({
      type: 'heading',
      level: 1,
      text: 'Mentorship review: Tom and Priya, 30 June 2027',
    });
  });

  test.each([
    ['no front matter', '# A review\n', /no front matter/],
    [
      'another format',
      '---\nformat: "mentorship-playbook-agreement"\nversion: 1\n---\n',
      /not a review/,
    ],
    [
      'a newer version',
      '---\nformat: "mentorship-playbook-review"\nversion: 9\n---\n',
      /newer version/,
    ],
    ['broken YAML', '---\nformat: [\n---\n', /not valid YAML/],
  ])('a file with %s is refused with the reason', (_, text, reason) => {
    const read = readReviewFile(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(reason);
  });

  test('a value that does not fit resets that field only, and says where', () => {
    const text = reviewText(saved.record, kickoff.pair).replace('held: 2', 'held: "many"');
    const read = readReviewFile(text);
    expect(read.ok && read.reset).toEqual(['review.facts.held']);
    expect(read.ok && read.value.review.facts.held).toBe(0);
  });
});

describe('the review in a portable mentorship', () => {
  test('is carried and read by the same schema, with defaults for what is missing', () => {
    const read = readPortable({
      version: 1,
      id: 'm',
      review: { putOff: '2027-01-01', state: { status: 'ended' } },
    });
    expect(read.ok && read.value.review).toEqual({
      ...emptyReview(),
      putOff: '2027-01-01',
      state: { status: 'ended', until: '', on: '', next: '' },
    });
  });

  test.each([
    [{ review: { reviews: Array.from({ length: 501 }, () => ({})) } }, /501 reviews/],
    [
      { review: { draft: { added: Array.from({ length: 101 }, () => ({})) } } },
      /101 goals added in the review/,
    ],
    [
      { review: { reviews: [{}, { goals: Array.from({ length: 101 }, () => ({})) }] } },
      /101 goal decisions in review 2/,
    ],
    [
      { review: { reviews: [{ goals: [{ trail: Array.from({ length: 2001 }, () => '') }] }] } },
      /2,001 check-ins on a goal in review 1/,
    ],
  ])('refuses a review past its limits before reading it', (data, words) => {
    expect(pastLimits(data)).toMatch(words);
  });
});
