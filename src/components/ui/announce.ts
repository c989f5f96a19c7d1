import { atom } from 'nanostores';

/** What is said when code loaded on demand could not be loaded: offline, or a newer site. */
const UNAVAILABLE =
  'This could not load: you may be offline, or the site was updated. Nothing you typed is lost.';

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

/** The latest result, and where it is shown (see `announce`). */
export interface Result {
  /** The `Status` (Status.tsx) that shows it: the one whose `at` is the same. */
  at: string;
  text: string;
  /** Counts results, so the same words said again show as new. */
  n: number;
  /** What tries the failed action again, offered beside it with a reload (see `unavailable`). */
  retry?: () => void;
}

/** The latest result. */
export const $latest = atom<Result>({ at: '', text: '', n: 0 });

let pending: ReturnType<typeof setTimeout> | undefined;

/**
 * Says something to screen reader users through the page's live region (again, if repeated) and,
 * when `at` names a place, shows it there too (WCAG 2.2 SC 4.1.3, Status Messages: a result is
 * seen as well as heard), in the words of `shown` when the place says the rest itself. One result
 * shows at a time: a newer one anywhere replaces it.
 */
export function announce(message: string, at = '', shown = message, retry?: Result['retry']): void {
  $latest.set({ at, text: shown, n: $latest.get().n + 1, retry });
  prepareAnnouncer();
  const region = document.getElementById(REGION_ID)!;
  // Emptying first makes a repeated message a change that screen readers read again.
  region.textContent = '';
  clearTimeout(pending);
  pending = setTimeout(() => (region.textContent = message), 50);
}

/**
 * Says, at the control's `Status`, that code it needed could not be loaded (UNAVAILABLE), and
 * offers to try again (`retry`, with focus back on the control that failed) or to reload the page.
 */
export function unavailable(at: string, retry: () => void): void {
  const from = document.activeElement as HTMLElement | null;
  announce(UNAVAILABLE, at, UNAVAILABLE, () => {
    from?.focus();
    retry();
  });
}
