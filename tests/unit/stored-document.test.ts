import { describe, expect, test } from 'vitest';
import * as v from '../../src/playbook/core/schema-kit';
import { field } from '../../src/playbook/core/schema';
import {
  copyToKeep,
  decodeKeptCopies,
  decodeStored,
  encodeStored,
} from '../../src/playbook/core/stored-document';
import { keptCopiesFile } from '../../src/playbook/core/on-demand/kept-copies-file';

// The codec alone, without stores: version 3 of a document whose version 1 called "name" "title"
// and whose version 2 had no "tags".
const declaration = {
  version: 3,
  schema: v.object({
    name: field(v.string(), () => ''),
    tags: field(v.array(v.string()), () => []),
  }),
  migrations: {
    1: ({ title, ...rest }: Record<string, unknown>) => ({ ...rest, name: title }),
    2: (data: Record<string, unknown>) => ({ ...data, tags: ['moved'] }),
  },
};
const empty = () => ({ name: '', tags: [] });

describe('decodeStored', () => {
  test.each([
    [
      'its own version',
      '{"version":3,"name":"Ada","tags":["a"]}',
      'ok',
      { name: 'Ada', tags: ['a'] },
    ],
    [
      'two versions back: both steps',
      '{"version":1,"title":"Ada"}',
      'migrated',
      { name: 'Ada', tags: ['moved'] },
    ],
    [
      'one version back',
      '{"version":2,"name":"Ada"}',
      'migrated',
      { name: 'Ada', tags: ['moved'] },
    ],
    [
      'migrated, then a value reset',
      '{"version":1,"title":7}',
      'repaired',
      { name: '', tags: ['moved'] },
    ],
    [
      'a wrong field',
      '{"version":3,"name":"Ada","tags":"x"}',
      'repaired',
      { name: 'Ada', tags: [] },
    ],
    ['newer', '{"version":4,"name":"Ada"}', 'newer', { name: 'Ada', tags: [] }],
    ['version 0', '{"version":0,"name":"Ada"}', 'unreadable', empty()],
    ['a version that is not whole', '{"version":1.5}', 'unreadable', empty()],
    ['not JSON', '{"version":', 'unreadable', empty()],
    ['a list', '[1,2]', 'unreadable', empty()],
    ['null', 'null', 'unreadable', empty()],
  ])('%s', (_name, raw, status, value) => {
    const document = decodeStored(declaration, raw, empty);
    expect(document.status).toBe(status);
    expect(document.value).toEqual(value);
    // Only a document read as it is is written in this version's form; anything else is left
    // exactly as it was stored.
    expect(encodeStored(declaration, document)).toBe(
      status === 'ok' ? JSON.stringify({ version: 3, ...value }) : raw,
    );
    const kept = copyToKeep(document, '2026-11-30T10:00:00.000Z');
    if (status === 'ok' || status === 'newer') expect(kept).toBeUndefined();
    else
      expect(kept).toEqual({
        savedAt: '2026-11-30T10:00:00.000Z',
        raw,
        ...(status === 'migrated' ? { migratedFrom: JSON.parse(raw).version } : {}),
      });
  });

  test('never throws, whatever a migration does', () => {
    const throwing = {
      ...declaration,
      migrations: {
        1: () => {
          throw new Error('x');
        },
        2: () => undefined,
      },
    };
    expect(decodeStored(throwing, '{"version":1}', empty).status).toBe('unreadable');
    expect(decodeStored(throwing, '{"version":2}', empty).status).toBe('unreadable');
    expect(decodeStored({ ...declaration, migrations: {} }, '{"version":2}', empty).status).toBe(
      'unreadable',
    );
  });
});

describe('kept copies', () => {
  test.each([
    ['a list', '[{"savedAt":"t","raw":"x"}]', [{ savedAt: 't', raw: 'x' }]],
    [
      'a copy from before a migration',
      '[{"savedAt":"t","raw":"x","migratedFrom":1}]',
      [{ savedAt: 't', raw: 'x', migratedFrom: 1 }],
    ],
    ['a damaged list: kept as one copy', '[{"raw":1}]', [{ savedAt: '', raw: '[{"raw":1}]' }]],
    ['not JSON: kept as one copy', 'oops', [{ savedAt: '', raw: 'oops' }]],
    [
      'a wrong version mark: kept as one copy',
      '[{"savedAt":"t","raw":"x","migratedFrom":"1"}]',
      [{ savedAt: '', raw: '[{"savedAt":"t","raw":"x","migratedFrom":"1"}]' }],
    ],
  ])('%s', (_name, raw, copies) => {
    expect(decodeKeptCopies(raw)).toEqual(copies);
  });

  test('download as one text file named after the document and the day', () => {
    expect(
      keptCopiesFile(
        'kickoff',
        [
          { savedAt: 't1', raw: 'a' },
          { savedAt: '', raw: 'b' },
        ],
        '2026-11-30',
      ),
    ).toEqual({
      name: 'mentorship-playbook-kickoff-backup-2026-11-30.txt',
      text: 'Saved aside on t1:\na\n\nb\n',
      type: 'text/plain',
    });
  });
});
