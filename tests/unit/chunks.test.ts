import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CHUNK_GROUPS, codeSplittingGroups, inGroup } from '../../src/site/chunks';

const group = (name: string) => CHUNK_GROUPS.find((g) => g.name === name)!;

describe('the chunk groups', () => {
  test('name files that exist, so a rename cannot quietly undo a group', () => {
    for (const { sources = [] } of CHUNK_GROUPS)
      for (const file of sources) expect(existsSync(`src/${file}`), file).toBe(true);
  });

  test('list each file once', () => {
    const all = CHUNK_GROUPS.flatMap((g) => g.sources ?? []);
    expect(new Set(all).size).toBe(all.length);
  });

  test.each([
    ['/w/node_modules/preact/dist/preact.module.js', 'playbook', true],
    ['/w/node_modules/@nanostores/persistent/index.js', 'playbook', true],
    ['/w/node_modules/preact-render-to-string/dist/index.js', 'playbook', false],
    ['C:\\w\\node_modules\\nanostores\\atom\\index.js', 'playbook', true],
    ['/w/src/stores/versioned.ts', 'playbook', true],
    ['/w/src/stores/versioned.ts?v=1', 'playbook', true],
    ['/w/src/stores/agenda.ts', 'playbook', false],
    ['/w/src/playbook/markdown-text.ts', 'kit', false],
    ['/w/src/playbook/markdown.ts', 'kit', true],
    ['\0vite/preload-helper.js', 'preload-helper', true],
    ['/w/src/components/ui/files.ts', 'preload-helper', false],
  ])('%s in %s: %s', (id, name, expected) => {
    expect(inGroup(group(name), id)).toBe(expected);
  });

  test('rank earlier groups first, for the bundler', () => {
    const priorities = codeSplittingGroups().map((g) => g.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(codeSplittingGroups()[1]!.test('/w/src/stores/today.ts')).toBe(true);
  });
});
