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

/**
 * A checker over `entries` (compared lowercased): a password is common when it or one of its
 * {@link passwordVariants} is in the list.
 */
export function createCommonPasswordChecker(entries: Iterable<string>): CommonPasswordChecker {
  const list = new Set<string>();
  for (const entry of entries) {
    const e = entry.normalize('NFKC').toLowerCase();
    if (e.length > 0) list.add(e);
  }
  return {
    isCommon(password: string): boolean {
      return passwordVariants(password).some((v) => list.has(v));
    },
  };
}
