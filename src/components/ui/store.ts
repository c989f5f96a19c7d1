import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/**
 * A store's value in a component, re-rendered when it changes, with the changes of one tick
 * batched into one render (so focus moves after it: see focus.ts). With `ssr`, the build's HTML
 * and the first render in the browser show `ssr()`, as hydration needs; the stored value follows
 * once the island runs. This is @nanostores/preact's `useStore` without its `keys` option, whose
 * deep-key code every playbook page loaded although no island uses it.
 */
export function useStore<T>(store: ReadableAtom<T>, options: { ssr?: () => NoInfer<T> } = {}): T {
  const [hydrated, setHydrated] = useState(!options.ssr);
  const [, render] = useState({});
  const value = store.get();
  useEffect(() => {
    setHydrated(true);
    // A change between the render and this effect would otherwise go unseen.
    if (store.get() !== value) render({});
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unlisten = store.listen(() => {
      timer ??= setTimeout(() => {
        timer = undefined;
        render({});
      });
    });
    return () => {
      unlisten();
      clearTimeout(timer);
    };
    // Subscribed once per store; `value` is only the one the first render saw.
  }, [store]);
  return hydrated ? value : options.ssr!();
}
