/**
 * One-time codes (password recovery, account and e-mail verification): drawn from a CSPRNG,
 * compared case-insensitively, stored only as an HMAC-SHA-256 keyed with a per-database secret
 * (a short-lived code with a handful of tries needs no slow hash).
 */
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/** The shape of a code: its alphabet and length. */
export interface CodeFormat {
  readonly alphabet: string;
  readonly length: number;
}

/** Generates a new code of `format` from a CSPRNG. */
export function generateCode(format: CodeFormat): string {
  let code = '';
  for (let i = 0; i < format.length; i++) {
    code += format.alphabet[randomInt(format.alphabet.length)];
  }
  return code;
}

/** Keyed hash of a code (trimmed and upper-cased first, so comparison ignores case). */
export function hashCode(key: string, code: string): string {
  return createHmac('sha256', key).update(code.trim().toUpperCase(), 'utf8').digest('hex');
}

/** Constant-time comparison of a candidate code with a stored hash. */
export function codeMatches(key: string, storedHash: string, candidate: string): boolean {
  const a = Buffer.from(hashCode(key, candidate), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
