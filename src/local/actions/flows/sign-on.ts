/**
 * Signing in inside a flow (docs/pingone-behaviour.md §12.3):
 * - `usernamePassword.check` {username, password}. Steps: readInput → findUser → refuseLocked →
 *   verifyPassword (failures count toward the policy's lockout; an unknown user, a user without a
 *   password or a disabled one costs one Argon2id run on a dummy hash and gets the same
 *   INVALID_CREDENTIALS) → resetFailures → nextStep.
 * - `password.reset` {currentPassword, newPassword} in MUST_CHANGE_PASSWORD / PASSWORD_EXPIRED.
 *   Steps: readInput → verifyCurrentPassword → checkPasswordPolicy → hash → savePassword (OK) →
 *   nextStep.
 * - `session.reset`: back to USERNAME_PASSWORD_REQUIRED, forgetting the user.
 * nextStep: a password to change → that status; an unverified account → VERIFICATION_CODE_REQUIRED;
 * else COMPLETED with a new sign-on session.
 */
import { z } from 'zod';
import type { LocalContext } from '../../context.js';
import type { PasswordHasher } from '../../crypto/passwords.js';
import { detail, invalidData } from '../../errors.js';
import { effectivePasswordState, isLocked } from '../../password-state.js';
import { MESSAGES, SIGN_ON_MESSAGES } from '../../pingone-behaviour.js';
import { policyForUser } from '../../policy.js';
import type { FlowRecord, UserRecord } from '../../store/types.js';
import { parseBody } from '../../validation.js';
import {
  asOfNow,
  checkNewPassword,
  clearFailures,
  hashPasswordValue,
  lockedOutError,
  recordFailure,
  secondsUntilUnlock,
  storeNewPassword,
  verifyOrCountFailure,
} from '../password/steps.js';
import type { ActionResult } from './actions.js';
import { type ClientInfo, completeFlow, createSession, saveFlow } from './lifecycle.js';
import { needsVerification, startVerification } from './verification.js';

const checkSchema = z
  .object({ username: z.string().min(1).max(256), password: z.string().min(1).max(4096) })
  .strict();

const resetSchema = z
  .object({
    currentPassword: z.string().min(1).max(4096),
    newPassword: z.string().min(1).max(4096),
  })
  .strict();

/** 400 INVALID_DATA / INVALID_CREDENTIALS: one answer for a wrong password and an unknown user. */
export function invalidCredentials() {
  return invalidData(
    detail('INVALID_CREDENTIALS', 'password', SIGN_ON_MESSAGES.invalidCredentials),
  );
}

const dummyHashes = new WeakMap<PasswordHasher, Promise<string>>();

/** Spends one password verification, as a real check would, on a user that cannot sign in. */
async function verifyDummy(ctx: LocalContext, candidate: string): Promise<void> {
  let hash = dummyHashes.get(ctx.hasher);
  if (!hash) {
    hash = ctx.hasher.hash('PingOne Local dummy password, never matches');
    dummyHashes.set(ctx.hasher, hash);
  }
  await ctx.hasher.verify(await hash, candidate);
}

/**
 * Where a user whose password was just proved goes next: a password change, verification, or
 * COMPLETED with a new session.
 */
export async function nextStep(
  ctx: LocalContext,
  flow: FlowRecord,
  user: UserRecord,
  client: ClientInfo,
): Promise<ActionResult> {
  const policy = policyForUser(ctx, user.environmentId, user.populationId);
  const { status } = effectivePasswordState(user, policy, ctx.clock.now());
  if (status === 'MUST_CHANGE_PASSWORD' || status === 'PASSWORD_EXPIRED') {
    return { flow: saveFlow(ctx, flow, { status, userId: user.id, data: {} }) };
  }
  if (needsVerification(user)) return startVerification(ctx, flow, user);
  // The session and the completed flow: one commit.
  return ctx.store.relaxedTransaction(() => {
    const session = createSession(ctx, user, client);
    return { flow: completeFlow(ctx, flow, session), session };
  });
}

/** `usernamePassword.check`. */
export async function checkUsernamePassword(
  ctx: LocalContext,
  flow: FlowRecord,
  body: unknown,
  client: ClientInfo,
): Promise<ActionResult> {
  const input = parseBody(checkSchema, body);
  const found = ctx.store.findUserByUsername(flow.environmentId, input.username);
  if (!found?.enabled || found.password.hash === null) {
    await verifyDummy(ctx, input.password);
    throw invalidCredentials();
  }
  const { now, user } = asOfNow(ctx, found);
  if (isLocked(user.password, now)) throw lockedOutError(secondsUntilUnlock(user, now));
  if (!(await ctx.hasher.verify(user.password.hash!, input.password))) {
    const policy = policyForUser(ctx, user.environmentId, user.populationId);
    const outcome = recordFailure(ctx, user, policy);
    if (outcome.locked) throw lockedOutError(secondsUntilUnlock(outcome.user, ctx.clock.now()));
    throw invalidCredentials();
  }
  return nextStep(ctx, flow, clearFailures(ctx, user, now), client);
}

/** The user the flow has identified. @throws 400 when there is none (cannot happen in a status that offers the action). */
export function flowUser(ctx: LocalContext, flow: FlowRecord): UserRecord {
  const user = flow.userId ? ctx.store.getUser(flow.environmentId, flow.userId) : null;
  if (!user) throw invalidCredentials();
  return user;
}

/** `password.reset` inside a flow. */
export async function resetPasswordInFlow(
  ctx: LocalContext,
  flow: FlowRecord,
  body: unknown,
  client: ClientInfo,
): Promise<ActionResult> {
  const input = parseBody(resetSchema, body);
  const { now, user } = asOfNow(ctx, flowUser(ctx, flow));
  if (isLocked(user.password, now)) throw lockedOutError(secondsUntilUnlock(user, now));
  const policy = policyForUser(ctx, user.environmentId, user.populationId);
  await verifyOrCountFailure(ctx, user, policy, {
    value: input.currentPassword,
    target: 'currentPassword',
    mismatch: MESSAGES.currentPasswordInvalid,
  });
  await checkNewPassword(ctx, policy, user, input.newPassword, {
    target: 'newPassword',
    currentPassword: input.currentPassword,
  });
  const hash = await hashPasswordValue(ctx, input.newPassword, 'newPassword');
  const updated = storeNewPassword(ctx, user, hash, 'OK');
  return nextStep(ctx, flow, updated, client);
}

/** `session.reset`: the flow starts over. */
export function resetFlow(ctx: LocalContext, flow: FlowRecord): FlowRecord {
  return saveFlow(ctx, flow, { status: 'USERNAME_PASSWORD_REQUIRED', userId: null, data: {} });
}
