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
