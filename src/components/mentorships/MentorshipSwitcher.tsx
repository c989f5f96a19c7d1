import { useStore } from '../ui/store';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isShareFragment } from '../../playbook/core/share-fragment';
import {
  $mentorshipList,
  backupReminderMayBeDue,
  openMentorship,
} from '../../stores/core/mentorship-list';
import { $held, $openId, mentorshipsStore } from '../../stores/core/mentorships';
import { $move } from '../../stores/core/storage';
import { announce } from '../ui/announce';
import { useHydrated } from '../ui/hydrated';
import '../playbook.css';

/**
 * Which mentorship the playbooks show, on every playbook page: open another, and (tools loaded
 * when first asked for) share the open one, start a new one, rename or delete one. A share link
 * opened here is read, and offered for adding, by code loaded only then.
 */
export function MentorshipSwitcher() {
  const hydrated = useHydrated();
  const list = useStore($mentorshipList, { ssr: () => [] });
  const open = useStore($openId, { ssr: () => '' });
  const readOnly = useStore(mentorshipsStore.$readOnly, { ssr: () => false });
  const moveFailed = useStore($move) === 'failed';
  const [shown, setShown] = useState(false);
  const [Tools, setTools] = useState<ComponentType<{ onClose: () => void }> | undefined>(undefined);
  const [Import, setImport] = useState<ComponentType<{ onDone: () => void }> | undefined>(
    undefined,
  );
  const [Reminder, setReminder] = useState<ComponentType | undefined>(undefined);
  // While another tab's deletion is held, the notice about it offers the only choices.
  const held = useStore($held, { ssr: () => undefined }) !== undefined;
  const disabled = !hydrated || readOnly || moveFailed;
  const some = list.length > 0 && !held;
  // The reminder to back up, and its check, load only when the last backup is over a week old.
  useEffect(() => {
    if (hydrated && some && backupReminderMayBeDue())
      import('./on-demand/BackupReminder')
        .then((m) => setReminder(() => m.BackupReminder))
        .catch(() => {});
  }, [hydrated, some]);
  // A share link opened here (or followed while on the page): its reader loads only then.
  useEffect(() => {
    const check = () => {
      if (!isShareFragment(location.hash)) return;
      setImport(undefined);
      import('./on-demand/ShareImport')
        .then((m) => setImport(() => m.ShareImport))
        .catch(() => announce('The shared link could not be read: part of the page did not load.'));
    };
    check();
    addEventListener('hashchange', check);
    return () => removeEventListener('hashchange', check);
  }, []);

  return (
    <section class="playbook mentorships" aria-label="Mentorship">
      {Import && <Import onDone={() => setImport(undefined)} />}
      {Reminder && <Reminder />}
      {hydrated && some ? (
        <label class="field">
          Mentorship
          <select
            id="mentorship-select"
            value={open}
            disabled={disabled || list.length < 2}
            onChange={(e) => {
              openMentorship(e.currentTarget.value);
              announce(`Opened ${e.currentTarget.selectedOptions[0]?.text}.`);
            }}
          >
            {list.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
      ) : held ? null : (
        <p class="hint">
          {moveFailed
            ? 'Storage is full: your saved answers stay where they are, and only one mentorship can be kept.'
            : 'Your first answer starts a mentorship. Keep one for each mentee.'}
        </p>
      )}
      {some && (
        <button
          type="button"
          class="secondary"
          disabled={disabled}
          aria-expanded={shown}
          aria-controls="mentorship-tools"
          onClick={() => {
            setShown(!shown);
            if (!Tools)
              import('./on-demand/MentorshipTools')
                .then((m) => setTools(() => m.MentorshipTools))
                .catch(() => announce('This could not load. Check your connection and try again.'));
          }}
        >
          Share or manage…
        </button>
      )}
      <div id="mentorship-tools">
        {shown && Tools && !held && <Tools onClose={() => setShown(false)} />}
      </div>
    </section>
  );
}
