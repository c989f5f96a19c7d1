// @ts-check
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { publicUrl, resolveDeployment } from './src/site/deployment.ts';
import { baseLinks } from './src/site/base-links.ts';
import { codeSplittingGroups } from './src/site/chunks.ts';
import { headersFile, policyFor, withPolicy } from './src/site/csp.ts';
import { withBase } from './src/site/paths.ts';
import { workerOptions } from './src/site/service-worker.ts';
import { GUIDE_GROUPS, buildSidebar } from './src/site/sidebar.ts';

const deployment = resolveDeployment(process.env);
const docsRoot = new URL('./src/content/docs/', import.meta.url);

/** @param {string} directory */
function hasPages(directory) {
  const dir = new URL(`${directory}/`, docsRoot);
  return existsSync(dir) && readdirSync(dir).some((file) => /\.mdx?$/.test(file));
}

export default defineConfig({
  site: deployment.site,
  base: deployment.base,
  // Lets the test suite build a second copy (served under a base path) without clobbering dist/.
  outDir: process.env.OUT_DIR || './dist',
  markdown: {
    processor: satteri({ hastPlugins: [baseLinks(deployment.base)] }),
  },
  vite: {
    plugins: [
      {
        // On-demand code is fetched when first used. Preloading each on-demand file's imports
        // put their hashed names (dozens) into every playbook page's first load; Astro's own
        // client build settings leave no other place to turn it off.
        name: 'mentorship-playbook:no-module-preload',
        configEnvironment: (name) =>
          name === 'client' ? { build: { modulePreload: false } } : undefined,
      },
      {
        // A page's islands load from one module (islands.ts beside them) whose code sits in a
        // chunk group (src/site/chunks.ts). Astro builds the client keeping each entry's exports
        // exactly, which put every such page's islands in a file of its own that only re-exports
        // them from the group's file: a request and 140-280 bytes more on its first load. Letting
        // an entry's file export more than the entry does makes the group's file the entry itself.
        name: 'mentorship-playbook:entries-in-groups',
        applyToEnvironment: (environment) => environment.name === 'client',
        options: (options) => ({ ...options, preserveEntrySignatures: 'allow-extension' }),
      },
    ],
    environments: {
      // Fewer, larger files for the playbook pages' JavaScript: see src/site/chunks.ts.
      client: {
        build: {
          rolldownOptions: { output: { codeSplitting: { groups: codeSplittingGroups() } } },
        },
      },
    },
  },
  integrations: [
    starlight({
      title: 'Mentorship Playbook',
      description:
        'A practical guide to technical mentorship between software developers: what to agree at the start, how to run the sessions and what to do when it drifts.',
      favicon: '/favicon.svg',
      head: [
        {
          tag: 'meta',
          attrs: { property: 'og:image', content: publicUrl(deployment, 'social-card.png') },
        },
        { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
        { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
        {
          tag: 'meta',
          attrs: {
            property: 'og:image:alt',
            content: 'Mentorship Playbook: run a technical mentorship that works',
          },
        },
        { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
        // Installable: the manifest and the icons it names (scripts/icons.mjs draws them).
        {
          tag: 'link',
          attrs: { rel: 'manifest', href: withBase('/manifest.webmanifest', deployment.base) },
        },
        {
          tag: 'link',
          attrs: {
            rel: 'apple-touch-icon',
            href: withBase('/icons/apple-touch-icon.png', deployment.base),
          },
        },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#3b2f8f' } },
      ],
      sidebar: buildSidebar(GUIDE_GROUPS, hasPages),
      components: {
        Head: './src/components/overrides/Head.astro',
        Search: './src/components/overrides/Search.astro',
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
      },
      // Wrapped code never scrolls sideways, so it reads on a phone and needs no focusable
      // scroll region (which Expressive Code only adds from script, after load).
      expressiveCode: { defaultProps: { wrap: true } },
      customCss: ['./src/styles/site.css'],
      routeMiddleware: './src/site/page-sections.ts',
      plugins: [starlightLinksValidator()],
    }),
    // Astro's Preact integration always runs Babel's JSX pass, by default on every .ts file too,
    // where there is no JSX: only .tsx and .jsx need it (oxc compiles the rest either way).
    preact({ babel: { only: [/\.[jt]sx$/] } }),
    {
      // Islands whose first-visit HTML is already right hydrate when in use (src/site/client-in-use.ts).
      name: 'mentorship-playbook:client-in-use',
      hooks: {
        'astro:config:setup': ({ addClientDirective }) =>
          addClientDirective({ name: 'in-use', entrypoint: './src/site/client-in-use.ts' }),
      },
    },
    {
      // Every built page gets its Content-Security-Policy, hashing the inline scripts and styles
      // it ends up with (src/site/csp.ts).
      name: 'mentorship-playbook:csp',
      hooks: {
        'astro:build:done': ({ dir }) => {
          const files = readdirSync(fileURLToPath(dir), { recursive: true, encoding: 'utf8' });
          const pages = [];
          for (const page of files.filter((file) => file.endsWith('.html'))) {
            const file = fileURLToPath(new URL(page, dir));
            const html = readFileSync(file, 'utf8');
            writeFileSync(file, withPolicy(html));
            const path = page.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1');
            pages.push({
              path: `${deployment.base.replace(/\/$/, '')}/${path}`,
              policy: policyFor(html),
            });
          }
          const headers = fileURLToPath(new URL('_headers', dir));
          writeFileSync(headers, headersFile(readFileSync(headers, 'utf8'), pages));
        },
      },
    },
    {
      // The service worker that keeps the site for use offline (src/site/service-worker.ts),
      // written last, so that it precaches every page as the policy step left it.
      name: 'mentorship-playbook:service-worker',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          // Loaded only here, with Node's own require: the config's module runner is closed by
          // now, and every other command (dev, check) can do without Workbox's build tools.
          /** @type {typeof import('workbox-build')} */
          const { generateSW } = createRequire(import.meta.url)('workbox-build');
          const { count, size, warnings } = await generateSW(workerOptions(fileURLToPath(dir)));
          if (warnings.length) throw new Error(`Service worker: ${warnings.join('; ')}`);
          logger.info(`sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
        },
      },
    },
  ],
});
