/**
 * The 404 page's rescue of a share link whose "#" became "%23". Link-rewriting services
 * (Microsoft's Safe Links in Outlook, Teams and Defender) can hand the browser
 * `/playbooks/kickoff-checklist/%23share=v1…`, so the host answers with its 404 page. This script,
 * inlined in that page's <head> (and hashed into its policy like every inline script), finds the
 * page and the fragment in its own address, however often the "#" and "=" were encoded, and goes
 * on to `/playbooks/kickoff-checklist/#share=v1…`, where the page reads the rest as it reads any
 * mangled fragment (src/playbook/core/share-fragment.ts). It keeps any base path, since it only
 * cuts the address, and only ever goes to a page of the same site.
 *
 * A string rather than a module: it must run before the 404 page paints, with nothing to fetch,
 * and the tests run this very text.
 */
export const SHARE_RESCUE_SCRIPT = `(() => {
  const found = /^(.*?)%(?:25)*23(share(?:=|%(?:25)*3d)v\\d.*)$/is.exec(location.pathname);
  if (!found) return;
  // One leading slash: "//host/" (or "/\\\\host/", which URLs read alike) would name another site.
  const page = ('/' + found[1].replace(/^[/\\\\]+/, '')).replace(/\\/?$/, '/');
  location.replace(location.origin + page + '#' + found[2]);
})();`;
