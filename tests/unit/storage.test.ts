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
