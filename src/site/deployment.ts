/** Where the built site is served from: Astro's `site` (origin) and `base` (path prefix). */
export interface Deployment {
  site: string;
  base: string;
}

/** Used when `SITE` is not set: local builds and previews, which serve on this origin. */
export const DEFAULT_SITE = 'http://localhost:4321';

/**
 * Reads `SITE` and `BASE_PATH` from an environment and normalises them.
 * Throws with a readable message when `SITE` is not an absolute http(s) URL, so a deploy with a
 * typo fails at build time instead of shipping broken canonical links.
 */
export function resolveDeployment(env: Record<string, string | undefined>): Deployment {
  const rawSite = env.SITE?.trim() || DEFAULT_SITE;
  let url: URL;
  try {
    url = new URL(rawSite);
  } catch {
    throw new Error(`SITE must be an absolute URL such as https://example.org, got "${rawSite}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE must use http or https, got "${rawSite}".`);
  }
  return { site: url.origin, base: normaliseBase(env.BASE_PATH) };
}

/** Turns "", "/", "playbook", "/playbook/" into "/" or "/playbook". */
export function normaliseBase(raw: string | undefined): string {
  const segments = (raw ?? '').split('/').filter(Boolean);
  if (segments.some((s) => s === '.' || s === '..')) {
    throw new Error(`BASE_PATH must not contain "." or ".." segments, got "${raw}".`);
  }
  return '/' + segments.join('/');
}

/** An absolute URL for a file in `public/`, honouring the base path. */
export function publicUrl({ site, base }: Deployment, file: string): string {
  const prefix = base === '/' ? '' : base;
  return new URL(`${prefix}/${file.replace(/^\/+/, '')}`, site).href;
}
