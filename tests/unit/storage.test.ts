import { describe, expect, test } from 'vitest';
import { createSafeEngine, type StorageHealth } from '../../src/stores/core/storage';
import { fakeStorage } from './helpers/fake-storage';

function engineOver(open: () => Storage | undefined) {
  const reports: StorageHealth[] = [];
  const engine = createSafeEngine(open, (h) => reports.push(h));
  return { engine, reports };
}

describe('createSafeEngine', () => {
  test('reads and writes through to working storage', () => {
    const storage = fakeStorage();
    const { engine, reports } = engineOver(() => storage);
    engine.key = 'value';
    expect(storage.getItem('key')).toBe('value');
    expect(engine.key).toBe('value');
    expect('key' in engine).toBe(true);
    delete engine.key;
    expect('key' in engine).toBe(false);
    expect(reports.filter((r) => r !== 'ok')).toEqual([]);
  });

  test('falls back to memory when storage throws on access, and says so', () => {
    const { engine, reports } = engineOver(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(reports).toEqual(['unavailable']);
    engine.key = 'kept in memory';
    expect(engine.key).toBe('kept in memory');
  });

  test('falls back to memory when there is no storage at all', () => {
    const { engine, reports } = engineOver(() => undefined);
    expect(reports).toEqual(['unavailable']);
    engine.key = 'v';
    expect(engine.key).toBe('v');
  });

  test('keeps a refused write (quota) in memory and reports that storage is full', () => {
    const storage = fakeStorage();
    // Near what browsers allow (about 5 million code units).
    storage.setItem('other-site-data', 'x'.repeat(3_000_000));
    const { engine, reports } = engineOver(() => storage);
    const full = fakeStorage({ failWrites: 'quota' });
    // Storage that worked at first and fills up later.
    storage.setItem = full.setItem;
    engine.key = 'newest answers';
    expect(reports.at(-1)).toBe('full');
    expect(engine.key).toBe('newest answers');
  });

  test('reports unavailable when reads start failing', () => {
    const storage = fakeStorage();
    const { engine, reports } = engineOver(() => storage);
    storage.getItem = fakeStorage({ failReads: true }).getItem;
    expect(engine.missing).toBeUndefined();
    expect(reports.at(-1)).toBe('unavailable');
  });
});

describe('what the page is told about storage', () => {
  test.each<[string, () => Storage, StorageHealth[]]>([
    [
      'a storage whose key() throws, though reading and writing work, is working',
      () => {
        const storage = fakeStorage();
        storage.key = () => {
          throw new DOMException('denied', 'SecurityError');
        };
        return storage;
      },
      [],
    ],
    [
      'a nearly empty storage that refuses every write (quota) takes nothing: not "full"',
      () => fakeStorage({ failWrites: 'quota' }),
      ['unavailable'],
    ],
    [
      'a storage that refuses every write (security) takes nothing',
      () => fakeStorage({ failWrites: 'security' }),
      ['unavailable'],
    ],
    [
      'a storage near its quota that refuses a write is full',
      () => {
        const storage = fakeStorage();
        storage.setItem('other-site-data', 'x'.repeat(3_000_000));
        storage.setItem = fakeStorage({ failWrites: 'quota' }).setItem;
        return storage;
      },
      ['full'],
    ],
  ])('%s', (_, open, expected) => {
    const { engine, reports } = engineOver(open);
    expect(reports).toEqual(expected);
    expect(engine.missing).toBeUndefined();
  });
});

describe('storage use', () => {
  test('is measured at the start and kept up to date on writes and deletes', () => {
    const storage = fakeStorage();
    storage.setItem('other-site-data', 'x'.repeat(100));
    const uses: number[] = [];
    const engine = createSafeEngine(
      () => storage,
      () => {},
      (use) => uses.push(use),
    );
    expect(uses.at(-1)).toBe('other-site-data'.length + 100);
    engine.mine = 'y'.repeat(50);
    expect(uses.at(-1)).toBe('other-site-data'.length + 100 + 'mine'.length + 50);
    delete engine.mine;
    expect(uses.at(-1)).toBe('other-site-data'.length + 100);
  });
});

describe('values the browser refused', () => {
  /** Storage whose setItem throws from the `nth` write on (1 is the first), as Safari's private mode and a full disk do. */
  function refusingFrom(nth: number, error = new DOMException('Full', 'QuotaExceededError')) {
    const storage = fakeStorage();
    const write = storage.setItem.bind(storage);
    let writes = 0;
    let refusing = true;
    storage.setItem = (key, value) => {
      // The engine's own probe at the start is not one of the page's writes.
      if (refusing && key !== 'mentorship-playbook:probe' && ++writes >= nth) throw error;
      write(key, value);
    };
    const held: number[] = [];
    const reports: StorageHealth[] = [];
    const engine = createSafeEngine(
      () => storage,
      (h) => reports.push(h),
      () => {},
      (values) => held.push(values),
    );
    return { engine, storage, held, reports, accept: () => (refusing = false) };
  }

  test.each([1, 2, 5])(
    'are counted from the %ith write on, so the page can ask before they are lost',
    (nth) => {
      const { engine, storage, held } = refusingFrom(nth);
      for (let i = 1; i <= 6; i++) engine[`key${i}`] = `answer ${i}`;
      for (let i = 1; i <= 6; i++) expect(engine[`key${i}`]).toBe(`answer ${i}`);
      expect(held.at(-1)).toBe(6 - nth + 1);
      expect(storage.getItem(`key${nth}`)).toBeNull();
    },
  );

  test('that are deleted, or written again once storage takes them, are no longer counted', () => {
    const { engine, storage, held, reports, accept } = refusingFrom(1);
    engine.a = '1';
    engine.b = '2';
    expect(held.at(-1)).toBe(2);
    delete engine.a;
    expect(held.at(-1)).toBe(1);
    accept();
    engine.b = '2 again';
    expect(held.at(-1)).toBe(0);
    expect(storage.getItem('b')).toBe('2 again');
    expect(reports.at(-1)).toBe('ok');
  });

  test('with no storage at all, every value is held in memory and counted', () => {
    const held: number[] = [];
    const engine = createSafeEngine(
      () => undefined,
      () => {},
      () => {},
      (values) => held.push(values),
    );
    engine.a = '1';
    expect(held).toEqual([1]);
  });
});
