/**
 * Where a value that did not fit stood, in the words the pages use, for every preview of what
 * comes in (a share link, an agreement file, a backup): the paths the schemas report
 * (`kickoff.cadence.minutes`, `mentorships.0.agenda.draft.parts.2.id`) named by page, topic and
 * field as a person sees them ("Kickoff checklist › Cadence and session length › Session length
 * (minutes)"). Loaded with those previews only.
 */
import { QUESTIONS } from '../chooser/chooser';
import { count } from '../core/words';
import { TOPICS, type TopicId } from '../kickoff/topics';

/** What the pages call a field of a document, and what is inside it. */
interface Place {
  name: string;
  /** False for a level the page does not show: named only when the value is the whole of it. */
  shown?: boolean;
  fields?: Record<string, Place>;
  /** A list's items: what the nth (from 1) is called, and their fields. */
  items?: { name: (n: number) => string; fields?: Record<string, Place> };
}

const title = (id: TopicId) => TOPICS.find((t) => t.id === id)!.title;
const names = (entries: Record<string, string>) =>
  Object.fromEntries(Object.entries(entries).map(([key, name]) => [key, { name }]));

/** The fields of a programme (a pack's, or the copy in the kickoff answers), as the pages name them. */
export const PROGRAM_FIELDS: Record<string, Place> = {
  ...names({
    id: "The programme's id",
    name: "The programme's name",
    cadence: 'Suggested cadence',
    minutes: 'Suggested session length (minutes)',
    roundEnds: 'The round ends',
    stalledAfterDays: 'Stalled after (days without a session)',
    reviewGraceDays: 'Days before a review is overdue',
    contact: 'Contact',
  }),
  reviewPoints: {
    name: 'Review points',
    items: {
      name: (n) => `Review point ${n}`,
      fields: names({ label: 'Name', weeks: 'Weeks in', end: 'At the end' }),
    },
  },
  reviewQuestions: {
    name: 'Review questions',
    items: { name: (n) => `Question ${n}`, fields: names({ id: 'Id', text: 'Text' }) },
  },
};

/** The fields of a progress summary (../program/summary.ts), as the overview names them. */
const SUMMARY_FIELDS: Record<string, Place> = {
  ...names({
    mentorship: 'The mentorship’s id',
    madeOn: 'Made on',
    kickoffDate: 'Kickoff date',
    cadence: 'Cadence',
    minutes: 'Session length (minutes)',
  }),
  pair: { name: 'The pair', fields: names({ mentor: "Mentor's name", mentee: "Mentee's name" }) },
  program: {
    name: 'The programme',
    fields: names({ id: "The programme's id", name: "The programme's name" }),
  },
  sessions: {
    name: 'Sessions',
    fields: names({ held: 'Sessions held', last: 'Last session' }),
  },
  goals: {
    name: 'Goals',
    items: {
      name: (n) => `Goal ${n}`,
      fields: names({
        what: 'What',
        by: 'By when',
        outcome: 'How it ended',
        latest: 'Latest check-in',
        latestOn: 'Latest check-in on',
      }),
    },
  },
  reviews: {
    name: 'Reviews',
    fields: names({
      done: 'Reviews done',
      last: 'Last review',
      nextOn: 'Next review on',
      nextAfterSessions: 'Next review after (sessions)',
      dueSince: 'Due since',
    }),
  },
  status: {
    name: 'Where the mentorship stands',
    fields: names({ state: 'Active, paused or ended', since: 'Ended on', until: 'Paused until' }),
  },
};

// The labels of the checklist's fields (src/components/kickoff/), each under its topic.
const KICKOFF: Place = {
  name: 'Kickoff checklist',
  fields: {
    pair: {
      name: 'The pair',
      fields: names({ mentor: "Mentor's name", mentee: "Mentee's name", startDate: 'Start date' }),
    },
    topics: {
      name: 'Every topic',
      shown: false,
      fields: Object.fromEntries(
        TOPICS.map((t) => [
          t.id,
          { name: t.title, fields: names({ agreed: 'Agreed', notes: 'Notes' }) },
        ]),
      ),
    },
    cadence: {
      name: title('cadence'),
      fields: names({
        frequency: 'How often',
        minutes: 'Session length (minutes)',
        time: 'Usual time',
      }),
    },
    scheduler: { name: `${title('scheduling')} › Who sends the invites` },
    goAhead: { name: 'Go, or not yet › Do you go ahead?' },
    reevaluate: {
      name: title('re-evaluate'),
      fields: {
        ...names({ mode: 'We look back', date: 'Date to look back', condition: 'Condition' }),
        after: {
          name: 'Look back after',
          fields: names({ count: 'After how many', unit: 'Sessions or weeks' }),
        },
      },
    },
    goals: {
      name: title('goal'),
      items: {
        name: (n) => `Goal ${n}`,
        fields: names({
          what: 'What',
          evidence: "How you'll know",
          by: 'By when',
          outcome: 'How it ended',
          closedOn: 'Closed on',
        }),
      },
    },
    formats: {
      name: `${title('format')} › Formats`,
      items: { name: (n) => `choice ${n}` },
    },
    program: { name: 'The programme', fields: PROGRAM_FIELDS },
  },
};

// The labels of Plan a session (src/components/agenda/).
const ACTION_ITEMS = {
  name: (n: number) => `item ${n}`,
  fields: names({ text: 'Text', owner: 'Who', done: 'Done' }),
};
const SESSION = {
  date: { name: 'Date' },
  parts: {
    name: 'Every part',
    shown: false,
    items: {
      name: (n: number) => `Part ${n}`,
      fields: names({ kind: 'Kind', title: 'Title', minutes: 'Minutes', notes: 'Notes' }),
    },
  },
  carried: { name: 'Action items from earlier sessions', items: ACTION_ITEMS },
  actions: { name: 'Action items for next time', items: ACTION_ITEMS },
  checkIns: {
    name: 'Where the goals stand',
    items: {
      name: (n: number) => `Check-in ${n}`,
      fields: names({
        goal: 'Goal',
        what: 'Goal',
        state: 'Where it stands',
        note: 'What happened',
      }),
    },
  },
};

