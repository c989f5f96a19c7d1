/**
 * Adding pairs to the programme overview, loaded on first use: reading dropped or picked files and
 * `#summary=` links into summaries, adding them to the list as it is now (addSummary's rule), and
 * opening a programme pack (file or `#program=` link), each with what came of it in words. Never
 * throws.
 */
import { readPack, decodePack, type PackRead } from '../../../playbook/program/pack';
import { decodeSummary, type ProgressSummary } from '../../../playbook/program/summary';
import {
  FILE_MAX_BYTES,
  addSummary,
  addedText,
  readPairText,
} from '../../../playbook/program/on-demand/add-pairs';
import { resetSaid } from '../../../playbook/portable/reset-names';
import type { Program } from '../../../playbook/documents/program';

/** What came of one file or link: added, updated, left out (older) or refused, in words. */
export interface PairResult {
  /** The file's name, or "Link". */
  from: string;
  outcome: 'added' | 'updated' | 'older' | 'refused';
  text: string;
}

/** One file or link as read: its summary and what came with it, or why it was refused. */
export type PairReadFrom = { from: string } & (
  | { ok: true; summary: ProgressSummary; reset: string[]; kind: 'summary' | 'agreement' }
  | { ok: false; text: string }
);

/**
 * Reads files one by one, each on its own: a file that cannot be read is refused with the reason.
 * Nothing is added yet: addReads puts them into the list as it is when they are added. Never
 * throws.
 */
export async function readFiles(files: readonly File[], today: string): Promise<PairReadFrom[]> {
  const reads: PairReadFrom[] = [];
  for (const file of files) {
    if (file.size > FILE_MAX_BYTES) {
      reads.push({
        from: file.name,
        ok: false,
        text: `This file is far larger than any progress summary or agreement (${(file.size / 1e6).toFixed(0)} MB); it was not read.`,
      });
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      reads.push({ from: file.name, ok: false, text: 'This file could not be read.' });
      continue;
    }
    const read = await readPairText(text, today, file.name);
    reads.push(
      read.ok
        ? { from: file.name, ok: true, summary: read.summary, reset: read.reset, kind: read.from }
        : { from: file.name, ok: false, text: read.message },
    );
  }
  return reads;
}

/** Reads a `#summary=` link's pair (added with addReads); never throws. */
export async function readLink(fragment: string): Promise<PairReadFrom> {
  const read = await decodeSummary(fragment);
  return read.ok
    ? { from: 'Link', ok: true, summary: read.summary, reset: read.reset, kind: 'summary' }
    : { from: 'Link', ok: false, text: read.message };
}

/**
 * Adds what was read to `list` (the list as it is now: the stored one, when the overview is kept),
 * one by one by addSummary's rule, with what came of each in words: the values that did not fit
 * named (resetSaid). Pure.
 */
export function addReads(
  list: readonly ProgressSummary[],
  reads: readonly PairReadFrom[],
): { list: readonly ProgressSummary[]; results: PairResult[] } {
  const results: PairResult[] = [];
  for (const read of reads) {
    if (!read.ok) {
      results.push({ from: read.from, outcome: 'refused', text: read.text });
      continue;
    }
    const next = addSummary(list, read.summary);
    list = next.list;
    const unknown =
      read.kind === 'agreement' && next.added.outcome !== 'older'
        ? ' From an agreement file: sessions are not known.'
        : '';
    const said = resetSaid(read.reset);
    results.push({
      from: read.from,
      outcome: next.added.outcome,
      text: `${addedText(read.summary, next.added, read.kind)}${unknown}${said ? ` ${said}` : ''}`,
    });
  }
  return { list, results };
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
