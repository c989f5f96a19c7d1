import { setTestStorageKey } from '@nanostores/persistent';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { resetStores } from './helpers/stores';
import { AgreementImport } from '../../src/components/kickoff/AgreementImport';
import { RestorePanel } from '../../src/components/data/RestorePanel';
import { ImportPreview } from '../../src/components/ui/on-demand/ImportPreview';
import { agreementBlocks } from '../../src/playbook/kickoff/agreement';
import { agreementText } from '../../src/playbook/kickoff/agreement-file';
import { BACKUP_FORMAT } from '../../src/playbook/portable/backup';
import { readPortable } from '../../src/playbook/portable/portable';
import { emptyKickoff } from '../../src/playbook/documents/kickoff';
import { INDEX_KEY, documentKey } from '../../src/playbook/documents/mentorships';

beforeEach(resetStores);
afterEach(() => {
  cleanup();
  resetStores();
});

// The three previews of what comes in name each value that did not fit the same way.
const NAMED =
  '2 values in it did not fit and will be left empty: Kickoff checklist › The pair › Start date; ' +
  'Kickoff checklist › Cadence and session length › Session length (minutes).';
const KICKOFF = { pair: { mentor: 'Ada', startDate: 'soon' }, cadence: { minutes: 9000 } };

describe('the previews of a share link, an agreement file and a backup', () => {
  test('a share link’s preview names each value reset', () => {
    const read = readPortable({ version: 1, id: 'm', kickoff: KICKOFF });
    if (!read.ok) throw new Error('not read');
    render(
      <ImportPreview
        from="link"
        title="A shared mentorship"
        mentorship={read.value}
        reset={read.reset}
        choices={[]}
        onFinish={() => {}}
      />,
    );
    expect(screen.getByRole('region', { name: 'A shared mentorship' })).toHaveTextContent(NAMED);
  });

  test('an agreement file’s preview names each value reset', async () => {
    const kickoff = emptyKickoff();
    kickoff.pair = { mentor: 'Ada', mentee: '', startDate: '2026-12-01' };
    kickoff.cadence.minutes = 45;
    // The file as downloaded, then two answers an editor broke.
    const entry = { id: 'm', name: '', createdAt: '' };
    const file = agreementText(
      { index: { open: 'm', mentorships: [entry] }, open: 'm' },
      kickoff,
      '2026-11-22',
      agreementBlocks(kickoff, { writtenOn: '2026-11-22' }),
    )
      .replace('startDate: "2026-12-01"', 'startDate: "soon"')
      .replace('minutes: 45', 'minutes: 9000');
    expect(file).toContain('startDate: "soon"');
    render(
      <AgreementImport
        file={new File([file], 'agreement.md')}
        open=""
        blocksOf={agreementBlocks}
        onDone={() => {}}
      />,
    );
    const preview = await screen.findByRole('region', { name: 'The agreement in “agreement.md”' });
    expect(preview).toHaveTextContent(NAMED);
    expect(preview).not.toHaveTextContent('does not say what the answers');
  });

  test('a backup’s preview names each value reset, in which mentorship', async () => {
    const backup = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 1,
      mentorships: [{ id: 'a' }, { id: 'b', kickoff: KICKOFF }],
    });
    render(<RestorePanel file={new File([backup], 'backup.json')} onDone={() => {}} />);
    const preview = await screen.findByRole('region', { name: 'The backup in “backup.json”' });
    expect(preview).toHaveTextContent(
      '2 values in it did not fit and will be left empty: ' +
        'mentorship 2 › Kickoff checklist › The pair › Start date; ' +
        'mentorship 2 › Kickoff checklist › Cadence and session length › Session length (minutes).',
    );
  });
});

// Local times, so that the day and time read the same in whatever time zone the tests run.
const at = (day: number, hour: number) => new Date(2026, 10, day, hour).toISOString();
const pairKickoff = JSON.stringify({ version: 1, pair: { mentor: 'Ada', mentee: 'Tom' } });

