/**
 * Looks for a new version of the site and offers it, on a page the service worker already serves
 * (../offline.ts loads this module then, and it starts as it loads). A new version never replaces
 * the files an open tab started with: its worker waits (src/site/service-worker.ts) until the
 * person presses "Reload" here, or closes every tab of the site. Until then this tab keeps working
 * on the files it has, and says "A new version of the site is ready", seen at the foot of the
 * window and spoken by the page's live region. Reloading keeps everything typed, as the playbooks
 * store each answer as it is written. Workbox's window library tells a waiting worker apart,
 * whether this tab found it, another tab did, or it was waiting before this page loaded.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { Workbox } from 'workbox-window';
import { announce } from '../announce';

/** What the notice says, and the page's live region with it. */
export const UPDATE_READY =
  'A new version of the site is ready. Reload to use it: everything you typed is kept.';

/** How often an open tab looks for a new version, besides when it is shown again: hourly, in ms. */
export const CHECK_EVERY = 60 * 60 * 1000;

/**
 * Moves focus to the last control shown before `notice` (the notice comes last in the page, so
 * that is the one Tab left to reach it), so that hiding the notice never leaves focus on the page.
 */
function focusBefore(notice: HTMLElement | undefined): void {
  const controls = document.querySelectorAll<HTMLElement>(
    'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])',
  );
  const shown = [...controls].filter((el) => !notice?.contains(el) && el.getClientRects().length);
  shown.at(-1)?.focus();
}

/** The notice, with "Reload" and "Not now" (which hides it until the next page load). */
export function UpdateNotice({ onReload }: { onReload: () => void }) {
  const [shown, setShown] = useState(true);
  return shown ? (
    <section class="playbook update-notice" aria-label="New version">
      <p>{UPDATE_READY}</p>
      <div class="notice-actions">
        <button type="button" onClick={onReload}>
          Reload
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            setShown(false);
            focusBefore(place);
          }}
        >
          Not now
        </button>
      </div>
    </section>
  ) : null;
}

// This module loads only on a page the worker serves: the worker's own address, base path and all.
const workbox = new Workbox(navigator.serviceWorker.controller!.scriptURL);
let place: HTMLElement | undefined;
let reloading = false;

/** Lets the waiting worker take over, then reloads (at once when another tab let it already). */
function reload() {
  reloading = true;
  void navigator.serviceWorker.getRegistration().then((registration) => {
    if (registration?.waiting) workbox.messageSkipWaiting();
    else location.reload();
  });
}

/** Shows the notice (again, when "Not now" hid it) and says it. */
function offer() {
  if (!place) {
    // In the body itself, above the sidebar (Starlight's main is a stacking context of its own);
    // the notice is a landmark of its own.
    place = document.createElement('div');
    document.body.append(place);
  }
  render(null, place);
  render(<UpdateNotice onReload={reload} />, place);
  announce(UPDATE_READY);
}

workbox.addEventListener('waiting', offer);
// The new worker took over: this tab asked for it, or another tab did, and then this page runs
// on files the worker may no longer hold, so it says so again.
navigator.serviceWorker.addEventListener('controllerchange', () =>
  reloading ? location.reload() : offer(),
);
// Registering again does not look for a new worker when the address is the same (Service Workers,
// "Register"), so it asks for one as well.
void workbox.register().then(() => workbox.update());
// A tab can stay open for days: look again whenever it is shown, and hourly.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void workbox.update();
});
setInterval(() => void workbox.update(), CHECK_EVERY);
