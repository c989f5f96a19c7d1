import { useEffect, useState } from 'preact/hooks';
import { unavailable } from './announce';

/**
 * A part of the page loaded with `import()` once it is `wanted`; undefined until then. When it
 * cannot load (offline, or a newer site), the page says so at `at`, with "Try again". `home` is the
 * id of what "Try again" focuses when nothing had focus as the load failed (a part wanted as the
 * page opened), so focus does not fall to the page when the message goes.
 */
export function useOnDemand<T>(
  wanted: boolean,
  load: () => Promise<T>,
  at: string,
  home?: string,
): T | undefined {
  const [loaded, setLoaded] = useState<T | undefined>(undefined);
  useEffect(() => {
    if (!wanted || loaded) return;
    const go = (): Promise<void> =>
      load()
        .then((module) => setLoaded(() => module))
        .catch(() => {
          const lost = !document.activeElement || document.activeElement === document.body;
          unavailable(at, () => {
            if (lost && home) document.getElementById(home)?.focus();
            void go();
          });
        });
    void go();
  }, [wanted, loaded]);
  return loaded;
}
