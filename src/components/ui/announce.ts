import { atom } from 'nanostores';

/** What is said when code loaded on demand could not be loaded (offline since the page loaded). */
export const UNAVAILABLE =
  'That did not work: part of the page could not be loaded. Check your connection and try again.';

const REGION_ID = 'playbook-announcer';

/** Makes sure the page has its one polite live region, before anything is announced into it. */
export function prepareAnnouncer(): void {
  if (document.getElementById(REGION_ID)) return;
  const region = document.createElement('p');
  region.id = REGION_ID;
  region.className = 'sr-only';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  document.body.append(region);
}

/**
 * The latest result, and where it is shown: the `Status` (Status.tsx) whose `at` is the same; `n`
 * counts results, so the same words said again show as new.
 */
export const $latest = atom({ at: '', text: '', n: 0 });

let pending: ReturnType<typeof setTimeout> | undefined;

/**
 * Says something to screen reader users through the page's live region (again, if repeated) and,
 * when `at` names a place, shows it there too (WCAG 2.2 SC 4.1.3, Status Messages: a result is
 * seen as well as heard), in the words of `shown` when the place says the rest itself. One result
 * shows at a time: a newer one anywhere replaces it.
 */
export function announce(message: string, at = '', shown = message): void {
  $latest.set({ at, text: shown, n: $latest.get().n + 1 });
  prepareAnnouncer();
  const region = document.getElementById(REGION_ID)!;
  // Emptying first makes a repeated message a change that screen readers read again.
  region.textContent = '';
  clearTimeout(pending);
  pending = setTimeout(() => (region.textContent = message), 50);
}
