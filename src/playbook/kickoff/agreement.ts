/**
 * The mentorship agreement: one function turns kickoff answers into document blocks, which become
 * the downloadable Markdown, the page's live preview and (from empty answers) the blank template.
 */
import { formatNames } from '../guide/formats';
import {
  CADENCES,
  GOAL_OUTCOMES,
  GO_AHEAD,
  SCHEDULERS,
  TOPICS,
  openGoals,
  type AgreementSectionId,
  type Goal,
  type KickoffState,
  type KickoffTopic,
  type TopicId,
} from './topics';
import { cleanLine, type Block } from '../core/markdown';
import { cleanText } from '../core/blocks/text';
import { count } from '../core/words';
import type { Program } from '../documents/program';

/** A sentence's clause starting lower case ("The project is live" → "the project is live"), acronyms kept. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** What the document says for anything not answered yet. */
export const TO_AGREE = 'Still to agree.';

/** The agreement's sections in document order, and the heading each has. */
export const AGREEMENT_SECTIONS: readonly { id: AgreementSectionId; title: string }[] = [
  { id: 'pair', title: 'The pair' },
  { id: 'goal', title: 'Goal' },
  { id: 'meetings', title: 'How and how often we meet' },
  { id: 'between', title: 'Between sessions' },
  { id: 'first-win', title: 'First-month win' },
  { id: 'progress', title: "How we'll judge progress" },
  { id: 're-evaluate', title: 'When we re-evaluate' },
  { id: 'roles', title: 'Who does what' },
  { id: 'topics', title: 'Topics' },
  { id: 'challenges', title: 'Expected challenges' },
  { id: 'about-us', title: 'About us' },
];

/** Options for building the agreement. */
export interface AgreementOptions {
  /** The date the document is written, YYYY-MM-DD; the blank template has none. */
  writtenOn?: string;
}

const or = (value: string, fallback: string) => (cleanLine(value) === '' ? fallback : value);

function title(state: KickoffState): string {
  const mentor = cleanLine(state.pair.mentor);
  const mentee = cleanLine(state.pair.mentee);
  if (!mentor && !mentee) return 'Mentorship agreement';
  return `Mentorship agreement: ${mentee || 'the mentee'} and ${mentor || 'the mentor'}`;
}

/** The programme in words: "Acme mentoring, round ends 2027-06-30, contact mentoring@acme.example". */
export const describeProgram = ({ name, roundEnds, contact }: Program) =>
  [name, roundEnds && `round ends ${roundEnds}`, cleanLine(contact) && `contact ${contact}`]
    .filter(Boolean)
    .join(', ');

/** How often, how long and when, in words: "Every two weeks, 45 minutes a session, at 10:00". */
export function describeCadence({ cadence }: KickoffState): string {
  const frequency = CADENCES.find((c) => c.id === cadence.frequency)?.label;
  const length = cadence.minutes === null ? undefined : `${cadence.minutes} minutes a session`;
  const time = cadence.time && `, at ${cadence.time}`;
  if (!frequency && !length)
    return cadence.time ? `At ${cadence.time}; how often and how long still to agree` : TO_AGREE;
  return `${frequency ?? 'How often: still to agree'}, ${length ?? 'session length still to agree'}${time}`;
}

/** The chosen formats in words, or still to agree. */
export function describeFormats({ formats }: KickoffState): string {
  return formatNames(formats) || TO_AGREE;
}

/** A review condition's count in words: "after 6 sessions"; '' when none is set. */
export function describeAfter({ after }: KickoffState['reevaluate']): string {
  if (after.count === null) return '';
  if (after.unit === '') return `after ${after.count} sessions or weeks (which, still to agree)`;
  return `after ${count(after.count, after.unit.slice(0, -1))}`;
}

/** When the pair looks back, in words. */
export function describeReevaluation({ reevaluate }: KickoffState): string {
  if (reevaluate.mode === 'date')
    return reevaluate.date ? `On ${reevaluate.date}` : 'On a date still to agree';
  if (reevaluate.mode === 'condition') {
    const condition = cleanLine(reevaluate.condition);
    const after = describeAfter(reevaluate);
    if (!condition) return after ? `A${after.slice(1)}` : 'When a condition still to agree is met';
    return `When ${lowerFirst(condition)}${after ? `, or ${after}` : ''}`;
  }
  return TO_AGREE;
}

/** A goal as the agreement lists it: what, the evidence, by when, and how it ended if it did. */
function goalFields(goal: Goal, n: number): Block {
  const outcome = GOAL_OUTCOMES.find((o) => o.id === goal.outcome)?.label;
  return {
    type: 'fields',
    items: [
      { label: `${outcome ? 'Closed goal' : 'Goal'} ${n}`, value: or(goal.what, TO_AGREE) },
      { label: "How we'll know", value: or(goal.evidence, TO_AGREE) },
      { label: 'By', value: goal.by || 'No date set' },
      ...(outcome
        ? [{ label: 'Closed', value: `${outcome}${goal.closedOn && ` on ${goal.closedOn}`}` }]
        : []),
    ],
  };
}

