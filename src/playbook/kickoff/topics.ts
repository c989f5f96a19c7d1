/**
 * The kickoff checklist's domain: the topics a pair settles in the kickoff (brief section E
 * and the agreements of section C), and the rules that read and check the answers (their shape is
 * in ../documents/kickoff.ts, re-exported here). The checklist island, the Markdown agreement and
 * the blank template all come from this file.
 */
import type {
  CadenceId,
  GoalOutcome,
  KickoffState,
  SchedulerId,
  TopicId,
} from '../documents/kickoff';

export * from '../documents/kickoff';

/** How often the pair meets, in words. */
export const CADENCES = [
  { id: 'weekly', label: 'Weekly' },
  { id: 'every-two-weeks', label: 'Every two weeks' },
  { id: 'monthly', label: 'Monthly' },
  { id: 'ad-hoc', label: 'When needed (booked by the mentee)' },
] as const satisfies readonly { id: CadenceId; label: string }[];

/** Who sends and moves the invites, in words. */
export const SCHEDULERS = [
  { id: 'mentee', label: 'The mentee' },
  { id: 'mentor', label: 'The mentor' },
  { id: 'both', label: 'Either of us' },
] as const satisfies readonly { id: SchedulerId; label: string }[];

/** What the pair decides once the direction is set: to go ahead, or not yet. */
export const GO_AHEAD = [
  { id: 'go', label: 'We go ahead' },
  { id: 'not-yet', label: 'Not yet' },
] as const satisfies readonly { id: KickoffState['goAhead']; label: string }[];

/** How a goal ended, in words. */
export const GOAL_OUTCOMES = [
  { id: 'reached', label: 'Reached' },
  { id: 'dropped', label: 'Dropped' },
] as const satisfies readonly { id: Exclude<GoalOutcome, ''>; label: string }[];

/** The stages the checklist groups its topics into, in the order a kickoff meeting meets them. */
export const STAGES = [
  { id: 'know-each-other', title: 'Get to know each other' },
  { id: 'direction', title: 'Set the direction' },
  { id: 'how-you-work', title: "Agree how you'll work" },
  { id: 'plan-for-change', title: 'Plan for change' },
] as const;

/** A stage's identifier. */
export type StageId = (typeof STAGES)[number]['id'];

/**
 * The stage the go-ahead follows: "Go, or not yet" is a step of its own once the direction is set
 * and before the pair agrees how they will work (stored as `goAhead`, outside every topic).
 */
export const GO_AHEAD_AFTER: StageId = 'direction';

/** The go-ahead's step: the checklist's heading for it has the id `stage-go-ahead`. */
export const GO_AHEAD_STEP = { id: 'go-ahead', title: 'Go, or not yet' } as const;

/** The checklist's steps in the order it shows them: its stages, with the go-ahead's in its place. */
export const CHECKLIST_STEPS: readonly { id: string; title: string }[] = STAGES.flatMap<{
  id: string;
  title: string;
}>((stage) => (stage.id === GO_AHEAD_AFTER ? [stage, GO_AHEAD_STEP] : [stage]));

/** The section of the agreement document a topic's answer appears in. */
export type AgreementSectionId =
  | 'pair'
  | 'goal'
  | 'meetings'
  | 'between'
  | 'first-win'
  | 'progress'
  | 're-evaluate'
  | 'roles'
  | 'topics'
  | 'challenges'
  | 'about-us';

/** One thing to talk about and agree on in the kickoff. */
export interface KickoffTopic {
  id: TopicId;
  stage: StageId;
  title: string;
  agreementSection: AgreementSectionId;
}

/** The checklist's topics, in the order the page shows them. */
export const TOPICS: readonly KickoffTopic[] = [
  {
    id: 'backgrounds',
    stage: 'know-each-other',
    title: 'Backgrounds',
    agreementSection: 'about-us',
  },
  {
    id: 'hopes',
    stage: 'know-each-other',
    title: "What's in it for each of you",
    agreementSection: 'about-us',
  },
  {
    id: 'roles',
    stage: 'know-each-other',
    title: 'Roles and expectations',
    agreementSection: 'roles',
  },
  {
    id: 'known',
    stage: 'know-each-other',
    title: 'What the mentee already knows',
    agreementSection: 'about-us',
  },
  {
    id: 'is-mentorship',
    stage: 'direction',
    title: 'It is a mentorship',
    agreementSection: 'pair',
  },
  {
    id: 'goal',
    stage: 'direction',
    title: 'The goal',
    agreementSection: 'goal',
  },
  {
    id: 'topics',
    stage: 'direction',
    title: 'Topics to work on',
    agreementSection: 'topics',
  },
  {
    id: 'first-win',
    stage: 'direction',
    title: 'A first-month win',
    agreementSection: 'first-win',
  },
  {
    id: 'progress',
    stage: 'direction',
    title: "How you'll judge progress",
    agreementSection: 'progress',
  },
  {
    id: 'cadence',
    stage: 'how-you-work',
    title: 'Cadence and session length',
    agreementSection: 'meetings',
  },
  {
    id: 'scheduling',
    stage: 'how-you-work',
    title: 'Who schedules',
    agreementSection: 'meetings',
  },
  {
    id: 'format',
    stage: 'how-you-work',
    title: 'The format',
    agreementSection: 'meetings',
  },
  {
    id: 'between-sessions',
    stage: 'how-you-work',
    title: 'Work between sessions',
    agreementSection: 'between',
  },
  {
    id: 'contact',
    stage: 'how-you-work',
    title: 'Contact between sessions',
    agreementSection: 'between',
  },
  {
    id: 'decisions',
    stage: 'how-you-work',
    title: 'Who makes the decisions',
    agreementSection: 'roles',
  },
  {
    id: 'managers',
    stage: 'how-you-work',
    title: 'Telling your managers',
    agreementSection: 'roles',
  },
  {
    id: 're-evaluate',
    stage: 'plan-for-change',
    title: 'When to stop and re-evaluate',
    agreementSection: 're-evaluate',
  },
  {
    id: 'challenges',
    stage: 'plan-for-change',
    title: 'Challenges you can see coming',
    agreementSection: 'challenges',
  },
];

/** How far the pair has got: topics agreed overall and in each stage. */
export interface KickoffProgress {
  agreed: number;
  total: number;
  stages: { id: StageId; title: string; agreed: number; total: number }[];
}

/** Counts the agreed topics, overall and per stage. */
export function kickoffProgress(state: KickoffState): KickoffProgress {
  const stages = STAGES.map((stage) => {
    const topics = TOPICS.filter((t) => t.stage === stage.id);
    return {
      id: stage.id,
      title: stage.title,
      agreed: topics.filter((t) => state.topics[t.id].agreed).length,
      total: topics.length,
    };
  });
  return {
    agreed: stages.reduce((sum, s) => sum + s.agreed, 0),
    total: TOPICS.length,
    stages,
  };
}
