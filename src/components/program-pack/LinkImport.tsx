import { useState } from 'preact/hooks';
import { isProgramFragment } from '../../playbook/core/share-fragment';
import { ShareImport } from '../mentorships/on-demand/ShareImport';
import { PackLink } from './PackLink';

/**
 * What a link opened on a playbook page holds: a programme pack's (`#program=`) or a shared
 * mentorship's (`#share=`). The switcher loads this one reader for both, which keeps its own
 * code (on every playbook page) to one test and one import.
 */
export function LinkImport({ onDone }: { onDone: () => void }) {
  // Told apart once, as the link opened: a pack leaves the address bar as soon as it is applied,
  // while what it did is still shown here.
  const [isPack] = useState(() => isProgramFragment(location.hash));
  return isPack ? <PackLink onDone={onDone} /> : <ShareImport onDone={onDone} />;
}
