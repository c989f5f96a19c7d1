/**
 * How the playbook pages' JavaScript is split into files. Left to itself the bundler makes one file
 * for every combination of pages that shares a module, which gave the kickoff page 17 files of a
 * few hundred bytes each; every file costs a request and compresses on its own. These groups make
 * three shared files instead, each loaded only by pages that use all of it. A group names folders,
 * and takes the modules directly in them (a sub-folder is a folder of its own), so where a module
 * lives decides where it loads:
 * - `playbook`: what every playbook page needs: Preact and nanostores, the domain's core
 *   (`playbook/core/`), the index of mentorships, the schemas every page or nearly every
 *   one reads (the kickoff answers with their programme, which the switcher and the review's
 *   notice read everywhere, and the agenda's, which the planner and the review read), the stores'
 *   core (`stores/core/`), the UI kit's base (`components/ui/`) and the mentorship switcher
 *   (`components/mentorships/`). Not the registry of documents (`playbook/documents/registry.ts`),
 *   which imports every schema: stores pass their own document's declaration instead, and the
 *   other schemas go with their pages;
 * - `keys`: every key of a mentorship from its documents' names (`stores/mentorships/keys.ts`,
 *   `playbook/mentorships/keys.ts`, `playbook/documents/names.ts`), which Your data sizes on load
 *   and the tools, a restore and following another tab read on demand on every page;
 * - `kit-documents`: the document view, file buttons and calendar button of the kit, which the
 *   kickoff checklist uses only in its agreement panel (loaded once in use), apart from
 * - `kit`: the field controls, confirm and undo the kickoff checklist, the Plan a session playbook
 *   and Your data share (the rest of `components/ui/kit/`);
 * - `choices-and-files`: two small controls the planner never uses, the answer choices (kickoff,
 *   chooser) and the file picker (kickoff, Your data): one file, not two, for the kickoff checklist
 *   that uses both (`components/ui/choices/`, `components/ui/open-file/`), with the formats' names
 *   (`playbook/guide/formats.ts`), which the kickoff and the chooser show;
 * - `review-notice`: what the review's notice on every playbook page needs (loaded on demand there,
 *   with the page on the review page): the review document's schema, store and the due check
 *   (`playbook/documents/review.ts`, `stores/review/every-page/`, `playbook/review/every-page/`);
 * - `chooser`: the format chooser's rules and its document's schema (`playbook/chooser/`,
 *   `playbook/documents/chooser.ts`), which the chooser page and the import previews both read:
 *   one file, not two;
 * - `review`: the review page's islands, store and rules (`components/review/`, `stores/review/`,
 *   `playbook/review/`), so that the parts it loads on demand import them from one file rather
 *   than splitting them into several small shared ones;
 * - `agenda`: the Plan a session page's islands, store and rules (`components/agenda/`,
 *   `stores/agenda/`, `playbook/agenda/`), for the same reason: the history's list and the goal
 *   check-ins load on demand and import them;
 * - `preload-helper`: Vite's own helper, kept apart because Starlight's search (on every guide
 *   page) uses it too, and pulling it into `playbook` would load Preact on prose pages.
 * Anything else stays with the island or on-demand module that uses it. Code loaded with
 * `import()` must never sit in a group's folder, or it would load with the page: where a concern
 * has both, it goes in an `on-demand/` sub-folder (`components/ui/on-demand/`,
 * `components/mentorships/on-demand/`, `components/agenda/on-demand/`, `playbook/agenda/on-demand/`,
 * `playbook/core/on-demand/`, `stores/core/on-demand/`). Likewise, code that only some pages load
 * goes in a sub-folder of no group, so that it loads with those pages' files alone
 * (`playbook/core/fields/`: reading typed minutes, with the kit's minutes field). The change marks
 * (`playbook/merge/`) are in no group: stamping loads with a page's first change
 * (src/stores/core/versioned.ts), the merge with the previews, so they go with those.
 */

/** What goes into a group: packages, folders of the source tree (under src/), bundler-made modules. */
export interface ChunkGroup {
  name: string;
  packages?: readonly string[];
  /** Folders under src/, without a trailing slash; their sub-folders are not included. */
  folders?: readonly string[];
  /** Single modules under src/, with their extension, for a group that takes part of a folder. */
  modules?: readonly string[];
  /** Module ids the bundler makes up itself, matched by a part of the id. */
  virtual?: readonly string[];
}

/** The groups, most specific first: a module that fits two goes to the first. */
export const CHUNK_GROUPS: readonly ChunkGroup[] = [
  { name: 'preload-helper', virtual: ['vite/preload-helper'] },
  {
    name: 'playbook',
    packages: ['preact', 'nanostores', '@nanostores/persistent'],
    folders: ['playbook/core', 'stores/core', 'components/ui', 'components/mentorships', 'site'],
    modules: [
      'playbook/documents/declaration.ts',
      'playbook/documents/mentorships.ts',
      'playbook/documents/kickoff.ts',
      'playbook/documents/kickoff-choices.ts',
      'playbook/documents/program.ts',
      'playbook/documents/agenda.ts',
    ],
  },
  // Every key of a mentorship, which Your data sizes on load and code on demand on every page
  // reads: one file, apart from the every-page core.
  {
    name: 'keys',
    modules: [
      'stores/mentorships/keys.ts',
      'playbook/mentorships/keys.ts',
      'playbook/documents/names.ts',
    ],
  },
  // Loaded by no page at once: with the agreement panel, a past session or what a page prints.
  { name: 'document-view', modules: ['components/ui/kit/DocumentView.tsx'] },
  {
    name: 'kit-documents',
    modules: [
      'components/ui/kit/FileButtons.tsx',
      'components/ui/kit/files.ts',
      'components/ui/kit/CalendarButton.tsx',
    ],
  },
  { name: 'kit', folders: ['components/ui/kit'] },
  {
    name: 'choices-and-files',
    folders: ['components/ui/choices', 'components/ui/open-file'],
    modules: ['playbook/guide/formats.ts'],
  },
  {
    name: 'review-notice',
    folders: ['stores/review/every-page', 'playbook/review/every-page'],
    modules: ['playbook/documents/review.ts'],
  },
  // The chooser's rules and its stored document's schema, which the import previews read too.
  { name: 'chooser', folders: ['playbook/chooser'], modules: ['playbook/documents/chooser.ts'] },
  { name: 'review', folders: ['components/review', 'stores/review', 'playbook/review'] },
  { name: 'agenda', folders: ['components/agenda', 'stores/agenda', 'playbook/agenda'] },
];

/** Whether a module id (an absolute path, with / or \ separators) belongs to a group. */
export function inGroup(group: ChunkGroup, id: string): boolean {
  const path = id.replace(/\\/g, '/').split('?')[0]!;
  return (
    (group.packages ?? []).some((name) => path.includes(`/node_modules/${name}/`)) ||
    (group.folders ?? []).some((folder) => {
      const at = path.lastIndexOf(`/src/${folder}/`);
      return at >= 0 && !path.slice(at + folder.length + 6).includes('/');
    }) ||
    (group.modules ?? []).some((module) => path.endsWith(`/src/${module}`)) ||
    (group.virtual ?? []).some((part) => path.includes(part))
  );
}

/** The groups as the bundler's `output.codeSplitting.groups`, earlier groups taking precedence. */
export function codeSplittingGroups() {
  return CHUNK_GROUPS.map((group, index) => ({
    name: group.name,
    priority: CHUNK_GROUPS.length - index,
    test: (id: string) => inGroup(group, id),
  }));
}
