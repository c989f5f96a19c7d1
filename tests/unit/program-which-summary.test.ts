import { describe, expect, test } from 'vitest';
import { emptyKickoff } from '../../src/playbook/documents/kickoff';
import { emptyProgram } from '../../src/playbook/documents/program';
import { agreementText } from '../../src/playbook/kickoff/agreement-file';
import { readFolderFile } from '../../src/playbook/program/folder';
import { overviewOf } from '../../src/playbook/program/overview';
import {
  addSummaries,
  addSummary,
  addedText,
  readPairText,
  restorePairs,
} from '../../src/playbook/program/on-demand/add-pairs';
import type { ProgressSummary } from '../../src/playbook/program/summary';
import { preferredSummary, type Preferred } from '../../src/playbook/program/which-summary';
import { TODAY, onTrack, overdue, stalled } from './helpers/program-pairs';

// Tom and Priya's summary made on a day, knowing its sessions (4 held) or not (an agreement's).
const tom = (madeOn: string, held: number | null): ProgressSummary => ({
  ...onTrack(),
  madeOn,
  sessions: held === null ? { held: null, last: '' } : { held, last: '2026-11-25' },
});

describe('which of two summaries of one mentorship the overview keeps', () => {
  test.each<[string, ProgressSummary, ProgressSummary, Preferred]>([
    [
      'a newer summary',
      tom('2026-11-01', 2),
      tom('2026-11-30', 4),
      { keep: 'incoming', why: 'newer' },
    ],
    [
      'an older summary',
      tom('2026-11-30', 4),
      tom('2026-11-01', 2),
      { keep: 'kept', why: 'newer' },
    ],
    [
      'one made the same day',
      tom('2026-11-30', 4),
      tom('2026-11-30', 5),
      { keep: 'incoming', why: 'newer' },
    ],
    [
      'a newer agreement after a summary',
      tom('2026-11-30', 4),
      tom('2026-12-01', null),
      { keep: 'kept', why: 'sessions' },
    ],
    [
      'an older agreement after a summary',
      tom('2026-11-30', 4),
      tom('2026-10-05', null),
      { keep: 'kept', why: 'sessions' },
    ],
    [
      'a summary after a newer agreement',
      tom('2026-12-05', null),
      tom('2026-11-30', 4),
      { keep: 'incoming', why: 'sessions' },
    ],
    [
      'a summary of no sessions after an agreement',
      tom('2026-12-05', null),
      tom('2026-11-30', 0),
      { keep: 'incoming', why: 'sessions' },
    ],
    [
      'a newer agreement after an agreement',
      tom('2026-10-05', null),
      tom('2026-10-20', null),
      { keep: 'incoming', why: 'newer' },
    ],
    [
      'an older agreement after an agreement',
      tom('2026-10-20', null),
      tom('2026-10-05', null),
      { keep: 'kept', why: 'newer' },
    ],
    [
      'a summary with no date after a dated one',
      tom('2026-11-30', 4),
      tom('', 6),
      { keep: 'kept', why: 'newer' },
    ],
  ])('%s', (_, kept, incoming, expected) => {
    expect(preferredSummary(kept, incoming)).toEqual(expected);
    // The page's list and the overview (the build-time folder's too) keep the same one.
    const winner = expected.keep === 'kept' ? kept : incoming;
    expect(addSummary([kept], incoming).list).toEqual([winner]);
    expect(overviewOf([kept, incoming], emptyProgram(), TODAY).rows.map((r) => r.summary)).toEqual([
      winner,
    ]);
  });
});

// Tom and Priya's agreement, written on 5 October 2026.
const agreement = () =>
  agreementText(
    {
      index: {
        open: 'm-tom',
        mentorships: [{ id: 'm-tom', name: '', createdAt: '2026-10-01T09:00:00.000Z' }],
      },
      open: 'm-tom',
    },
    { ...emptyKickoff(), pair: { mentor: 'Priya', mentee: 'Tom', startDate: '2026-11-02' } },
    '2026-10-05',
    [],
  );

describe('an agreement file never replaces a summary that knows the sessions', () => {
  test('its summary is dated the day it was written, on the page as in a folder', async () => {
    const read = await readPairText(agreement(), TODAY, 'tom.md');
    expect(read.ok && read.summary.madeOn).toBe('2026-10-05');
    const entry = readFolderFile({ name: 'tom.md', text: agreement() }, TODAY);
    expect(entry.kind === 'summary' && entry.summary).toEqual(read.ok && read.summary);
  });

  test('dropped after the summary, it is left out and says why', async () => {
    const read = await readPairText(agreement(), '2026-12-01', 'tom.md');
    if (!read.ok) throw new Error(read.message);
    const next = addSummary([onTrack()], read.summary);
    expect(next.list).toEqual([onTrack()]);
    expect(addedText(read.summary, next.added, 'agreement')).toBe(
      'Kept the summary of Tom and Priya from 30 Nov 2026 (it knows the sessions; the agreement does not).',
    );
  });

  test('dropped before the summary, the summary replaces it', async () => {
    const read = await readPairText(agreement(), '2026-12-01', 'tom.md');
    if (!read.ok) throw new Error(read.message);
    const next = addSummary([read.summary], onTrack());
    expect(next.list).toEqual([onTrack()]);
    expect(addedText(onTrack(), next.added)).toBe(
      'Updated Tom and Priya: this summary (30 Nov 2026) replaces the one from 5 Oct 2026.',
    );
  });
});

describe('merging into the list as it is stored now', () => {
  test('adds to what another tab stored, never dropping its pairs', () => {
    expect(addSummaries([onTrack()], [stalled(), tom('2026-10-05', null)])).toEqual([
      onTrack(),
      stalled(),
    ]);
  });

  test.each<[string, ProgressSummary[], ProgressSummary[], ProgressSummary[], string[]]>([
    [
      'one pair, back where it stood',
      [onTrack(), overdue()],
      [onTrack(), stalled(), overdue()],
      [stalled()],
      ['Tom', 'Ada', 'Sam'],
    ],
    [
      'all pairs, in their order',
      [],
      [onTrack(), stalled(), overdue()],
      [onTrack(), stalled(), overdue()],
      ['Tom', 'Ada', 'Sam'],
    ],
    ['the first pair', [stalled()], [onTrack(), stalled()], [onTrack()], ['Tom', 'Ada']],
    [
      'beside a pair another tab added',
      [overdue()],
      [onTrack(), stalled()],
      [stalled()],
      ['Ada', 'Sam'],
    ],
  ])('Undo puts back %s', (_, now, before, removed, mentees) => {
    expect(restorePairs(now, before, removed).map((s) => s.pair.mentee)).toEqual(mentees);
  });

  test('Undo keeps a newer summary another tab added since', () => {
    const newer = tom('2026-12-02', 6);
    expect(restorePairs([newer], [onTrack()], [onTrack()])).toEqual([newer]);
  });
});

test('a summary that replaces a newer agreement says it knows the sessions', () => {
  const next = addSummary([tom('2026-12-05', null)], onTrack());
  expect(addedText(onTrack(), next.added)).toBe(
    'Updated Tom and Priya: this summary (30 Nov 2026) knows the sessions, which the one it replaces (5 Dec 2026) did not.',
  );
});
