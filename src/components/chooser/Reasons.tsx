import type { RankedFormat } from '../../playbook/chooser/chooser';

/** Why a ranked format fits and what counts against it, told apart in words and in looks. */
export function Reasons({ format, answered }: { format: RankedFormat; answered: boolean }) {
  const { reasonsFor, reasonsAgainst, name } = format;
  if (answered && reasonsFor.length === 0 && reasonsAgainst.length === 0) {
    return <p class="hint">Nothing in your answers so far speaks for or against it.</p>;
  }
  return (
    <>
      {reasonsFor.length > 0 && (
        <div class="reasons for">
          <p class="reasons-title">For</p>
          <ul class="reasons-for" aria-label={`Why ${name} fits`}>
            {reasonsFor.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      {reasonsAgainst.length > 0 && (
        <div class="reasons against">
          <p class="reasons-title">Against</p>
          <ul class="reasons-against" aria-label={`What counts against ${name}`}>
            {reasonsAgainst.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
