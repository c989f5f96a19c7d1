/**
 * What the open mentorship is called, for the tools that rename, delete and share it. Those load
 * on demand, so this lives outside stores/core/, whose every module loads with each playbook page.
 */
import { computed } from 'nanostores';
import { $mentorshipList } from '../core/mentorship-list';
import { $openId } from '../core/mentorships';
import { listed } from '../core/all-stores';

/** What the open mentorship is called; '' when there is none yet. */
export const $openLabel = listed(
  computed(
    [$mentorshipList, $openId],
    (list, open) => list.find((m) => m.id === open)?.label ?? '',
  ),
);
