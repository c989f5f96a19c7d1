/**
 * What the kickoff checklist says about each topic beyond its title: a one-line hint and the guide
 * section that teaches it (from the brief). Resolved at build time and passed to the checklist as
 * props, so the page's JavaScript carries neither the hints nor the brief; the agreement needs
 * neither.
 */
import { briefSection, sectionHref } from '../guide/brief';
import { TOPICS, type TopicId } from './topics';

/** What the checklist says under each topic, and the brief item whose guide section it links to. */
export const TOPIC_GUIDE: Record<TopicId, { briefId: string; hint: string }> = {
  backgrounds: {
    briefId: 'E1',
    hint: 'Share where you each come from, as people and as developers.',
  },
  hopes: {
    briefId: 'E2',
    hint: 'What each of you hopes to gain, and where each wants to grow.',
  },
  roles: {
    briefId: 'E3',
    hint: 'What the mentee wants from the mentor, and what the mentor expects of the mentee.',
  },
  known: {
    briefId: 'C10',
    hint: 'Where the mentee is with the skill today, asked plainly and not as a test.',
  },
  'is-mentorship': {
    briefId: 'C1',
    hint: 'Say out loud who is mentoring whom, and in which skill.',
  },
  goal: {
    briefId: 'C4',
    hint: 'One specific goal you could both check, broad or narrow.',
  },
  topics: {
    briefId: 'E4',
    hint: 'Everything the mentee is curious about or stuck on, urgent items first.',
  },
  'first-win': {
    briefId: 'E7',
    hint: 'A thing you could show progress on within four weeks, to tackle first: a goal with a near date, added under the goal.',
  },
  progress: {
    briefId: 'E8',
    hint: "The signs that will show the mentorship is working: set them with each goal, under “How you'll know”.",
  },
  cadence: {
    briefId: 'E5',
    hint: 'How often and when you meet, and for how long.',
  },
  scheduling: {
    briefId: 'C3',
    hint: 'Usually the mentee owns the invites; if they stop, the mentor checks in.',
  },
  format: {
    briefId: 'C6',
    hint: 'What a session looks like: a project, pairing, deep dives, Q&A, or a mix.',
  },
  'between-sessions': {
    briefId: 'C6',
    hint: 'What each of you does between one session and the next.',
  },
  contact: {
    briefId: 'E6',
    hint: 'Are quick questions in chat welcome? When is the mentor hard to reach?',
  },
  decisions: {
    briefId: 'C7',
    hint: 'Which decisions the mentee makes, and how you will check the balance feels right.',
  },
  managers: {
    briefId: 'C13',
    hint: 'Both managers know the mentorship exists, its goal and its time.',
  },
  're-evaluate': {
    briefId: 'C5',
    hint: 'A date or a condition at which you look back and decide what next.',
  },
  challenges: {
    briefId: 'E9',
    hint: 'Name what could make this hard, so it is no surprise.',
  },
};

/** What the checklist shows under one topic: its hint and its guide link, from the site root. */
export interface TopicGuide {
  hint: string;
  href: string;
}

/** Each topic's hint and guide link, in the shape the checklist island takes as props. */
export function kickoffGuide(): Record<TopicId, TopicGuide> {
  return Object.fromEntries(
    TOPICS.map((t) => [
      t.id,
      { hint: TOPIC_GUIDE[t.id].hint, href: sectionHref(briefSection(TOPIC_GUIDE[t.id].briefId)) },
    ]),
  ) as Record<TopicId, TopicGuide>;
}
