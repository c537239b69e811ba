/** Small helpers for the Maps that memoise per-key state. */

/** A Map or WeakMap seen through the two methods {@link getOrInsert} needs. */
interface Memo<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The value under `key`; on first use it is made by `make` and stored. */
export function getOrInsert<K, V>(map: Memo<K, V>, key: K, make: () => NoInfer<V>): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** A new empty Map: a factory for {@link getOrInsert} that allocates no closure per call. */
export function newMap<K, V>(): Map<K, V> {
  return new Map<K, V>();
}