function sectionFields(
  section: AgreementSectionId,
  state: KickoffState,
  options: AgreementOptions,
): Block[] {
  switch (section) {
    case 'pair':
      return [
        {
          type: 'fields',
          items: [
            { label: 'Mentor', value: or(state.pair.mentor, TO_AGREE) },
            { label: 'Mentee', value: or(state.pair.mentee, TO_AGREE) },
            { label: 'Starting on', value: state.pair.startDate || TO_AGREE },
            { label: 'Written on', value: options.writtenOn ?? 'Fill in when you agree it.' },
            {
              label: 'Going ahead',
              value: GO_AHEAD.find((g) => g.id === state.goAhead)?.label ?? TO_AGREE,
            },
            ...(state.program.name.trim()
              ? [{ label: 'Programme', value: describeProgram(state.program) }]
              : []),
          ],
        },
      ];
    case 'meetings':
      return [
        {
          type: 'fields',
          items: [
            { label: 'Meetings', value: describeCadence(state) },
            {
              label: 'Who schedules',
              value: SCHEDULERS.find((s) => s.id === state.scheduler)?.label ?? TO_AGREE,
            },
            { label: 'Format', value: describeFormats(state) },
          ],
        },
      ];
    case 'goal': {
      // Open goals first, numbered as the checklist numbers them; then those a review closed.
      const closed = state.goals.filter((goal) => goal.outcome !== '');
      const blocks = [openGoals(state), closed].flatMap((goals) =>
        goals.map((goal, i) => goalFields(goal, i + 1)),
      );
      return blocks.length
        ? blocks
        : [{ type: 'fields', items: [{ label: 'Goals', value: TO_AGREE }] }];
    }
    case 're-evaluate':
      return [
        { type: 'fields', items: [{ label: 'We look back', value: describeReevaluation(state) }] },
      ];
    default:
      return [];
  }
}

/** Whether a topic's fields above (goals, cadence, scheduler, formats, look-back) hold an answer. */
const FIELDS_ANSWERED: Partial<Record<TopicId, (state: KickoffState) => boolean>> = {
  goal: (s) => s.goals.length > 0,
  cadence: (s) => s.cadence.frequency !== '' || s.cadence.minutes !== null,
  scheduling: (s) => s.scheduler !== '',
  format: (s) => s.formats.length > 0,
  're-evaluate': (s) => s.reevaluate.mode !== '',
};

function topicBlocks(topic: KickoffTopic, state: KickoffState, withHeading: boolean): Block[] {
  const answer = state.topics[topic.id];
  const notes = cleanText(answer.notes);
  const answered = Boolean(notes) || Boolean(FIELDS_ANSWERED[topic.id]?.(state));
  const blocks: Block[] = withHeading ? [{ type: 'heading', level: 3, text: topic.title }] : [];
  blocks.push({
    type: 'paragraph',
    text: answer.agreed ? 'Agreed.' : answered ? 'Not agreed yet.' : TO_AGREE,
  });
  if (notes) blocks.push({ type: 'paragraph', text: notes });
  return blocks;
}

/** The agreement as document blocks, built from the kickoff answers. */
export function agreementBlocks(state: KickoffState, options: AgreementOptions = {}): Block[] {
  const blocks: Block[] = [{ type: 'heading', level: 1, text: title(state) }];
  for (const section of AGREEMENT_SECTIONS) {
    const topics = TOPICS.filter((t) => t.agreementSection === section.id);
    blocks.push({ type: 'heading', level: 2, text: section.title });
    blocks.push(...sectionFields(section.id, state, options));
    // One topic in a section needs no heading of its own, unless fields stand before it.
    const withHeadings = topics.length > 1 || sectionFields(section.id, state, options).length > 0;
    for (const topic of topics) blocks.push(...topicBlocks(topic, state, withHeadings));
  }
  blocks.push(
    { type: 'heading', level: 2, text: 'Changing this agreement' },
    {
      type: 'paragraph',
      text:
        'Either of us can suggest a change at any time. We talk it through, agree exactly what changes and ' +
        'from when, and update this document so that it always says what we do now.',
    },
    { type: 'heading', level: 2, text: 'Signatures' },
    { type: 'signature', role: 'Mentor', name: or(state.pair.mentor, '') },
    { type: 'signature', role: 'Mentee', name: or(state.pair.mentee, '') },
  );
  return blocks;
}
