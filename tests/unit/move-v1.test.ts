import { describe, expect, test } from 'vitest';
import { INDEX_KEY, MOVE_KEY, documentKey } from '../../src/playbook/documents/mentorships';
import { V1_KEYS, moveV1, type MoveStorage } from '../../src/playbook/mentorships/move-v1';

const NOW = '2026-11-22T10:00:00.000Z';
const V1 = {
  [V1_KEYS.kickoff]: '{"version":1,"pair":{"mentor":"Ada","mentee":"Tom"}}',
  [V1_KEYS['format-chooser']]: '{"version":1,"answers":{"level":"deep"}}',
  [V1_KEYS.agenda]: '{"version":1,"draft":{"date":"2026-11-30"}}',
  [V1_KEYS.sessions]: '{"version":1,"sessions":[]}',
  [`${V1_KEYS.kickoff}-backups`]: '[{"savedAt":"","raw":"{broken"}]',
};

/** Storage as a Map, whose n-th write (counting from 1) can be made to fail once or for good. */
function storage(initial: Record<string, string>, failAt?: { write: number; always?: boolean }) {
  const data = new Map(Object.entries(initial));
  let writes = 0;
  const area: MoveStorage & { data: Map<string, string> } = {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      writes++;
      if (failAt && (writes === failAt.write || (failAt.always && writes >= failAt.write)))
        throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
  return area;
}

const ids = () => {
  let n = 0;
  return () => `m${++n}`;
};

const movedState = (id: string) => ({
  [INDEX_KEY]: JSON.stringify({
    version: 1,
    open: id,
    mentorships: [{ id, name: '', createdAt: NOW }],
  }),
  [documentKey(id, 'kickoff')]: V1[V1_KEYS.kickoff],
  [documentKey(id, 'format-chooser')]: V1[V1_KEYS['format-chooser']],
  [documentKey(id, 'agenda')]: V1[V1_KEYS.agenda],
  [documentKey(id, 'sessions')]: V1[V1_KEYS.sessions],
  [`${documentKey(id, 'kickoff')}-backups`]: V1[`${V1_KEYS.kickoff}-backups`]!,
});

describe('moving the first release’s data', () => {
  test('copies every document and kept copy as it was, lists it, opens it, then removes the old keys', () => {
    const area = storage(V1);
    expect(moveV1(area, ids(), NOW)).toEqual({ status: 'moved', id: 'm1' });
    expect(Object.fromEntries(area.data)).toEqual(movedState('m1'));
  });

  test('run twice, changes nothing the second time', () => {
    const area = storage(V1);
    moveV1(area, ids(), NOW);
    const after = Object.fromEntries(area.data);
    expect(moveV1(area, ids(), NOW)).toEqual({ status: 'none' });
    expect(Object.fromEntries(area.data)).toEqual(after);
  });

  test('with nothing saved, writes nothing', () => {
    const area = storage({ unrelated: 'x' });
    expect(moveV1(area, ids(), NOW)).toEqual({ status: 'none' });
    expect(Object.fromEntries(area.data)).toEqual({ unrelated: 'x' });
  });

  // Writes: marker, then each copy, then the index. A failure at any of them puts back exactly
  // what was there, and the next load (with room again) completes the move.
  test.each([1, 2, 3, 4, 5, 6, 7])(
    'a full storage at write %i changes nothing, and the next load moves it',
    (write) => {
      const area = storage(V1, { write });
      expect(moveV1(area, ids(), NOW)).toEqual({ status: 'failed' });
      expect(Object.fromEntries(area.data)).toEqual(V1);
      expect(moveV1(area, () => 'm2', NOW)).toEqual({ status: 'moved', id: 'm2' });
      expect(Object.fromEntries(area.data)).toEqual(movedState('m2'));
    },
  );

  test('a tab closed half way through copying is finished on the next load, into the same mentorship', () => {
    const area = storage({
      ...V1,
      [MOVE_KEY]: JSON.stringify({ id: 'm7', startedAt: NOW }),
      [documentKey('m7', 'kickoff')]: V1[V1_KEYS.kickoff],
    });
    expect(moveV1(area, ids(), NOW)).toEqual({ status: 'moved', id: 'm7' });
    expect(Object.fromEntries(area.data)).toEqual(movedState('m7'));
  });

  test('a tab closed after listing it, before removing the old keys, only removes them', () => {
    const area = storage({ ...V1, ...movedState('m7'), [MOVE_KEY]: '{"id":"m7"}' });
    expect(moveV1(area, ids(), NOW)).toEqual({ status: 'moved', id: 'm7' });
    expect(Object.fromEntries(area.data)).toEqual(movedState('m7'));
  });

  test('old keys written after the move (by a tab of the old release) are left alone, never overwritten', () => {
    const later = { [V1_KEYS.kickoff]: '{"version":1,"pair":{"mentor":"Later"}}' };
    const area = storage({ ...movedState('m1'), ...later });
    expect(moveV1(area, ids(), NOW)).toEqual({ status: 'none' });
    expect(Object.fromEntries(area.data)).toEqual({ ...movedState('m1'), ...later });
  });

  test('joins an index that exists, when the move that wrote the marker had not listed it yet', () => {
    const other = { id: 'm0', name: 'Other', createdAt: NOW };
    const area = storage({
      ...V1,
      [INDEX_KEY]: JSON.stringify({ version: 1, open: 'm0', mentorships: [other] }),
      [MOVE_KEY]: '{"id":"m5"}',
    });
    expect(moveV1(area, ids(), NOW)).toEqual({ status: 'moved', id: 'm5' });
    expect(JSON.parse(area.data.get(INDEX_KEY)!)).toEqual({
      version: 1,
      open: 'm5',
      mentorships: [other, { id: 'm5', name: '', createdAt: NOW }],
    });
  });

  test('storage that cannot be read is left alone', () => {
    const area: MoveStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {},
      removeItem: () => {},
    };
    expect(moveV1(area, ids(), NOW)).toEqual({ status: 'none' });
  });
});
