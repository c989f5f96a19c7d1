/**
 * How the playbook pages' JavaScript is split into files. Left to itself the bundler makes one file
 * for every combination of pages that shares a module, which gave the kickoff page 17 files of a
 * few hundred bytes each; every file costs a request and compresses on its own. These groups make
 * three shared files instead, each loaded only by pages that use all of it:
 * - `playbook`: what every playbook page needs (Preact, the stores' core, the schemas, notices);
 * - `kit`: the field and file controls the kickoff checklist and the Plan a session playbook share;
 * - `preload-helper`: Vite's own helper, kept apart because Starlight's search (on every guide
 *   page) uses it too, and pulling it into `playbook` would load Preact on prose pages.
 * Anything not listed stays with the island or on-demand module that uses it.
 */

/** What goes into a group: packages, files of the source tree (under src/), bundler-made modules. */
export interface ChunkGroup {
  name: string;
  packages?: readonly string[];
  sources?: readonly string[];
  /** Module ids the bundler makes up itself, matched by a part of the id. */
  virtual?: readonly string[];
}

/** The groups, most specific first: a module listed twice goes to the first. */
export const CHUNK_GROUPS: readonly ChunkGroup[] = [
  { name: 'preload-helper', virtual: ['vite/preload-helper'] },
  {
    name: 'playbook',
    packages: ['preact', 'nanostores', '@nanostores/persistent'],
    sources: [
      'stores/registry.ts',
      'stores/storage.ts',
      'stores/today.ts',
      'stores/versioned.ts',
      'stores/kickoff.ts',
      'stores/mentorships.ts',
      'stores/mentorship-list.ts',
      'playbook/mentorships.ts',
      'playbook/share-fragment.ts',
      'components/mentorships/MentorshipSwitcher.tsx',
      'playbook/formats.ts',
      'playbook/words.ts',
      'playbook/kickoff-document.ts',
      'playbook/dates.ts',
      'playbook/schema.ts',
      'playbook/schema-kit.ts',
      'components/href.ts',
      'components/ui/announce.ts',
      'components/ui/hydrated.ts',
      'components/ui/store.ts',
      'components/ui/focus.ts',
      'components/ui/Notices.tsx',
      'components/ui/Choices.tsx',
      'site/paths.ts',
    ],
  },
  {
    name: 'kit',
    sources: [
      'components/ui/ConfirmAction.tsx',
      'components/ui/DateField.tsx',
      'components/ui/UndoBar.tsx',
      'components/ui/FieldError.tsx',
      'components/ui/MinutesField.tsx',
      'components/ui/DocumentView.tsx',
      'components/ui/FileButtons.tsx',
      'components/ui/OpenFileButton.tsx',
      'components/ui/files.ts',
      'components/ui/CalendarButton.tsx',
      'playbook/minutes.ts',
      'playbook/markdown.ts',
    ],
  },
];

/** Whether a module id (an absolute path, with / or \ separators) belongs to a group. */
export function inGroup(group: ChunkGroup, id: string): boolean {
  const path = id.replace(/\\/g, '/').split('?')[0]!;
  return (
    (group.packages ?? []).some((name) => path.includes(`/node_modules/${name}/`)) ||
    (group.sources ?? []).some((file) => path.endsWith(`/src/${file}`)) ||
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
