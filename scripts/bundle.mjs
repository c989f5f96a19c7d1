// What a built page loads, read from the build itself: its scripts and island modules, the modules
// those import (first load), and what their dynamic imports add (on demand). Shared by
// `npm run perf` (our pages against a guide page) and `npm run bench` (ours against bare Starlight).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Bytes after gzip -9, as a CDN would send them. */
export const gz = (text) => gzipSync(text, { level: 9 }).length;

/** Islands that hydrate only once in use (src/site/client-in-use.ts): their code is on demand. */
const IN_USE = /<astro-island[^>]*\bclient="in-use"[^>]*>/g;

/**
 * A page's script and island URLs loaded at once, the text of its inline scripts, and the URLs of
 * islands that load only once in use (`later`).
 */
export function scriptsOf(dist, page) {
  const html = readFileSync(join(dist, page), 'utf8');
  const later = new Set(
    [...html.matchAll(IN_USE)].map((m) => /component-url="([^"]+)"/.exec(m[0])?.[1]),
  );
  const now = html.replace(IN_USE, '');
  const urls = new Set([
    ...[...now.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...now.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]),
  ]);
  later.delete(undefined);
  for (const url of urls) later.delete(url);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1],
  );
  return { urls, inline, later };
}

/** A page's stylesheet URLs. */
export function stylesOf(dist, page) {
  const html = readFileSync(join(dist, page), 'utf8');
  return [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
}

const resolve = (from, spec) =>
  spec.startsWith('.') ? join(dirname(from), spec).replace(/\\/g, '/') : spec;

/** A module's imports: static ones (loaded with it) and dynamic ones (loaded on demand). */
function importsOf(dist, url) {
  const file = join(dist, url.replace(/^\//, ''));
  if (!existsSync(file)) return { staticImports: [], dynamicImports: [] };
  const code = readFileSync(file, 'utf8');
  const specs = (pattern) => [...code.matchAll(pattern)].map((m) => resolve(url, m[1]));
  return {
    staticImports: specs(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g),
    // Bundlers write import() with quotes or backticks; a template with ${} is not ours.
    dynamicImports: specs(/\bimport\(\s*[`"']([^`"'$]+\.js)[`"']\s*\)/g),
  };
}

/** The modules that load with these, following static imports; and the dynamic imports met. */
export function staticClosure(dist, urls, seen = new Set()) {
  const todo = [...urls];
  const dynamic = new Set();
  while (todo.length) {
    const url = todo.pop();
    if (seen.has(url)) continue;
    seen.add(url);
    const { staticImports, dynamicImports } = importsOf(dist, url);
    todo.push(...staticImports);
    dynamicImports.forEach((d) => dynamic.add(d));
  }
  return { modules: seen, dynamic };
}

/** Everything reachable on demand from first-load modules, beyond what is loaded already. */
export function onDemandClosure(dist, dynamic, loaded) {
  let pending = [...dynamic];
  const found = [];
  while (pending.length) {
    const next = staticClosure(
      dist,
      pending.filter((m) => !loaded.has(m)),
      new Set(),
    );
    const added = [...next.modules].filter((m) => !loaded.has(m));
    added.forEach((m) => loaded.add(m));
    found.push(...added);
    pending = [...next.dynamic].filter((m) => !loaded.has(m));
  }
  return found;
}

/** The gzipped size of a file of the build, by its URL. */
export const fileSize = (dist, url) => gz(readFileSync(join(dist, url.replace(/^\//, ''))));

/**
 * What one built page costs a visitor, gzipped: its HTML, its CSS, its JavaScript on first load
 * (modules and inline scripts) and what its dynamic imports can add later.
 */
export function pageCost(dist, page) {
  const html = gz(readFileSync(join(dist, page)));
  const css = stylesOf(dist, page).reduce((total, url) => total + fileSize(dist, url), 0);
  const { urls, inline, later: inUse } = scriptsOf(dist, page);
  const first = staticClosure(dist, urls);
  // Each script by what it is (a module's URL, an inline script's text), to compare two builds.
  const scripts = [
    ...[...first.modules].map((url) => ({
      key: url,
      name: url
        .replace(/^.*\//, '')
        .replace(/\.[\w-]+\.js$/, '')
        .replace(/_astro_type_script_index_\d+_lang$/, ' script'),
      bytes: fileSize(dist, url),
    })),
    ...inline.map((text) => ({ key: hash(text), name: inlineName(text), bytes: gz(text) })),
  ];
  const firstLoad = scripts.reduce((total, script) => total + script.bytes, 0);
  const later = onDemandClosure(dist, [...first.dynamic, ...inUse], new Set(first.modules));
  const onDemand = later.reduce((total, url) => total + fileSize(dist, url), 0);
  return { html, css, firstLoad, onDemand, scripts };
}

/** What an inline script is, from what it starts with or defines. */
function inlineName(text) {
  if (text.includes('starlight-tabs')) return 'Starlight Tabs component (inline)';
  if (text.includes('StarlightThemeProvider = ')) return 'theme provider (inline)';
  if (/^\s*StarlightThemeProvider\.updatePickers/.test(text)) return 'theme pickers (inline)';
  if (/theme-select|starlight-theme/.test(text)) return 'theme select (inline)';
  if (text.includes('site-search')) return 'search button (inline)';
  if (text.includes('astro-island')) return 'island runtime (inline)';
  return `inline script "${text.trim().slice(0, 24)}…"`;
}
