import { useEffect, useState } from 'preact/hooks';
import { unavailable } from './announce';

/**
 * A part of the page loaded with `import()` once it is `wanted`; undefined until then. When it
 * cannot load (offline, or a newer site), the page says so at `at`, with "Try again".
 */
export function useOnDemand<T>(wanted: boolean, load: () => Promise<T>, at: string): T | undefined {
  const [loaded, setLoaded] = useState<T | undefined>(undefined);
  useEffect(() => {
    if (!wanted || loaded) return;
    const go = (): Promise<void> =>
      load()
        .then((module) => setLoaded(() => module))
        .catch(() => unavailable(at, go));
    go();
  }, [wanted, loaded]);
  return loaded;
}
