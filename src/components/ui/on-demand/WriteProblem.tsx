import { useEffect } from 'preact/hooks';
import { beforeFile } from '../../../stores/portable/portable';
import type { WriteProblem as Problem, Written } from '../../../stores/storage/write-all';
import { announce } from '../announce';
import { focusSoon } from '../focus';
import { saveFile } from './file-actions';
import { Status } from '../Status';

/** What each way a change of several keys can fail means for the person, in their words. */
export const WRITE_PROBLEMS: Record<Problem, string> = {
  'read-only':
    'This browser holds mentorships saved by a newer version of Mentorship Playbook, so this page does not change them. Nothing was changed. Reload the page to get the newer version.',
  full: 'There is not enough room in this browser’s storage for this. Nothing was changed: your data is as it was. Delete a mentorship you no longer need, then try again.',
  failed:
    'This browser refused to store the change (its storage may be turned off for this site). Nothing was changed: your data is as it was.',
  partial:
    'This browser refused to store the change part way, and then refused to put back what was there before, so some of it may have changed. Download what was here before and keep the file: Your data › Restore brings it back.',
};

/**
 * Why a change of several keys could not be made, seen and heard where it was asked for, with
 * focus on it; when it may have been made in part, the file of what was here before.
 */
export function WriteProblem({ id, written }: { id: string; written: Written & { ok: false } }) {
  const message = WRITE_PROBLEMS[written.problem];
  useEffect(() => {
    announce(message);
    focusSoon(id);
  }, [written]);
  return (
    <div id={id} class="notice danger" role="alert" tabIndex={-1} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} class="notice-title">
        {written.problem === 'partial'
          ? 'Part of this may have changed'
          : 'That could not be saved'}
      </p>
      <p>{message}</p>
      {written.problem === 'partial' && (
        <p class="notice-actions">
          <button type="button" onClick={() => saveFile(beforeFile(written.before), id)}>
            Download what was here before
          </button>
          <Status at={id} />
        </p>
      )}
    </div>
  );
}
