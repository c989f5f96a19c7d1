import { getTestStorage } from '@nanostores/persistent';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { resetStores, TEST_ID } from './helpers/stores';
import { readDocument } from '../../src/playbook/core/schema';
import { PortableSchema, type Portable } from '../../src/playbook/portable/portable';
import type { Marks } from '../../src/playbook/merge/marks';
import { addPortable, portableOf } from '../../src/stores/portable/portable';
import { applyMerge, marksIn, previewMerge } from '../../src/stores/portable/on-demand/merge';
import { restoreBackup, restorePreview } from '../../src/stores/portable/restore';
import { MergeLines } from '../../src/components/ui/on-demand/MergeParts';
import { ShareImport } from '../../src/components/mentorships/on-demand/ShareImport';
import { encodeShare } from '../../src/playbook/portable/share-link';
import type { LinePart } from '../../src/playbook/merge/on-demand/merge-words';

beforeEach(() => resetStores());
afterEach(() => {
  cleanup();
  resetStores();
});

const session = (id: string, date: string) => ({
  id,
  finishedAt: `${date}T12:00:00.000Z`,
  date,
  parts: [],
  carried: [],
  actions: [],
  checkIns: [],
});

/** A copy of the test mentorship: Ada mentors Tom, with these sessions and notes on roles. */
function copy(sessions: string[], roles = '', marks?: Record<string, Partial<Marks>>): Portable {
  const m = readDocument(PortableSchema, {
    id: TEST_ID,
    name: '',
    createdAt: '2026-11-01T00:00:00.000Z',
  })!.value;
  m.kickoff.pair = { mentor: 'Ada', mentee: 'Tom', startDate: '2026-11-02' };
  m.kickoff.topics.roles.notes = roles;
  m.history.sessions = sessions.map((id, i) => session(id, `2026-11-${10 + i}`));
  return marks ? ({ ...m, marks } as Portable) : m;
}

/** A line as the preview reads it: text someone typed in brackets, titles in asterisks. */
const text = (line: LinePart[]) =>
  line
    .map((p) => (typeof p === 'string' ? p : 'title' in p ? `*${p.title}*` : `[${p.user}]`))
    .join('');

const marked = (at: Record<string, number>): Partial<Marks> => ({ at, removed: {}, seen: 0 });

describe('previewMerge', () => {
  test.each([
    {
      case: 'sessions the other copy has that this one does not',
      here: copy(['s1']),
      there: copy(['s1', 's2', 's3']),
      lines: ['2 sessions you don’t have'],
      conflicts: 0,
    },
    {
      case: 'a newer answer there (this copy unmarked, so older)',
      here: copy([], 'Mine'),
      there: copy([], 'Tom’s', { kickoff: marked({ 'topics.roles.notes': 5 }) }),
      lines: ['[the link]’s notes on *Roles and expectations* are newer than yours'],
      conflicts: 0,
    },
    {
      case: 'the same answer changed on both sides, before marks: named, the other value kept',
      here: copy([], 'Mine'),
      there: copy([], 'Theirs'),
      lines: [
        'You both changed notes on *Roles and expectations*: [the link]’s is newer and replaces yours, which is kept in the mentorship’s history',
      ],
      conflicts: 1,
    },
    {
      case: 'nothing new there',
      here: copy(['s1', 's2'], 'Same'),
      there: copy(['s1'], 'Same'),
      lines: [],
      conflicts: 0,
    },
  ])('$case', ({ here, there, lines, conflicts }) => {
    expect(addPortable(here, 'replace').ok).toBe(true);
    const preview = previewMerge(there, { there: 'the link' });
    expect(preview.lines.map(text)).toEqual(lines);
    expect(preview.conflicts).toBe(conflicts);
    expect(preview.changes).toBe(lines.length > 0);
  });

  test('merging the same link twice: the second preview changes nothing and writes nothing', () => {
    addPortable(copy(['s1'], 'Mine'), 'replace');
    const link = copy(['s2'], 'Theirs');
    const first = previewMerge(link);
    expect(first.changes).toBe(true);
    expect(applyMerge(first)).toEqual({ ok: true, id: TEST_ID });
    expect(portableOf(TEST_ID).history.sessions.map((s) => s.id)).toEqual(['s1', 's2']);
    const stored = { ...getTestStorage() };
    const second = previewMerge(link);
    expect(second).toMatchObject({ changes: false, lines: [], conflicts: 0 });
    expect(applyMerge(second)).toEqual({ ok: true, id: TEST_ID });
    expect(getTestStorage()).toEqual(stored);
  });

  test('an agreement file merges the kickoff answers only: the sessions here stay', () => {
    addPortable(copy(['s1', 's2']), 'replace');
    // An agreement reads every document but the kickoff answers as empty.
    const file = copy([], 'From the file', { kickoff: marked({ 'topics.roles.notes': 9 }) });
    const preview = previewMerge(file, { fields: ['kickoff'], there: 'the file' });
    expect(preview.lines.map(text)).toEqual([
      '[the file]’s notes on *Roles and expectations* are newer than yours',
    ]);
    applyMerge(preview);
    const after = portableOf(TEST_ID);
    expect(after.kickoff.topics.roles.notes).toBe('From the file');
    expect(after.history.sessions).toHaveLength(2);
  });

  test('the merged mentorship carries each document’s marks', () => {
    addPortable(copy([]), 'replace');
    const there = copy(['s1'], '', { history: marked({ 'sessions#s1': 7 }) });
    const { merged } = previewMerge(there);
    expect(marksIn(merged, 'history').at).toEqual({ 'sessions#s1': 7 });
    expect(marksIn(merged, 'kickoff').at).toEqual({});
  });
});

