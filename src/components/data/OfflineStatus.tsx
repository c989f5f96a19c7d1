import { useStore } from '../ui/store';
import { useEffect } from 'preact/hooks';
import { $offline, checkOffline, type OfflineState } from '../../stores/data/offline';
import '../playbook.css';

const SAYS: Record<OfflineState, string> = {
  unknown:
    'Whether this browser keeps the site for use without a connection shows here once the page has loaded.',
  saving: 'This browser is saving the site for use without a connection…',
  saved:
    'This browser has the site saved for use without a connection: every page, the search and the playbooks open without one.',
  failed:
    'Saving the site for use without a connection did not finish, as the connection dropped. It tries again on your next visit.',
  refused:
    'This browser did not let the site save itself for use without a connection (site data blocked, or a private window), so each page needs one to open.',
  unsupported:
    'This browser cannot keep the site for use without a connection, so each page needs one to open. Your answers are kept all the same.',
};

// Written out rather than through ui/href.ts, which lives in the shared chunk of every playbook
// page: importing it from here would add an export to that chunk, and bytes to every page.
const WORKER_URL = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sw.js`;

/** Whether this browser has the site for offline use, checked as the page starts. */
export default function OfflineStatus() {
  const state = useStore($offline, { ssr: () => 'unknown' as const });
  useEffect(() => void checkOffline(navigator.serviceWorker, WORKER_URL), []);
  return (
    <p class="playbook offline-status" data-offline={state}>
      {SAYS[state]}
    </p>
  );
}
