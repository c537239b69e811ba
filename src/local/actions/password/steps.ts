/**
 * Steps shared by the password endpoints and user import: turning a submitted value into what
 * is stored, password history, policy lookup.
 */
import type { LocalContext } from '../../context.js';
import { checkPreEncoded, preEncodedScheme } from '../../crypto/passwords.js';
import { detail, invalidData } from '../../errors.js';
import { HISTORY_KEPT, MESSAGES } from '../../pingone-behaviour.js';
import type { PasswordPolicyRecord, UserRecord } from '../../store/types.js';

const DAY_MS = 86_400_000;

/** True when the value is a `{SCHEME}...` pre-encoded password (never evaluated, docs/pingone-behaviour.md §4.4). */
export function isPreEncoded(value: string): boolean {
  return preEncodedScheme(value) !== null;
}

/**
 * What to store for a submitted password: Argon2id of cleartext, or the pre-encoded value as is.
 * @throws 400 INVALID_DATA for an unsupported or unparseable encoding.
 */
export async function hashPasswordValue(
  ctx: LocalContext,
  value: string,
  target: string,
): Promise<string> {
  if (isPreEncoded(value)) {
    if (checkPreEncoded(value) !== null) {
      throw invalidData(detail('INVALID_VALUE', target, MESSAGES.unsupportedEncoding));
    }
    return value;
  }
  return ctx.hasher.hash(value);
}

/**
 * True when `candidate` equals the current password (always refused, docs/pingone-behaviour.md §5.1) or one of the
 * policy's remembered passwords (`history.count` within `history.retentionDays`).
 */
export async function isInHistory(
  ctx: LocalContext,
  user: UserRecord,
  policy: PasswordPolicyRecord | null,
  candidate: string,
): Promise<boolean> {
  if (user.password.hash && (await ctx.hasher.verify(user.password.hash, candidate))) return true;
  const history = policy?.rules.history as { count?: number; retentionDays?: number } | undefined;
  if (!history?.count) return false;
  const now = ctx.clock.now();
  const oldest = history.retentionDays ? now - history.retentionDays * DAY_MS : 0;
  const entries = ctx.store
    .listPasswordHistory(user.id)
    .filter((e) => e.createdAt >= oldest)
    .slice(0, history.count);
  for (const entry of entries) {
    // The newest entry is usually the current hash, just verified: one Argon2id run is enough.
    if (entry.hash === user.password.hash) continue;
    if (await ctx.hasher.verify(entry.hash, candidate)) return true;
  }
  return false;
}

/** Records a newly set password in the user's history. */
export function saveHistory(ctx: LocalContext, userId: string, hash: string): void {
  ctx.store.addPasswordHistory(userId, { hash, createdAt: ctx.clock.now() }, HISTORY_KEPT);
}

/** 400 INVALID_DATA / NO_PASSWORD. */
export function noPasswordError() {
  return invalidData(detail('NO_PASSWORD', 'password', MESSAGES.noPassword));
}

/** 400 INVALID_DATA / PASSWORD_LOCKED_OUT, with `secondsUntilUnlock` for a timed lockout. */
export function lockedOutError(secondsUntilUnlock: number | undefined) {
  return invalidData(
    detail(
      'PASSWORD_LOCKED_OUT',
      'password',
      MESSAGES.passwordLockedOut,
      secondsUntilUnlock !== undefined ? { secondsUntilUnlock } : undefined,
    ),
  );
}

/** Seconds until a timed lockout ends, or undefined for a manual one. */
export function secondsUntilUnlock(user: UserRecord, now: number): number | undefined {
  const at = user.password.unlockAt;
  return at === null ? undefined : Math.max(1, Math.ceil((at - now) / 1000));
}

/** Outcome of a failed password comparison. */
export interface FailureOutcome {
  locked: boolean;
  failuresRemaining: number | undefined;
  user: UserRecord;
}

/**
 * Counts a failed comparison toward the policy's lockout (docs/pingone-behaviour.md §4.5, §10.5) and locks the
 * password once `lockout.failureCount` is reached (timed when `durationSeconds` is set).
 * Re-reads the user so concurrent failures all count.
 */
export function recordFailure(
  ctx: LocalContext,
  user: UserRecord,
  policy: PasswordPolicyRecord | null,
): FailureOutcome {
  return ctx.store.transaction(() => {
    const now = ctx.clock.now();
    const fresh = ctx.store.getUser(user.environmentId, user.id) ?? user;
    const lockout = policy?.rules.lockout as
      | { failureCount?: number; durationSeconds?: number }
      | undefined;
    const failures = fresh.password.failures + 1;
    const limit = lockout?.failureCount;
    const locked = limit !== undefined && failures >= limit;
    const password = {
      ...fresh.password,
      failures,
      ...(locked
        ? {
            lockedAt: now,
            unlockAt: lockout?.durationSeconds ? now + lockout.durationSeconds * 1000 : null,
          }
        : {}),
    };
    const updated = { ...fresh, password };
    ctx.store.updateUser(updated);
    return {
      locked,
      failuresRemaining: limit !== undefined ? Math.max(0, limit - failures) : undefined,
      user: updated,
    };
  });
}
