/**
 * A finished review and the closing summary as documents (the block model of core/markdown.ts):
 * the page shows them from these blocks, and their files (review-files.ts) write the same blocks
 * as Markdown under front matter that reads back (review-read.ts).
 */
import type { Block } from '../../core/markdown';
import { cleanLine } from '../../core/markdown';
import type { KickoffState } from '../../documents/kickoff';
import type { ReviewRecord, ReviewState } from '../../documents/review';
import {
  names,
  personLabel,
  GOAL_DECISION_LABELS,
  MENTORSHIP_DECISION_LABELS,
  REFLECTION_QUESTIONS,
  dayText,
  factLines,
  stateLabel,
} from '../review';

const pairTitle = (pair: Pick<KickoffState['pair'], 'mentor' | 'mentee'>) => {
  const both = [cleanLine(pair.mentee), cleanLine(pair.mentor)].filter(Boolean);
  return both.length ? both.join(' and ') : '';
};

/** One person's reflection as blocks: each question answered, in order; none when all are empty. */
function reflectionBlocks(who: string, answers: ReviewRecord['mentor']): Block[] {
  const answered = REFLECTION_QUESTIONS.filter((q) => answers[q.id].trim());
  return [
    { type: 'heading', level: 3, text: who },
    ...(answered.length
      ? answered.flatMap((q): Block[] => [
          { type: 'paragraph', text: `${q.label}` },
          { type: 'paragraph', text: answers[q.id] },
        ])
      : [{ type: 'paragraph' as const, text: 'Nothing written.' }]),
  ];
}

/** The answers to the programme's review questions, each under its question; none without any. */
export function programAnswerBlocks(answers: ReviewRecord['answers']): Block[] {
  const answered = answers.filter((a) => a.answer.trim());
  if (!answered.length) return [];
  return [
    { type: 'heading', level: 2, text: 'The programme’s questions' },
    ...answered.flatMap((a): Block[] => [
      { type: 'heading', level: 3, text: a.question.trim() || 'A question of the programme' },
      { type: 'paragraph', text: a.answer },
    ]),
  ];
}

/** What a review decided for the mentorship, in a sentence. */
export function mentorshipDecisionText(
  record: Pick<ReviewRecord, 'decision' | 'change' | 'until' | 'next' | 'nextReview'>,
) {
  switch (record.decision) {
    case 'carry-on':
    case 'change': {
      const next = record.nextReview ? ` Next review: ${dayText(record.nextReview)}.` : '';
      const change =
        record.decision === 'change' && record.change.trim() ? ` ${record.change.trim()}` : '';
      return `${MENTORSHIP_DECISION_LABELS[record.decision]}.${change}${next}`;
    }
    case 'pause':
      return `Pause until ${dayText(record.until)}.`;
    case 'end':
      return 'End the mentorship.';
    default:
      return 'No decision recorded.';
  }
}

/** A finished review as a document: the facts, the goals, each person's reflection and the decisions. */
export function reviewBlocks(
  record: ReviewRecord,
  pair: Pick<KickoffState['pair'], 'mentor' | 'mentee'>,
): Block[] {
  const who = names(pair);
  const facts = factLines(record.facts);
  const title = pairTitle(pair);
  return [
    {
      type: 'heading',
      level: 1,
      text: `Mentorship review${title ? `: ${title}` : ''}, ${dayText(record.on, 'long')}`,
    },
    {
      type: 'fields',
      items: [
        { label: 'Period', value: facts.period },
        { label: 'Sessions', value: facts.sessions },
        { label: 'Action items', value: facts.items },
      ],
    },
    { type: 'heading', level: 2, text: 'Goals' },
    ...(record.goals.length
      ? record.goals.flatMap((goal): Block[] => [
          { type: 'heading', level: 3, text: goal.what.trim() || 'A goal with no words' },
          {
            type: 'fields',
            items: [
              {
                label: 'Check-ins',
                value: goal.trail.length
                  ? goal.trail.map((s) => stateLabel(s)).join(', ')
                  : 'none in this period',
              },
              {
                label: 'Decision',
                value: goal.decision ? GOAL_DECISION_LABELS[goal.decision] : 'none',
              },
              ...(goal.decision === 'change' && goal.changed.trim()
                ? [{ label: 'Now', value: goal.changed }]
                : []),
            ],
          },
        ])
      : [{ type: 'paragraph' as const, text: 'No goals were open in this period.' }]),
    ...(record.added.length
      ? [
          { type: 'heading' as const, level: 3 as const, text: 'New goals' },
          {
            type: 'fields' as const,
            items: record.added.map((g) => ({
              label: g.what,
              value:
                [g.evidence.trim() && `evidence: ${g.evidence}`, g.by && `by ${dayText(g.by)}`]
                  .filter(Boolean)
                  .join('; ') || 'no evidence or date yet',
            })),
          },
        ]
      : []),
    { type: 'heading', level: 2, text: 'Reflections' },
    ...reflectionBlocks(personLabel(pair, 'mentor'), record.mentor),
    ...reflectionBlocks(personLabel(pair, 'mentee'), record.mentee),
    ...programAnswerBlocks(record.answers),
    { type: 'heading', level: 2, text: 'The mentorship' },
    { type: 'paragraph', text: mentorshipDecisionText(record) },
    ...(record.decision === 'end' && record.next.trim()
      ? [{ type: 'paragraph' as const, text: `What comes next for ${who.mentee}: ${record.next}` }]
      : []),
  ];
}