describe('restoring a backup holding a mentorship this browser has', () => {
  const backup = () => ({
    exportedAt: '2026-11-20T00:00:00.000Z',
    open: TEST_ID,
    mentorships: [copy(['s2'], 'Backup')],
  });

  test('the preview says what merging it brings in', () => {
    addPortable(copy(['s1'], 'Backup'), 'replace');
    const [incoming] = restorePreview(backup()).incoming;
    expect(incoming!.replaces).toBe(true);
    expect(incoming!.merge!.lines.map(text)).toEqual(['1 session you don’t have']);
  });

  test.each([
    ['merge', ['s1', 's2']],
    ['add', ['s2']],
    ['replace', ['s2']],
  ] as const)('%s leaves the sessions %j', (mode, sessions) => {
    addPortable(copy(['s1'], 'Backup'), 'replace');
    expect(restoreBackup(backup(), mode).result).toBe('done');
    expect(portableOf(TEST_ID).history.sessions.map((s) => s.id)).toEqual(sessions);
  });
});

describe('the merge preview of a share link', () => {
  test('user text in the lines is text, never HTML', () => {
    render(<MergeLines lines={[[{ user: '<img src=x onerror=alert(1)>' }, ' removed a goal']]} />);
    expect(screen.getByRole('listitem')).toHaveTextContent(
      '<img src=x onerror=alert(1)> removed a goal.',
    );
    expect(document.querySelector('img')).toBeNull();
  });

  test('Merge comes first; once merged, the link back is offered; merging again changes nothing', async () => {
    addPortable(copy(['s1']), 'replace');
    location.hash = await encodeShare(copy(['s2']));
    let done = 0;
    const { unmount } = render(<ShareImport onDone={() => done++} />);
    const region = await screen.findByRole('region', { name: 'A shared mentorship' });
    const buttons = region.querySelectorAll('button');
    expect([...buttons].map((b) => b.textContent)).toEqual([
      'Merge',
      'Replace “Tom and Ada”',
      'Add as a copy',
      'Cancel',
    ]);
    expect(region).toHaveTextContent('1 session you don’t have.');
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    await screen.findByRole('region', { name: 'Merged “Tom and Ada”' });
    expect(
      screen.getByRole('button', { name: 'Copy a share link for your partner' }),
    ).toBeEnabled();
    expect(portableOf(TEST_ID).history.sessions.map((s) => s.id)).toEqual(['s1', 's2']);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(done).toBe(1);
    unmount();

    location.hash = await encodeShare(copy(['s2']));
    render(<ShareImport onDone={() => done++} />);
    const again = await screen.findByRole('region', { name: 'A shared mentorship' });
    expect(again).toHaveTextContent('merging changes nothing here');
    expect(again.querySelector('button')!.textContent).toBe('Close');
    expect(screen.queryByRole('button', { name: 'Merge' })).toBeNull();
  });
});
