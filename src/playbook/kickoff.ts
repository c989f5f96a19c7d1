/**
 * The kickoff checklist's domain: the topics a pair settles in their first meeting (brief section E
 * and the agreements of section C), the answers' shape, and the rules that read and check it.
 * The checklist island, the Markdown agreement and the blank template all come from this file.
 */
import { isIsoDate } from './dates';
import { FORMATS, type FormatId } from './formats';
import { parseMinutes, type MinutesResult } from './minutes';

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

/** Every topic's identifier; stored answers are keyed by these, so never rename one. */
export type TopicId =
  | 'backgrounds'
  | 'hopes'
  | 'roles'
  | 'known'
  | 'is-mentorship'
  | 'goal'
  | 'topics'
  | 'first-win'
  | 'progress'
  | 'cadence'
  | 'scheduling'
  | 'format'
  | 'between-sessions'
  | 'contact'
  | 'decisions'
  | 'managers'
  | 're-evaluate'
  | 'challenges';

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

/** How often the pair meets. */
export const CADENCES = [
  { id: 'weekly', label: 'Weekly' },
  { id: 'every-two-weeks', label: 'Every two weeks' },
  { id: 'monthly', label: 'Monthly' },
  { id: 'ad-hoc', label: 'When needed (booked by the mentee)' },
] as const;

/** A cadence's identifier. */
export type CadenceId = (typeof CADENCES)[number]['id'];

/** Who sends and moves the invites. */
export const SCHEDULERS = [
  { id: 'mentee', label: 'The mentee' },
  { id: 'mentor', label: 'The mentor' },
  { id: 'both', label: 'Either of us' },
] as const;

/** A scheduler's identifier. */
export type SchedulerId = (typeof SCHEDULERS)[number]['id'];

/** Session lengths the checklist accepts, in minutes. */
export const SESSION_MINUTES = { min: 10, max: 240, step: 5 } as const;

/** Reads a typed session length: null when empty, a whole number in range, or an error to show. */
export function parseSessionMinutes(text: string): MinutesResult {
  return parseMinutes(text, SESSION_MINUTES, true);
}

/** One topic's answer. */
export interface TopicAnswer {
  agreed: boolean;
  notes: string;
}

/**
 * Everything the pair has filled in. This is the shape stored in the browser (as JSON, with a
 * `version` field added by the store), so a change to it needs a new version and a migration.
 */
export interface KickoffState {
  pair: { mentor: string; mentee: string; startDate: string };
  topics: Record<TopicId, TopicAnswer>;
  cadence: { frequency: CadenceId | ''; minutes: number | null };
  scheduler: SchedulerId | '';
  reevaluate: { mode: 'date' | 'condition' | ''; date: string; condition: string };
  formats: FormatId[];
}

/** A checklist with nothing filled in. */
export function emptyKickoff(): KickoffState {
  return {
    pair: { mentor: '', mentee: '', startDate: '' },
    topics: Object.fromEntries(TOPICS.map((t) => [t.id, { agreed: false, notes: '' }])) as Record<
      TopicId,
      TopicAnswer
    >,
    cadence: { frequency: '', minutes: null },
    scheduler: '',
    reevaluate: { mode: '', date: '', condition: '' },
    formats: [],
  };
}

type Check<T> = (value: unknown) => value is T;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Check<string> = (v): v is string => typeof v === 'string';
const isBoolean: Check<boolean> = (v): v is boolean => typeof v === 'boolean';
const isDateOrEmpty: Check<string> = (v): v is string =>
  v === '' || (typeof v === 'string' && isIsoDate(v));
const oneOf =
  <T extends string>(ids: readonly T[]): Check<T | ''> =>
  (v): v is T | '' =>
    v === '' || ids.includes(v as T);
const isMinutes: Check<number | null> = (v): v is number | null =>
  v === null ||
  (Number.isInteger(v) &&
    (v as number) >= SESSION_MINUTES.min &&
    (v as number) <= SESSION_MINUTES.max);
const isFormatList: Check<FormatId[]> = (v): v is FormatId[] => {
  const ids: readonly string[] = FORMATS.map((f) => f.id);
  return Array.isArray(v) && v.every((id) => ids.includes(id)) && new Set(v).size === v.length;
};

/** Thrown inside parseKickoffState only, and caught there: the data has a field of the wrong type. */
class InvalidField extends Error {}

/** `source[key]` when it passes the check, the fallback when it is missing, otherwise InvalidField. */
function read<T>(source: Record<string, unknown>, key: string, check: Check<T>, fallback: T): T {
  const value = source[key];
  if (value === undefined) return fallback;
  if (check(value)) return value;
  throw new InvalidField(key);
}

/** `source[key]` as an object to read fields from: {} when missing, otherwise InvalidField. */
function group(source: Record<string, unknown>, key: string): Record<string, unknown> {
  return read(source, key, isObject, {});
}

/**
 * Checks stored answers and fills in what is missing. A missing field or topic (saved before it
 * existed) gets its empty value; a field of the wrong type means the data is damaged or not ours,
 * and the result is undefined so the caller can keep the original aside rather than guess.
 */
export function parseKickoffState(input: unknown): KickoffState | undefined {
  if (!isObject(input)) return undefined;
  try {
    const pair = group(input, 'pair');
    const cadence = group(input, 'cadence');
    const reevaluate = group(input, 'reevaluate');
    const topicsIn = group(input, 'topics');
    const topics = emptyKickoff().topics;
    for (const topic of TOPICS) {
      const answer = group(topicsIn, topic.id);
      topics[topic.id] = {
        agreed: read(answer, 'agreed', isBoolean, false),
        notes: read(answer, 'notes', isString, ''),
      };
    }
    return {
      pair: {
        mentor: read(pair, 'mentor', isString, ''),
        mentee: read(pair, 'mentee', isString, ''),
        startDate: read(pair, 'startDate', isDateOrEmpty, ''),
      },
      topics,
      cadence: {
        frequency: read(cadence, 'frequency', oneOf(CADENCES.map((c) => c.id)), ''),
        minutes: read(cadence, 'minutes', isMinutes, null),
      },
      scheduler: read(input, 'scheduler', oneOf(SCHEDULERS.map((c) => c.id)), ''),
      reevaluate: {
        mode: read(reevaluate, 'mode', oneOf(['date', 'condition'] as const), ''),
        date: read(reevaluate, 'date', isDateOrEmpty, ''),
        condition: read(reevaluate, 'condition', isString, ''),
      },
      formats: [...read(input, 'formats', isFormatList, [])],
    };
  } catch (error) {
    if (error instanceof InvalidField) return undefined;
    throw error;
  }
}

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

/** Whether nothing at all has been filled in, so there is nothing to lose by starting over. */
export function isEmptyKickoff(state: KickoffState): boolean {
  return JSON.stringify(state) === JSON.stringify(emptyKickoff());
}
