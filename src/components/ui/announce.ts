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

let pending: ReturnType<typeof setTimeout> | undefined;

/** Says something to screen reader users through the page's live region (again, if repeated). */
export function announce(message: string): void {
  prepareAnnouncer();
  const region = document.getElementById(REGION_ID)!;
  // Emptying first makes a repeated message a change that screen readers read again.
  region.textContent = '';
  clearTimeout(pending);
  pending = setTimeout(() => (region.textContent = message), 50);
}
