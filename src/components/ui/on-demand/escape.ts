/** A key handler for the import and restore previews. */

/** A key handler that runs `then` on Escape: every preview a button or link opened closes so. */
export const onEscape = (then: () => void) => (event: KeyboardEvent) => {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  then();
};
