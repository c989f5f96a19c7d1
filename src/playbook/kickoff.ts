/**
 * The kickoff checklist's domain: the topics a pair settles in their first meeting (brief section E
 * and the agreements of section C), the answers' shape, and the rules that read and check it.
 * The checklist island, the Markdown agreement and the blank template all come from this file.
 */
import type { KickoffState, TopicId } from './kickoff-document';

export * from './kickoff-document';

/** The stages the checklist groups its topics into, in the order a kickoff meeting meets them. */
export const STAGES = [
  { id: 'know-each-other', title: 'Get to know each other' },
  { id: 'direction', title: 'Set the direction' },
  { id: 'how-you-work', title: "Agree how you'll work" },
  { id: 'plan-for-change', title: 'Plan for change' },
] as const;

/** A stage's identifier. */
export type StageId = (typeof STAGES)[number]['id'];

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
  /** One line on what to settle, shown under the checkbox. */
  hint: string;
  /** The brief item it comes from; its guide section is where the hint links to. */
  briefId: string;
  agreementSection: AgreementSectionId;
}

/** The checklist's topics, in the order the page shows them. */
export const TOPICS: readonly KickoffTopic[] = [
  {
    id: 'backgrounds',
    stage: 'know-each-other',
    title: 'Backgrounds',
    briefId: 'E1',
    agreementSection: 'about-us',
    hint: 'Share where you each come from, as people and as developers.',
  },
  {
    id: 'hopes',
    stage: 'know-each-other',
    title: "What's in it for each of you",
    briefId: 'E2',
    agreementSection: 'about-us',
    hint: 'What each of you hopes to gain, and where each wants to grow.',
  },
  {
    id: 'roles',
    stage: 'know-each-other',
    title: 'Roles and expectations',
    briefId: 'E3',
    agreementSection: 'roles',
    hint: 'What the mentee wants from the mentor, and what the mentor expects of the mentee.',
  },
  {
    id: 'known',
    stage: 'know-each-other',
    title: 'What the mentee already knows',
    briefId: 'C10',
    agreementSection: 'about-us',
    hint: 'Where the mentee is with the skill today, asked plainly and not as a test.',
  },
  {
    id: 'is-mentorship',
    stage: 'direction',
    title: 'It is a mentorship',
    briefId: 'C1',
    agreementSection: 'pair',
    hint: 'Say out loud who is mentoring whom, and in which skill.',
  },
  {
    id: 'goal',
    stage: 'direction',
    title: 'The goal',
    briefId: 'C4',
    agreementSection: 'goal',
    hint: 'One specific goal you could both check, broad or narrow.',
  },
  {
    id: 'topics',
    stage: 'direction',
    title: 'Topics to work on',
    briefId: 'E4',
    agreementSection: 'topics',
    hint: 'Areas of interest, where to grow, and anything pressing.',
  },
  {
    id: 'first-win',
    stage: 'direction',
    title: 'A first-month win',
    briefId: 'E7',
    agreementSection: 'first-win',
    hint: 'One area to grow in over the next month: start there.',
  },
  {
    id: 'progress',
    stage: 'direction',
    title: "How you'll judge progress",
    briefId: 'E8',
    agreementSection: 'progress',
    hint: 'The signs that will show the mentorship is working.',
  },
  {
    id: 'cadence',
    stage: 'how-you-work',
    title: 'Cadence and session length',
    briefId: 'E5',
    agreementSection: 'meetings',
    hint: 'How often and when you meet, and for how long.',
  },
  {
    id: 'scheduling',
    stage: 'how-you-work',
    title: 'Who schedules',
    briefId: 'C3',
    agreementSection: 'meetings',
    hint: 'Usually the mentee owns the invites; if they stop, the mentor checks in.',
  },
  {
    id: 'format',
    stage: 'how-you-work',
    title: 'The format',
    briefId: 'C6',
    agreementSection: 'meetings',
    hint: 'What a session looks like: a project, pairing, deep dives, Q&A, or a mix.',
  },
  {
    id: 'between-sessions',
    stage: 'how-you-work',
    title: 'Work between sessions',
    briefId: 'C6',
    agreementSection: 'between',
    hint: 'What each of you does between one session and the next.',
  },
  {
    id: 'contact',
    stage: 'how-you-work',
    title: 'Contact between meetings',
    briefId: 'E6',
    agreementSection: 'between',
    hint: 'Are quick questions in chat welcome? When is the mentor hard to reach?',
  },
  {
    id: 'decisions',
    stage: 'how-you-work',
    title: 'Who makes the decisions',
    briefId: 'C7',
    agreementSection: 'roles',
    hint: 'Which decisions the mentee makes, and how you will check the balance feels right.',
  },
  {
    id: 'managers',
    stage: 'how-you-work',
    title: 'Telling your managers',
    briefId: 'C13',
    agreementSection: 'roles',
    hint: 'Both managers know the mentorship exists, its goal and its time.',
  },
  {
    id: 're-evaluate',
    stage: 'plan-for-change',
    title: 'When to stop and re-evaluate',
    briefId: 'C5',
    agreementSection: 're-evaluate',
    hint: 'A date or a condition at which you look back and decide what next.',
  },
  {
    id: 'challenges',
    stage: 'plan-for-change',
    title: 'Challenges you can see coming',
    briefId: 'E9',
    agreementSection: 'challenges',
    hint: 'Name what could make this hard, so it is no surprise.',
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
