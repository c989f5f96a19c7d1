/** Small helpers for the words the playbooks show: counts and names. */

/** A count with its noun: "1 action item", "2 action items". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** A sentence's clause starting lower case ("The project is live" → "the project is live"), acronyms kept. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Items as a list in a sentence: "a", "a and b", "a, b and c"; '' for none. */
export function listOf(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