/** This browser's mentorships (unnamed; those in `paired` with Tom and Ada), the first open. */
function here(entries: { id: string; createdAt: string }[], paired: string[] = []) {
  setTestStorageKey(
    INDEX_KEY,
    JSON.stringify({
      version: 1,
      open: entries[0]!.id,
      mentorships: entries.map((entry) => ({ ...entry, name: '' })),
    }),
  );
  for (const id of paired) setTestStorageKey(documentKey(id, 'kickoff'), pairKickoff);
}

describe('the previews call each mentorship as it is called, told apart, never by its place', () => {
  test('a backup’s mentorships among themselves, and this browser’s as its list calls them', async () => {
    here([
      { id: 'here-1', createdAt: at(1, 9) },
      { id: 'here-2', createdAt: at(1, 15) },
      { id: 'here-3', createdAt: at(2, 9) },
    ]);
    const pair = { pair: { mentor: 'Ada', mentee: 'Tom' } };
    const backup = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 1,
      mentorships: [
        { id: 'a', createdAt: at(30, 10), kickoff: pair },
        { id: 'b', createdAt: at(30, 10), kickoff: { pair: { mentor: 'Lin', mentee: '' } } },
        { id: 'c', createdAt: new Date(2026, 11, 1, 10).toISOString(), kickoff: pair },
        { id: 'dcba-1', createdAt: '' },
      ],
    });
    render(<RestorePanel file={new File([backup], 'backup.json')} onDone={() => {}} />);
    const preview = await screen.findByRole('region', { name: 'The backup in “backup.json”' });
    expect([...preview.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '“Tom and Ada (started 30 Nov 2026)”: 0 of 18 topics agreed, 0 finished sessions',
      '“Lin”: 0 of 18 topics agreed, 0 finished sessions',
      '“Tom and Ada (started 1 Dec 2026)”: 0 of 18 topics agreed, 0 finished sessions',
      '“Mentorship dcba”: 0 of 18 topics agreed, 0 finished sessions',
    ]);
    expect(preview).toHaveTextContent(
      'Replacing everything also deletes what the file does not have: ' +
        '“Mentorship started 1 Nov 2026, 09:00”, “Mentorship started 1 Nov 2026, 15:00”, ' +
        '“Mentorship started 2 Nov 2026”.',
    );
  });

  test('an agreement file of a mentorship this browser has beside a copy, opened on the copy', async () => {
    here(
      [
        { id: 'copy', createdAt: at(2, 9) },
        { id: 'first', createdAt: at(1, 9) },
      ],
      ['copy', 'first'],
    );
    const kickoff = { ...emptyKickoff(), pair: { mentor: 'Ada', mentee: 'Tom', startDate: '' } };
    const file = agreementText(
      {
        index: { open: 'first', mentorships: [{ id: 'first', name: '', createdAt: at(1, 9) }] },
        open: 'first',
      },
      kickoff,
      '2026-11-22',
      agreementBlocks(kickoff, { writtenOn: '2026-11-22' }),
    );
    render(
      <AgreementImport
        file={new File([file], 'agreement.md')}
        open="copy"
        blocksOf={agreementBlocks}
        onDone={() => {}}
      />,
    );
    const preview = await screen.findByRole('region', { name: 'The agreement in “agreement.md”' });
    // The file holds one mentorship, called as it is on its own.
    expect(preview).toHaveTextContent('This file holds “Tom and Ada”: 0 of 18 topics agreed.');
    expect(preview).toHaveTextContent(
      'This browser already has this mentorship, as “Tom and Ada (started 1 Nov 2026)”',
    );
    expect(preview).toHaveTextContent('The open mentorship is “Tom and Ada (started 2 Nov 2026)”');
    for (const name of [
      // The file holds the same answers: merging changes nothing, so Close takes its place.
      'Close',
      'Replace the answers of “Tom and Ada (started 1 Nov 2026)”',
      'Add as a copy',
      'Put these answers into “Tom and Ada (started 2 Nov 2026)”',
    ])
      expect(screen.getByRole('button', { name })).toBeVisible();
  });
});
