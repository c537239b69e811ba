/**
 * Account and e-mail verification (docs/pingone-behaviour.md §3.8), shared by the user endpoints
 * and the Flows API (the VERIFICATION_CODE_REQUIRED step calls {@link sendVerificationCode} and
 * {@link verifyCode}). Codes are one-time codes (`crypto/one-time-code.ts`) kept hashed per user
 * and kind: a new code replaces the previous one, so only the newest works.
 *
 * - account (`lifecycle`): sending sets `VERIFICATION_REQUIRED` [D]; a good code sets
 *   `ACCOUNT_OK` [D], and `emailVerified: true` only if the address the code went to is still
 *   the user's [D]. No expiry [D].
 * - e-mail: a good code within 24 h sets `emailVerified: true` [D].
 * Wrong codes count; the 5th deletes the code (choice 36).
 */
import { attemptCode } from './code-attempts.js';
import type { LocalContext } from './context.js';
import { generateCode, hashCode } from './crypto/one-time-code.js';
import { detail, invalidData, type LocalError } from './errors.js';
import { mailLocale } from './languages.js';
import { codeMail, type MailTemplate } from './mail/code-mail.js';
import { VERIFICATION_MAIL } from './mail/templates/account-verification.js';
import { EMAIL_VERIFICATION_MAIL } from './mail/templates/email-verification.js';
import { EMAIL_VERIFICATION, MESSAGES, VERIFICATION } from './pingone-behaviour.js';
import type { UserRecord, VerificationKind } from './store/types.js';

interface KindRules {
  format: { alphabet: string; length: number; ttlSeconds: number | null; maxFailures: number };
  mail: MailTemplate;
}

const KINDS: Record<VerificationKind, KindRules> = {
  account: { format: VERIFICATION, mail: VERIFICATION_MAIL },
  email: { format: EMAIL_VERIFICATION, mail: EMAIL_VERIFICATION_MAIL },
};

/** True while the user's `lifecycle.status` is `VERIFICATION_REQUIRED`. */
export function needsVerification(user: UserRecord): boolean {
  return (
    (user.attributes.lifecycle as { status?: string } | undefined)?.status ===
    'VERIFICATION_REQUIRED'
  );
}

/** 400 INVALID_DATA / INVALID_VALUE on `verificationCode` (wrong, used, replaced or expired). */
export function invalidVerificationCode(
  message: string = MESSAGES.verificationCodeInvalid,
): LocalError {
  return invalidData(detail('INVALID_VALUE', 'verificationCode', message));
}

/**
 * Refuses a password recovery while the account awaits verification (choice 38): 400
 * INVALID_DATA / ACCOUNT_NOT_USABLE on `lifecycle.status`.
 */
export function refuseUnverified(user: UserRecord): void {
  if (needsVerification(user)) {
    throw invalidData(
      detail('ACCOUNT_NOT_USABLE', 'lifecycle.status', MESSAGES.accountNotVerified),
    );
  }
}

/** Stores a new code of `kind` for the user's current address and returns it (to be mailed). */
function issueCode(ctx: LocalContext, user: UserRecord, kind: VerificationKind, now: number) {
  if (user.email === null) throw invalidData(detail('REQUIRED_VALUE', 'email', MESSAGES.required));
  const { format } = KINDS[kind];
  const code = generateCode(format);
  ctx.store.putVerification({
    userId: user.id,
    kind,
    codeHash: hashCode(ctx.recoveryKey, code),
    email: user.email,
    expiresAt: format.ttlSeconds === null ? null : now + format.ttlSeconds * 1000,
    failures: 0,
  });
  return { to: user.email, code, locale: mailLocale(ctx.store, user) };
}

/** Mails the code in the user's language (docs/pingone-behaviour.md §15.4). */
function mailCode(
  ctx: LocalContext,
  kind: VerificationKind,
  sent: { to: string; code: string; locale: string },
) {
  const { format, mail } = KINDS[kind];
  return ctx.mailbox.send(codeMail(sent.to, sent.code, mail, sent.locale, format.ttlSeconds));
}

function withLifecycle(user: UserRecord, status: string, now: number): UserRecord {
  if ((user.attributes.lifecycle as { status?: string } | undefined)?.status === status)
    return user;
  return { ...user, attributes: { ...user.attributes, lifecycle: { status } }, updatedAt: now };
}

/**
 * Sends a new account verification code (the previous one stops working) and sets
 * `lifecycle.status` to `VERIFICATION_REQUIRED` [D: send-resend-user-verification-code].
 * @throws LocalError 400 REQUIRED_VALUE on `email` for a user without an address.
 */
