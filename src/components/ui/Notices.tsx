import { useStore } from './store';
import { unavailable } from './announce';
import { Status } from './Status';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
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
  const [List, setList] = useState<ComponentType<NoticesProps> | undefined>(undefined);
  const at = `notices-${props.what}`;
  useEffect(() => {
    if (!needed || List) return;
    const load = (): Promise<void> =>
      import('./on-demand/NoticeList')
        .then((m) => setList(() => m.NoticeList))
        // Offline, or a newer site: the page keeps working, and says a notice could not load.
        .catch(() => unavailable(at, load));
    load();
  }, [needed, List]);
  return (
    <div class="notices">
      {needed && List && <List {...props} />}
      <Status at={at} />
    </div>
  );
}
