/**
 * The build-time side of a programme kept in a repository (issue 27, point 4): the content
 * collection `programFolder` (src/content.config.ts) reads every `.json` and `.md` file under one
 * folder, at any depth, through src/playbook/program/folder.ts, so the built overview counts
 * exactly as the Programme overview page does with the same files. The folder is
 * `PROGRAM_FOLDER` (relative to the project), `examples/program-pairs` by default: a programme
 * that keeps its pairs' files in its own fork sets it, or replaces that folder's files.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import {
  readProgramFolder,
  FOLDER_MAX_FILES,
  type FolderEntry,
  type FolderFile,
} from '../playbook/program/folder';

/** The folder read when `PROGRAM_FOLDER` is not set. */
export const DEFAULT_PROGRAM_FOLDER = 'examples/program-pairs';

/** A file larger than this (bytes) is refused unread: far above any summary, pack or agreement. */
const MAX_FILE_BYTES = 5_000_000;

/** An entry of the collection: one file's outcome (FolderEntry), under its path as its id. */
export type FolderCollectionEntry = FolderEntry & { id: string };

/**
 * Every file of the folder, read: the collection's entries, in name order. `today` dates an
 * agreement's summary when its file has no day. A folder that does not exist gives no entries.
 */
export async function loadProgramFolder(
  folder: string = process.env.PROGRAM_FOLDER || DEFAULT_PROGRAM_FOLDER,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<FolderCollectionEntry[]> {
  const root = resolve(folder);
  let names: string[];
  try {
    names = (await readdir(root, { recursive: true })).map(String);
  } catch {
    return [];
  }
  const files: FolderFile[] = [];
  const refused: FolderEntry[] = [];
  for (const name of names.filter((n) => /\.(json|md)$/i.test(n)).slice(0, FOLDER_MAX_FILES + 1)) {
    const path = join(root, name);
    const file = relative(root, path).split(sep).join('/');
    const info = await stat(path);
    if (!info.isFile()) continue;
    if (info.size > MAX_FILE_BYTES)
      refused.push({
        file,
        kind: 'refused',
        message: 'Far larger than any file of ours; not read.',
      });
    else files.push({ name: file, text: await readFile(path, 'utf8') });
  }
  const { entries } = readProgramFolder(files, today);
  return [...entries, ...refused].map((entry) => ({ ...entry, id: entry.file }));
}
