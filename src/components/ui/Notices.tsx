import { useStore } from './store';
import { Status } from './Status';
import { useOnDemand } from './lazy';
import { $held, mentorshipsStore } from '../../stores/core/mentorships';
import { $storageHealth, $storageNearlyFull } from '../../stores/core/storage';
import type { TextFile } from '../../playbook/core/text-file';
import type { VersionedStore } from '../../stores/core/versioned';

/** One stored document the notices speak for. */
export interface NoticeDocument {
  store: Pick<VersionedStore<object>, '$notices' | 'deleteBackups' | 'backupFile'>;
  /** What it holds, as in "Your ___ are read-only here": "answers", "agenda". */
  what: string;
}

/** What a playbook's notices speak for. */
export interface NoticesProps {
  /** Everything the page keeps, as in "Your ___ are not being saved": "agenda and history". */
  what: string;
  documents: readonly NoticeDocument[];
  /** What to download first when storage is nearly full (the planner's log). */
  rescue?: { label: string; file: () => TextFile | Promise<TextFile> };
}

const NONE = { readOnly: false, backups: 0, repaired: 0 };

/**
 * Notices about where a playbook's data is kept: storage problems, newer data, kept copies, the
 * index of mentorships rebuilt after it was damaged, and the open mentorship deleted in another
 * tab. They are rarely needed, so their code is loaded only when one has something to say.
 */
export function Notices(props: NoticesProps) {
  const health = useStore($storageHealth, { ssr: () => 'ok' as const });
  const nearlyFull = useStore($storageNearlyFull, { ssr: () => false });
  const index = useStore(mentorshipsStore.$notices, { ssr: () => NONE });
  const held = useStore($held, { ssr: () => undefined });
  // The list of documents is fixed for an island, so these hooks run in the same order each time.
  const documents = props.documents.map((d) => useStore(d.store.$notices, { ssr: () => NONE }));
  const needed =
    health !== 'ok' ||
    index.backups > 0 ||
    held ||
    (props.rescue && nearlyFull) ||
    documents.some((n) => n.readOnly || n.backups > 0);
  const at = `notices-${props.what}`;
  // Offline, or a newer site: the page keeps working, and says a notice could not load.
  const List = useOnDemand(!!needed, () => import('./on-demand/NoticeList'), at);
  return (
    <div class="notices">
      {needed && List && <List.NoticeList {...props} />}
      <Status at={at} />
    </div>
  );
}
