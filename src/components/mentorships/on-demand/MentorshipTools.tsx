import { useStore } from '../../ui/store';
import { useEffect, useState } from 'preact/hooks';
import { NAME_MAX } from '../../../playbook/mentorships/edits';
import { $openLabel } from '../../../stores/mentorships/open-label';
import {
  $deleteProblem,
  $deletedMessage,
  deleteOpen,
  deleteQuestion,
  renameOpen,
  undoDelete,
} from '../../../stores/mentorships/tools';
import { $openId, mentorshipsStore, startMentorship } from '../../../stores/core/mentorships';
import { announce } from '../../ui/announce';
import { ConfirmAction } from '../../ui/kit/ConfirmAction';
import { focusSoon } from '../../ui/focus';
import { UndoBar } from '../../ui/kit/UndoBar';
import { WriteProblem } from '../../ui/on-demand/WriteProblem';
import { SharePanel } from './SharePanel';
import { Status } from '../../ui/Status';
import { switcherControl } from '../../ui/on-demand/switcher';

/**
 * Sharing, starting, renaming and deleting mentorships, with undo; loaded when first opened.
 * Escape closes it (`onClose`) and returns focus to the switcher's button that opened it; a
 * question inside it answers Escape first.
 */
export function MentorshipTools({ onClose }: { onClose: () => void }) {
  const open = useStore($openId);
  const label = useStore($openLabel);
  const deleted = useStore($deletedMessage);
  const problem = useStore($deleteProblem);
  const index = useStore(mentorshipsStore.$value);
  const given = index.mentorships.find((m) => m.id === open)?.name ?? '';
  const [name, setName] = useState(given);
  // Another mentorship opened: the box shows its name.
  useEffect(() => setName(given), [open, given]);

  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      class="mentorship-tools"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        onClose();
        focusSoon('mentorship-manage');
      }}
    >
      <UndoBar
        id="undo-mentorship"
        message={deleted}
        // When it cannot be undone, the problem below takes focus and says why.
        onUndo={() => (undoDelete() ? switcherControl : undefined)}
      />
      {problem && !problem.ok && <WriteProblem id="mentorship-problem" written={problem} />}
      {open && (
        <>
          <SharePanel />
          <form
            class="new-item"
            onSubmit={(e) => {
              e.preventDefault();
              if (!renameOpen(name)) return;
              announce(
                name.trim() ? `Renamed to “${name.trim()}”.` : 'Named after the pair again.',
                'rename',
              );
            }}
          >
            <label class="field">
              Name of “{label}”
              <input
                id="mentorship-name"
                type="text"
                value={name}
                maxLength={NAME_MAX}
                aria-describedby="mentorship-name-help"
                onInput={(e) => setName(e.currentTarget.value)}
              />
            </label>
            <button type="submit">Save name</button>
            <p id="mentorship-name-help" class="field-help">
              Leave it empty to call it after the pair, or by the day it started.
            </p>
            <Status at="rename" />
          </form>
          <p class="part-actions">
            <button
              id="new-mentorship"
              type="button"
              class="secondary"
              onClick={() => {
                if (!startMentorship()) return;
                announce('Started a new mentorship, now open, with empty answers.', 'mentorship');
                focusSoon(switcherControl);
              }}
            >
              New mentorship
            </button>
            <ConfirmAction
              label="Delete this mentorship…"
              question={deleteQuestion()}
              confirmLabel="Delete mentorship"
              cancelLabel="Keep it"
              onConfirm={() => (deleteOpen() ? 'undo-mentorship' : 'mentorship-problem')}
            />
          </p>
        </>
      )}
    </div>
  );
}
