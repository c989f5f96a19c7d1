/**
 * Merging every document of one mentorship at once (merge.ts merges one), for the previews of a
 * share link, an agreement file or a backup that hold a mentorship this browser has.
 */
import { merge, type MergeChange, type Marked } from './merge';

/** A change of a mentorship's merge: a document's change (MergeChange), named by its document. */
export interface MentorshipChange<K extends string = string> extends MergeChange {
  /** The document's key, as the caller gave it (for the words, its portable field: `kickoff`). */
  document: K;
}

/** A merged mentorship: each document with its marks, and what changed from the local copy. */
export interface MentorshipMerge<K extends string> {
  documents: Record<K, Marked>;
  /** The changes, document by document in the local copy's order. */
  report: MentorshipChange<K>[];
}

/**
 * Merges the other copy of a mentorship (`remote`: each document with its marks, by key) into this
 * browser's (`local`), document by document with `merge`. A document only one copy holds is taken
 * as it is. Keys are the caller's (the portable fields, `kickoff`, `history`, …, for
 * `mergeLines`). Never throws on JSON values; changes neither copy.
 */
export function mergeMentorship<K extends string>(
  local: Partial<Record<K, Marked>>,
  remote: Partial<Record<K, Marked>>,
): MentorshipMerge<K> {
  const documents = {} as Record<K, Marked>;
  const report: MentorshipChange<K>[] = [];
  const keys = new Set([...Object.keys(local), ...Object.keys(remote)] as K[]);
  for (const key of keys) {
    const [here, there] = [local[key], remote[key]];
    const merged = merge((here ?? there)!, (there ?? here)!);
    documents[key] = { value: merged.value, marks: merged.marks };
    for (const change of merged.report) report.push({ ...change, document: key });
  }
  return { documents, report };
}
