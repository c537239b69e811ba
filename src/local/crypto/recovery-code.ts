/**
 * Password recovery codes: 8 characters from A–Z0–9, compared case-insensitively, stored only as
 * an HMAC-SHA-256 keyed with a per-database secret (a 5-minute, 5-try code needs no slow hash).
 */
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { RECOVERY } from '../pingone-behaviour.js';

/** Generates a new code from a CSPRNG. */
export function generateRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < RECOVERY.length; i++) {
    code += RECOVERY.alphabet[randomInt(RECOVERY.alphabet.length)];
  }
  return code;
}

/** Keyed hash of a code (upper-cased first, so comparison ignores case). */
export function hashRecoveryCode(key: string, code: string): string {
  return createHmac('sha256', key).update(code.trim().toUpperCase(), 'utf8').digest('hex');
}

/** Constant-time comparison of a candidate code with a stored hash. */
export function recoveryCodeMatches(key: string, storedHash: string, candidate: string): boolean {
  const a = Buffer.from(hashRecoveryCode(key, candidate), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
