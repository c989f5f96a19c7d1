// The names of a mentorship's documents are listed twice: alone (names.ts, for the code that needs
// no schema) and with each document's declaration (registry.ts). The two must not drift apart,
// and the registry, which loads every schema, must stay off every page's shared first load.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DOCUMENT_NAMES } from '../../src/playbook/documents/names';
import { MENTORSHIP_DOCUMENTS } from '../../src/playbook/documents/registry';
import { CHUNK_GROUPS, inGroup } from '../../src/site/chunks';
import { sources } from './helpers/sources';

describe("a mentorship's documents", () => {
  test('are named alike, in one order, by the list of names and the registry', () => {
    expect(Object.keys(MENTORSHIP_DOCUMENTS)).toEqual(DOCUMENT_NAMES);
  });

  test('are declared beside their schemas, so no module every playbook page loads reads the registry', () => {
    const playbook = CHUNK_GROUPS.find((group) => group.name === 'playbook')!;
    const shared = sources().filter((file) => inGroup(playbook, `/w/src/${file}`));
    expect(shared).toContain('stores/core/mentorships.ts');
    // A value import of the registry (documents/registry.ts); a type import loads nothing.
    const readers = shared.filter((file) =>
      /^import (?!type\b)[^;]*from '[^']*\/registry';/m.test(readFileSync(`src/${file}`, 'utf8')),
    );
    expect(readers).toEqual([]);
  });
});
