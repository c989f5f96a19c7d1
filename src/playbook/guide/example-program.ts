/**
 * An invented programme and its pairs' files (issue 27, point 4): the example folder
 * `examples/program-pairs/` that the build-time overview reads, made here by the playbook's own
 * functions (`npx tsx scripts/program-example.ts` writes it; tests/unit/program-folder.test.ts
 * checks the committed files are what this makes). Five pairs, as of 1 Dec 2026: one on track, one
 * stalled, one overdue for its six-week review, one ended, one known only from its agreement; and
 * an older summary of the first, which the overview leaves out for the newer one.
 */
import { agreementBlocks } from '../kickoff/agreement';
import { agreementText } from '../kickoff/agreement-file';
import { emptyKickoff } from '../documents/kickoff';
import type { Program } from '../documents/program';
import { packFile } from '../program/pack';
import { summaryFile, type ProgressSummary } from '../program/summary';
import type { FolderFile } from '../program/folder';

/** The example programme, as its pack sets it. */
export const EXAMPLE_PROGRAM: Program = {
  id: 'northwind-autumn-2026',
  name: 'Northwind open-source mentoring, autumn 2026',
  cadence: 'every-two-weeks',
  minutes: 45,
  reviewPoints: [
    { label: 'Six weeks in', weeks: 6, end: false },
    { label: 'End of the round', weeks: null, end: true },
  ],
  reviewQuestions: [
    { id: 'shown', text: 'What can the mentee now do that they could not at the start?' },
    { id: 'help', text: 'What would help this mentorship most from the programme?' },
  ],
  roundEnds: '2027-01-29',
  stalledAfterDays: 21,
  reviewGraceDays: 7,
  contact: 'mentoring@northwind.example',
};

/** The day the example overview is as of: its newest summary's. */
export const EXAMPLE_PROGRAM_DAY = '2026-12-01';

const program = { id: EXAMPLE_PROGRAM.id, name: EXAMPLE_PROGRAM.name };
const noReviews = { done: 0, last: '', nextOn: '', nextAfterSessions: null, dueSince: '' };
const active = { state: 'active' as const, since: '', until: '' };
const goal = (
  id: string,
  what: string,
  latest: ProgressSummary['goals'][number]['latest'],
  latestOn: string,
  outcome: '' | 'reached' = '',
) => ({ id, what, by: '', outcome, latest, latestOn });

const summary = (
  fields: Pick<
    ProgressSummary,
    'mentorship' | 'madeOn' | 'pair' | 'kickoffDate' | 'sessions' | 'goals'
  > &
    Partial<ProgressSummary>,
): ProgressSummary => ({
  program,
  cadence: 'every-two-weeks',
  minutes: 45,
  reviews: noReviews,
  status: active,
  ...fields,
});

/** The pairs' summaries, as each pair sent them. */
export const EXAMPLE_SUMMARIES: readonly ProgressSummary[] = [
  summary({
    mentorship: 'amara-and-jonas',
    madeOn: '2026-11-02',
    pair: { mentor: 'Jonas Berg', mentee: 'Amara Okafor' },
    kickoffDate: '2026-09-16',
    sessions: { held: 4, last: '2026-10-28' },
    goals: [
      goal('parser-patch', 'Land a first patch in the parser', 'moving', '2026-10-28'),
      goal('reviews', 'Review pull requests on my own', 'not-started', '2026-10-28'),
    ],
    reviews: { ...noReviews, done: 1, last: '2026-10-28', nextOn: '2027-01-27' },
  }),
  summary({
    mentorship: 'amara-and-jonas',
    madeOn: '2026-11-30',
    pair: { mentor: 'Jonas Berg', mentee: 'Amara Okafor' },
    kickoffDate: '2026-09-16',
    sessions: { held: 6, last: '2026-11-25' },
    goals: [
      goal('parser-patch', 'Land a first patch in the parser', 'done', '2026-11-11', 'reached'),
      goal('reviews', 'Review pull requests on my own', 'moving', '2026-11-25'),
    ],
    reviews: { ...noReviews, done: 1, last: '2026-10-28', nextOn: '2027-01-27' },
  }),
  summary({
    mentorship: 'wei-and-sofia',
    madeOn: '2026-12-01',
    pair: { mentor: 'Sofia Marques', mentee: 'Wei Zhang' },
    kickoffDate: '2026-09-21',
    sessions: { held: 3, last: '2026-10-19' },
    goals: [goal('plugin-docs', 'Write the plugin API guide', 'stuck', '2026-10-19')],
    reviews: { ...noReviews, done: 1, last: '2026-11-02', nextOn: '2027-01-25' },
  }),
  summary({
    mentorship: 'lukas-and-nadia',
    madeOn: '2026-11-28',
    pair: { mentor: 'Nadia Haddad', mentee: 'Lukas Becker' },
    kickoffDate: '2026-09-14',
    sessions: { held: 5, last: '2026-11-23' },
    goals: [goal('release', 'Run a release from the checklist alone', 'moving', '2026-11-23')],
  }),
  summary({
    mentorship: 'ines-and-kofi',
    madeOn: '2026-11-20',
    pair: { mentor: 'Kofi Mensah', mentee: 'Inês Carvalho' },
    kickoffDate: '2026-09-15',
    sessions: { held: 5, last: '2026-11-18' },
    goals: [goal('ci', 'Move the test suite to the new CI', 'done', '2026-11-18', 'reached')],
    reviews: { ...noReviews, done: 2, last: '2026-11-18' },
    status: { state: 'ended', since: '2026-11-18', until: '' },
  }),
];

/** The pair known only from the agreement they sent. */
function exampleAgreement(): FolderFile {
  const kickoff = emptyKickoff();
  kickoff.pair = { mentor: 'Hana Sato', mentee: 'Mateo Ruiz', startDate: '2026-10-05' };
  kickoff.cadence = { frequency: 'every-two-weeks', minutes: 45, time: '16:00' };
  kickoff.goAhead = 'go';
  kickoff.program = EXAMPLE_PROGRAM;
  kickoff.goals = [
    {
      id: 'triage',
      what: 'Triage new issues each week',
      evidence: '',
      by: '',
      outcome: '',
      closedOn: '',
    },
  ];
  const writtenOn = '2026-10-05';
  const entry = { id: 'mateo-and-hana', name: '', createdAt: `${writtenOn}T16:00:00.000Z` };
  return {
    name: 'agreements/mateo-and-hana.md',
    text: agreementText(
      { index: { open: entry.id, mentorships: [entry] }, open: entry.id },
      kickoff,
      writtenOn,
      agreementBlocks(kickoff, { writtenOn }),
    ),
  };
}

/** Every file of the example folder, by its path in the folder. */
export function exampleProgramFiles(): FolderFile[] {
  const pack = packFile(EXAMPLE_PROGRAM);
  return [
    { name: 'programme-pack.json', text: pack.text },
    ...EXAMPLE_SUMMARIES.map((s) => {
      const file = summaryFile(s);
      return { name: `summaries/${file.name}`, text: file.text };
    }),
    exampleAgreement(),
  ];
}
