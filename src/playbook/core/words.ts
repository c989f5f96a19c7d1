/**
 * Small helpers for the words every playbook page shows: counts. Those only some parts use live
 * with them, so that they load with those parts (`lowerFirst` in the agreement, `listOf` with the
 * formats' names).
 */

/** A count with its noun: "1 action item", "2 action items". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
