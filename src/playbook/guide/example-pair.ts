/**
 * The invented pair the guide follows from start to end: Priya mentors Tom in web accessibility.
 * Their kickoff answers are real data for the agreement builder, so the example agreement the
 * kickoff page shows (and offers for download) is always exactly what the playbook would make.
 */
import { emptyKickoff, type KickoffState } from '../documents/kickoff';

/** Who they are, in the words the guide's pages use. */
export const EXAMPLE_PAIR = {
  mentor: 'Priya',
  mentee: 'Tom',
  /** The date their agreement was written, YYYY-MM-DD. */
  writtenOn: '2026-09-02',
  /** The id their agreement carries, so that opening the file twice finds the same mentorship. */
  id: 'example-priya-and-tom',
} as const;

/** Priya and Tom's kickoff answers, as the checklist would store them. */
export function exampleKickoff(): KickoffState {
  const state = emptyKickoff();
  state.pair = { mentor: 'Priya', mentee: 'Tom', startDate: '2026-09-09' };
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
  const goal = { by: '', outcome: '', closedOn: '' } as const;
  state.goals = [
    {
      ...goal,
      id: 'goal-1',
      what: 'Tom can audit a page for accessibility and fix what he finds on his own.',
      evidence:
        'Tom files and fixes accessibility bugs himself; Priya reviews fewer and fewer of them.',
    },
    {
      ...goal,
      id: 'goal-2',
      what: 'Use the site checkout with a screen reader, end to end.',
      evidence: 'Tom shows Priya the checkout with the screen reader on, and the bugs he found.',
      by: '2026-10-07',
    },
  ];
  state.reevaluate = {
    mode: 'date',
    date: '2026-12-09',
    condition: '',
    after: { count: null, unit: '' },
  };
  return state;
}
