/**
 * Where the coordinator's overview is kept when they choose to keep it in this browser (issue 27),
 * apart from the store (./kept.ts, loaded only then), so the page can tell whether anything is
 * kept without loading the schemas that read it.
 */
import { installBrowserStorage, storedText } from '../core/storage';

export const OVERVIEW_KEY = 'mentorship-playbook:v2:program-overview';

/** Whether this browser keeps an overview; false when storage is blocked (nothing can be kept). */
export function overviewKept(): boolean {
  installBrowserStorage();
  return storedText(OVERVIEW_KEY).get() !== undefined;
}
