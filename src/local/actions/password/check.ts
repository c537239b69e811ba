/**
 * `POST /users/{userId}/password` `password.check+json` `{ password }` (docs/pingone-behaviour.md §4.1 #2, §4.5).
 * Steps: readInput → releaseExpiredLock → refuseUnusable → comparePassword → recordFailure | resetFailures.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { LocalContext } from '../../context.js';
import { isLocked } from '../../password-state.js';
import { MESSAGES } from '../../pingone-behaviour.js';
import { policyForUser } from '../../policy.js';
import type { UserRecord } from '../../store/types.js';
import { passwordStateView } from '../../views.js';
import {
  clearFailures,
  lockedOutError,
  noPasswordError,
  readAttempt,
  secondsUntilUnlock,
  verifyOrCountFailure,
} from './steps.js';

const schema = z.object({ password: z.string().min(1).max(4096) }).strict();

/** Refuses a user with no password or a password in lockout. */
export function refuseUnusable(user: UserRecord, now: number): void {
  if (user.password.hash === null) throw noPasswordError();
  if (isLocked(user.password, now)) throw lockedOutError(secondsUntilUnlock(user, now));
}

/** Checks the password; a mismatch counts toward the lockout. */
export async function checkPassword(
  ctx: LocalContext,
  request: FastifyRequest,
  loaded: UserRecord,
) {
  const { input, now, user } = readAttempt(ctx, request, schema, loaded);
  refuseUnusable(user, now);
  const policy = policyForUser(ctx, user.environmentId, user.populationId);
  await verifyOrCountFailure(ctx, user, policy, {
    value: input.password,
    target: 'password',
    mismatch: MESSAGES.passwordMismatch,
  });
  const updated = clearFailures(ctx, user, now);
  return passwordStateView(ctx, updated, policy);
}
