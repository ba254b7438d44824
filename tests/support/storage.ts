/**
 * A Map-backed localStorage, enough for the save code. With a quota (in characters of keys and
 * values, as browsers count), a write that would pass it throws QuotaExceededError, as Chromium's does;
 * replacing a value counts only the difference, as Chromium's does.
 */
export function memoryStorage(quota = Number.POSITIVE_INFINITY): Storage {
  const items = new Map<string, string>();
  const used = (): number => [...items].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => {
      const value = String(v);
      const after = used() - (items.has(k) ? k.length + (items.get(k) ?? '').length : 0) + k.length + value.length;
      if (after > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(k, value);
    },
  };
}

/** Every value in a storage, to look for bytes wherever the code put them. */
export const allValues = (storage: Storage): string[] =>
  Array.from({ length: storage.length }, (_, i) => storage.getItem(storage.key(i) ?? '') ?? '');
