/**
 * A short fingerprint of some texts (FNV-1a, 32 bits, in hex): equal texts give equal
 * fingerprints. It tells whether data changed since a backup, and turns an unsafe id into a safe
 * one that is the same each time; it is no defence against someone choosing collisions.
 */
export function fingerprint(texts: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    // Where one text ends and the next begins counts too.
    hash = Math.imul(hash ^ 0xffff, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
