/**
 * The sections components render, for each page's "On this page" list. Starlight builds that list
 * from the page's Markdown headings, which leaves out the headings of islands and components (the
 * checklist's stages, Your agreement, the agenda, the history, the sources); this route middleware
 * (Starlight's route data, https://starlight.astro.build/guides/route-data/) puts them in, in the
 * order the page shows them, before the Markdown sections that follow them.
 * tests/e2e/site.spec.ts checks on every page that the list names exactly its sections.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { SOURCES } from '../playbook/guide/sources';
import { CHECKLIST_STEPS } from '../playbook/kickoff/topics';

/** Each page's component sections: the id and text of each `<h2>` its components render. */
export const PAGE_SECTIONS: Readonly<Record<string, readonly { slug: string; text: string }[]>> = {
  'playbooks/kickoff-checklist': [
    ...CHECKLIST_STEPS.map((step) => ({ slug: `stage-${step.id}`, text: step.title })),
    { slug: 'agreement-title', text: 'Your agreement' },
  ],
  'playbooks/format-chooser': [{ slug: 'ranking-title', text: 'The formats for you, best first' }],
  'playbooks/plan-a-session': [
    { slug: 'next-session', text: 'The next session' },
    { slug: 'check-in-title', text: 'Where the goals stand' },
    { slug: 'next-actions', text: 'Action items for next time' },
    { slug: 'finish-title', text: 'After the session' },
    { slug: 'history-title', text: 'Past sessions' },
  ],
  'playbooks/review': [
    { slug: 'facts-title', text: 'What happened' },
    { slug: 'review-title', text: 'The review' },
    { slug: 'past-reviews-title', text: 'Past reviews' },
    { slug: 'ending-title', text: 'The ending' },
  ],
  'about/sources': SOURCES.map((source) => ({ slug: `source-${source.id}`, text: source.title })),
};

export const onRequest = defineRouteMiddleware((context) => {
  const { entry, toc } = context.locals.starlightRoute;
  const sections = PAGE_SECTIONS[entry.id];
  if (!toc || !sections) return;
  // After "Overview", the page's top, which Starlight lists first.
  toc.items.splice(1, 0, ...sections.map((s) => ({ depth: 2, ...s, children: [] })));
});