export async function sendVerificationCode(
  ctx: LocalContext,
  user: UserRecord,
  now: number,
): Promise<UserRecord> {
  const { updated, sent } = ctx.store.transaction(() => {
    const fresh = ctx.store.getUser(user.environmentId, user.id) ?? user;
    const next = withLifecycle(fresh, 'VERIFICATION_REQUIRED', now);
    if (next !== fresh) ctx.store.updateUser(next);
    return { updated: next, sent: issueCode(ctx, next, 'account', now) };
  });
  await mailCode(ctx, 'account', sent);
  return updated;
}

/** Sends a new e-mail verification code (valid 24 h; the previous one stops working). */
export async function sendEmailVerificationCode(
  ctx: LocalContext,
  user: UserRecord,
  now: number,
): Promise<void> {
  const sent = issueCode(ctx, user, 'email', now);
  await mailCode(ctx, 'email', sent);
}

/**
 * One attempt at the user's code of `kind`; on a match, `apply` gives the user to store (given
 * whether the code went to the current address) and the code is consumed. Failures are counted
 * in the same transaction; the error is thrown after it commits.
 */
function consume(
  ctx: LocalContext,
  user: UserRecord,
  kind: VerificationKind,
  candidate: string,
  now: number,
  apply: (fresh: UserRecord, sameAddress: boolean) => UserRecord,
): UserRecord {
  const outcome = ctx.store.transaction(() => {
    const record = ctx.store.getVerification(user.id, kind);
    const slot = {
      save: (r: NonNullable<typeof record>) => ctx.store.putVerification(r),
      remove: () => ctx.store.deleteVerification(user.id, kind),
    };
    const result = attemptCode(
      ctx.recoveryKey,
      record,
      candidate,
      now,
      slot,
      KINDS[kind].format.maxFailures,
    );
    if (result !== 'ok' || !record) return { result, user: null };
    const fresh = ctx.store.getUser(user.environmentId, user.id) ?? user;
    const sameAddress =
      fresh.email !== null && fresh.email.toLowerCase() === record.email.toLowerCase();
    const next = apply(fresh, sameAddress);
    ctx.store.updateUser(next);
    slot.remove();
    return { result, user: next };
  });
  if (outcome.result === 'exhausted')
    throw invalidVerificationCode(MESSAGES.verificationMaxFailures);
  if (!outcome.user) throw invalidVerificationCode();
  return outcome.user;
}

function markEmailVerified(user: UserRecord, now: number): UserRecord {
  return { ...user, attributes: { ...user.attributes, emailVerified: true }, updatedAt: now };
}

/**
 * Verifies the account with `code`: `lifecycle.status` becomes `ACCOUNT_OK`, and `emailVerified`
 * true if the address has not changed since the code was sent [D: verify-user].
 * @throws LocalError 400 INVALID_VALUE on `verificationCode` (wrong, used, replaced; the 5th
 *   wrong code deletes it).
 */
export function verifyCode(
  ctx: LocalContext,
  user: UserRecord,
  code: string,
  now: number,
): UserRecord {
  return consume(ctx, user, 'account', code, now, (fresh, sameAddress) => {
    const ok = withLifecycle(fresh, 'ACCOUNT_OK', now);
    return sameAddress ? markEmailVerified(ok, now) : { ...ok, updatedAt: now };
  });
}

/**
 * Verifies the e-mail address with `code` (sent within 24 h to the current address):
 * `emailVerified` becomes true [D: verify-email-code].
 * @throws LocalError 400 INVALID_VALUE on `verificationCode`.
 */
export function verifyEmailCode(
  ctx: LocalContext,
  user: UserRecord,
  code: string,
  now: number,
): UserRecord {
  // A code for an address the user no longer has proves nothing: it is refused like a wrong one
  // (the e-mail change also deleted it, see emailChanged).
  return consume(ctx, user, 'email', code, now, (fresh, sameAddress) => {
    if (!sameAddress) throw invalidVerificationCode();
    return markEmailVerified(fresh, now);
  });
}

/**
 * The user about to be stored after an update: when the address changed (ignoring case),
 * `emailVerified` becomes false and the pending e-mail verification code, sent to the old
 * address, is deleted (choice 37). An account verification code survives: it still verifies the
 * account, without verifying the new address [D].
 */
export function emailChanged(ctx: LocalContext, before: UserRecord, after: UserRecord): UserRecord {
  const same = (before.email ?? '').toLowerCase() === (after.email ?? '').toLowerCase();
  if (same) return after;
  ctx.store.deleteVerification(after.id, 'email');
  return { ...after, attributes: { ...after.attributes, emailVerified: false } };
}
