/** How the four formats compare; kept apart from formats.ts so the islands do not ship this text. */
import type { FormatId } from '../core/formats';

/** What the comparison says about one format. */
export interface FormatTraits {
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
] as const satisfies readonly { key: keyof FormatTraits; label: string }[];

/** Each format's traits. */
export const FORMAT_TRAITS: Readonly<Record<FormatId, FormatTraits>> = {
  'mentee-project': {
    bestFor: 'Moving from the basics to intermediate or advanced',
    inSession: 'Review progress, give feedback, plan next steps',
    menteeBetween: 'Builds the next part of the project',
    mentorBetween: 'Little; maybe reviews a pull request',
    preparation: 'Medium, mostly the mentee',
    mainRisk: 'The project stalls when real work gets busy',
  },
  'regular-pairing': {
    bestFor: 'Picking up the basics; wanting guidance while coding',
    inSession: 'Write code together, mostly with the mentee at the keyboard',
    menteeBetween: 'Light follow-up, maybe practice',
    mentorBetween: 'Finds suitable tasks to pair on',
    preparation: 'Low',
    mainRisk: 'The mentor takes over the keyboard',
  },
  'code-review': {
    bestFor: 'A specific codebase, system or piece of code',
    inSession: 'Read code together, discuss decisions and alternatives',
    menteeBetween: 'Reads ahead, notes questions',
    mentorBetween: 'Picks code worth reading',
    preparation: 'Medium, mostly the mentor',
    mainRisk: 'It turns into a lecture',
  },
  'qa-sessions': {
    bestFor: 'Very new mentees; ad hoc help with a situation',
    inSession: "Work through the mentee's questions",
    menteeBetween: 'Collects questions and situations',
    mentorBetween: 'Little',
    preparation: 'Low',
    mainRisk: 'It fades when the questions run out',
  },
};
