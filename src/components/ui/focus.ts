/** An element to focus: its id, or a function that finds it once the page has re-rendered. */
export type FocusTarget = string | (() => HTMLElement | null | undefined);

/**
 * The one way the playbooks move focus after a change: once the change has rendered, focus the
 * target if it is there and enabled (waiting a few frames at most), selecting its text if asked.
 * Islands re-render from a store change in a zero-delay timer (useStore, store.ts, batches them),
 * so the first try comes in a timer queued after it.
 */
export function focusSoon(target: FocusTarget, options: { select?: boolean } = {}): void {
  let frames = 0;
  const attempt = () => {
    const element = typeof target === 'string' ? document.getElementById(target) : target();
    if (element && !(element as HTMLButtonElement).disabled) {
      element.focus();
      if (options.select && element instanceof HTMLInputElement) element.select();
    } else if (++frames < 10) {
      requestAnimationFrame(attempt);
    }
  };
  setTimeout(attempt, 0);
}
