/**
 * Steps shared by the password endpoints and user import: reading an attempt, verifying and
 * counting failures, checking a new password against the policy, turning a submitted value into
 * what is stored, storing it, password history.
 */
import type { FastifyRequest } from 'fastify';
import type { ZodTypeAny, z } from 'zod';
import type { LocalContext } from '../../context.js';
import { checkPreEncoded, preEncodedScheme } from '../../crypto/passwords.js';
import { detail, invalidData } from '../../errors.js';
import { jsonBody } from '../../http.js';
import { releaseExpiredLock, unlocked } from '../../password-state.js';
import { HISTORY_KEPT, MESSAGES } from '../../pingone-behaviour.js';
import { checkPasswordPolicy, type PasswordTarget } from '../../policy.js';
import type { PasswordPolicyRecord, StoredPasswordStatus, UserRecord } from '../../store/types.js';
import { parseBody } from '../../validation.js';

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

/** The clock reading and the user as of it (an expired lockout released, not yet stored). */
export function asOfNow(ctx: LocalContext, loaded: UserRecord): { now: number; user: UserRecord } {
  const now = ctx.clock.now();
  return { now, user: { ...loaded, password: releaseExpiredLock(loaded.password, now) } };
}

/** The request's body parsed by `schema`, then {@link asOfNow}. */
export function readAttempt<S extends ZodTypeAny>(
  ctx: LocalContext,
  request: FastifyRequest,
  schema: S,
  loaded: UserRecord,
): { input: z.infer<S>; now: number; user: UserRecord } {
  const input = parseBody(schema, jsonBody(request));
  return { input, ...asOfNow(ctx, loaded) };
}

/**
 * Compares `candidate` with the user's password. A mismatch counts toward the lockout and fails
 * with PASSWORD_LOCKED_OUT once locked, else with 400 INVALID_VALUE on `target` (and
 * `failuresRemaining` when the policy locks out).
 */
export async function verifyOrCountFailure(
  ctx: LocalContext,
  user: UserRecord,
  policy: PasswordPolicyRecord | null,
  candidate: { value: string; target: string; mismatch: string },
): Promise<void> {
  if (await ctx.hasher.verify(user.password.hash!, candidate.value)) return;
  const outcome = recordFailure(ctx, user, policy);
  if (outcome.locked) throw lockedOutError(secondsUntilUnlock(outcome.user, ctx.clock.now()));
  const remaining = outcome.failuresRemaining;
  throw invalidData(
    detail(
      'INVALID_VALUE',
      candidate.target,
      candidate.mismatch,
      remaining !== undefined ? { failuresRemaining: remaining } : undefined,
    ),
  );
}

/**
 * Refuses a new cleartext password that breaks the policy or is in the history (a pre-encoded
 * value is never evaluated).
 */
export async function checkNewPassword(
  ctx: LocalContext,
  policy: PasswordPolicyRecord | null,
  user: UserRecord,
  value: string,
  opts: { target: PasswordTarget; currentPassword?: string },
): Promise<void> {
  if (isPreEncoded(value)) return;
  const inHistory = await isInHistory(ctx, user, policy, value);
  const failure = await checkPasswordPolicy(ctx, policy, user, value, { ...opts, inHistory });
  if (failure) throw failure;
}

/** `user` with a newly set password: `status`, changed `at`, lockout cleared. */
export function withNewPassword(
  user: UserRecord,
  hash: string,
  status: StoredPasswordStatus,
  at: number,
): UserRecord {
  return {
    ...user,
    password: { ...unlocked(user.password), hash, status, lastChangedAt: at },
    updatedAt: at,
  };
}

/**
 * Stores a newly set password on the user as stored now (so concurrent changes are kept) and
 * remembers it in the history.
 */
export function storeNewPassword(
  ctx: LocalContext,
  user: UserRecord,
  hash: string,
  status: StoredPasswordStatus,
): UserRecord {
  const fresh = ctx.store.getUser(user.environmentId, user.id) ?? user;
  const updated = withNewPassword(fresh, hash, status, ctx.clock.now());
  ctx.store.updateUser(updated);
  saveHistory(ctx, user.id, hash);
  return updated;
}

/** Clears the failure count after a successful check (on the user as stored now, so concurrent changes are kept). */
export function clearFailures(ctx: LocalContext, user: UserRecord, now: number): UserRecord {
  const nothingToClear = (u: UserRecord) =>
    u.password.failures === 0 && u.password.lockedAt === null;
  // Nothing to clear (the usual sign-in): one read, no transaction, no write, no disk sync.
  const current = ctx.store.getUser(user.environmentId, user.id) ?? user;
  if (nothingToClear(current)) return current;
  return ctx.store.transaction(() => {
    const fresh = ctx.store.getUser(user.environmentId, user.id) ?? user;
    if (nothingToClear(fresh)) return fresh;
    const next = {
      ...fresh,
      password: { ...releaseExpiredLock(fresh.password, now), failures: 0 },
    };
    ctx.store.updateUser(next);
    return next;
  });
}
