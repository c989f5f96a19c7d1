/** Prefixes a root-relative href with the base path; anything else (external, relative, #hash) is left alone. */
export function withBase(href: string, base: string): string {
  if (base === '/' || !href.startsWith('/') || href.startsWith('//')) return href;
  return `${base.replace(/\/$/, '')}${href}`;
}
