/**
 * Forgot password (docs/pingone-behaviour.md §4.1 #9–10, §4.3):
 * - `password.sendRecoveryCode+json` (no body). Steps: refuseIneligible → issueCode (replaces any
 *   previous one, zero failures) → sendRecoveryMail.
 * - `password.recover+json` `{ recoveryCode, newPassword }`. Steps: readInput → refuseIneligible →
 *   verifyCode (the 5th failure invalidates it and locks the password: RECOVERY_LOCKOUT) →
 *   checkPasswordPolicy (target newPassword) → hash → savePassword (OK, unlocked) → consumeCode →
 *   saveHistory. A locked password is not refused here: recover is how it is reset [D].
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { LocalContext } from '../../context.js';
import {
  generateRecoveryCode,
  hashRecoveryCode,
  recoveryCodeMatches,
} from '../../crypto/recovery-code.js';
import { detail, invalidData } from '../../errors.js';
import { isLocked } from '../../password-state.js';
import {
  MESSAGES,
  RECOVERY,
  RECOVERY_MAIL,
  recoveryLockoutSeconds,
} from '../../pingone-behaviour.js';
import { policyForUser } from '../../policy.js';
import type { UserRecord } from '../../store/types.js';
import { passwordStateView } from '../../views.js';
import {
  asOfNow,
  checkNewPassword,
  hashPasswordValue,
  lockedOutError,
  noPasswordError,
  readAttempt,
  saveHistory,
  secondsUntilUnlock,
  withNewPassword,
} from './steps.js';

function accountNotUsable() {
  return invalidData(detail('ACCOUNT_NOT_USABLE', 'user', MESSAGES.accountNotUsable));
}

function invalidCode(message: string = MESSAGES.recoveryCodeInvalid) {
  return invalidData(detail('INVALID_VALUE', 'recoveryCode', message));
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The recovery e-mail: the code sits alone on its own line in the text part. */
export function recoveryMail(to: string, code: string, username: string) {
  const outro = RECOVERY_MAIL.outro(Math.round(RECOVERY.ttlSeconds / 60));
  const intro = RECOVERY_MAIL.intro(username);
  return {
    to,
    subject: RECOVERY_MAIL.subject,
    text: [intro, '', code, '', outro, ''].join('\n'),
    html: `<!doctype html><html><body><p>${escapeHtml(intro)}</p><p style="font-size:1.5em;font-family:monospace;letter-spacing:0.2em"><strong>${escapeHtml(code)}</strong></p><p>${escapeHtml(outro)}</p></body></html>`,
  };
}

/** Sends a new recovery code by e-mail. */
export async function sendRecoveryCode(ctx: LocalContext, loaded: UserRecord) {
  const { now, user } = asOfNow(ctx, loaded);
  if (!user.enabled) throw accountNotUsable();
  if (user.password.hash === null) throw noPasswordError();
  if (isLocked(user.password, now)) throw lockedOutError(secondsUntilUnlock(user, now));
  if (user.email === null) throw invalidData(detail('REQUIRED_VALUE', 'email', MESSAGES.required));
  const code = generateRecoveryCode();
  ctx.store.putRecovery({
    userId: user.id,
    codeHash: hashRecoveryCode(ctx.recoveryKey, code),
    expiresAt: now + RECOVERY.ttlSeconds * 1000,
    failures: 0,
  });
  await ctx.mailbox.send(recoveryMail(user.email, code, user.username));
  return passwordStateView(ctx, user, policyForUser(ctx, user.environmentId, user.populationId));
}

const recoverSchema = z
  .object({
    recoveryCode: z.string().min(1).max(64),
    newPassword: z.string().min(1).max(4096),
  })
  .strict();

function verifyCode(ctx: LocalContext, user: UserRecord, candidate: string): void {
  const lockSeconds = recoveryLockoutSeconds(
    policyForUser(ctx, user.environmentId, user.populationId)?.rules.lockout,
  );
  // The transaction returns the outcome: throwing inside it would roll the failure count back.
  const outcome = ctx.store.transaction((): 'ok' | 'invalid' | 'exhausted' => {
    const record = ctx.store.getRecovery(user.id);
    const now = ctx.clock.now();
    if (!record || now >= record.expiresAt) return 'invalid';
    if (recoveryCodeMatches(ctx.recoveryKey, record.codeHash, candidate)) return 'ok';
    const failures = record.failures + 1;
    if (failures >= RECOVERY.maxFailures) {
      ctx.store.deleteRecovery(user.id);
      const fresh = ctx.store.getUser(user.environmentId, user.id) ?? user;
      ctx.store.updateUser({
        ...fresh,
        password: {
          ...fresh.password,
          lockedAt: now,
          unlockAt: lockSeconds === null ? null : now + lockSeconds * 1000,
        },
      });
      return 'exhausted';
    }
    ctx.store.putRecovery({ ...record, failures });
    return 'invalid';
  });
  if (outcome === 'exhausted') throw invalidCode(MESSAGES.recoveryMaxFailures);
  if (outcome === 'invalid') throw invalidCode();
}

/** Consumes a recovery code and sets the new password. */
export async function recoverPassword(
  ctx: LocalContext,
  request: FastifyRequest,
  loaded: UserRecord,
) {
  const { input, user } = readAttempt(ctx, request, recoverSchema, loaded);
  if (!user.enabled) throw accountNotUsable();
  if (user.password.hash === null) throw noPasswordError();
  verifyCode(ctx, user, input.recoveryCode);
  const policy = policyForUser(ctx, user.environmentId, user.populationId);
  await checkNewPassword(ctx, policy, user, input.newPassword, { target: 'newPassword' });
  const hash = await hashPasswordValue(ctx, input.newPassword, 'newPassword');
  const updated = ctx.store.transaction(() => {
    // The code may have been used or replaced while hashing: only the current one counts.
    const record = ctx.store.getRecovery(user.id);
    if (!record || !recoveryCodeMatches(ctx.recoveryKey, record.codeHash, input.recoveryCode)) {
      throw invalidCode();
    }
    const fresh = ctx.store.getUser(user.environmentId, user.id) ?? user;
    const next = withNewPassword(fresh, hash, 'OK', ctx.clock.now());
    ctx.store.updateUser(next);
    ctx.store.deleteRecovery(user.id);
    // In the same transaction: one durable commit (fsync) instead of two.
    saveHistory(ctx, user.id, hash);
    return next;
  });
  return passwordStateView(ctx, updated, policy);
}
