/**
 * `POST /users/{userId}/password` `password.check+json` `{ password }` (docs/pingone-behaviour.md §4.1 #2, §4.5).
 * Steps: readInput → releaseExpiredLock → refuseUnusable → comparePassword → recordFailure | resetFailures.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { LocalContext } from '../../context.js';
import { detail, invalidData } from '../../errors.js';
import { jsonBody } from '../../http.js';
import { isLocked, releaseExpiredLock } from '../../password-state.js';
import { MESSAGES } from '../../pingone-behaviour.js';
import { policyForUser } from '../../policy.js';
import type { UserRecord } from '../../store/types.js';
import { parseBody } from '../../validation.js';
import { passwordStateView } from '../../views.js';
import { lockedOutError, noPasswordError, recordFailure, secondsUntilUnlock } from './steps.js';

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
  const input = parseBody(schema, jsonBody(request));
  const now = ctx.clock.now();
  const user = { ...loaded, password: releaseExpiredLock(loaded.password, now) };
  refuseUnusable(user, now);
  const policy = policyForUser(ctx, user.environmentId, user.populationId);
  const matches = await ctx.hasher.verify(user.password.hash!, input.password);
  if (!matches) {
    const outcome = recordFailure(ctx, user, policy);
    if (outcome.locked) throw lockedOutError(secondsUntilUnlock(outcome.user, ctx.clock.now()));
    throw invalidData(
      detail(
        'INVALID_VALUE',
        'password',
        MESSAGES.passwordMismatch,
        outcome.failuresRemaining !== undefined
          ? { failuresRemaining: outcome.failuresRemaining }
          : undefined,
      ),
    );
  }
  const updated = ctx.store.transaction(() => {
    const fresh = ctx.store.getUser(user.environmentId, user.id) ?? user;
    const next = {
      ...fresh,
      password: { ...releaseExpiredLock(fresh.password, now), failures: 0 },
    };
    ctx.store.updateUser(next);
    return next;
  });
  return passwordStateView(ctx, updated, policy);
}
