// The "Your data" page's islands load from this one module, so the page fetches one file for them.
import '../ui/offline';
export { default as DataList } from './DataList';
export { default as BackupTools } from './BackupTools';
export { default as ProgressSummary } from './ProgressSummary';
export { default as RestoreFromFile } from './RestoreFromFile';
export { default as DeleteEverything } from './DeleteEverything';
export { default as OfflineStatus } from './OfflineStatus';
