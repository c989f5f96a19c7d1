import { useStore } from './store';
import { useEffect, useState } from 'preact/hooks';
import { $move } from '../../stores/core/storage';
import { prepareAnnouncer } from './announce';

/**
 * False in the build's HTML and the first render in the browser, true once the island runs:
 * stored state is applied then, as hydration does not patch `checked` or `value`. Also false while
 * a damaged index is rebuilt or the first release's saved data is moved, so nothing is typed
 * before it shows.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  const moving = useStore($move) === 'moving';
  useEffect(() => {
    prepareAnnouncer();
    setHydrated(true);
  }, []);
  return hydrated && !moving;
}
