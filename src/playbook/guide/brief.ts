/**
 * The content brief's items, each with the guide section that teaches it. The traceability test
 * checks every section exists in the built site, so editing a page cannot silently drop a topic,
 * and the playbooks link their hints to these same sections.
 */

import type { SourceId } from './sources';

/** A heading on a guide page: the page's path below the site root and the heading's id. */
export interface GuideSection {
  page: string;
  heading: string;
}

/** One item of the content brief. */
export interface BriefItem {
  id: string;
  /** What the item asks the guide to teach, in a few words. */
  topic: string;
  coveredBy: GuideSection;
}

const whatItIs = (heading: string): GuideSection => ({
  page: 'start-here/what-mentorship-is',
  heading,
});
const beforeYouStart = (heading: string): GuideSection => ({
  page: 'practices/before-you-start',
  heading,
});
const whileYouMeet = (heading: string): GuideSection => ({
  page: 'practices/while-you-meet',
  heading,
});
const overTime = (heading: string): GuideSection => ({ page: 'practices/over-time', heading });
const kickoff = (heading: string): GuideSection => ({ page: 'conversations/kickoff', heading });
const agenda = (heading: string): GuideSection => ({
  page: 'conversations/between-meetings',
  heading,
});

/** Every item of brief sections A to G, in the brief's order. */
export const BRIEF_ITEMS: readonly BriefItem[] = [
  {
    id: 'A1',
    topic: 'A collaboration to grow a skill, where both people learn',
    coveredBy: whatItIs('a-working-definition'),
  },
  {
    id: 'A2',
    topic: 'Roles follow experience in the skill, not title',
    coveredBy: whatItIs('experience-in-the-skill-decides-the-roles'),
  },
  {
    id: 'A3',
    topic: 'Mutual respect and a shared intent to learn',
    coveredBy: whatItIs('respect-and-a-shared-intent-to-learn'),
  },
  {
    id: 'A4',
    topic: 'Both sides get something out of it',
    coveredBy: whatItIs('both-people-should-get-something-out-of-it'),
  },

  {
    id: 'B1',
    topic: 'The guidance is a starting point to adapt',
    coveredBy: whatItIs('guidance-to-adapt'),
  },
  {
    id: 'B2',
    topic: 'The two ground rules: mutual respect and clear communication',
    coveredBy: { page: 'start-here/ground-rules', heading: 'the-two-ground-rules' },
  },

  {
    id: 'C1',
    topic: 'Agree on the basics, and say it is a mentorship',
    coveredBy: beforeYouStart('agree-on-the-basics-first'),
  },
  {
    id: 'C2',
    topic: 'Choose a cadence and what happens between sessions',
    coveredBy: beforeYouStart('choose-a-cadence-together'),
  },
  {
    id: 'C3',
    topic: 'The mentee owns scheduling, and stopping is a signal',
    coveredBy: beforeYouStart('let-the-mentee-own-the-calendar'),
  },
  { id: 'C4', topic: 'Have a specific goal', coveredBy: beforeYouStart('set-a-specific-goal') },
  {
    id: 'C5',
    topic: 'Agree when to stop and re-evaluate',
    coveredBy: overTime('agree-when-to-stop-and-re-evaluate'),
  },
  {
    id: 'C6',
    topic: 'Pick a session format and agree the work between sessions',
    coveredBy: whileYouMeet('pick-a-format-and-agree-the-work-between-sessions'),
  },
  {
    id: 'C7',
    topic: 'Let the mentee make decisions; mind power dynamics',
    coveredBy: whileYouMeet('let-the-mentee-make-decisions'),
  },
  {
    id: 'C8',
    topic: 'Working agreements can change, explicitly',
    coveredBy: overTime('change-the-agreement-out-loud'),
  },
  {
    id: 'C9',
    topic: 'The best mentor is often only a few steps ahead',
    coveredBy: beforeYouStart('find-a-mentor-a-few-steps-ahead'),
  },
  {
    id: 'C10',
    topic: 'Be explicit about what the mentee already knows',
    coveredBy: whileYouMeet('ask-what-the-mentee-already-knows'),
  },
  {
    id: 'C11',
    topic: "Frame explanations in the listener's background",
    coveredBy: whileYouMeet('explain-in-terms-the-listener-already-knows'),
  },
  {
    id: 'C12',
    topic: 'Go beyond the code: context, alternatives, sources',
    coveredBy: whileYouMeet('go-beyond-the-code'),
  },
  { id: 'C13', topic: 'Tell your managers', coveredBy: beforeYouStart('tell-your-managers') },

  {
    id: 'D1',
    topic: 'Format: ongoing mentee project',
    coveredBy: { page: 'formats/mentee-project', heading: 'when-it-fits' },
  },
  {
    id: 'D2',
    topic: 'Format: regular pairing',
    coveredBy: { page: 'formats/regular-pairing', heading: 'when-it-fits' },
  },
  {
    id: 'D3',
    topic: 'Format: code review and deep dives',
    coveredBy: { page: 'formats/code-review-and-deep-dives', heading: 'when-it-fits' },
  },
  {
    id: 'D4',
    topic: 'Format: Q&A sessions',
    coveredBy: { page: 'formats/qa-sessions', heading: 'when-it-fits' },
  },
  {
    id: 'D5',
    topic: 'Invent, mix and change formats',
    coveredBy: { page: 'formats/overview', heading: 'invent-mix-and-switch' },
  },

  { id: 'E1', topic: 'Kickoff: backgrounds', coveredBy: kickoff('backgrounds') },
  {
    id: 'E2',
    topic: "Kickoff: what's in it for each of you",
    coveredBy: kickoff('whats-in-it-for-each-of-you'),
  },
  {
    id: 'E3',
    topic: 'Kickoff: roles and expectations',
    coveredBy: kickoff('roles-and-expectations'),
  },
  { id: 'E4', topic: 'Kickoff: topics to work on', coveredBy: kickoff('topics-to-work-on') },
  { id: 'E5', topic: 'Kickoff: cadence', coveredBy: kickoff('cadence') },
  {
    id: 'E6',
    topic: 'Kickoff: contact between sessions',
    coveredBy: kickoff('contact-between-sessions'),
  },
  {
    id: 'E7',
    topic: 'Kickoff: a short-term win for the first month',
    coveredBy: kickoff('a-first-month-win'),
  },
  {
    id: 'E8',
    topic: 'Kickoff: how you will judge progress',
    coveredBy: kickoff('how-youll-judge-progress'),
  },
  {
    id: 'E9',
    topic: 'Kickoff: challenges you can see coming',
    coveredBy: kickoff('challenges-you-can-see-coming'),
  },

  { id: 'F1', topic: 'Agenda: key things since last time', coveredBy: agenda('since-last-time') },
  {
    id: 'F2',
    topic: "Agenda: reflection on last time's action items",
    coveredBy: agenda('last-times-action-items'),
  },
  { id: 'F3', topic: 'Agenda: a current challenge', coveredBy: agenda('a-current-challenge') },
  { id: 'F4', topic: 'Agenda: a recent success', coveredBy: agenda('a-recent-success') },

  {
    id: 'G1',
    topic: 'The first six sessions after the kickoff',
    coveredBy: { page: 'conversations/first-six-sessions', heading: 'what-each-session-is-for' },
  },
  {
    id: 'G2',
    topic: 'Feedback both ways: what I saw, what it did, a question',
    coveredBy: { page: 'practices/feedback', heading: 'saw-did-ask-a-three-part-model' },
  },
  {
    id: 'G3',
    topic: 'Listening and asking: reflecting back, waiting, open questions, GROW',
    coveredBy: { page: 'practices/listening-and-asking', heading: 'reflect-back-what-you-heard' },
  },
  {
    id: 'G4',
    topic: 'Honest limits: what confidentiality cannot cover, and where problems go',
    coveredBy: { page: 'start-here/ground-rules', heading: 'what-confidentiality-cannot-cover' },
  },
  {
    id: 'G5',
    topic: 'Goals that can be checked, and a review built from their evidence',
    coveredBy: { page: 'conversations/first-six-sessions', heading: 'keep-the-evidence-as-you-go' },
  },
  {
    id: 'G6',
    topic: 'Running a mentoring program',
    coveredBy: { page: 'start-here/for-coordinators', heading: 'match-on-the-skill-not-the-title' },
  },
];

