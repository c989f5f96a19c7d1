/**
 * A programme's folder of files, as a repository may keep them (issue 27, point 4): progress
 * summaries (`.json`), agreement files (`.md`, read without their sessions) and at most one
 * programme pack (`.json`), each read by the same readers as the overview page's files, so a
 * build-time overview counts exactly as the page does. Pure: it is handed the files' names and
 * texts (src/site/program-folder.ts reads the folder at build time).
 */
import { agreementBlocks } from '../kickoff/agreement';
import { readAgreement } from '../kickoff/agreement-read';
import { toMarkdown } from '../kickoff/agreement-file';
import type { Program } from '../documents/program';
import { resetSaid } from '../portable/reset-names';
import { PACK_FORMAT, readPack } from './pack';
import { progressSummary, readSummary, type ProgressSummary } from './summary';

/** The most files a folder may hold: far more than a programme of 200 pairs sends in a round. */
export const FOLDER_MAX_FILES = 5_000;

/** One file of the folder: its name (relative to the folder) and its text. */
export interface FolderFile {
  name: string;
  text: string;
}

/** What one file gave. */
export type FolderEntry =
  | { file: string; kind: 'summary'; summary: ProgressSummary; said: string }
  | { file: string; kind: 'pack'; program: Program; said: string }
  | { file: string; kind: 'refused'; message: string };

/** What a folder gave: its pairs' summaries, its pack (the first), and each file's outcome. */
export interface ProgramFolder {
  summaries: ProgressSummary[];
  program: Program | undefined;
  entries: FolderEntry[];
}

// Whether a JSON file says it is a pack (else it is read as a summary, which names what it is not).
const isPack = (text: string) => {
  try {
    const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return (
      typeof data === 'object' &&
      data !== null &&
      (data as { format?: unknown }).format === PACK_FORMAT
    );
  } catch {
    return false;
  }
};

/** Reads one file by its kind; `today` (YYYY-MM-DD) dates an agreement's summary when it has no day. */
export function readFolderFile({ name, text }: FolderFile, today: string): FolderEntry {
  if (/\.md$/i.test(name)) {
    const read = readAgreement(text, (kickoff, writtenOn) =>
      toMarkdown(agreementBlocks(kickoff, { writtenOn })),
    );
    if (!read.ok) return { file: name, kind: 'refused', message: read.message };
    const summary = progressSummary({
      mentorship: read.value,
      today: read.writtenOn || today,
      sessionsKnown: false,
    });
    return { file: name, kind: 'summary', summary, said: resetSaid(read.reset) };
  }
  if (!/\.json$/i.test(name))
    return { file: name, kind: 'refused', message: 'Only .json and .md files are read.' };
  if (isPack(text)) {
    const read = readPack(text);
    return read.ok
      ? { file: name, kind: 'pack', program: read.program, said: resetSaid(read.reset) }
      : { file: name, kind: 'refused', message: read.message };
  }
  const read = readSummary(text);
  return read.ok
    ? { file: name, kind: 'summary', summary: read.summary, said: resetSaid(read.reset) }
    : { file: name, kind: 'refused', message: read.message };
}

/**
 * Reads a folder's files, in name order. A second pack is refused (a folder is one programme's);
 * past FOLDER_MAX_FILES, the rest are refused unread.
 */
export function readProgramFolder(files: readonly FolderFile[], today: string): ProgramFolder {
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const entries: FolderEntry[] = [];
  let program: Program | undefined;
  for (const [i, file] of sorted.entries()) {
    if (i >= FOLDER_MAX_FILES) {
      entries.push({
        file: file.name,
        kind: 'refused',
        message: `Past the ${FOLDER_MAX_FILES.toLocaleString('en')} files a folder may hold; not read.`,
      });
      continue;
    }
    const entry = readFolderFile(file, today);
    if (entry.kind === 'pack' && program)
      entries.push({
        file: file.name,
        kind: 'refused',
        message: 'A second programme pack: the folder is one programme, and the first pack counts.',
      });
    else {
      if (entry.kind === 'pack') program = entry.program;
      entries.push(entry);
    }
  }
  return {
    summaries: entries.flatMap((entry) => (entry.kind === 'summary' ? [entry.summary] : [])),
    program,
    entries,
  };
}
