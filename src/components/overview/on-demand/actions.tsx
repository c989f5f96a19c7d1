/**
 * What the programme overview does now and then, loaded on first use: reading and adding pairs and
 * opening a pack (the store's, re-exported), handing the pack out (its link for pairs, its file),
 * downloading the CSV (whose code, with papaparse, loads only then), and the list of what came of
 * each file.
 */
import { encodePack, packFile } from '../../../playbook/program/pack';
import type { Program } from '../../../playbook/documents/program';
import type { PairResult } from '../../../stores/overview/on-demand/pairs';
import type { OverviewRow } from '../../../playbook/program/overview';
import { copyToClipboard, saveFile } from '../../ui/on-demand/file-actions';
import { href } from '../../ui/href';

// Reading and adding pairs and packs is the store's (src/stores/overview/on-demand/pairs.ts); the
// page loads it with the file actions below, as one module.
export * from '../../../stores/overview/on-demand/pairs';

/** The link that opens the pack on the kickoff checklist, for the pairs. */
export const packLink = async (program: Program) =>
  `${location.origin}${href('/playbooks/kickoff-checklist/')}#${await encodePack(program)}`;

/** Copies the pack's link for pairs, and says so at `at`. */
export const copyPackLink = async (program: Program, at: string) =>
  copyToClipboard({ name: 'link', text: await packLink(program) }, 'the link for pairs', at);

/** Downloads the pack's file, and says so at `at`. */
export const downloadPack = (program: Program, at: string) => saveFile(packFile(program), at);

/** Downloads the rows shown as CSV (its code loads now), and says so at `at`. */
export async function downloadCsv(
  rows: readonly OverviewRow[],
  today: string,
  at: string,
): Promise<void> {
  const { overviewCsvFile } = await import('../../../playbook/program/on-demand/csv');
  saveFile(overviewCsvFile(rows, today), at);
}

const OUTCOME_WORDS: Record<PairResult['outcome'], string> = {
  added: 'Added',
  updated: 'Updated',
  older: 'Left out',
  refused: 'Refused',
};

/** What came of each file or link of the last batch, one line each. */
export function FileResults({ results }: { results: readonly PairResult[] }) {
  return (
    <ul class="file-results" aria-label="What came of each file">
      {results.map((result, i) => (
        <li key={i} class={`file-result result-${result.outcome}`}>
          <strong>
            {OUTCOME_WORDS[result.outcome]}: {result.from}.
          </strong>{' '}
          {result.text}
        </li>
      ))}
    </ul>
  );
}
