/** A Web Storage stand-in whose reads and writes can be made to fail. */
export function fakeStorage(
  options: { failWrites?: 'quota' | 'security'; failReads?: boolean } = {},
): Storage {
  const data = new Map<string, string>();
  const fail = (kind: 'quota' | 'security') => {
    throw kind === 'quota'
      ? new DOMException('full', 'QuotaExceededError')
      : new DOMException('denied', 'SecurityError');
  };
  return {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => {
      if (options.failReads) fail('security');
      return data.get(k) ?? null;
    },
    setItem: (k, v) => {
      if (options.failWrites) fail(options.failWrites);
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  };
}
