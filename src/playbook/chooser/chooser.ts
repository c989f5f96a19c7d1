/**
 * The format chooser: a few questions a pair answers in a minute, and a ranking of the four formats
 * with the reasons for each place. The rules are written from the guide's advice on when each
 * format fits; every rule that applies adds or takes away points and gives its reason in words.
 */
import { FORMATS, type FormatId } from '../guide/formats';

/** The chooser's questions, their options, in the order the page asks them. */
export const QUESTIONS = [
  {
    id: 'level',
    text: 'How far is the mentee with the skill?',
    options: [
      { id: 'starting', label: 'Just starting' },
      { id: 'basics', label: 'Has the basics' },
      { id: 'deep', label: 'Wants to go deep' },
    ],
  },
  {
    id: 'goal',
    text: 'What is the goal?',
    options: [
      { id: 'broad', label: 'A broad skill, such as a language' },
      { id: 'codebase', label: 'A specific codebase or system' },
      { id: 'unclear', label: 'Not clear yet' },
    ],
  },
  {
    id: 'project',
    text: 'Is there a real or side project to work on?',
    options: [
      { id: 'yes', label: 'Yes' },
      { id: 'no', label: 'No' },
    ],
  },
  {
    id: 'together',
    text: 'Do you want to write code together?',
    options: [
      { id: 'yes', label: 'Yes' },
      { id: 'no', label: 'No' },
    ],
  },
  {
    id: 'rhythm',
    text: 'Do you meet on a schedule, or when something comes up?',
    options: [
      { id: 'schedule', label: 'On a schedule' },
      { id: 'on-demand', label: 'When something comes up' },
    ],
  },
] as const;

type Question = (typeof QUESTIONS)[number];

/** The chooser's answers; a question not answered yet is simply absent. */
export type ChooserAnswers = { [Q in Question as Q['id']]?: Q['options'][number]['id'] };

interface Rule {
  format: FormatId;
  points: number;
  when: (a: ChooserAnswers) => boolean;
  /** Why the rule moves the format, as a reader would say it. */
  reason: string;
}

/** The ranking rules, from the guide's advice on when each format fits. */
export const RULES: readonly Rule[] = [
  // Q&A sessions
  {
    format: 'qa-sessions',
    points: 4,
    when: (a) => a.level === 'starting' && a.goal === 'unclear',
    reason:
      'The mentee is just starting and the goal is not clear yet: open questions are the quickest way to find it.',
  },
  {
    format: 'qa-sessions',
    points: 2,
    when: (a) => a.rhythm === 'on-demand',
    reason:
      'You meet when something comes up, and a question-and-answer session suits a situation brought to it.',
  },
  {
    format: 'qa-sessions',
    points: -4,
    when: (a) => a.rhythm === 'schedule',
    reason:
      'Questions rarely arrive on a schedule, so Q&A tends to fade as a regular, long-running format.',
  },
  // Regular pairing
  {
    format: 'regular-pairing',
    points: 3,
    when: (a) => a.level === 'starting',
    reason:
      'The mentee is still picking up the basics, and pairing gives guidance at the moment they get stuck.',
  },
  {
    format: 'regular-pairing',
    points: 2,
    when: (a) => a.together === 'yes',
    reason: 'You want to write code together, which is what pairing sessions are.',
  },
  {
    format: 'regular-pairing',
    points: -3,
    when: (a) => a.together === 'no',
    reason:
      'You would rather not write code together, and most of a pairing session is writing code together.',
  },
  // Mentee project
  {
    format: 'mentee-project',
    points: 3,
    when: (a) => (a.level === 'basics' || a.level === 'deep') && a.project === 'yes',
    reason: 'The mentee has the basics and there is a project to build on between sessions.',
  },
  {
    format: 'mentee-project',
    points: 1,
    when: (a) => a.level === 'deep' || a.goal === 'broad',
    reason:
      'Growing a broad skill or going deep is about options and trade-offs, which a project brings up.',
  },
  {
    format: 'mentee-project',
    points: -1,
    when: (a) => a.project === 'no',
    reason: 'There is no project yet, though a small practice one you set up together works too.',
  },
  {
    format: 'mentee-project',
    points: -1,
    when: (a) => a.level === 'starting',
    reason: 'It works best once the mentee has the basics; early on, keep the project small.',
  },
  // Code review and deep dives
  {
    format: 'code-review',
    points: 4,
    when: (a) => a.goal === 'codebase',
    reason:
      'The goal is a specific codebase or system, and reading it together is the most direct way in.',
  },
  {
    format: 'code-review',
    points: 1,
    when: (a) => a.level === 'deep',
    reason:
      'Going deep means studying real decisions and their alternatives, in good code and bad.',
  },
  {
    format: 'code-review',
    points: 1,
    when: (a) => a.together === 'no',
    reason: 'Reading and discussing code suits a pair who would rather not write it together.',
  },
];

/** A format's place in the ranking and the reasons for it. */
export interface RankedFormat {
  id: FormatId;
  name: string;
  page: string;
  /** Reasons that count for it, then against it. */
  reasonsFor: string[];
  reasonsAgainst: string[];
}

/** Ranks the four formats for the answers given; ties keep the guide's order. */
export function rankFormats(answers: ChooserAnswers): RankedFormat[] {
  const scored = FORMATS.map((format, order) => {
    const rules = RULES.filter((r) => r.format === format.id && r.when(answers));
    return {
      order,
      score: rules.reduce((sum, r) => sum + r.points, 0),
      ranked: {
        id: format.id,
        name: format.name,
        page: format.page,
        reasonsFor: rules.filter((r) => r.points > 0).map((r) => r.reason),
        reasonsAgainst: rules.filter((r) => r.points < 0).map((r) => r.reason),
      },
    };
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.ranked);
}

export { ChooserSchema, type ChooserState } from '../documents/chooser';
