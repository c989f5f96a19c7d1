/**
 * The invented pair the guide follows from start to end: Priya mentors Tom in web accessibility.
 * Their kickoff answers are real data for the agreement builder, so the example agreement the
 * kickoff page shows (and offers for download) is always exactly what the playbook would make.
 */
import type { ActionItem, CheckIn, Session } from '../documents/agenda';
import { emptyKickoff, type KickoffState } from '../documents/kickoff';

/** Who they are, in the words the guide's pages use. */
export const EXAMPLE_PAIR = {
  mentor: 'Priya',
  mentee: 'Tom',
  /**
   * The date their agreement was written, YYYY-MM-DD: after the second of their two kickoff
   * meetings (2 and 9 September), two weeks before their first session.
   */
  writtenOn: '2026-09-09',
  /** The id their agreement carries, so that opening the file twice finds the same mentorship. */
  id: 'example-priya-and-tom',
} as const;

/** Priya and Tom's kickoff answers, as the checklist would store them. */
export function exampleKickoff(): KickoffState {
  const state = emptyKickoff();
  // The start date is the first session's, so the cadence counts from 23 September.
  state.pair = { mentor: 'Priya', mentee: 'Tom', startDate: '2026-09-23' };
  const agreed = (notes: string) => ({ agreed: true, notes });
  state.topics = {
    ...state.topics,
    backgrounds: agreed(
      'Tom: five years of back-end Python, new to the front end. Priya: front-end lead, ran the accessibility audit of the checkout last year.',
    ),
    hopes: agreed(
      'Tom wants to fix accessibility bugs without waiting for Priya. Priya wants practice at coaching before she leads the new front-end team.',
    ),
    roles: agreed(
      'Tom brings the questions and does the work between sessions. Priya reviews, explains trade-offs and says when something is good enough.',
    ),
    known: agreed('Comfortable with HTML and CSS; has never used a screen reader.'),
    'is-mentorship': agreed('Priya is mentoring Tom on web accessibility.'),
    goal: agreed('It matters for the new front-end team Tom joins in the spring.'),
    topics: agreed('Screen readers first, then keyboard use, colour contrast and forms.'),
    'first-win': agreed(''),
    progress: agreed('We look at the bugs Tom filed and fixed at each session.'),
    cadence: agreed('Wednesdays after stand-up.'),
    scheduling: agreed(''),
    format: agreed('Code review of Tom’s fixes first; a project if it stops being enough.'),
    'between-sessions': agreed('Tom works through one page a week and notes what confused him.'),
    contact: agreed('Questions in chat are fine; Priya answers within a day.'),
    decisions: agreed('Tom chooses the fixes; Priya explains the trade-offs when asked.'),
    managers: agreed('Both managers know; it counts towards Priya’s coaching goal.'),
    're-evaluate': agreed(''),
    challenges: agreed('The release at the end of October will eat a few sessions.'),
  };
  state.cadence = { frequency: 'every-two-weeks', minutes: 45, time: '10:00' };
  state.scheduler = 'mentee';
  state.goAhead = 'go';
  state.formats = ['code-review'];
  state.reevaluate = {
    mode: 'date',
    date: '2026-12-09',
    condition: '',
    after: { count: null, unit: '' },
  };
  state.goals = EXAMPLE_GOALS.map((goal) => ({ ...goal, outcome: '', closedOn: '' }));
  return state;
}

/** Their two goals as set at the kickoff: the main one, and a first win a month away. */
export const EXAMPLE_GOALS = [
  {
    id: 'goal-1',
    what: 'Tom can audit a page for accessibility and fix what he finds on his own.',
    evidence:
      'Tom files and fixes accessibility bugs himself; Priya reviews fewer and fewer of them.',
    by: '',
  },
  {
    id: 'goal-2',
    what: 'Use the site checkout with a screen reader, end to end.',
    evidence: 'Tom shows Priya the checkout with the screen reader on, and the bugs he found.',
    by: '2026-10-07',
  },
] as const;

type Check = [goal: 'goal-1' | 'goal-2', state: CheckIn['state'], note: string];
type Item = [text: string, owner: ActionItem['owner'], done: boolean];

// One line a session: its date, the check-ins, and the items agreed for next time (done by then or
// not). The first win comes early; the main goal stalls in the release weeks and moves again.
const SESSIONS: [date: string, checks: Check[], items: Item[]][] = [
  [
    '2026-09-23',
    [
      ['goal-1', 'not-started', ''],
      ['goal-2', 'moving', 'NVDA installed; lost in the address form.'],
    ],
    [['Finish the checkout with NVDA and list the barriers', 'mentee', true]],
  ],
  [
    '2026-10-07',
    [
      ['goal-1', 'moving', 'Read the audit checklist; tried it on the basket page.'],
      ['goal-2', 'done', 'Bought a mug with NVDA; filed four barriers.'],
    ],
    [
      ['Fix the two form-label bugs from the checkout', 'mentee', true],
      ['Send Tom the team’s audit template', 'mentor', true],
    ],
  ],
  [
    '2026-10-21',
    [['goal-1', 'stuck', 'Release week: no time for the audit.']],
    [['Audit the account page with the template', 'mentee', false]],
  ],
  [
    '2026-11-04',
    [['goal-1', 'moving', 'Account page half done; colour contrast clear now.']],
    [['Finish the account page audit', 'mentee', true]],
  ],
  [
    '2026-11-18',
    [['goal-1', 'moving', 'Audited the account page alone; Priya found two misses.']],
    [
      ['Fix the focus order in the address dialog', 'mentee', false],
      ['Pair on the dialog focus order', 'mentor', true],
    ],
  ],
  [
    '2026-12-02',
    [['goal-1', 'moving', 'Fixed five bugs himself; still asks about focus in dialogs.']],
    [['Write up what the audit of the search page found', 'mentee', false]],
  ],
];

/**
 * Their first six sessions after the kickoff, newest first, as the planner would keep them: what
 * the review on 9 December gathers its facts and its chart from.
 */
export function exampleHistory(): Session[] {
  const goals = new Map<string, string>(EXAMPLE_GOALS.map((g) => [g.id, g.what]));
  // Each session's items come back in the next one as carried, marked done or not there.
  let carried: ActionItem[] = [];
  const sessions = SESSIONS.map(([date, checks, items], n): Session => {
    const actions = items.map(([text, owner], i) => ({
      id: `s${n + 1}-a${i + 1}`,
      text,
      owner,
      done: false,
    }));
    const session: Session = {
      id: `session-${n + 1}`,
      date,
      finishedAt: `${date}T10:45:00.000Z`,
      parts: [],
      carried,
      actions,
      checkIns: checks.map(([goal, state, note]) => ({
        goal,
        what: goals.get(goal)!,
        state,
        note,
      })),
    };
    carried = actions.map((item, i) => ({ ...item, done: items[i]![2] }));
    return session;
  });
  return sessions.reverse();
}