/** The closing summary's content: what a mentee keeps once the mentorship has ended. */
export interface ClosingSummary {
  mentor: string;
  mentee: string;
  /** The first day (the start date, or the first session's), and the last, YYYY-MM-DD or ''. */
  started: string;
  ended: string;
  held: number;
  goals: {
    what: string;
    evidence: string;
    outcome: '' | 'reached' | 'dropped';
    closedOn: string;
  }[];
  /** What each learned, from the latest review that says. */
  learned: { mentor: string; mentee: string };
  /** What comes next for the mentee. */
  next: string;
}

/** The closing summary of a mentorship, from its kickoff, its sessions and its reviews. */
export function closingSummary(
  kickoff: Pick<KickoffState, 'pair' | 'goals'>,
  sessions: readonly { date: string; finishedAt: string }[],
  review: Pick<ReviewState, 'reviews' | 'state'>,
): ClosingSummary {
  const days = sessions
    .map((s) => s.date || s.finishedAt.slice(0, 10))
    .filter(Boolean)
    .sort();
  const said = (who: 'mentor' | 'mentee') =>
    review.reviews.find((r) => r[who].learned.trim())?.[who].learned ?? '';
  return {
    mentor: kickoff.pair.mentor,
    mentee: kickoff.pair.mentee,
    started: kickoff.pair.startDate || days[0] || '',
    ended: review.state.on,
    held: sessions.length,
    goals: kickoff.goals.map(({ what, evidence, outcome, closedOn }) => ({
      what,
      evidence,
      outcome,
      closedOn,
    })),
    learned: { mentor: said('mentor'), mentee: said('mentee') },
    next: review.state.next,
  };
}

const OUTCOME_TEXT = {
  reached: 'Reached',
  dropped: 'Dropped',
  '': 'Still open when the mentorship ended',
} as const;

/** The closing summary as a document of one or two printed pages. */
export function summaryBlocks(summary: ClosingSummary): Block[] {
  const who = names(summary);
  const title = pairTitle(summary);
  return [
    { type: 'heading', level: 1, text: `Mentorship summary${title ? `: ${title}` : ''}` },
    {
      type: 'fields',
      items: [
        { label: 'Mentee', value: who.mentee },
        { label: 'Mentor', value: who.mentor },
        {
          label: 'Dates',
          value: `${dayText(summary.started, 'long') || 'not recorded'} to ${dayText(summary.ended, 'long') || 'not recorded'}`,
        },
        { label: 'Sessions held', value: String(summary.held) },
      ],
    },
    { type: 'heading', level: 2, text: 'Goals' },
    ...(summary.goals.length
      ? summary.goals.flatMap((goal): Block[] => [
          { type: 'heading', level: 3, text: goal.what.trim() || 'A goal with no words' },
          {
            type: 'fields',
            items: [
              {
                label: 'How it ended',
                value: `${OUTCOME_TEXT[goal.outcome]}${goal.closedOn ? `, ${dayText(goal.closedOn, 'long')}` : ''}`,
              },
              ...(goal.evidence.trim() ? [{ label: 'Evidence agreed', value: goal.evidence }] : []),
            ],
          },
        ])
      : [{ type: 'paragraph' as const, text: 'No goals were recorded.' }]),
    { type: 'heading', level: 2, text: 'What each learned' },
    { type: 'heading', level: 3, text: personLabel(summary, 'mentee') },
    { type: 'paragraph', text: summary.learned.mentee.trim() || 'Nothing written.' },
    { type: 'heading', level: 3, text: personLabel(summary, 'mentor') },
    { type: 'paragraph', text: summary.learned.mentor.trim() || 'Nothing written.' },
    { type: 'heading', level: 2, text: `What comes next for ${who.mentee}` },
    { type: 'paragraph', text: summary.next.trim() || 'Nothing written.' },
    { type: 'signature', role: 'Mentor', name: summary.mentor },
  ];
}
