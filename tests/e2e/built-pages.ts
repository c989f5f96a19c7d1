import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The URL path of every HTML page in a production build, read from the build output so that a new
 * page is covered without touching the tests. Runs when Playwright collects tests, which is why
 * `npm test` builds before it starts Playwright.
 */
export function builtPages(outDir = 'dist'): string[] {
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(
      `No production build in ${outDir}/. Run "npm test" (it builds first) or "npm run build".`,
    );
  }
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(outDir, path).split(sep).join('/');
        pages.push(
          rel === 'index.html'
            ? '/'
            : rel.endsWith('/index.html')
              ? `/${rel.slice(0, -'index.html'.length)}`
              : `/${rel}`,
        );
      }
    }
  };
  walk(outDir);
  return pages.sort();
}
