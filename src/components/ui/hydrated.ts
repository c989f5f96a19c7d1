import { useEffect, useState } from 'preact/hooks';
import { prepareAnnouncer } from './announce';

/**
 * False in the build's HTML and the first render in the browser, true once the island runs:
 * stored state is applied then, as hydration does not patch `checked` or `value`.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    prepareAnnouncer();
    setHydrated(true);
  }, []);
  return hydrated;
}