const stuck = (heading: string): GuideSection => ({
  page: 'conversations/when-pairs-get-stuck',
  heading,
});

/**
 * Situations beyond the brief where pairs get stuck, each with its section: held to the same
 * traceability test as the brief's items.
 */
export const SITUATIONS: readonly BriefItem[] = [
  {
    id: 'S1',
    topic: 'Mentor and manager, or two teams',
    coveredBy: stuck('mentor-and-manager-or-two-teams'),
  },
  {
    id: 'S2',
    topic: 'Remote and asynchronous pairs',
    coveredBy: stuck('remote-and-asynchronous-pairs'),
  },
  { id: 'S3', topic: 'Deciding whether to go ahead', coveredBy: stuck('go-or-not-yet') },
  { id: 'S4', topic: "The mentor's side of trouble", coveredBy: stuck('when-the-mentor-is-stuck') },
  {
    id: 'S5',
    topic: 'An expert mentor bridging a large skill gap',
    coveredBy: stuck('bridging-a-large-skill-gap'),
  },
];

/**
 * The article each brief section's items come from: the practices, formats and ground rules from
 * djspinmonkey's, the kickoff topics and the agenda from the Pragmatic Engineer's. Section G is
 * the guide's own depth; a section there that leans on another work credits it (CREDITED_WORKS).
 */
