import { holdsPlaybookData } from '../../stores/agenda/agenda';
import { useEffect, useState } from 'preact/hooks';

/**
 * Whether the page is being printed: islands render their print-only documents then, and not on
 * every keystroke before. Print media and the print events both count, as browsers differ in which
 * they signal; Preact renders in a microtask, so the document is in place before the page is laid
 * out for paper.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const query = matchMedia('print');
    const update = () => setPrinting(query.matches);
    const start = () => setPrinting(true);
    query.addEventListener('change', update);
    addEventListener('beforeprint', start);
    addEventListener('afterprint', update);
    update();
    return () => {
      query.removeEventListener('change', update);
      removeEventListener('beforeprint', start);
      removeEventListener('afterprint', update);
    };
  }, []);
  return printing;
}

/**
 * Whether the page is in use: true once a key or pointer is pressed or focus moves on it, or at
 * once when this browser holds playbook data (a page opened again, ready to print what it holds).
 * Code that a page only needs once in use (what it prints) waits for it.
 */
export function useInUse(): boolean {
  const [inUse, setInUse] = useState(false);
  useEffect(() => {
    if (holdsPlaybookData()) return setInUse(true);
    const use = () => setInUse(true);
    const types = ['keydown', 'pointerdown', 'focusin'];
    for (const type of types) addEventListener(type, use, { capture: true, once: true });
    return () => {
      for (const type of types) removeEventListener(type, use, { capture: true });
    };
  }, []);
  return inUse;
}
