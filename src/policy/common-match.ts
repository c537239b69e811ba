/**
 * Matching a password and its simple variants against a common-password list. Browser-safe: the
 * list itself is loaded elsewhere (`common-passwords.ts`, Node only).
 */
import type { CommonPasswordChecker } from './index.js';

// One-to-one substitutions; `1` is ambiguous (i or l), so both readings are tried.
const LEET_BASE: Readonly<Record<string, string>> = {
  '0': 'o',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

/** Shortest base (in code points) left after stripping digits/symbols that still counts. */
export const MIN_VARIANT_BASE_LENGTH = 3;

function unleet(text: string, one: 'i' | 'l'): string {
  let out = '';
  for (const c of text) out += c === '1' ? one : (LEET_BASE[c] ?? c);
  return out;
}

// A scan, not /[^\p{L}]+$/u: that regex backtracks quadratically on long non-letter runs.
function stripTrailing(text: string): string {
  const chars = Array.from(text);
  let end = chars.length;
  while (end > 0 && !LETTER.test(chars[end - 1]!)) end--;
  return chars.slice(0, end).join('');
}

const LETTER = /^\p{L}$/u;

function length(text: string): number {
  return Array.from(text).length;
}

/**
 * The forms of `password` looked up in the list, lowercased (NFKC):
 * the password itself; with trailing, leading, or both runs of digits/symbols stripped
 * (`Password123!` → `password`), kept only when the base has at least
 * {@link MIN_VARIANT_BASE_LENGTH} code points and is at least as long as what was stripped, so that
 * `Dogs-9384-7710-5523` is not reduced to `dogs`; and each of those with leetspeak undone
 * (0→o, 1→i or l, 3→e, 4→a, 5→s, 7→t, @→a, $→s).
 */
export function passwordVariants(password: string): string[] {
  const base = password.normalize('NFKC').toLowerCase();
  const forms = new Set<string>([base]);
  const trailing = stripTrailing(base);
  const leading = base.replace(/^[^\p{L}]+/u, '');
  const both = trailing.replace(/^[^\p{L}]+/u, '');
  for (const stripped of [trailing, leading, both]) {
    const kept = length(stripped);
    if (kept >= MIN_VARIANT_BASE_LENGTH && kept >= length(base) - kept) forms.add(stripped);
  }
  const variants = new Set<string>();
  for (const form of forms) {
    variants.add(form);
    variants.add(unleet(form, 'i'));
    variants.add(unleet(form, 'l'));
  }
  return [...variants];
}

// Two independent 32-bit multiplicative hashes over UTF-16 code units, packed into one 52-bit
// integer (exact in a double), so the list is a plain Float64Array: no BigInt allocations.
function hashKey(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return packKey(a, b);
}

function packKey(a: number, b: number): number {
  return (a >>> 0) * 2 ** 20 + ((b >>> 0) >>> 12);
}

function normalizeEntry(entry: string): string {
  // NFKC is only needed outside ASCII; skipping it there keeps loading ~400k entries fast.
  return !/[^\u0020-\u007e]/.test(entry)
    ? entry.toLowerCase()
    : entry.normalize('NFKC').toLowerCase();
}

/**
 * The sorted 52-bit keys, packed for look-up without loss: 5.5 bytes a key instead of a
 * `Float64Array`'s 8 (2.1 MB instead of 3.3 MB for the bundled ~415,000 keys, held for the
 * process's lifetime). A key's top 16 bits pick its bucket, `offsets[b]..offsets[b + 1]` in the
 * other arrays (about 6 keys a bucket); its low 32 bits are in `low`, and the 4 bits between in
 * `mid`, two to a byte. Within a bucket the keys stay in ascending order.
 */
export interface KeyTable {
  offsets: Uint32Array;
  low: Uint32Array;
  mid: Uint8Array;
}

const BUCKET_BITS = 16;
const REST = 2 ** 36;
const LOW = 2 ** 32;

/** Packs strictly ascending 52-bit keys ({@link CommonPasswordListBuilder.sortedKeys}). */
export function packKeys(sorted: Float64Array): KeyTable {
  const offsets = new Uint32Array((1 << BUCKET_BITS) + 1);
  const low = new Uint32Array(sorted.length);
  const mid = new Uint8Array((sorted.length + 1) >>> 1);
  let bucket = 0;
  for (let i = 0; i < sorted.length; i++) {
    const key = sorted[i]!;
    const b = Math.floor(key / REST);
    while (bucket < b) offsets[++bucket] = i;
    const rest = key - b * REST;
    const m = Math.floor(rest / LOW);
    low[i] = rest - m * LOW;
    mid[i >>> 1] = mid[i >>> 1]! | (m << ((i & 1) << 2));
  }
  while (bucket < 1 << BUCKET_BITS) offsets[++bucket] = sorted.length;
  return { offsets, low, mid };
}

/** True when `key` is in `table`. */
export function hasKey(table: KeyTable, key: number): boolean {
  const b = Math.floor(key / REST);
  const rest = key - b * REST;
  let lo = table.offsets[b]!;
  let hi = table.offsets[b + 1]! - 1;
  while (lo <= hi) {
    const i = (lo + hi) >>> 1;
    const k = ((table.mid[i >>> 1]! >>> ((i & 1) << 2)) & 0xf) * LOW + table.low[i]!;
    if (k === rest) return true;
    if (k < rest) lo = i + 1;
    else hi = i - 1;
  }
  return false;
}

/**
 * Collects list entries as 52-bit hashes, then freezes them into a checker. Entries can be given
 * as strings or, for printable-ASCII lines of a file, as byte ranges: hashing the bytes directly
 * (A–Z folded to a–z) gives the same key as the lowercased string without creating one.
 */
export class CommonPasswordListBuilder {
  private keys = new Float64Array(1 << 16);
  private size = 0;

  /** Adds one entry (compared lowercased, NFKC outside ASCII). */
  add(entry: string): void {
    if (entry.length > 0) this.push(hashKey(normalizeEntry(entry)));
  }

  /**
   * Adds `bytes[start..end)` when every byte is printable ASCII (0x20–0x7e) and returns true;
   * returns false (adding nothing) otherwise, so the caller decodes that line as a string.
   */
  addAscii(bytes: Uint8Array, start: number, end: number): boolean {
    if (end <= start) return true;
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ 0x5bd1e995;
    for (let i = start; i < end; i++) {
      let c = bytes[i]!;
      if (c < 0x20 || c > 0x7e) return false;
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    this.push(packKey(a, b));
    return true;
  }

  /** The checker over every entry added so far. */
  build(): CommonPasswordChecker {
    return checkerFromKeys(this.sortedKeys());
  }

  /**
   * The keys of every entry added so far, sorted and without duplicates, in an array of exactly
   * that length (what {@link checkerFromKeys} takes).
   */
  sortedKeys(): Float64Array {
    const keys = this.keys.subarray(0, this.size).sort();
    let distinct = 0;
    for (let i = 0; i < keys.length; i++) {
      if (i === 0 || keys[i] !== keys[distinct - 1]) keys[distinct++] = keys[i]!;
    }
    return keys.slice(0, distinct);
  }

  private push(key: number): void {
    if (this.size === this.keys.length) {
      const grown = new Float64Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.size++] = key;
  }
}

/** The checker over a packed table ({@link packKeys}); the arrays are used as they are. */
export function checkerFromTable(table: KeyTable): CommonPasswordChecker {
  return {
    isCommon(password: string): boolean {
      return passwordVariants(password).some((v) => hasKey(table, hashKey(v)));
    },
  };
}

/** The checker over `keys`, as made by {@link CommonPasswordListBuilder.sortedKeys}. */
export function checkerFromKeys(keys: Float64Array): CommonPasswordChecker {
  return checkerFromTable(packKeys(keys));
}

/**
 * A checker over `entries` (compared lowercased): a password is common when it or one of its
 * {@link passwordVariants} is in the list.
 *
 * The list is kept as distinct 52-bit hashes, sorted and packed ({@link packKeys}: 2.1 MB for the
 * bundled ~415,000 distinct entries, against about 80 MB as a `Set` of strings). A false positive
 * needs a 52-bit collision: with n = 415,000 entries its probability per lookup is about
 * n / 2^52 ≈ 1e-10.
 */
export function createCommonPasswordChecker(entries: Iterable<string>): CommonPasswordChecker {
  const builder = new CommonPasswordListBuilder();
  for (const entry of entries) builder.add(entry);
  return builder.build();
}
