/**
 * The packed table of common-password keys (`packKeys`, src/policy/common-match.ts): lossless for
 * every 52-bit key, including bucket edges and the 4 bits kept two to a byte.
 */
import { describe, expect, it } from 'vitest';
import { hasKey, packKeys } from '../../src/policy/common-match.js';

const EDGES = [
  0,
  1,
  2 ** 32 - 1,
  2 ** 32,
  2 ** 33 + 7,
  2 ** 36 - 1,
  2 ** 36,
  2 ** 36 + 2 ** 32 + 5,
  15 * 2 ** 32 + 2 ** 36 * 9,
  2 ** 52 - 2 ** 36,
  2 ** 52 - 1,
];

/** Strictly ascending keys: the edges and `n` pseudo-random 52-bit keys (fixed seed). */
function keys(n: number): Float64Array {
  let seed = 0x9e3779b9;
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed;
  };
  const set = new Set(EDGES);
  while (set.size < EDGES.length + n) set.add((next() >>> 12) * 2 ** 32 + next());
  return Float64Array.from([...set].sort((a, b) => a - b));
}

describe('packKeys', () => {
  it('finds every key it was given and none of their neighbours', () => {
    const sorted = keys(50_000);
    const table = packKeys(sorted);
    expect(table.low.length).toBe(sorted.length);
    expect(table.mid.length).toBe(Math.ceil(sorted.length / 2));
    expect(table.offsets.at(-1)).toBe(sorted.length);
    const present = new Set(sorted);
    for (const key of sorted) {
      if (!hasKey(table, key)) throw new Error(`key ${key} not found`);
      for (const near of [key - 1, key + 1, key + 2 ** 32, key - 2 ** 32, key + 2 ** 36]) {
        if (near >= 0 && near < 2 ** 52 && !present.has(near) && hasKey(table, near)) {
          throw new Error(`key ${near} found but never added`);
        }
      }
    }
  });

  it('holds an empty list and a single key', () => {
    const empty = packKeys(new Float64Array(0));
    expect(hasKey(empty, 0)).toBe(false);
    expect(hasKey(empty, 2 ** 52 - 1)).toBe(false);
    const one = packKeys(Float64Array.of(2 ** 36 + 3));
    expect(hasKey(one, 2 ** 36 + 3)).toBe(true);
    expect(hasKey(one, 3)).toBe(false);
    expect(hasKey(one, 2 ** 36 + 2)).toBe(false);
  });
});
