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
