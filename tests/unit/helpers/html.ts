import { Window } from 'happy-dom';

/** Parses an HTML fragment into a detached element, so tests query structure rather than match strings. */
export function parseFragment(html: string): HTMLElement {
  const { document } = new Window();
  const root = document.createElement('div');
  root.innerHTML = html;
  return root as unknown as HTMLElement;
}

/** Text content with runs of white space folded, as a reader sees it. */
export function readableText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