const SECTION_SOURCES: Record<string, SourceId> = {
  A: 'djspinmonkey',
  B: 'djspinmonkey',
  C: 'djspinmonkey',
  D: 'djspinmonkey',
  E: 'pragmatic-engineer',
  F: 'pragmatic-engineer',
};

/** Items that come from the other article than the rest of their section. */
const ITEM_SOURCES: Readonly<Record<string, SourceId>> = {
  // The two-way street.
  A4: 'pragmatic-engineer',
  // The large skill gap, from the practice of choosing a mentor (C9).
  S5: 'djspinmonkey',
};

/** The article a brief item (or situation) comes from; undefined for what is ours alone. */
export const sourceOf = (item: BriefItem): SourceId | undefined =>
  ITEM_SOURCES[item.id] ?? SECTION_SOURCES[item.id.charAt(0)];

/**
 * Pages that lean on an article beyond the brief items they teach: the kickoff's list of what its
 * agreement must cover (djspinmonkey's practices), and the pages for each role, built on the same
 * practices.
 */
export const ALSO_LEANS_ON: Readonly<Record<string, readonly SourceId[]>> = {
  'conversations/kickoff': ['djspinmonkey'],
  'start-here/for-mentors': ['djspinmonkey'],
  'start-here/for-mentees': ['djspinmonkey'],
};

/** Every page that leans on an article, with the articles it must credit. */
export function pageCredits(): Map<string, Set<SourceId>> {
  const credits = new Map<string, Set<SourceId>>();
  const add = (page: string, source: SourceId) =>
    credits.set(page, (credits.get(page) ?? new Set()).add(source));
  for (const item of [...BRIEF_ITEMS, ...SITUATIONS]) {
    const source = sourceOf(item);
    if (source) add(item.coveredBy.page, source);
  }
  for (const [page, sources] of Object.entries(ALSO_LEANS_ON))
    for (const source of sources) add(page, source);
  return credits;
}

/** The root-relative link to a guide section, e.g. "/practices/over-time/#change-the-agreement-out-loud". */
export function sectionHref({ page, heading }: GuideSection): string {
  return `/${page}/#${heading}`;
}

/** The guide section a brief item is taught in; throws for an id the brief does not have. */
export function briefSection(id: string): GuideSection {
  const item = BRIEF_ITEMS.find((i) => i.id === id);
  if (!item) throw new Error(`Unknown brief item ${id}.`);
  return item.coveredBy;
}
