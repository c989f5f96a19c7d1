import { useStore } from '../ui/store';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  $mentorshipList,
  backupReminderMayBeDue,
  openMentorship,
  reviewNoticeMayShow,
} from '../../stores/core/mentorship-list';
import { $held, $openId, mentorshipsStore } from '../../stores/core/mentorships';
import { $move } from '../../stores/core/storage';
import { announce, unavailable } from '../ui/announce';
import { useHydrated } from '../ui/hydrated';
import { Status } from '../ui/Status';
import '../playbook.css';

// isShareFragment or isProgramFragment (src/playbook/core/share-fragment.ts) in one test: every
// playbook page runs it, and one reader (LinkImport) tells the two apart once loaded.
const LINK_FRAGMENT = /^#?(?:share|program)(?:=|%(?:25)*3d)v\d/i;

/**
 * Which mentorship the playbooks show, on every playbook page: its name when there is one, a list
 * to choose another and "Open" when there are several, and (tools loaded when first asked for)
 * sharing the open one, starting a new one, renaming or deleting one. A share link
 * opened here is read, and offered for adding, by code loaded only then; so is a programme pack's
 * link, offered for applying.
 */
export function MentorshipSwitcher() {
  const hydrated = useHydrated();
  const list = useStore($mentorshipList, { ssr: () => [] });
  const open = useStore($openId, { ssr: () => '' });
  const readOnly = useStore(mentorshipsStore.$readOnly, { ssr: () => false });
  const moveFailed = useStore($move) === 'failed';
  const [shown, setShown] = useState(false);
  // The mentorship chosen in the list, opened only by "Open"; it follows the open one.
  const [chosen, setChosen] = useState(open);
  useEffect(() => setChosen(open), [open]);
  const [Tools, setTools] = useState<ComponentType<{ onClose: () => void }> | undefined>(undefined);
  const [Import, setImport] = useState<ComponentType<{ onDone: () => void }> | undefined>(
    undefined,
  );
  const loadTools = (): Promise<void> =>
    import('./on-demand/MentorshipTools')
      .then((m) => setTools(() => m.MentorshipTools))
      .catch(() => unavailable('mentorship', loadTools));
  const [Reminder, setReminder] = useState<ComponentType | undefined>(undefined);
  // While another tab's deletion is held, the notice about it offers the only choices.
  const held = useStore($held, { ssr: () => undefined }) !== undefined;
  const disabled = !hydrated || readOnly || moveFailed;
  const some = list.length > 0 && !held;
  const [Review, setReview] = useState<ComponentType | undefined>(undefined);
  // The reminder to back up, and its check, load only when the last backup is over a week old;
  // the review's notice (due, paused or ended) only when one may show.
  useEffect(() => {
    if (!hydrated || !some) return;
    // No one asked for them: when one cannot load, the next page load tries again.
    if (backupReminderMayBeDue())
      import('./on-demand/BackupReminder')
        .then((m) => setReminder(() => m.BackupReminder))
        .catch(() => {});
    if (reviewNoticeMayShow())
      import('./on-demand/ReviewNotice')
        .then((m) => setReview(() => m.ReviewNotice))
        .catch(() => {});
  }, [hydrated, some, open]);
  // A share link or programme pack link opened here (or followed while on the page): its reader
  // loads only then.
  useEffect(() => {
    const check = () => {
      if (!LINK_FRAGMENT.test(location.hash)) return;
      setImport(undefined);
      import('../program-pack/LinkImport')
        .then((m) => setImport(() => m.LinkImport))
        .catch(() => unavailable('mentorship', check));
    };
    check();
    addEventListener('hashchange', check);
    return () => removeEventListener('hashchange', check);
  }, []);

  return (
    <section id="mentorship-switcher" class="playbook mentorships" aria-label="Mentorship">
      {Import && <Import onDone={() => setImport(undefined)} />}
      {Reminder && <Reminder />}
      {Review && <Review />}
      <div class="mentorship-row">
        {hydrated && some ? (
          list.length > 1 ? (
            // Choosing in the list changes nothing until "Open" is pressed: arrow keys on a
            // closed list would otherwise swap the whole page at each step (WCAG 2.2 SC 3.2.2).
            <form
              class="mentorship-choice"
              onSubmit={(e) => {
                e.preventDefault();
                const to = list.find((m) => m.id === chosen);
                if (to && openMentorship(to.id)) announce(`Opened “${to.label}”.`, 'mentorship');
              }}
            >
              <label for="mentorship-select">Mentorship</label>
              <select
                id="mentorship-select"
                value={chosen}
                disabled={disabled}
                onChange={(e) => setChosen(e.currentTarget.value)}
              >
                {list.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.label}
                  </option>
                ))}
              </select>
              <button type="submit" class="secondary" disabled={disabled}>
                Open
              </button>
            </form>
          ) : (
            <p class="mentorship-current">
              Mentorship: <strong>{list[0]!.label}</strong>
            </p>
          )
        ) : held ? null : (
          <p class="hint">
            {moveFailed
              ? 'Storage is full: your saved answers stay where they are, and only one mentorship can be kept.'
              : 'Your first answer starts a mentorship. Keep one for each mentee.'}
          </p>
        )}
        {some && (
          <button
            id="mentorship-manage"
            type="button"
            class="secondary"
            disabled={disabled}
            aria-expanded={shown}
            aria-controls="mentorship-tools"
            onClick={() => {
              setShown(!shown);
              if (!Tools) loadTools();
            }}
          >
            Share or manage…
          </button>
        )}
        <Status at="mentorship" />
      </div>
      <div id="mentorship-tools">
        {shown && Tools && !held && <Tools onClose={() => setShown(false)} />}
      </div>
    </section>
  );
}
