/**
 * Whether this browser keeps the site for use without a connection, for Your data: the service
 * worker (src/site/service-worker.ts) is active once it has saved every file; while it installs,
 * the site is being saved; a worker that turns redundant while installing did not finish (the
 * connection dropped); a browser without service workers, or one that refuses to register one
 * (site data blocked, some private windows), keeps nothing.
 */
import { atom } from 'nanostores';
import { listed } from '../core/all-stores';

/** Not known yet, being saved, saved, saving stopped short, refused, or no such feature. */
export type OfflineState = 'unknown' | 'saving' | 'saved' | 'failed' | 'refused' | 'unsupported';

/** What the browser says about keeping the site offline; `unknown` until checkOffline() ran. */
export const $offline = listed(atom<OfflineState>('unknown'));

/**
 * Finds out, and follows while it is being saved. Registering again is how to ask: it gives the
 * registration the playbook pages made (../../components/ui/offline.ts), or makes it if this page
 * is the first, and it says when the browser refuses.
 * @param workers The browser's service workers, undefined where it has none.
 * @param url The worker's address, under the base path.
 */
export async function checkOffline(
  workers: ServiceWorkerContainer | undefined,
  url: string,
): Promise<void> {
  if (!workers) return $offline.set('unsupported');
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await workers.register(url);
  } catch {
    // Left undefined by tools that stub registration out (Playwright's serviceWorkers: 'block').
  }
  if (!registration) return $offline.set('refused');
  if (registration.active) return $offline.set('saved');
  $offline.set('saving');
  const installing = registration.installing ?? registration.waiting;
  installing?.addEventListener('statechange', () => {
    if (installing.state === 'redundant' && $offline.get() === 'saving') $offline.set('failed');
  });
  await workers.ready;
  $offline.set('saved');
}
