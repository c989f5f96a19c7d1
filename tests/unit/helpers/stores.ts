import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import {
  $agendaReadOnly,
  $agreedSessionLength,
  $draft,
  $history,
  $removedPart,
  $sessionLength,
  $timebox,
  draftStore,
  historyStore,
} from '../../../src/stores/agenda';
import { $agreementBlocks } from '../../../src/stores/agreement';
import { $chooserAnswers, $formatRanking, chooserStore } from '../../../src/stores/chooser';
import { $clearedKickoff, $kickoffProgress, kickoffStore } from '../../../src/stores/kickoff';
import { $storageHealth, $storageUse } from '../../../src/stores/storage';
import type { VersionedStore } from '../../../src/stores/versioned';

const documentStores = (store: VersionedStore<object>) => [
  store.$value,
  store.$readOnly,
  store.$document,
  store.$backups,
];

/**
 * Unmounts and resets every store, then points persistence at the test storage engine. Stores can
 * stay mounted for a second after their last listener (nanostores' unmount delay), still listening
 * to the engine they mounted with; cleaning them makes the next mount use the test engine.
 */
export function resetStores(): void {
  cleanStores(
    $agreementBlocks,
    $formatRanking,
    $chooserAnswers,
    $kickoffProgress,
    $clearedKickoff,
    $timebox,
    $draft,
    $history,
    $sessionLength,
    $agreedSessionLength,
    $removedPart,
    $agendaReadOnly,
    ...documentStores(draftStore as VersionedStore<object>),
    ...documentStores(historyStore as VersionedStore<object>),
    ...documentStores(chooserStore as VersionedStore<object>),
    ...documentStores(kickoffStore as VersionedStore<object>),
  );
  useTestStorageEngine();
  cleanTestStorage();
  $storageHealth.set('ok');
  $storageUse.set(0);
}
