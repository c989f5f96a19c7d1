/**
 * What the programme overview does now and then, loaded on first use: reading dropped or picked
 * files and `#summary=` links into pairs, opening a programme pack (file or `#program=` link),
 * handing the pack out (its link for pairs, its file), and downloading the CSV (whose code, with
 * papaparse, loads only then).
 */
import {
  readPack,
  decodePack,
  encodePack,
  packFile,
  type PackRead,
} from '../../../playbook/program/pack';
import { decodeSummary, type ProgressSummary } from '../../../playbook/program/summary';
import {
  FILE_MAX_BYTES,
  addSummary,
  addedText,
  readPairText,
} from '../../../playbook/program/on-demand/add-pairs';
import { resetSaid } from '../../../playbook/portable/reset-names';
import type { Program } from '../../../playbook/documents/program';
import type { OverviewRow } from '../../../playbook/program/overview';
import { copyToClipboard, saveFile } from '../../ui/on-demand/file-actions';
import { href } from '../../ui/href';

/** What came of one file or link: added, updated, left out (older) or refused, in words. */
export interface PairResult {
  /** The file's name, or "Link". */
  from: string;
  outcome: 'added' | 'updated' | 'older' | 'refused';
  text: string;
}

const leftOut = (reset: readonly string[]) =>
  reset.length
    ? ` ${reset.length === 1 ? 'One value' : `${reset.length} values`} in it did not fit and ${reset.length === 1 ? 'was' : 'were'} left out.`
    : '';

/**
 * Reads files one by one into the list of summaries, each on its own: a file that cannot be read
 * is refused with the reason and changes nothing else. Never throws.
 */
export async function addFiles(
  files: readonly File[],
  list: readonly ProgressSummary[],
  today: string,
): Promise<{ list: readonly ProgressSummary[]; results: PairResult[] }> {
  const results: PairResult[] = [];
  for (const file of files) {
    if (file.size > FILE_MAX_BYTES) {
      results.push({
        from: file.name,
        outcome: 'refused',
        text: `This file is far larger than any progress summary or agreement (${(file.size / 1e6).toFixed(0)} MB); it was not read.`,
      });
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      results.push({ from: file.name, outcome: 'refused', text: 'This file could not be read.' });
      continue;
    }
    const read = await readPairText(text, today, file.name);
    if (!read.ok) {
      results.push({ from: file.name, outcome: 'refused', text: read.message });
      continue;
    }
    const next = addSummary(list, read.summary);
    list = next.list;
    const from =
      read.from === 'agreement' ? ' From an agreement file: sessions are not known.' : '';
    results.push({
      from: file.name,
      outcome: next.added.outcome,
      text: `${addedText(read.summary, next.added)}${from}${leftOut(read.reset)}`,
    });
  }
  return { list, results };
}

/** Adds the pair of a `#summary=` link; never throws. */
export async function addLink(
  fragment: string,
  list: readonly ProgressSummary[],
): Promise<{ list: readonly ProgressSummary[]; result: PairResult }> {
  const read = await decodeSummary(fragment);
  if (!read.ok) return { list, result: { from: 'Link', outcome: 'refused', text: read.message } };
  const next = addSummary(list, read.summary);
  return {
    list: next.list,
    result: {
      from: 'Link',
      outcome: next.added.outcome,
      text: `${addedText(read.summary, next.added)}${leftOut(read.reset)}`,
    },
  };
}

/** What opening a pack gave, with the values left out named in words. */
export type PackOpened =
  { ok: true; program: Program; text: string } | { ok: false; message: string };

const opened = (read: PackRead): PackOpened =>
  read.ok
    ? {
        ok: true,
        program: read.program,
        text: `Using the rules of “${read.program.name}”.${read.reset.length ? ` ${resetSaid(read.reset)}` : ''}`,
      }
    : read;

/** Reads a picked programme pack file; never throws. */
export async function openPackFile(file: File): Promise<PackOpened> {
  if (file.size > FILE_MAX_BYTES)
    return {
      ok: false,
      message: 'This file is far larger than any programme pack; it was not read.',
    };
  try {
    return opened(readPack(await file.text()));
  } catch {
    return { ok: false, message: 'This file could not be read.' };
  }
}

/** Reads a `#program=` link's fragment; never throws. */
export const openPackLink = async (fragment: string) => opened(await decodePack(fragment));

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