// The labels of Review and re-evaluate (src/components/review/).
const REFLECTION = names({
  working: 'What is working?',
  change: 'What would you change?',
  learned: 'What have you learned?',
  keep: 'Keep doing',
  start: 'Start doing',
  stop: 'Stop doing',
});
const REVIEW: Record<string, Place> = {
  mentor: { name: 'The mentor’s reflection', fields: REFLECTION },
  mentee: { name: 'The mentee’s reflection', fields: REFLECTION },
  goals: {
    name: 'Decisions on goals',
    items: {
      name: (n) => `Goal ${n}`,
      fields: {
        ...names({ goal: 'Which goal', what: 'Its words', decision: 'Decision' }),
        changed: { name: 'New words for the goal' },
        trail: { name: 'Check-ins', items: { name: (n) => `Check-in ${n}` } },
      },
    },
  },
  added: {
    name: 'New goals',
    items: {
      name: (n) => `New goal ${n}`,
      fields: names({ what: 'What it is', evidence: 'How you will know', by: 'By when' }),
    },
  },
  ...names({
    decision: 'The mentorship',
    change: 'What changes',
    until: 'Pause until',
    next: 'What comes next for the mentee',
    nextReview: 'Next review on',
  }),
  answers: {
    name: "The programme's questions",
    items: {
      name: (n) => `Answer ${n}`,
      fields: names({ question: 'The question', answer: 'Your answer' }),
    },
  },
};

// A portable mentorship's fields (portable.ts), and a backup's list of them (backup.ts).
const PORTABLE: Record<string, Place> = {
  name: { name: 'The mentorship’s name' },
  createdAt: { name: 'The date it was started' },
  kickoff: KICKOFF,
  chooser: {
    name: 'Choose a format',
    fields: {
      answers: {
        name: 'Every answer',
        shown: false,
        fields: Object.fromEntries(QUESTIONS.map((q) => [q.id, { name: q.text }])),
      },
    },
  },
  agenda: {
    name: 'Plan a session',
    fields: { draft: { name: 'The next session', fields: SESSION } },
  },
  history: {
    name: 'Plan a session',
    fields: {
      sessions: {
        name: 'Past sessions',
        items: {
          name: (n) => `session ${n}`,
          fields: { ...SESSION, finishedAt: { name: 'When it was finished' } },
        },
      },
    },
  },
  review: {
    name: 'Review and re-evaluate',
    fields: {
      draft: { name: 'The review', fields: REVIEW },
      reviews: {
        name: 'Past reviews',
        items: {
          name: (n) => `Review ${n}`,
          fields: {
            ...REVIEW,
            on: { name: 'Date' },
            facts: {
              name: 'What happened',
              fields: names({
                from: 'From',
                to: 'To',
                held: 'Sessions held',
                expected: 'Sessions the cadence implies',
                done: 'Action items done',
                carried: 'Action items carried',
              }),
            },
          },
        },
      },
      putOff: { name: 'Reminder put off until' },
      state: {
        name: 'The mentorship',
        fields: names({
          status: 'Paused or ended',
          until: 'Paused until',
          on: 'Since',
          next: 'What comes next for the mentee',
        }),
      },
    },
  },
};
const ROOT: Record<string, Place> = {
  ...PORTABLE,
  // A programme pack's own fields (../program/pack.ts reports them under `program.`).
  program: { name: 'The programme', fields: PROGRAM_FIELDS },
  // A progress summary's fields (../program/summary.ts reports them under `summary.`).
  summary: { name: 'Progress summary', fields: SUMMARY_FIELDS },
  mentorships: {
    name: 'Mentorships',
    shown: false,
    items: { name: (n) => `mentorship ${n}`, fields: PORTABLE },
  },
};

/**
 * A value reset on the way in, named by where it stood as the pages call it: a path of a portable
 * mentorship or of a backup (`mentorships.0.…`) as the schemas report it. An item that left its
 * list (reported by its index, or by its missing id) is said to be left out; a key no page names
 * is given as it is.
 */
export function resetName(path: string): string {
  const keys = path.split('.');
  const words: string[] = [];
  let fields: Record<string, Place> | undefined = ROOT;
  let items: Place['items'];
  for (const [i, key] of keys.entries()) {
    const last = i === keys.length - 1;
    if (items && /^\d+$/.test(key)) {
      words.push(items.name(Number(key) + 1));
      if (last || (keys[i + 1] === 'id' && i + 1 === keys.length - 1))
        return `${words.join(' › ')} (left out)`;
      [fields, items] = [items.fields, undefined];
      continue;
    }
    const place: Place | undefined = fields && Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (place?.shown !== false || last) words.push(place?.name ?? key);
    [fields, items] = [place?.fields, place?.items];
  }
  return words.join(' › ');
}

/**
 * What a preview says of the values that did not fit: how many, and each by name (resetName);
 * '' when none did. It follows a sentence that names what they are in ("This link holds …").
 */
export function resetSaid(reset: readonly string[]): string {
  if (reset.length === 0) return '';
  const list = reset.map(resetName).join('; ');
  // A name may end a sentence itself: a chooser question ends in "?".
  const end = /[.?!]$/.test(list) ? '' : '.';
  return `${count(reset.length, 'value')} in it did not fit and will be left empty: ${list}${end}`;
}
