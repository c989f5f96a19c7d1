import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHUNK_GROUPS, codeSplittingGroups, inGroup } from '../../src/site/chunks';
import { sources } from './helpers/sources';

const group = (name: string) => CHUNK_GROUPS.find((g) => g.name === name)!;
const folders = CHUNK_GROUPS.flatMap((g) => g.folders ?? []);

describe('the chunk groups', () => {
  test('name folders that exist, so a move cannot quietly undo a group', () => {
    for (const folder of folders) expect(existsSync(`src/${folder}`), folder).toBe(true);
  });

  test('name single modules that exist, each taken from the folder group it would fall in', () => {
    const modules = CHUNK_GROUPS.flatMap((g) => g.modules ?? []);
    expect(modules.length).toBeGreaterThan(0);
    for (const module of modules) {
      expect(existsSync(`src/${module}`), module).toBe(true);
      const owner = CHUNK_GROUPS.find((g) => inGroup(g, `/work/src/${module}`))!;
      expect(owner.modules, module).toContain(module);
    }
    expect(inGroup(group('kit'), '/work/src/components/ui/kit/DateField.tsx')).toBe(true);
    expect(inGroup(group('kit-documents'), '/work/src/components/ui/kit/DateField.tsx')).toBe(
      false,
    );
  });

  test('list each folder once', () => {
    expect(new Set(folders).size).toBe(folders.length);
  });

  test('hold no module that is loaded with import(), which would then load with the page', () => {
    const loadedOnDemand = sources().flatMap((file) =>
      [...readFileSync(`src/${file}`, 'utf8').matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)].map(
        (match) => join(file, '..', match[1]!),
      ),
    );
    expect(loadedOnDemand.length).toBeGreaterThan(5);
    const grouped = loadedOnDemand.filter((module) =>
      CHUNK_GROUPS.some((g) => inGroup(g, `/w/src/${module}.ts`)),
    );
    expect(grouped).toEqual([]);
  });

  test.each([
    ['/w/node_modules/preact/dist/preact.module.js', 'playbook', true],
    ['/w/node_modules/@nanostores/persistent/index.js', 'playbook', true],
    ['/w/node_modules/preact-render-to-string/dist/index.js', 'playbook', false],
    ['C:\\w\\node_modules\\nanostores\\atom\\index.js', 'playbook', true],
    ['/w/src/stores/core/versioned.ts', 'playbook', true],
    ['/w/src/stores/core/versioned.ts?v=1', 'playbook', true],
    ['C:\\w\\src\\stores\\core\\versioned.ts', 'playbook', true],
    ['/w/src/stores/agenda/agenda.ts', 'playbook', false],
    ['/w/src/components/ui/announce.ts', 'playbook', true],
    // A sub-folder is a folder of its own.
    ['/w/src/components/ui/kit/DateField.tsx', 'playbook', false],
    ['/w/src/components/ui/kit/DateField.tsx', 'kit', true],
    ['/w/src/components/ui/on-demand/NoticeList.tsx', 'kit', false],
    ['/w/src/components/ui/on-demand/NoticeList.tsx', 'playbook', false],
    ['/w/src/playbook/files/markdown-text.ts', 'playbook', false],
    ['/w/src/components/mentorships/MentorshipSwitcher.tsx', 'playbook', true],
    ['/w/src/components/mentorships/on-demand/MentorshipTools.tsx', 'playbook', false],
    ['/w/src/playbook/core/markdown.ts', 'playbook', true],
    // The schemas every page reads, but not the registry with all of them, nor the review's.
    ['/w/src/playbook/documents/kickoff.ts', 'playbook', true],
    ['/w/src/playbook/documents/names.ts', 'playbook', false],
    ['/w/src/playbook/documents/names.ts', 'keys', true],
    ['/w/src/playbook/documents/registry.ts', 'playbook', false],
    ['/w/src/playbook/documents/review.ts', 'playbook', false],
    ['/w/src/playbook/documents/review.ts', 'review-notice', true],
    ['/w/src/playbook/documents/chooser.ts', 'chooser', true],
    ['/w/src/playbook/core/fields/minutes.ts', 'playbook', false],
    ['/w/src/playbook/core/blocks/text.ts', 'playbook', false],
    ['/w/src/playbook/mentorships/keys.ts', 'keys', true],
    ['/w/src/stores/mentorships/keys.ts', 'keys', true],
    ['\0vite/preload-helper.js', 'preload-helper', true],
    ['/w/src/components/ui/kit/files.ts', 'preload-helper', false],
  ])('%s in %s: %s', (id, name, expected) => {
    expect(inGroup(group(name), id)).toBe(expected);
  });

  test('rank earlier groups first, for the bundler', () => {
    const priorities = codeSplittingGroups().map((g) => g.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(codeSplittingGroups()[1]!.test('/w/src/stores/core/today.ts')).toBe(true);
  });
});
