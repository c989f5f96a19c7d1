/**
 * The merge's parts of an import preview (ImportPreview.tsx): what a merge would do, said before
 * the choice, and the end of a merge with the share link to send back.
 */
import type { LinePart } from '../../../playbook/merge/on-demand/merge-words';
import type { MergePreview } from '../../../stores/portable/on-demand/merge';
import { shareLink } from '../../../stores/portable/portable';
import { copyFile } from '../kit/files';
import { Status } from '../Status';
import { onEscape } from './escape';

/**
 * What a merge brings in and overwrites here, as a list of sentences (MergePreview's `lines`). Text
 * someone typed (`{ user }`) is inserted as text; a line that starts with the name of the other
 * copy's source ("the link") starts with a capital.
 */
export function MergeLines({ lines }: { lines: readonly LinePart[][] }) {
  return (
    <ul class="merge-lines">
      {lines.map((line, i) => (
        <li key={i}>
          {line.map((part, j) =>
            typeof part === 'string' ? (
              part
            ) : 'title' in part ? (
              <em key={j}>{part.title}</em>
            ) : j === 0 && /^the /.test(part.user) ? (
              part.user.charAt(0).toUpperCase() + part.user.slice(1)
            ) : (
              part.user
            ),
          )}
          .
        </li>
      ))}
    </ul>
  );
}

/** Merging what was brought into this browser's copy: what it does, and the link to send back. */
export interface ImportMerge {
  preview: MergePreview;
  /** What the merged mentorship is called here, for the link back. */
  label: string;
  /** What merging it leaves in words ("Merged: …"), said when done. */
  done: string;
}

/** What merging would do here, in words, before the choice. */
export function MergeSaid({ from, merge }: { from: string; merge: ImportMerge }) {
  const { lines, changes, conflicts } = merge.preview;
  if (!changes)
    return (
      <p>
        <strong>This browser’s copy already holds everything the {from} has:</strong> merging
        changes nothing here.
      </p>
    );
  return (
    <>
      <p>
        <strong>Merge</strong> keeps the changes made on both sides: where both changed the same
        thing, the later change wins.
        {lines.length > 0
          ? ' Merging brings in:'
          : ' Nothing you see here changes: merging only notes when each part of it last changed.'}
      </p>
      {lines.length > 0 && <MergeLines lines={lines} />}
      {conflicts > 0 && (
        <p>
          Nothing typed is lost: the value that does not win is kept in the mentorship’s history.
        </p>
      )}
    </>
  );
}

/** The end of a merge: what it did, the link to send back, and Close. */
export function Merged(props: { merge: ImportMerge; onFinish: (message: string) => void }) {
  const { merge, onFinish } = props;
  const close = () => onFinish(merge.done);
  const link = async () => ({ name: 'link', text: await shareLink(merge.preview.id) });
  return (
    // Escape, from any of its controls, is the same as Close.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section class="notice import" aria-labelledby="import-title" onKeyDown={onEscape(close)}>
      <h2 id="import-title" tabIndex={-1}>
        Merged “{merge.label}”
      </h2>
      <p>{merge.done}</p>
      <p>
        Your partner’s copy does not have your changes yet: send them a share link of the merged
        mentorship, and once they merge it, both copies hold the same.
      </p>
      <p class="part-actions">
        <button type="button" onClick={() => copyFile(link, 'the share link', 'import-merged')}>
          Copy a share link for your partner
        </button>
        <button type="button" class="secondary" onClick={close}>
          Close
        </button>
      </p>
      <Status at="import-merged" />
    </section>
  );
}
