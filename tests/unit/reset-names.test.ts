import { describe, expect, test } from 'vitest';
import { resetName, resetSaid } from '../../src/playbook/portable/reset-names';
import { readPortable } from '../../src/playbook/portable/portable';
import { readBackup } from '../../src/playbook/portable/backup';
import { QUESTIONS } from '../../src/playbook/chooser/chooser';
import { emptyKickoff } from '../../src/playbook/documents/kickoff';

describe('resetName', () => {
  test.each([
    ['kickoff.pair.mentor', "Kickoff checklist › The pair › Mentor's name"],
    ['kickoff.pair.startDate', 'Kickoff checklist › The pair › Start date'],
    ['kickoff.pair', 'Kickoff checklist › The pair'],
    ['kickoff.topics.goal.notes', 'Kickoff checklist › The goal › Notes'],
    ['kickoff.topics.is-mentorship.agreed', 'Kickoff checklist › It is a mentorship › Agreed'],
    ['kickoff.topics.first-win', 'Kickoff checklist › A first-month win'],
    ['kickoff.topics', 'Kickoff checklist › Every topic'],
    [
      'kickoff.cadence.minutes',
      'Kickoff checklist › Cadence and session length › Session length (minutes)',
    ],
    ['kickoff.cadence.frequency', 'Kickoff checklist › Cadence and session length › How often'],
    ['kickoff.cadence.time', 'Kickoff checklist › Cadence and session length › Usual time'],
    ['kickoff.scheduler', 'Kickoff checklist › Who schedules › Who sends the invites'],
    ['kickoff.goAhead', 'Kickoff checklist › Go, or not yet › Do you go ahead?'],
    ['kickoff.reevaluate.mode', 'Kickoff checklist › When to stop and re-evaluate › We look back'],
    [
      'kickoff.reevaluate.date',
      'Kickoff checklist › When to stop and re-evaluate › Date to look back',
    ],
    ['kickoff.formats', 'Kickoff checklist › The format › Formats'],
    [
      'kickoff.reevaluate.after.count',
      'Kickoff checklist › When to stop and re-evaluate › Look back after › After how many',
    ],
    ['kickoff.goals.1.evidence', "Kickoff checklist › The goal › Goal 2 › How you'll know"],
    ['kickoff.goals.0.id', 'Kickoff checklist › The goal › Goal 1 (left out)'],
    [
      'history.sessions.0.checkIns.1.state',
      'Plan a session › Past sessions › session 1 › Where the goals stand › Check-in 2 › Where it stands',
    ],
    ['kickoff.formats.1', 'Kickoff checklist › The format › Formats › choice 2 (left out)'],
    ['kickoff', 'Kickoff checklist'],
    [
      'kickoff.program.stalledAfterDays',
      'Kickoff checklist › The programme › Stalled after (days without a session)',
    ],
    ['program.reviewPoints.1', 'The programme › Review points › Review point 2 (left out)'],
    ['summary.sessions.held', 'Progress summary › Sessions › Sessions held'],
    ['summary.kickoffDate', 'Progress summary › Kickoff date'],
    [
      'summary.status.state',
      'Progress summary › Where the mentorship stands › Active, paused or ended',
    ],
    ['summary.goals.1.latest', 'Progress summary › Goals › Goal 2 › Latest check-in'],
    ['summary.goals.0.id', 'Progress summary › Goals › Goal 1 (left out)'],
    [
      'review.draft.answers.0.answer',
      "Review and re-evaluate › The review › The programme's questions › Answer 1 › Your answer",
    ],
    ['chooser.answers.level', 'Choose a format › How far is the mentee with the skill?'],
    ['chooser.answers', 'Choose a format › Every answer'],
    ['agenda.draft.date', 'Plan a session › The next session › Date'],
    ['agenda.draft.parts.2.minutes', 'Plan a session › The next session › Part 3 › Minutes'],
    ['agenda.draft.parts.0.id', 'Plan a session › The next session › Part 1 (left out)'],
    ['agenda.draft.parts.0', 'Plan a session › The next session › Part 1 (left out)'],
    [
      'agenda.draft.carried.1.owner',
      'Plan a session › The next session › Action items from earlier sessions › item 2 › Who',
    ],
    [
      'history.sessions.0.actions.0.done',
      'Plan a session › Past sessions › session 1 › Action items for next time › item 1 › Done',
    ],
    ['history.sessions.3.id', 'Plan a session › Past sessions › session 4 (left out)'],
    [
      'history.sessions.0.finishedAt',
      'Plan a session › Past sessions › session 1 › When it was finished',
    ],
    [
      'review.draft.mentee.learned',
      'Review and re-evaluate › The review › The mentee’s reflection › What have you learned?',
    ],
    [
      'review.reviews.0.goals.1.trail.2',
      'Review and re-evaluate › Past reviews › Review 1 › Decisions on goals › Goal 2 › Check-ins › Check-in 3 (left out)',
    ],
    [
      'review.reviews.1.facts.expected',
      'Review and re-evaluate › Past reviews › Review 2 › What happened › Sessions the cadence implies',
    ],
    ['review.state.status', 'Review and re-evaluate › The mentorship › Paused or ended'],
    ['name', 'The mentorship’s name'],
    ['createdAt', 'The date it was started'],
    [
      'mentorships.1.kickoff.pair.mentor',
      "mentorship 2 › Kickoff checklist › The pair › Mentor's name",
    ],
    [
      'mentorships.0.history.sessions.0.id',
      'mentorship 1 › Plan a session › Past sessions › session 1 (left out)',
    ],
  ])('%s: %s', (path, name) => {
    expect(resetName(path)).toBe(name);
  });

  test('a key no page names is given as it is, and never reaches a prototype', () => {
    expect(resetName('kickoff.pair.nickname')).toBe('Kickoff checklist › The pair › nickname');
    expect(resetName('kickoff.constructor.name')).toBe('Kickoff checklist › constructor › name');
    expect(resetName('toString')).toBe('toString');
  });

  // Every place a value can stand in a portable mentorship, with one item in each list.
  const reflection = { working: '', change: '', learned: '', keep: '', start: '', stop: '' };
  const reviewed = {
    mentor: reflection,
    mentee: reflection,
    goals: [{ goal: 'g', what: '', decision: 'keep', changed: '', trail: ['moving'] }],
    added: [{ id: 'n', what: '', evidence: '', by: '' }],
    decision: 'carry-on',
    change: '',
    until: '',
    next: '',
    nextReview: '',
    answers: [{ id: 'q', question: '', answer: '' }],
  };
  const facts = { from: '', to: '', held: 0, expected: null, done: 0, carried: 0 };
  const REVIEW_FULL = {
    draft: reviewed,
    reviews: [{ ...reviewed, id: 'r', on: '', facts }],
    putOff: '',
    state: { status: 'ended', until: '', on: '', next: '' },
  };
  const part = { id: 'p', kind: 'custom', title: '', minutes: 0, notes: '' };
  const item = { id: 'i', text: '', owner: 'mentee', done: false };
  const checkIn = { goal: 'g', what: '', state: 'moving', note: '' };
  const draft = { date: '', parts: [part], carried: [item], actions: [item], checkIns: [checkIn] };
  const goal = { id: 'g', what: '', evidence: '', by: '', outcome: '', closedOn: '' };
  const FULL = {
    id: 'm',
    name: '',
    createdAt: '',
    kickoff: {
      ...emptyKickoff(),
      formats: ['mentee-project'],
      goals: [goal],
      program: {
        ...emptyKickoff().program,
        reviewPoints: [{ label: '', weeks: 6, end: false }],
        reviewQuestions: [{ id: 'q', text: 'Why?' }],
      },
    },
    chooser: { answers: Object.fromEntries(QUESTIONS.map((q) => [q.id, q.options[0].id])) },
    agenda: { draft },
    history: { sessions: [{ ...draft, id: 's', finishedAt: '' }] },
    review: REVIEW_FULL,
  };
  const places = (value: unknown, path: string): string[] => [
    path,
    ...(typeof value === 'object' && value !== null ? Object.entries(value) : []).flatMap(
      ([key, v]) => places(v, path ? `${path}.${key}` : key),
    ),
  ];
  const PLACES = places(FULL, '').filter((path) => path && path !== 'id');

  test('the mentorship those places are taken from is whole, every value fitting', () => {
    expect(readPortable({ version: 1, ...FULL })).toEqual({ ok: true, value: FULL, reset: [] });
  });

  test.each(PLACES)('%s is named in words, not by its key', (path) => {
    const name = resetName(path);
    for (const word of name.split(' › '))
      expect(word).toMatch(/^(?:[A-Z]|(?:choice|item|session) \d+ |(?:choice|item|session) \d+$)/);
  });

  test('names the paths the schemas report, as they report them', () => {
    const read = readPortable({
      version: 1,
      id: 'm',
      kickoff: { pair: { mentor: 1 }, cadence: { minutes: 'long' }, formats: ['x'] },
      agenda: { draft: { parts: [{ id: 'p', minutes: -1 }, {}] } },
      history: { sessions: [{ id: 's', carried: [{ id: 'i', done: 'yes' }] }] },
    });
    expect(read.ok && read.reset.map(resetName)).toEqual([
      "Kickoff checklist › The pair › Mentor's name",
      'Kickoff checklist › Cadence and session length › Session length (minutes)',
      'Kickoff checklist › The format › Formats › choice 1 (left out)',
      'Plan a session › The next session › Part 1 › Minutes',
      'Plan a session › The next session › Part 2 (left out)',
      'Plan a session › Past sessions › session 1 › Action items from earlier sessions › item 1 › Done',
    ]);
  });
});

describe('resetSaid', () => {
  test('says nothing when every value fit', () => {
    expect(resetSaid([])).toBe('');
  });

  test('counts the values, and names each', () => {
    expect(resetSaid(['kickoff.pair.startDate'])).toBe(
      '1 value in it did not fit and will be left empty: Kickoff checklist › The pair › Start date.',
    );
    const read = readBackup(
      JSON.stringify({
        format: 'mentorship-playbook-backup',
        version: 1,
        mentorships: [{ id: 'a' }, { id: 'b', chooser: { answers: { rhythm: 'daily' } }, name: 7 }],
      }),
    );
    expect(read.ok && resetSaid(read.reset)).toBe(
      '2 values in it did not fit and will be left empty: mentorship 2 › The mentorship’s name; ' +
        'mentorship 2 › Choose a format › Do you meet on a schedule, or when something comes up?',
    );
  });
});
