/**
 * The e-mailed codes of the portal, whatever the flow: recovery codes (docs/pingone-behaviour.md
 * §4.3) and account verification codes (§3.8). Both count against one budget per PingOne user
 * (`RECOVERY_RESEND_COOLDOWN_SECONDS` apart, `RECOVERY_CODES_PER_DAY` a day), since both land in
 * the same mailbox and under PingOne's 50 e-mails a day. An account that awaits verification is
 * sent a verification code where a recovery code was asked for: proving the mailbox is what both
 * codes are for, and PingOne may refuse recovery for such an account (PingOne Local does, choice
 * 38).
 */
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import { filter, PingOneApiError, type RequestOptions, type User } from '../../pingone/index.js';
import type { RecoveryCodeOutcome } from '../metrics.js';
import type { FailedRule } from '../policy-view.js';
import { safeError } from '../tasks.js';
import { isLostAnswer, RECONCILE_MAX_MS } from './reconcile.js';
import * as shared from './shared.js';

const DAY_MS = 24 * 3600 * 1000;

/** True when the account awaits the verification of its e-mail address (§3.8). */
export function awaitsVerification(user: Pick<User, 'lifecycle'>): boolean {
  return user.lifecycle?.status === 'VERIFICATION_REQUIRED';
}

/**
 * Takes one e-mail from the user's budget: `cooldown` when the last one is too recent, `capped`
 * when the day's are spent, else `ok`.
 */
export async function takeCodeBudget(
  app: FastifyInstance,
  userId: string,
): Promise<'ok' | 'cooldown' | 'capped'> {
  const { rateLimits } = app.portal.config;
  if (rateLimits.resendCooldownSeconds > 0) {
    const spaced = await app.limits.take(
      `recovery-cooldown:${userId}`,
      rateLimits.resendCooldownSeconds * 1000,
      1,
    );
    if (!spaced.allowed) return 'cooldown';
  }
  const budget = await app.limits.take(
    `recovery-day:${userId}`,
    DAY_MS,
    rateLimits.recoveryCodesPerDay,
  );
  return budget.allowed ? 'ok' : 'capped';
}

/** True for PingOne's "verify the account first" refusal of a recovery (choice 38). */
function unverifiedRefusal(err: unknown): boolean {
  return err instanceof PingOneApiError && err.details.some((d) => d.code === 'ACCOUNT_NOT_USABLE');
}

/** An expected refusal the person must not see (no password, locked out, external IdP...). */
function expectedRefusal(err: unknown): err is PingOneApiError {
  return err instanceof PingOneApiError && err.status < 500 && err.status !== 429;
}

/**
 * Mails `user` a code within its budget: a verification code when the account awaits
 * verification (or PingOne refuses recovery until it is verified), else a recovery code.
 * Answers the outcome; unexpected failures throw.
 */
export async function mailCode(
  app: FastifyInstance,
  user: User,
  opts: RequestOptions,
): Promise<{ outcome: RecoveryCodeOutcome; err?: unknown }> {
  const { client } = app.portal;
  const budget = await takeCodeBudget(app, user.id);
  if (budget !== 'ok') return { outcome: budget };
  const sendVerification = async () => {
    await client.verification.sendVerificationCode(user.id, opts);
    return { outcome: 'verification_sent' as const };
  };
  try {
    if (awaitsVerification(user)) return await sendVerification();
    await client.passwords.sendRecoveryCode(user.id, opts);
    return { outcome: 'sent' };
  } catch (err) {
    if (unverifiedRefusal(err)) {
      try {
        return await sendVerification();
      } catch (again) {
        if (expectedRefusal(again)) return { outcome: 'refused', err: safeError(again) };
        throw again;
      }
    }
    if (expectedRefusal(err)) return { outcome: 'refused', err: safeError(err) };
    throw err;
  }
}

/** What typing a verification code came to. */
export type CodeCheck = 'ok' | 'invalid' | 'exhausted';

/**
 * Verifies the account with a typed code (`user.verify`). A wrong, used, replaced or expired code
 * is `invalid`; PingOne's "maximum failures" is `exhausted` (choice 36). When the answer is lost,
 * the account's state says whether the code went through (a verify is not repeated: it would
 * consume nothing and fail).
 */
