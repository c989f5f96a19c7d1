/**
 * Keeps the site for use without a connection: registers the service worker the build generates
 * (src/site/service-worker.ts), which saves every page, script and the search for offline use.
 * Only playbook pages register it (each page's islands.ts imports this module): prose pages load
 * no script of ours. It runs as the page's islands do, when the page's own files are in already.
 * Once the worker serves the page (at once on a later visit; on the first, as soon as it has saved
 * the site and takes the page over), the code that looks for a new version of the site and offers
 * it loads (./on-demand/updates.tsx, which starts as it loads). So the first load carries only
 * these few lines, which every playbook page's budget counts to the byte.
 */
import { href } from './href';

const workers = navigator.serviceWorker;

const start = () =>
  // The file name is WORKER_FILE of src/site/service-worker.ts, written out: importing it costs
  // bytes on every playbook page.
  (workers.controller ? import('./on-demand/updates') : workers.register(href('/sw.js'))).catch(
    () => {
      // Not saved for offline use (site data blocked, a private window): the page works as it
      // is, and Your data says so.
    },
  );

if (workers) {
  workers.oncontrollerchange = start;
  start();
}
