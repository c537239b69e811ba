/**
 * The password status machine (docs/pingone-behaviour.md §4.2, §10.5): the stored status (NO_PASSWORD, OK,
 * MUST_CHANGE_PASSWORD) plus the derived PASSWORD_LOCKED_OUT (failed checks, until `unlockAt`)
 * and PASSWORD_EXPIRED (older than the policy's `maxAgeDays`).
 */
import type { PasswordStatus } from '../pingone/model.js';
import type { PasswordPolicyRecord, PasswordRecord, UserRecord } from './store/types.js';

const DAY_MS = 86_400_000;

/** The status a client sees now. */
export interface EffectiveState {
  status: PasswordStatus;
  /** Only for a timed lockout. */
  secondsUntilUnlock?: number;
}

/** True while a lockout is in force (a timed one ends at `unlockAt`). */
export function isLocked(password: PasswordRecord, now: number): boolean {
  return password.lockedAt !== null && (password.unlockAt === null || now < password.unlockAt);
}

/** Computes the status at `now`. `policy` null ⇒ no expiry check. */
export function effectivePasswordState(
  user: UserRecord,
  policy: PasswordPolicyRecord | null,
  now: number,
): EffectiveState {
  const pw = user.password;
  if (pw.hash === null) return { status: 'NO_PASSWORD' };
  if (isLocked(pw, now)) {
    return pw.unlockAt === null
      ? { status: 'PASSWORD_LOCKED_OUT' }
      : {
          status: 'PASSWORD_LOCKED_OUT',
          secondsUntilUnlock: Math.max(1, Math.ceil((pw.unlockAt - now) / 1000)),
        };
  }
  if (pw.status === 'MUST_CHANGE_PASSWORD') return { status: 'MUST_CHANGE_PASSWORD' };
  const maxAgeDays = policy?.rules.maxAgeDays;
  if (
    typeof maxAgeDays === 'number' &&
    pw.lastChangedAt !== null &&
    now - pw.lastChangedAt > maxAgeDays * DAY_MS
  ) {
    return { status: 'PASSWORD_EXPIRED' };
  }
  return { status: pw.status };
}

/** A copy of `password` with an ended timed lockout (and its failure count) cleared. */
export function releaseExpiredLock(password: PasswordRecord, now: number): PasswordRecord {
  if (password.lockedAt !== null && !isLocked(password, now)) {
    return { ...password, lockedAt: null, unlockAt: null, failures: 0 };
  }
  return password;
}

/** A copy of `password` with any lockout and failure count cleared. */
export function unlocked(password: PasswordRecord): PasswordRecord {
  return { ...password, lockedAt: null, unlockAt: null, failures: 0 };
}

/** True when `minAgeDays` forbids a self-change at `now`. */
export function tooYoung(
  password: PasswordRecord,
  policy: PasswordPolicyRecord | null,
  now: number,
): boolean {
  const minAgeDays = policy?.rules.minAgeDays;
  if (typeof minAgeDays !== 'number' || password.lastChangedAt === null) return false;
  if (password.status === 'MUST_CHANGE_PASSWORD') return false;
  return now - password.lastChangedAt < minAgeDays * DAY_MS;
}