export async function verifyAccount(
  request: FastifyRequest,
  userId: string,
  code: string,
): Promise<CodeCheck> {
  const { client } = request.server.portal;
  try {
    await client.verification.verifyUser(userId, code, shared.txn(request));
    return 'ok';
  } catch (err) {
    if (isLostAnswer(err)) {
      const user = await client.users
        .get(userId, { transactionId: request.id, signal: AbortSignal.timeout(RECONCILE_MAX_MS) })
        .catch(() => null);
      if (user && !awaitsVerification(user)) return 'ok';
      throw shared.upstreamError(err, 'verify');
    }
    if (!(err instanceof PingOneApiError) || err.status !== 400)
      throw shared.upstreamError(err, 'verify');
    return exhaustedRefusal(err) ? 'exhausted' : 'invalid';
  }
}

/** True for PingOne's "maximum verification failures" refusal of a code (choice 36). */
export function exhaustedRefusal(err: PingOneApiError): boolean {
  return err.details.some((d) => /maximum verification failures/i.test(d.message));
}

/** Wrong codes tolerated per sent code (PingOne Local drops a code after 5, choice 36). */
const MAX_CODE_FAILURES = 5;

/**
 * Counts one wrong try of the code `key` names (a sent code: its owner and send time); answers
 * true once it is exhausted, by PingOne (`byPingOne`) or by the count.
 */
export async function countWrongCode(
  app: FastifyInstance,
  key: string,
  byPingOne: boolean,
): Promise<boolean> {
  const attempts = await app.limits.take(`code-fail:${key}`, DAY_MS, MAX_CODE_FAILURES - 1);
  return byPingOne || !attempts.allowed;
}

/**
 * Sets the password of an account whose mailbox was just proven (`password.set`, no forced
 * change). Answers the failed policy rules when PingOne refuses the password, else null.
 */
export async function setProvenPassword(
  request: FastifyRequest,
  userId: string,
  password: string,
): Promise<FailedRule[] | null> {
  try {
    await request.server.portal.client.passwords.set(
      userId,
      { value: password, forceChange: false },
      shared.txn(request),
    );
    return null;
  } catch (err) {
    const failed = shared.policyViolation(err);
    if (failed) return failed;
    throw shared.upstreamError(err, 'password set');
  }
}

/**
 * Up to two users whose e-mail address is `email` (ignoring case, as PingOne's `eq` compares):
 * exactly one is the account; two means the address is not unique and nothing is sent.
 */
export async function usersWithEmail(
  app: FastifyInstance,
  email: string,
  opts: RequestOptions,
): Promise<User[]> {
  const page = await app.portal.client.users.listPage(
    { filter: filter.eq('email', email), limit: 2 },
    opts,
  );
  return page.nextCursor === null ? page.users : [...page.users, ...page.users].slice(0, 2);
}

/**
 * Email-first registration, off the request path: a code for whoever owns `email`. No account:
 * one is created awaiting verification (username = the address, no password; PingOne mails its
 * verification code). An account: a verification code if it awaits verification, else a
 * recovery code, within its budget. A disabled account, or an address shared by several: none.
 */
export async function codeForAddress(
  app: FastifyInstance,
  log: FastifyBaseLogger,
  email: string,
  populationId: string | null,
  opts: RequestOptions,
): Promise<void> {
  const ended = (outcome: RecoveryCodeOutcome, fields: { userId?: string; err?: unknown } = {}) => {
    app.portal.metrics.recoveryCode(outcome);
    log.info({ event: 'signup_code_requested', outcome, ...fields }, 'sign-up code requested');
  };
  const users = await usersWithEmail(app, email, opts);
  const [user] = users;
  if (users.length > 1) return ended('no_single_match');
  if (!user) {
    try {
      const created = await app.portal.client.users.import(
        {
          username: email,
          email,
          lifecycle: { status: 'VERIFICATION_REQUIRED' },
          ...(populationId ? { population: { id: populationId } } : {}),
        },
        opts,
      );
      // The import mailed the first code: it counts against the new account's budget.
      await takeCodeBudget(app, created.id);
      return ended('account_created', { userId: created.id });
    } catch (err) {
      // A username equal to this address, a refused domain...: nothing is sent.
      if (expectedRefusal(err)) return ended('refused', { err: safeError(err) });
      throw err;
    }
  }
  if (!user.enabled) return ended('disabled', { userId: user.id });
  const { outcome, err } = await mailCode(app, user, opts);
  ended(outcome, { userId: user.id, ...(err ? { err } : {}) });
}
