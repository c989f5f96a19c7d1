import { isProgramFragment } from '../../playbook/core/share-fragment';
import { ShareImport } from '../mentorships/on-demand/ShareImport';
import { PackLink } from './PackLink';

/**
 * What a link opened on a playbook page holds: a programme pack's (`#program=`) or a shared
 * mentorship's (`#share=`). The switcher loads this one reader for both, which keeps its own
 * code (on every playbook page) to one test and one import.
 */
export function LinkImport({ onDone }: { onDone: () => void }) {
  return isProgramFragment(location.hash) ? (
    <PackLink onDone={onDone} />
  ) : (
    <ShareImport onDone={onDone} />
  );
}
