/**
 * The Content-Security-Policy of every built page, written into its <head> after the build: scripts
 * only from this site or inline with the hash of their exact text, styles likewise (style
 * attributes aside, see the README), no plugins, no base or form targets elsewhere. Hashing the
 * built page itself covers what Astro's own `security.csp` leaves out: Starlight's `is:inline`
 * scripts, Astro's island runtime and its style element.
 */
import { createHash } from 'node:crypto';

/** What every page allows besides its own inline scripts and styles. */
export const BASE_DIRECTIVES = {
  'default-src': ["'self'"],
  // Pagefind's search runs WebAssembly; nothing else evaluates code.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  // Starlight's icons and sidebar set CSS variables in style attributes, which cannot be hashed
  // for every browser; attributes only, never <style> elements.
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  // The service worker that keeps the site for use offline, and the web app manifest that makes it
  // installable: both from this site only.
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
} as const;

/** The sha256 source expression of a text, as a policy lists it: 'sha256-…'. */
export const hashSource = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script>/g;
const STYLE_ELEMENT = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g;

/** The policy for one page: the base directives with the hashes of its inline scripts and styles. */
export function policyFor(html: string): string {
  const hashes = (pattern: RegExp) => [
    ...new Set([...html.matchAll(pattern)].map((m) => hashSource(m[1]!))),
  ];
  const directives: Record<string, readonly string[]> = {
    ...BASE_DIRECTIVES,
    'script-src': [...BASE_DIRECTIVES['script-src'], ...hashes(INLINE_SCRIPT)],
    'style-src': [...BASE_DIRECTIVES['style-src'], ...hashes(STYLE_ELEMENT)],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * A built page with its policy right after its `<meta charset>`, before any script runs. The
 * charset goes first because the HTML standard's encoding sniffing looks for it only in the first
 * 1024 bytes (WHATWG HTML, "prescan a byte stream"), and a policy of hashes is long.
 * @throws Error when the page has no `<meta charset>` in its head, or a script comes before it.
 */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html)}">`;
  const charset = /<meta charset=["']?[\w-]+["']?\s*\/?>/i.exec(html);
  const firstScript = html.search(/<script[\s>]/);
  if (!charset || (firstScript !== -1 && firstScript < charset.index))
    throw new Error('A page needs <meta charset> in its <head> before any script.');
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/**
 * The `_headers` file for hosts that read one: what public/_headers says for every address, then
 * each page's policy under its own address (the hashes differ from page to page).
 */
export function headersFile(common: string, pages: readonly { path: string; policy: string }[]) {
  const blocks = pages.map(({ path, policy }) => `${path}\n  Content-Security-Policy: ${policy}`);
  return `${common.trimEnd()}\n\n${blocks.join('\n')}\n`;
}
