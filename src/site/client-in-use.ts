/**
 * `client:in-use`, an Astro client directive for an island below the fold whose build-time HTML is
 * exactly what a first visit shows (an empty agreement preview, an empty history): it hydrates at
 * once when this browser already holds playbook data (any `mentorship-playbook:` key, or a share
 * link in the address), and otherwise when the island comes into view or the person first presses,
 * types or moves focus anywhere, or another tab writes data. So a first visit does not load code
 * that would only draw the same empty state again, while a page with data, printed at once, prints
 * that data. Astro's own `client:visible` alone would print a returning visitor's page empty.
 * Registered in astro.config.mjs; Astro inlines it into the pages that use it.
 */
import type { ClientDirective } from 'astro';

const PREFIX = 'mentorship-playbook:';
const TRIGGERS = ['pointerdown', 'keydown', 'focusin', 'storage', 'hashchange'] as const;

function holdsData(): boolean {
  try {
    for (let i = 0; i < localStorage.length; i++)
      if (localStorage.key(i)?.startsWith(PREFIX)) return true;
  } catch {
    // Storage turned off: there is nothing stored to show, so the empty state is right.
  }
  return location.hash.length > 1;
}

const inUse: ClientDirective = (load, _options, el) => {
  let started = false;
  const stops: (() => void)[] = [];
  const start = async () => {
    if (started) return;
    started = true;
    for (const stop of stops) stop();
    const hydrate = await load();
    await hydrate();
  };
  if (holdsData()) return void start();
  const seen = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) void start();
  });
  // An island's own element takes no box (display: contents), so its children are watched.
  for (const child of el.children) seen.observe(child);
  stops.push(() => seen.disconnect());
  for (const type of TRIGGERS) {
    const go = () => void start();
    addEventListener(type, go, { capture: true });
    stops.push(() => removeEventListener(type, go, { capture: true }));
  }
};

export default inUse;

declare module 'astro' {
  interface AstroClientDirectives {
    'client:in-use'?: boolean;
  }
}
