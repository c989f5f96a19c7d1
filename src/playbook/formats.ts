/** The session formats of the guide: one table for the comparison, the format pages' links and the chooser. */

/** The identifiers of the four common formats. */
export type FormatId = 'mentee-project' | 'regular-pairing' | 'code-review' | 'qa-sessions';

/** A session format and how it compares with the others. */
export interface Format {
  id: FormatId;
  name: string;
  /** The guide page that describes it, from the site root. */
  page: string;
  bestFor: string;
  inSession: string;
  menteeBetween: string;
  mentorBetween: string;
  preparation: string;
  mainRisk: string;
}

/** The aspects the formats are compared on, in the order the comparison shows them. */
export const COMPARISON_ASPECTS = [
  { key: 'bestFor', label: 'Best for' },
  { key: 'inSession', label: 'In the session' },
  { key: 'menteeBetween', label: 'Mentee between sessions' },
  { key: 'mentorBetween', label: 'Mentor between sessions' },
  { key: 'preparation', label: 'Preparation' },
  { key: 'mainRisk', label: 'Main risk' },
] as const satisfies readonly { key: keyof Format; label: string }[];

/** The four common formats, in the order the guide presents them. */
export const FORMATS: readonly Format[] = [
  {
    id: 'mentee-project',
    name: 'Mentee project',
    page: '/formats/mentee-project/',
    bestFor: 'Moving from the basics to intermediate or advanced',
    inSession: 'Review progress, give feedback, plan next steps',
    menteeBetween: 'Builds the next part of the project',
    mentorBetween: 'Little; maybe reviews a pull request',
    preparation: 'Medium, mostly the mentee',
    mainRisk: 'The project stalls when real work gets busy',
  },
  {
    id: 'regular-pairing',
    name: 'Regular pairing',
    page: '/formats/regular-pairing/',
    bestFor: 'Picking up the basics; wanting guidance while coding',
    inSession: 'Write code together, mentee at the keyboard',
    menteeBetween: 'Light follow-up, maybe practice',
    mentorBetween: 'Finds suitable tasks to pair on',
    preparation: 'Low',
    mainRisk: 'The mentor takes over the keyboard',
  },
  {
    id: 'code-review',
    name: 'Code review and deep dives',
    page: '/formats/code-review-and-deep-dives/',
    bestFor: 'A specific codebase, system or piece of code',
    inSession: 'Read code together, discuss decisions and alternatives',
    menteeBetween: 'Reads ahead, notes questions',
    mentorBetween: 'Picks code worth reading',
    preparation: 'Medium, mostly the mentor',
    mainRisk: 'It turns into a lecture',
  },
  {
    id: 'qa-sessions',
    name: 'Q&A sessions',
    page: '/formats/qa-sessions/',
    bestFor: 'Very new mentees; ad hoc help with a situation',
    inSession: "Work through the mentee's questions",
    menteeBetween: 'Collects questions and situations',
    mentorBetween: 'Little',
    preparation: 'Low',
    mainRisk: 'It fades when the questions run out',
  },
];
