import { readDocument } from '../../../src/playbook/core/schema';
import { TOPIC_IDS } from '../../../src/playbook/documents/kickoff';
import { INDEX_KEY, documentKey } from '../../../src/playbook/documents/mentorships';
import {
  PortableSchema,
  storedDocuments,
  type Portable,
} from '../../../src/playbook/portable/portable';

/** What every note of `notedMentorship` starts with: no progress summary may hold it. */
export const NOTE = 'PRIVATE-NOTE';

/** The programme `notedMentorship` is in. */
export const NOTED_PROGRAM = 'Acme mentoring, spring 2027';

/**
 * A mentorship between Priya (mentor) and Tom (mentee) in a programme, with a note in every place
 * a pair writes one: each kickoff topic and goal's evidence, the agenda's parts and action items, a
 * finished session's parts, items and check-in, a finished review's reflections and programme
 * answers, and the review being drafted. Every note starts with NOTE.
 */
export function notedMentorship(id = 'm-priya-tom'): Portable {
  const m = readDocument(PortableSchema, { id, name: '' })!.value;
  const note = (where: string) => `${NOTE} ${where}`;
  m.kickoff.pair = { mentor: 'Priya', mentee: 'Tom', startDate: '2026-09-23' };
  m.kickoff.program = {
    ...m.kickoff.program,
    id: 'acme-spring-2027',
    name: NOTED_PROGRAM,
    reviewQuestions: [{ id: 'q-1', text: 'What helped most?' }],
  };
  m.kickoff.cadence = { frequency: 'every-two-weeks', minutes: 45, time: '' };
  m.kickoff.reevaluate = { ...m.kickoff.reevaluate, mode: 'date', date: '2027-01-13' };
  for (const topic of TOPIC_IDS) m.kickoff.topics[topic] = { agreed: true, notes: note(topic) };
  m.kickoff.goals = [
    {
      id: 'goal-1',
      what: 'Ship the billing service',
      evidence: note('evidence'),
      by: '2027-01-31',
      outcome: '',
      closedOn: '',
    },
    {
      id: 'goal-2',
      what: 'Lead a design review',
      evidence: note('second evidence'),
      by: '',
      outcome: 'reached',
      closedOn: '2026-11-25',
    },
  ];
  const parts = (where: string) => [
    {
      id: 'p-1',
      kind: 'custom' as const,
      title: note(`${where} title`),
      minutes: 10,
      notes: note(where),
    },
  ];
  const items = (where: string) => [
    { id: `a-${where}`, text: note(`${where} item`), owner: 'mentee' as const, done: false },
  ];
  m.agenda.draft = {
    date: '2026-12-09',
    parts: parts('agenda'),
    carried: items('carried'),
    actions: items('agenda'),
    checkIns: [
      {
        goal: 'goal-1',
        what: 'Ship the billing service',
        state: 'stuck',
        note: note('draft check-in'),
      },
    ],
  };
  m.history.sessions = [
    {
      id: 's-2',
      date: '2026-11-25',
      finishedAt: '2026-11-25T15:00:00.000Z',
      parts: parts('session'),
      carried: [],
      actions: items('session'),
      checkIns: [
        {
          goal: 'goal-1',
          what: 'Ship the billing service',
          state: 'moving',
          note: note('check-in'),
        },
        {
          goal: 'goal-2',
          what: 'Lead a design review',
          state: 'done',
          note: note('second check-in'),
        },
      ],
    },
    {
      id: 's-1',
      date: '2026-10-07',
      finishedAt: '2026-10-07T15:00:00.000Z',
      parts: parts('first session'),
      carried: [],
      actions: [],
      checkIns: [
        {
          goal: 'goal-1',
          what: 'Ship the billing service',
          state: 'not-started',
          note: note('first check-in'),
        },
      ],
    },
  ];
  const reflection = (who: string) => ({
    working: note(`${who} working`),
    change: note(`${who} change`),
    learned: note(`${who} learned`),
    keep: note(`${who} keep`),
    start: note(`${who} start`),
    stop: note(`${who} stop`),
  });
  const review = readDocument(PortableSchema, {
    id,
    review: {
      reviews: [
        {
          id: 'r-1',
          on: '2026-11-04',
          mentor: reflection('mentor'),
          mentee: reflection('mentee'),
          decision: 'carry-on',
          change: note('review change'),
          next: note('review next'),
          nextReview: '2027-01-13',
          answers: [{ id: 'q-1', question: 'What helped most?', answer: note('answer') }],
          facts: {
            from: '2026-09-23',
            to: '2026-11-04',
            held: 1,
            expected: 3,
            done: 0,
            carried: 0,
          },
        },
      ],
      draft: {
        mentor: reflection('draft mentor'),
        answers: [{ id: 'q-1', question: 'What helped most?', answer: note('draft answer') }],
      },
    },
  })!.value.review;
  m.review = review;
  return m;
}

/** Storage holding `mentorships` (the first one open), as the site writes it, by key. */
export function storedMentorships(mentorships: Portable[]): Record<string, string> {
  const entries: Record<string, string> = {
    [INDEX_KEY]: JSON.stringify({
      version: 1,
      open: mentorships[0]!.id,
      mentorships: mentorships.map((m) => ({
        id: m.id,
        name: m.name,
        createdAt: '2026-09-23T09:00:00.000Z',
      })),
    }),
  };
  for (const m of mentorships)
    for (const [name, text] of storedDocuments(m))
      if (text !== undefined) entries[documentKey(m.id, name)] = text;
  return entries;
}
